// The province's sync key and the secrets kept once in a shared database: generate, export,
// import and rotate across two sync hosts (two --secrets-file), encryption bound to the secret's
// name and the key's id, nothing secret in the database or in any output, and officers' roles
// without access to the secrets.
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/pgroles.h"
#include "core/store/secretrecords.h"
#include "core/store/statement.h"
#include "core/sync/databasesecretstore.h"
#include "core/sync/synckey.h"
#include "core/zalo/accountsecrets.h"
#include "core/zalo/filesecretstore.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

using namespace casedesk;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("ngựa-đúng-pin-kẹp 2026");
const QString kToken = QStringLiteral("RT-plaintext-refresh-token-4242");
const QString kAppSecret = QStringLiteral("APP-plaintext-secret-9191");

struct Hosts
{
    QTemporaryDir dir;
    QString url;
    QStringList outputs; // every stdout and stderr, to search for what must never be printed

    QString hostFile(int host) const { return dir.filePath(QStringLiteral("host%1-secrets.json").arg(host)); }

    testsupport::CliResult cli(int host, QStringList args, const QByteArray &input = {})
    {
        auto r = testsupport::runCli(QStringList {QStringLiteral("--database"), url, QStringLiteral("--lang"), QStringLiteral("en"),
                                                  QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("folder%1").arg(host)),
                                                  QStringLiteral("--secrets-file"), hostFile(host)}
                                         + args,
                                     input);
        outputs << r.text() << r.err;
        return r;
    }
    testsupport::CliResult syncKey(int host, QStringList args, const QByteArray &input = {})
    {
        return cli(host, QStringList {QStringLiteral("database"), QStringLiteral("sync-key")} + args, input);
    }

    std::unique_ptr<sync::DatabaseSecretStore> store(int host) const
    {
        return std::make_unique<sync::DatabaseSecretStore>(url, std::make_unique<zalo::FileSecretStore>(hostFile(host)));
    }

    /// The whole of the host's secrets file (where the raw key is, in base64).
    QByteArray hostFileBytes(int host) const
    {
        QFile f(hostFile(host));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QString keyIdOf(const testsupport::CliResult &r)
{
    return r.json().value(QStringLiteral("key_id")).toString();
}

/// Every column of every row of @p table, as text.
QString dumpTable(store::Database &db, const char *table)
{
    store::Statement st(db, QByteArray("SELECT CAST(t.* AS text) FROM ") + table + " t");
    QString all;
    while (st.next())
        all += st.text(0) + QLatin1Char('\n');
    REQUIRE_FALSE(st.failed());
    return all;
}

QByteArray accountSecrets()
{
    zalo::AccountSecrets s;
    s.appSecret = kAppSecret;
    s.refreshToken = kToken;
    s.accessToken = QStringLiteral("AT-plaintext-access-token-7777");
    s.accessExpiresAt = 1'800'000'000'000;
    return s.toJson();
}

} // namespace

