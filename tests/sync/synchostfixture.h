#pragma once

// Sync hosts (`casedesk-cli sync` processes) on one shared PostgreSQL database against the
// simulator of a SyncFixture, and the checks every sync host test ends with: every message and
// every answer exactly once, no refresh token used twice.

#include "syncfixture.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::testing {

struct Host
{
    QTemporaryDir dir; // its own data folder: one sync per folder
    std::unique_ptr<QProcess> process;
};

/// Starts `casedesk-cli sync` for @p host on the fixture's secrets; @p environment, when not
/// empty, replaces the test's own (e.g. another CASEDESK_DATABASE or PGPASSFILE).
inline void startHost(Host &host, SyncFixture &f, const QProcessEnvironment &environment = {})
{
    host.process = std::make_unique<QProcess>();
    host.process->setProgram(QStringLiteral(CASEDESK_CLI_PATH));
    host.process->setArguments({QStringLiteral("sync"), QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--data-dir"),
                                host.dir.path(), QStringLiteral("--secrets-file"), f.secretsFile, QStringLiteral("--lang"), QStringLiteral("en")});
    if (!environment.isEmpty())
        host.process->setProcessEnvironment(environment);
    host.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    host.process->start();
    REQUIRE(host.process->waitForStarted());
}

/// Accounts held by each live host (by its process id).
inline QHash<qint64, int> holders(SyncFixture &f)
{
    QHash<qint64, int> out;
    store::Statement st(*f.db, "SELECT h.pid, count(*) FROM sync_leases l JOIN sync_hosts h ON h.host_id = l.holder GROUP BY h.pid");
    while (st.next())
        out.insert(st.int64(0), int(st.int64(1)));
    return out;
}

inline int heldByProcess(SyncFixture &f, const Host &host)
{
    return holders(f).value(host.process->processId());
}

/// Queues an answer to a new question of every account; the answers' texts.
inline QStringList queueAnswers(SyncFixture &f, const QString &tag)
{
    QStringList texts;
    SystemClock clock;
    store::CaseWriter writer(*f.db, clock);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Cán bộ A");
    for (const auto &a : f.sim->accounts()) {
        store::Statement st(*f.db, "SELECT id FROM cases WHERE oa_id = ?1 AND status <> 'closed' ORDER BY id DESC LIMIT 1");
        st.bind(1, a.oaId);
        if (!st.next())
            continue;
        store::CaseWriter::ReplyRequest reply;
        reply.text = QStringLiteral("Trả lời %1 cho %2").arg(tag, a.oaId);
        reply.confirmChanged = true;
        reply.confirmBilled = true;
        if (writer.queueReply(scope, st.int64(0), reply).ok())
            texts.push_back(reply.text);
    }
    return texts;
}

inline int answersSent(SyncFixture &f, const QString &text)
{
    int n = 0;
    for (const auto &a : f.sim->accounts()) {
        for (const auto &c : f.sim->citizens(a.oaId)) {
            for (const auto &m : f.sim->conversation(a.oaId, c.userId))
                n += !m.fromCitizen && m.text == text ? 1 : 0;
        }
    }
    return n;
}

inline void checkExactlyOnce(SyncFixture &f, const QStringList &answers)
{
    REQUIRE(waitFor(
        [&] {
            for (const auto &a : f.sim->accounts()) {
                if (f.storedIds(a.oaId) != f.simulatedIds(a.oaId))
                    return false;
            }
            return f.scalar("SELECT count(*) FROM outbox WHERE state <> 'sent'") == 0;
        },
        90000));
    for (const auto &a : f.sim->accounts())
        CHECK(f.storedIds(a.oaId) == f.simulatedIds(a.oaId));
    CHECK(f.scalar("SELECT count(*) - count(DISTINCT message_id) FROM messages") == 0);
    for (const QString &text : answers) {
        INFO(text.toStdString());
        CHECK(answersSent(f, text) == 1);
    }
}

/// Token grants the simulator refused. Its refresh tokens are single use (TokenBook): a refresh
/// token sent a second time is refused with -118 and counted nowhere else, so with the quota off
/// and no fault injected every refused grant of /v4/oa/access_token is a token used twice (or one
/// lost after use). Successful grants are tokenRefreshes + codeExchanges.
inline qint64 refusedTokenGrants(const SyncFixture &f)
{
    const simulator::SimulatorStats s = f.sim->stats();
    return s.requestsByPath.value(QStringLiteral("/v4/oa/access_token")) - s.tokenRefreshes - s.codeExchanges;
}

/// No refresh token used twice, and every account still able to sync (none waiting for consent).
inline void checkTokensUsedOnce(SyncFixture &f)
{
    WARN("token refreshes " << f.sim->stats().tokenRefreshes << ", refused grants " << refusedTokenGrants(f));
    CHECK(refusedTokenGrants(f) == 0);
    CHECK(f.scalar("SELECT count(*) FROM accounts WHERE state <> 'ok'") == 0);
}

inline simulator::SimulatorConfig leaseWorld()
{
    simulator::SimulatorConfig config;
    config.units = simulator::simUnits(communes(6));
    config.seed = 31;
    config.historyMessagesPerAccount = 150;
    config.historyDays = 10;
    config.rateLimit = false;
    return config;
}

inline void citizensWrite(SyncFixture &f, int round)
{
    for (const auto &a : f.sim->accounts())
        REQUIRE(f.sim->citizenSays(a.oaId, QString(), QStringLiteral("Dạ cho em hỏi thêm ạ %1").arg(round)).ok());
}

/// Stops @p hosts with SIGTERM and waits for them, serving the simulator meanwhile (a host
/// finishing a Zalo call would otherwise wait for an answer that never comes).
inline void stopHosts(std::initializer_list<Host *> hosts)
{
    for (Host *h : hosts) {
        if (h->process && h->process->state() != QProcess::NotRunning)
            h->process->terminate();
    }
    for (Host *h : hosts) {
        if (h->process)
            CHECK(waitFor([h] { return h->process->state() == QProcess::NotRunning; }, 30000));
    }
}

} // namespace casedesk::testing
