#pragma once

// Sync hosts (`casedesk-cli sync` processes) on one shared PostgreSQL database against the
// simulator of a SyncFixture, set up as an administrator would: the province's sync key generated
// on one host, exported under a passphrase and imported on the other, each host keeping it in its
// own --secrets-file, and the accounts' tokens kept once in the database, encrypted with it. And
// the checks every sync host test ends with: every message and every answer exactly once, no
// refresh token used twice, no token in plaintext in the database.

#include "syncfixture.h"

#include "core/store/pgroles.h"
#include "core/store/secretrecords.h"
#include "core/sync/databasesecretstore.h"
#include "core/zalo/accountsecrets.h"
#include "core/zalo/filesecretstore.h"
#include "support/clirunner.h"
#include "support/scopedenv.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::testing {

struct Host
{
    QTemporaryDir dir; // its own data folder: one sync per folder
    /// Its own secret store (its keychain on a real host): the sync key, and nothing else.
    QString secretsFile = dir.filePath(QStringLiteral("host-secrets.json"));
    std::unique_ptr<QProcess> process;
};

/// Starts `casedesk-cli sync` for @p host with its own secrets file, connected as a sync host is
/// in a province: under a login in the casedesk_sync role, not the cluster's superuser.
/// @p environment, when not empty, replaces the test's own (e.g. another CASEDESK_DATABASE
/// through a line the test can cut).
inline void startHost(Host &host, SyncFixture &f, const QProcessEnvironment &environment = {})
{
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    const QString database = env.value(QStringLiteral("CASEDESK_DATABASE"), f.folder.databasePath());
    REQUIRE(database.startsWith(QLatin1String("postgresql:")));
    testsupport::ServerLogin login;
    {
        testsupport::ScopedEnv pgpass("PGPASSFILE", env.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
        login = testsupport::loginInGroup(database, store::kSyncRole, host.dir.path());
    }
    env.insert(QStringLiteral("CASEDESK_DATABASE"), login.url);
    env.insert(QStringLiteral("PGPASSFILE"), login.pgpassFile);
    host.process = std::make_unique<QProcess>();
    host.process->setProgram(QStringLiteral(CASEDESK_CLI_PATH));
    host.process->setArguments({QStringLiteral("sync"), QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--data-dir"),
                                host.dir.path(), QStringLiteral("--secrets-file"), host.secretsFile, QStringLiteral("--lang"), QStringLiteral("en")});
    host.process->setProcessEnvironment(env);
    host.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    host.process->start();
    REQUIRE(host.process->waitForStarted());
}

/// Runs casedesk-cli on the fixture's database as @p host: its data folder, its secrets file, its
/// casedesk_sync login.
inline testsupport::CliResult hostCli(SyncFixture &f, const Host &host, const QStringList &args, const QByteArray &input = {})
{
    const testsupport::ServerLogin login = testsupport::loginInGroup(f.folder.databasePath(), store::kSyncRole, host.dir.path());
    testsupport::ScopedEnv pgpass("PGPASSFILE", login.pgpassFile.toLocal8Bit());
    return testsupport::runCli(QStringList {QStringLiteral("--database"), login.url, QStringLiteral("--lang"), QStringLiteral("en"),
                                            QStringLiteral("--data-dir"), host.dir.path(), QStringLiteral("--secrets-file"), host.secretsFile}
                                   + args,
                               input);
}

/// The province's sync key for two sync hosts: generated on @p a, exported to a key file under a
/// passphrase, imported on @p b; the key file is then deleted. Its id.
inline QString shareSyncKey(SyncFixture &f, const Host &a, const Host &b)
{
    const QByteArray passphrase = QByteArrayLiteral("khóa-tỉnh Trà Vinh 2026\n");
    const QStringList syncKey {QStringLiteral("database"), QStringLiteral("sync-key")};
    auto generated = hostCli(f, a, syncKey + QStringList {QStringLiteral("--generate"), QStringLiteral("--json")});
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    const QString keyId = generated.json().value(QStringLiteral("key_id")).toString();
    REQUIRE_FALSE(keyId.isEmpty());
    const QString keyFile = a.dir.filePath(QStringLiteral("province.key"));
    auto exported = hostCli(f, a,
                            syncKey
                                + QStringList {QStringLiteral("--export"), keyFile, QStringLiteral("--key-file-cost"), QStringLiteral("interactive"),
                                               QStringLiteral("--passphrase-file"), QStringLiteral("-")},
                            passphrase);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    auto imported = hostCli(
        f, b,
        syncKey
            + QStringList {QStringLiteral("--import"), keyFile, QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("--json")},
        passphrase);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(QStringLiteral("key_id")).toString() == keyId);
    CHECK(QFile::remove(keyFile));
    return keyId;
}