TEST_CASE("sync key: generated once then exported and imported by another host and rotated with secrets readable only with the key",
          "[cli][postgres]")
{
    Hosts h;
    REQUIRE(h.dir.isValid());
    h.url = testsupport::emptyServerDatabase();
    REQUIRE(h.cli(1, {QStringLiteral("database"), QStringLiteral("init")}).exitCode == 0);
    const QString name = zalo::AccountSecrets::keyFor(QStringLiteral("3592353763697768582"));

    // Before any key: a host cannot store a secret, and says why.
    auto none = h.store(1)->write(name, accountSecrets());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("no sync key")));

    auto generated = h.syncKey(1, {QStringLiteral("--generate"), QStringLiteral("--json")});
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    const QString firstId = keyIdOf(generated);
    REQUIRE(firstId.size() == 16);
    // Once only.
    auto again = h.syncKey(1, {QStringLiteral("--generate")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already")));

    // Host 1 writes the account's secrets; they read back, and are nowhere in the database in clear.
    REQUIRE(h.store(1)->write(name, accountSecrets()).ok());
    auto readBack = h.store(1)->read(name);
    REQUIRE(readBack.ok());
    REQUIRE(readBack->has_value());
    CHECK(**readBack == accountSecrets());
    auto db = store::Database::open(h.url);
    REQUIRE(db.ok());
    for (const char *table : {"secrets", "sync_keys", "accounts", "settings"}) {
        const QString dump = dumpTable(*db, table);
        CHECK_FALSE(dump.contains(kToken));
        CHECK_FALSE(dump.contains(kAppSecret));
        CHECK_FALSE(dump.contains(QString::fromLatin1(kToken.toUtf8().toBase64())));
    }
    auto row = store::SecretRecords(*db).read(name);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->keyId == firstId);
    const QByteArray ciphertext = QByteArray::fromBase64((*row)->ciphertext);
    CHECK_FALSE(ciphertext.contains(kToken.toUtf8()));
    CHECK_FALSE(ciphertext.contains(kAppSecret.toUtf8()));
    // Each write has a nonce of its own.
    REQUIRE(h.store(1)->write(name, accountSecrets()).ok());
    auto rewritten = store::SecretRecords(*db).read(name);
    REQUIRE(rewritten.ok());
    CHECK((*rewritten)->nonce != (*row)->nonce);

    // The name is bound to the ciphertext: a row copied under another account's name is refused.
    const QString other = zalo::AccountSecrets::keyFor(QStringLiteral("1111111111"));
    {
        store::Statement copy(*db,
                              "INSERT INTO secrets (name, key_id, nonce, ciphertext, updated_at) "
                              "SELECT ?1, key_id, nonce, ciphertext, updated_at FROM secrets WHERE name = ?2");
        copy.bind(1, other).bind(2, name);
        REQUIRE(copy.exec().ok());
    }
    auto swapped = h.store(1)->read(other);
    REQUIRE_FALSE(swapped.ok());
    CHECK(swapped.error().message.contains(QStringLiteral("cannot be decrypted")));
    REQUIRE(store::SecretRecords(*db).remove(other).ok());

    // Another key of the same id on a host (a forged or damaged one) does not pass the check value,
    // and a key that is not the row's cannot open it.
    {
        auto forged = sync::SyncKey::generate();
        REQUIRE(forged.ok());
        zalo::FileSecretStore host3(h.hostFile(3));
        REQUIRE(host3.write(sync::hostKeyName(firstId), forged->bytes().toBase64()).ok());
        auto refused = h.store(3)->read(name);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(firstId));
        const auto sealed = sync::SyncKey::Sealed {(*rewritten)->nonce, (*rewritten)->ciphertext};
        CHECK_FALSE(forged->open(name, sealed).ok());
    }

    // Export: a passphrase is needed, and not an empty one.
    const QString keyFile = h.dir.filePath(QStringLiteral("province.key"));
    const QStringList exportArgs {QStringLiteral("--export"), keyFile, QStringLiteral("--key-file-cost"), QStringLiteral("interactive")};
    CHECK(h.syncKey(1, exportArgs).exitCode == 1);
    CHECK(h.syncKey(1, exportArgs + QStringList {QStringLiteral("--passphrase-file"), QStringLiteral("-")}, "\n").exitCode == 1);
    CHECK_FALSE(QFile::exists(keyFile));
    // A host without the key has nothing to export.
    auto noKey = h.syncKey(2, exportArgs + QStringList {QStringLiteral("--passphrase-file"), QStringLiteral("-")}, kPassphrase + '\n');
    CHECK(noKey.exitCode == 1);
    CHECK(noKey.err.contains(QStringLiteral("holds no sync key")));
    auto exported = h.syncKey(1, exportArgs + QStringList {QStringLiteral("--passphrase-file"), QStringLiteral("-")}, kPassphrase + '\n');
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    REQUIRE(QFile::exists(keyFile));
    CHECK(QFile::permissions(keyFile) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // Import on host 2: a wrong passphrase is refused and nothing is kept.
    const QString passFile = h.dir.filePath(QStringLiteral("pass.txt"));
    {
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("wrong passphrase\n");
    }
    auto wrong = h.syncKey(2, {QStringLiteral("--import"), keyFile, QStringLiteral("--passphrase-file"), passFile});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("passphrase is wrong")));
    CHECK_FALSE(h.store(2)->read(name).ok());
    auto imported
        = h.syncKey(2, {QStringLiteral("--import"), keyFile, QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("--json")},
                    kPassphrase + '\n');
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(keyIdOf(imported) == firstId);
    auto onHost2 = h.store(2)->read(name);
    REQUIRE(onHost2.ok());
    CHECK(**onHost2 == accountSecrets());
    // A key file of another province's key is refused against this database's check value.
    {
        auto foreign = sync::SyncKey::generate();
        REQUIRE(foreign.ok());
        auto bytes = foreign->exportFile(kPassphrase, sync::SyncKey::KdfCost::Interactive);
        REQUIRE(bytes.ok());
        REQUIRE(sync::writePrivateFile(h.dir.filePath(QStringLiteral("foreign.key")), *bytes).ok());
        auto refused = h.syncKey(
            2, {QStringLiteral("--import"), h.dir.filePath(QStringLiteral("foreign.key")), QStringLiteral("--passphrase-file"), QStringLiteral("-")},
            kPassphrase + '\n');
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("does not know")));
    }

    // Rotate on host 2: every secret under the new key, the old one retired; host 2 reads them,
    // host 1 (old key only) cannot until it imports the new key, and the old key opens nothing.
    const QString app = QStringLiteral("zalo-app/1234567890");
    REQUIRE(h.store(2)->write(app, kAppSecret.toUtf8()).ok());
    auto oldKey = sync::loadHostKey(*std::make_unique<zalo::FileSecretStore>(h.hostFile(1)), firstId);
    REQUIRE(oldKey.ok());
    REQUIRE(oldKey->has_value());
    // Not while another sync host runs: it would keep the old key and no longer read a token.
    {
        store::LeaseStore hosts(*db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto otherHost = hosts.registerHost(QStringLiteral("may-dong-bo-2"), 4242, now);
        REQUIRE(otherHost.ok());
        auto refused = h.syncKey(2, {QStringLiteral("--rotate")});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("Sync hosts are running: may-dong-bo-2 (process 4242)")));
        CHECK(refused.err.contains(QStringLiteral("Nothing was changed")));
        auto unchanged = store::SecretRecords(*db).keys();
        REQUIRE(unchanged.ok());
        CHECK(unchanged->size() == 1);
        auto still = store::SecretRecords(*db).all();
        REQUIRE(still.ok());
        for (const store::SecretRecord &r : *still)
            CHECK(r.keyId == firstId);
        REQUIRE(hosts.stopHost(*otherHost, now).ok());
    }
    auto rotated = h.syncKey(2, {QStringLiteral("--rotate"), QStringLiteral("--json")});
    INFO(rotated.err.toStdString());
    REQUIRE(rotated.exitCode == 0);
    const QString newId = keyIdOf(rotated);
    CHECK(newId != firstId);
    CHECK(rotated.json().value(QStringLiteral("retired")).toString() == firstId);
    CHECK(rotated.json().value(QStringLiteral("secrets")).toInt() == 2);
    auto keys = store::SecretRecords(*db).keys();
    REQUIRE(keys.ok());
    REQUIRE(keys->size() == 2);
    CHECK(keys->at(0).keyId == firstId);
    CHECK(keys->at(0).retiredAt != 0);
    CHECK(keys->at(1).keyId == newId);
    CHECK(keys->at(1).retiredAt == 0);
    auto all = store::SecretRecords(*db).all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    for (const store::SecretRecord &r : *all) {
        CHECK(r.keyId == newId);
        CHECK_FALSE((*oldKey)->open(r.name, {r.nonce, r.ciphertext}).ok());
    }
    auto afterRotate = h.store(2)->read(name);
    REQUIRE(afterRotate.ok());
    CHECK(**afterRotate == accountSecrets());
    auto appAfter = h.store(2)->read(app);
    REQUIRE(appAfter.ok());
    CHECK(**appAfter == kAppSecret.toUtf8());
    auto host1 = h.store(1)->read(name);
    REQUIRE_FALSE(host1.ok());
    CHECK(host1.error().message.contains(QStringLiteral("holds no sync key")));
    // The old key file is refused now; the new one brings host 1 back.
    auto stale = h.syncKey(1, {QStringLiteral("--import"), keyFile, QStringLiteral("--passphrase-file"), QStringLiteral("-")}, kPassphrase + '\n');
    CHECK(stale.exitCode == 1);
    CHECK(stale.err.contains(QStringLiteral("replaced")));
    REQUIRE(h.syncKey(2, exportArgs + QStringList {QStringLiteral("--passphrase-file"), passFile}).exitCode == 0);
    REQUIRE(h.syncKey(1, {QStringLiteral("--import"), keyFile, QStringLiteral("--passphrase-file"), passFile}).exitCode == 0);
    auto host1Again = h.store(1)->read(name);
    REQUIRE(host1Again.ok());
    CHECK(**host1Again == accountSecrets());

    // Nothing printed a token, a key or a passphrase.
    QStringList secrets {kToken, kAppSecret, QString::fromUtf8(kPassphrase), QStringLiteral("wrong passphrase")};
    for (int host : {1, 2}) {
        const QJsonObject stored = QJsonDocument::fromJson(h.hostFileBytes(host)).object().value(QStringLiteral("secrets")).toObject();
        for (const QString &k : stored.keys())
            secrets << stored.value(k).toString();
    }
    secrets << QString::fromLatin1((*oldKey)->bytes().toBase64()) << QString::fromLatin1((*oldKey)->bytes().toHex());
    for (const QString &output : std::as_const(h.outputs)) {
        for (const QString &secret : std::as_const(secrets)) {
            if (secret.size() >= 8)
                CHECK_FALSE(output.contains(secret));
        }
    }
}

