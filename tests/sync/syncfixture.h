#pragma once

// A data folder connected to a running Zalo simulator, for sync tests and benchmarks.

#include "app/demo/demoworld.h"
#include "core/common/clock.h"
#include "core/common/datafolder.h"
#include "core/domain/officerscope.h"
#include "core/domain/textfold.h"
#include "core/domain/unittreefile.h"
#include "core/simulator/zalosimulator.h"
#include "core/store/accountstore.h"
#include "core/store/casewriter.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/outboxstore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"
#include "core/sync/accountenrolment.h"
#include "core/sync/synccontext.h"
#include "core/sync/synclock.h"
#include "core/sync/syncservice.h"
#include "core/sync/tokenregistry.h"
#include "core/triage/triageengine.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/pkce.h"
#include "core/zalo/ratebudget.h"
#include "core/zalo/secretstore.h"
#include "core/zalo/zaloclient.h"
#include "support/offthread.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace casedesk::testing {

using testsupport::offThread;

/// Waits, serving events, until @p condition holds or @p timeoutMs passed.
template<typename Cond> bool waitFor(Cond condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        // Sleep in the event loop until something happens (the simulator serves this process's
        // sockets) or 10 ms pass: a spinning wait would take a core from the sync it waits for.
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

inline QVector<domain::Unit> communes(int count)
{
    auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    QVector<domain::Unit> out;
    for (const auto &u : *units) {
        if (u.level == domain::UnitLevel::Commune && out.size() < count)
            out.push_back(u);
    }
    return out;
}

struct SyncFixture
{
    QTemporaryDir dir;
    DataFolder folder {dir.path()};
    QString secretsFile = dir.filePath(QStringLiteral("secrets.json"));
    std::unique_ptr<simulator::ZaloSimulator> sim;
    zalo::CurlTransport transport;
    std::shared_ptr<zalo::RateBudgets> budgets = std::make_shared<zalo::RateBudgets>();
    std::unique_ptr<sync::TokenRegistry> tokens;
    std::unique_ptr<store::Database> db;

    explicit SyncFixture(simulator::SimulatorConfig config)
    {
        auto opened = store::Database::open(folder.databasePath());
        db = std::make_unique<store::Database>(std::move(*opened));
        store::UnitStore units(*db);
        (void)units.seedIfEmpty(QDate::currentDate());
        sim = std::make_unique<simulator::ZaloSimulator>(std::move(config));
        (void)sim->listen(0);
        tokens = std::make_unique<sync::TokenRegistry>(folder.path(), secretsFile, transport, budgets);
    }

    /// Connects every simulated account, as `accounts add` would.
    int enrolAll()
    {
        int ok = 0;
        for (const simulator::SimulatedAccount &a : sim->accounts()) {
            const sync::EnrolmentRequest r = app::simulatedEnrolment(a, folder.path(), sim->baseUrl().toString(), zalo::secretStoreSpec(secretsFile));
            auto result = offThread([&] { return sync::enrolAccount(r, transport); });
            if (result)
                ++ok;
        }
        return ok;
    }

    sync::SyncDependencies dependencies(sync::SyncOptions options = {})
    {
        sync::SyncDependencies d;
        d.databasePath = folder.databasePath();
        d.options = options;
        d.triage = [](const QString &text, qint64 openedAt) {
            domain::TriageResult t;
            t.category = text.contains(QStringLiteral("lừa")) ? domain::Category::CrimeReport : domain::Category::ProcedureQuestion;
            t.dueAt = openedAt + 3600 * 1000;
            return t;
        };
        d.budgets = budgets;
        d.tokenProvider = [this](const store::Account &account) {
            return tokens->tokensFor(account);
        };
        return d;
    }

    /// Runs every account once; the failures it reported.
    QStringList syncOnce(sync::SyncService &service, int timeoutMs = 120000)
    {
        bool finished = false;
        QStringList failures;
        QObject context;
        QObject::connect(&service, &sync::SyncService::onceFinished, &context, [&](const QStringList &f) {
            failures = f;
            finished = true;
        });
        service.runOnce();
        waitFor([&] { return finished; }, timeoutMs);
        if (!finished)
            failures.push_back(QStringLiteral("timed out"));
        return failures;
    }

    /// Message ids stored for @p oaId.
    QSet<QString> storedIds(const QString &oaId)
    {
        store::Statement st(*db, "SELECT message_id FROM messages WHERE oa_id = ?1");
        st.bind(1, oaId);
        QSet<QString> ids;
        while (st.next())
            ids.insert(st.text(0));
        return ids;
    }

    QSet<QString> simulatedIds(const QString &oaId)
    {
        QSet<QString> ids;
        for (const auto &m : sim->messages(oaId))
            ids.insert(m.messageId);
        return ids;
    }

    qint64 scalar(const char *sql)
    {
        store::Statement st(*db, sql);
        return st.next() ? st.int64(0) : -1;
    }
};

} // namespace casedesk::testing