/// Connects every simulated account on the shared database as `accounts add` does on a sync host
/// holding the key (@p keyHolder): its tokens and app secret go into the database, encrypted.
inline int enrolAllInDatabase(SyncFixture &f, const Host &keyHolder)
{
    int ok = 0;
    for (const simulator::SimulatedAccount &a : f.sim->accounts()) {
        sync::EnrolmentRequest r = app::simulatedEnrolment(a, f.folder.path(), f.sim->baseUrl().toString(), sync::DatabaseSecretStore::specName());
        r.hostSecretsFile = keyHolder.secretsFile;
        auto result = offThread([&] { return sync::enrolAccount(r, f.transport); });
        if (result)
            ++ok;
        else
            WARN(result.error().message.toStdString());
    }
    return ok;
}

/// Two sync hosts as an administrator sets them up: the key generated on @p a and imported on
/// @p b, every account connected on @p a with its tokens in the database; nothing secret in the
/// fixture's own secrets file nor in a host's other than the key.
inline void setUpHosts(SyncFixture &f, const Host &a, const Host &b)
{
    const QString keyId = shareSyncKey(f, a, b);
    REQUIRE(enrolAllInDatabase(f, a) == 6);
    CHECK(f.scalar("SELECT count(*) FROM accounts WHERE secret_store <> 'database'") == 0);
    auto rows = store::SecretRecords(*f.db).all();
    REQUIRE(rows.ok());
    CHECK(rows->size() == 6);
    for (const store::SecretRecord &r : *rows)
        CHECK(r.keyId == keyId);
    CHECK_FALSE(QFile::exists(f.secretsFile));
}

/// Every column of every row of @p table, as text.
inline QString dumpTable(SyncFixture &f, const char *table)
{
    store::Statement st(*f.db, QByteArray("SELECT CAST(t.* AS text) FROM ") + table + " t");
    QString all;
    while (st.next())
        all += st.text(0) + QLatin1Char('\n');
    REQUIRE_FALSE(st.failed());
    return all;
}

/// No token nor app secret in plaintext (nor in base64) in the database's secrets rows or its
/// other tables, nor in a host's secrets file: neither the refresh tokens the simulator holds now
/// nor the pairs the hosts decrypt with the key of @p keyHolder. For after the hosts stopped (a
/// refresh in flight would have a token the database does not have yet).
inline void checkNoPlaintextTokens(SyncFixture &f, const Host &keyHolder, std::initializer_list<const Host *> hosts)
{
    sync::DatabaseSecretStore store(f.folder.databasePath(), std::make_unique<zalo::FileSecretStore>(keyHolder.secretsFile));
    QStringList secrets;
    for (const simulator::SimulatedAccount &a : f.sim->accounts()) {
        secrets << a.refreshToken << a.secretKey;
        auto plain = store.read(zalo::AccountSecrets::keyFor(a.oaId));
        INFO(a.oaId.toStdString() << ": " << (plain.ok() ? std::string() : plain.error().message.toStdString()));
        REQUIRE(plain.ok());
        REQUIRE(plain->has_value());
        const auto stored = zalo::AccountSecrets::fromJson(**plain);
        REQUIRE(stored.has_value());
        CHECK(stored->refreshToken == a.refreshToken); // the newest pair is the one kept
        secrets << stored->refreshToken << stored->accessToken << stored->appSecret;
    }
    auto rows = store::SecretRecords(*f.db).all();
    REQUIRE(rows.ok());
    CHECK(rows->size() == f.sim->accounts().size());
    QString database;
    for (const char *table : {"secrets", "sync_keys", "accounts", "settings"})
        database += dumpTable(f, table);
    QList<QByteArray> files;
    for (const Host *h : hosts) {
        QFile file(h->secretsFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files << file.readAll();
    }
    int checked = 0;
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.size() < 8)
            continue;
        ++checked;
        INFO("a token or secret of " << secret.size() << " characters");
        CHECK_FALSE(database.contains(secret));
        CHECK_FALSE(database.contains(QString::fromLatin1(secret.toUtf8().toBase64())));
        for (const store::SecretRecord &r : *rows)
            CHECK_FALSE(QByteArray::fromBase64(r.ciphertext).contains(secret.toUtf8()));
        for (const QByteArray &file : std::as_const(files))
            CHECK_FALSE(file.contains(secret.toUtf8()));
    }
    CHECK(checked >= 3 * f.sim->accounts().size());
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

/// Every live host's database session is a login in casedesk_sync without superuser rights: what
/// the hosts did, they did with the role's privileges only.
inline void checkHostsUseSyncRole(SyncFixture &f)
{
    store::Statement st(*f.db,
                        "SELECT count(*), count(*) FILTER (WHERE pg_has_role(r.oid, 'casedesk_sync', 'MEMBER') AND NOT r.rolsuper) "
                        "FROM sync_hosts h JOIN pg_stat_activity a ON a.pid = h.session_pid JOIN pg_roles r ON r.rolname = a.usename");
    REQUIRE(st.next());
    CHECK(st.int64(0) >= 1);
    CHECK(st.int64(1) == st.int64(0));
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

/// Access tokens that must be renewed every ~10 s (the client renews 15 minutes ahead), so that
/// refreshes happen all through each test: while a host is killed, frozen or cut off, and while
/// the server is away.
inline simulator::SimulatorConfig refreshingWorld()
{
    simulator::SimulatorConfig config = leaseWorld();
    config.accessTokenLifetimeSecs = 15 * 60 + 10;
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