TEST_CASE("sync key: accounts add on a shared database needs the key on this host", "[cli][postgres]")
{
    Hosts h;
    REQUIRE(h.dir.isValid());
    h.url = testsupport::emptyServerDatabase();
    REQUIRE(h.cli(1, {QStringLiteral("database"), QStringLiteral("init")}).exitCode == 0);
    const QString appKey = h.dir.filePath(QStringLiteral("app.key"));
    {
        QFile f(appKey);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kAppSecret.toUtf8() + '\n');
    }
    auto units = h.cli(1, {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(units.exitCode == 0);
    const QString unit = units.json().value(QStringLiteral("units")).toArray().last().toObject().value(QStringLiteral("id")).toString();
    const auto add = [&](int host) {
        return h.cli(host,
                     {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--unit"), unit, QStringLiteral("--oa-id"),
                      QStringLiteral("3592353763697768582"), QStringLiteral("--app-id"), QStringLiteral("1234567890"),
                      QStringLiteral("--secret-key-file"), appKey, QStringLiteral("--refresh-token-file"), QStringLiteral("-"),
                      QStringLiteral("--openapi-base"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--oauth-base"),
                      QStringLiteral("http://127.0.0.1:9")},
                     kToken.toUtf8() + '\n');
    };
    // No key in the database yet.
    auto noKey = add(1);
    CHECK(noKey.exitCode == 1);
    CHECK(noKey.err.contains(QStringLiteral("no sync key yet")));
    // A key, but on another host.
    REQUIRE(h.syncKey(1, {QStringLiteral("--generate")}).exitCode == 0);
    auto refused = add(2);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("holds no sync key: run this on a sync host")));
    auto db = store::Database::open(h.url);
    REQUIRE(db.ok());
    CHECK(dumpTable(*db, "accounts").isEmpty());
    CHECK_FALSE(refused.err.contains(kToken));
}

