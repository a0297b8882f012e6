#include "synccontext.h"

#include "tokenregistry.h"

#include "core/common/datafolder.h"
#include "core/common/logging.h"
#include "core/domain/textfold.h"
#include "core/store/database.h"
#include "core/store/feedbackstore.h"
#include "core/store/leasestore.h"
#include "core/store/provincesettings.h"
#include "core/store/unitstore.h"
#include "core/triage/triageengine.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/ratebudget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>

namespace casedesk::sync {

namespace {

/// The request budget of a province's Zalo apps, counted in the shared database for every sync
/// host together (one connection, one request counted at a time).
class DatabaseRequestCounter final : public zalo::RequestCounter
{
public:
    explicit DatabaseRequestCounter(store::Database db)
        : m_db(std::move(db))
    {
    }

    qint64 take(const QString &appId, int limitPerMinute) override
    {
        QMutexLocker lock(&m_mutex);
        if (!m_db.isUsable() && !m_db.reconnectStep())
            return 1000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 minute = now / 60000;
        store::LeaseStore leases(m_db);
        auto used = leases.countRequest(appId, minute);
        if (!used) {
            qCWarning(lcSync) << "request budget not counted:" << used.error().message;
            return 1000;
        }
        if (minute != m_lastPruned) {
            m_lastPruned = minute;
            if (auto r = leases.pruneRequestCounts(minute - 60); !r)
                qCWarning(lcSync) << "old request counts not pruned:" << r.error().message;
        }
        if (*used > limitPerMinute)
            return std::max<qint64>(1, (minute + 1) * 60000 - now);
        return 0;
    }

private:
    QMutex m_mutex;
    store::Database m_db;
    qint64 m_lastPruned = 0;
};

} // namespace

SyncContext::~SyncContext() = default;

Expected<std::unique_ptr<SyncContext>> SyncContext::create(const QString &dataFolder, store::Database &db, const QString &secretsFile,
                                                           SyncOptions options)
{
    std::unique_ptr<SyncContext> context(new SyncContext());
    context->m_databasePath = DataFolder(dataFolder).databasePath();
    {
        // The stored settings (the province's on a server, this PC's in its own file), for every
        // sync host alike; a command line's --interval still wins.
        auto province = store::ProvinceSettingsStore(db).read();
        if (!province)
            return province.error();
        if (province->autoCloseDays)
            options.autoCloseDays = *province->autoCloseDays;
        if (province->syncIntervalSeconds && !options.intervalGiven)
            options.intervalMs = qint64(*province->syncIntervalSeconds) * 1000;
    }
    context->m_options = options;
    context->m_transport = std::make_unique<zalo::CurlTransport>();
    context->m_budgets = std::make_shared<zalo::RateBudgets>(options.requestsPerMinute);
    if (db.isShared()) { // the app's budget is the province's, whatever host spends it
        auto counterDb = store::Database::open(db.path());
        if (!counterDb)
            return counterDb.error();
        context->m_budgets->setCounter(std::make_shared<DatabaseRequestCounter>(std::move(*counterDb)));
    }
    context->m_tokens = std::make_unique<TokenRegistry>(dataFolder, secretsFile, *context->m_transport, context->m_budgets);
    auto engine = loadTriageEngine(db, dataFolder);
    if (!engine)
        return engine.error();
    context->m_triage = *engine;
    return context;
}

Expected<std::shared_ptr<triage::TriageEngine>> loadTriageEngine(store::Database &db, const QString &dataFolder)
{
    store::UnitStore units(db);
    auto tree = units.list(true);
    if (!tree)
        return tree.error();
    // What officers corrected before (in any process) teaches the classifier from the start.
    QVector<triage::LabelledText> corrections;
    if (auto rows = store::FeedbackStore(db).all(); rows) {
        for (const store::FeedbackRow &row : *rows) {
            if (auto category = triage::categoryFromKey(row.category))
                corrections.push_back({row.text, *category, QString(), QString(), QString()});
        }
    }
    QVector<QPair<QString, QString>> forwards;
    if (auto rows = store::FeedbackStore(db).forwards(); rows) {
        for (const store::FeedbackStore::Forward &f : *rows)
            forwards.push_back({f.text, f.unitId});
    }
    // A province decides alike on every PC: its additions and deadlines come from the shared
    // database, not from this PC's folder. A PC alone keeps its deadlines in its own database
    // too, and its additions in files of its folder.
    auto province = store::ProvinceSettingsStore(db).read();
    if (!province)
        return province.error();
    const domain::DeadlinePolicy deadlines = province->deadlines.value_or(domain::DeadlinePolicy());
    if (db.isShared()) {
        triage::TriageEngine::Additions shared {province->holidaysJson, province->competentUnitsJson,
                                                QCoreApplication::translate("casedesk::sync::SyncContext", "the province's settings")};
        return triage::TriageEngine::create(*tree, corrections, forwards, deadlines, {}, shared);
    }
    return triage::TriageEngine::create(*tree, corrections, forwards, deadlines, dataFolder);
}

SyncDependencies SyncContext::dependencies() const
{
    SyncDependencies d;
    d.databasePath = m_databasePath;
    d.options = m_options;
    d.triage = triage::TriageEngine::function(m_triage);
    d.budgets = m_budgets;
    TokenRegistry *tokens = m_tokens.get();
    d.tokenProvider = [tokens](const store::Account &account) {
        return tokens->tokensFor(account);
    };
    d.leaseHeld = [tokens](const QString &oaId, const QString &hostId, qint64 epoch) {
        tokens->holdLease(oaId, hostId, epoch);
    };
    return d;
}

} // namespace casedesk::sync