TEST_CASE("database init: the officers' role reads neither the secrets nor the sync keys, and PCs wait for the first officer", "[cli][postgres]")
{
    Hosts h;
    REQUIRE(h.dir.isValid());
    h.url = testsupport::emptyServerDatabase();
    auto init = h.cli(1, {QStringLiteral("database"), QStringLiteral("init"), QStringLiteral("--json")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.json().value(QStringLiteral("roles_granted")).toArray().size() == 2);
    REQUIRE(h.syncKey(1, {QStringLiteral("--generate")}).exitCode == 0);
    REQUIRE(h.store(1)->write(QStringLiteral("zalo-oa/1"), kToken.toUtf8()).ok());

    // A login role of one officer, member of casedesk_officer, with a password file of its own.
    const QString login = QStringLiteral("officer_%1").arg(QCoreApplication::applicationPid());
    auto admin = store::Database::open(h.url);
    REQUIRE(admin.ok());
    // A sync host may end a dead host's sessions (init ran as a superuser here, who grants it).
    store::Statement takeOver(*admin, "SELECT pg_has_role('casedesk_sync', 'pg_signal_backend', 'MEMBER')");
    REQUIRE(takeOver.next());
    CHECK(takeOver.int64(0) == 1);
    const QByteArray make = "DROP ROLE IF EXISTS " + login.toLatin1() + "; CREATE ROLE " + login.toLatin1() + " LOGIN PASSWORD 'officer-pw' IN ROLE "
        + store::kOfficerRole;
    REQUIRE(admin->exec(make.constData()).ok());
    QUrl officerUrl(h.url);
    officerUrl.setUserName(login);
    QFile cluster(qEnvironmentVariable("PGPASSFILE"));
    REQUIRE(cluster.open(QIODevice::ReadOnly));
    const QString passfile = h.dir.filePath(QStringLiteral("pgpass"));
    {
        QFile ours(passfile);
        REQUIRE(ours.open(QIODevice::WriteOnly));
        ours.write(cluster.readAll().trimmed() + '\n');
        ours.write(officerUrl.host().toLatin1() + ':' + QByteArray::number(officerUrl.port()) + ":*:" + login.toLatin1() + ":officer-pw\n");
        ours.close();
        ours.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QByteArray oldPassfile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", passfile.toUtf8());
    {
        auto officer = store::Database::open(officerUrl.toString());
        INFO((officer.ok() ? QString() : officer.error().message).toStdString());
        REQUIRE(officer.ok());
        for (const char *sql : {"SELECT * FROM secrets", "SELECT check_value FROM sync_keys"}) {
            store::Statement st(*officer, sql);
            CHECK_FALSE(st.next());
            CHECK(st.error().contains(QStringLiteral("permission denied")));
        }
        // The programs refuse a login of the group until the province has officers: a server has
        // no open mode for PCs (what such a login reads is tested with row-level security).
        store::Statement cases(*officer, "SELECT count(*) FROM cases");
        CHECK(cases.next());
        auto queue = testsupport::runCli({QStringLiteral("--database"), officerUrl.toString(), QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("--data-dir"), h.dir.filePath(QStringLiteral("officer")), QStringLiteral("queue")});
        CHECK(queue.exitCode == 1);
        CHECK(queue.err.contains(QStringLiteral("has no officers yet")));
    }
    qputenv("PGPASSFILE", oldPassfile);
    const QByteArray drop = "DROP OWNED BY " + login.toLatin1() + "; DROP ROLE " + login.toLatin1();
    CHECK(admin->exec(drop.constData()).ok());
}
