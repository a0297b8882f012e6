// `casedesk-cli database migrate-to URL` moving a folder's Zalo tokens: from the PC's secrets
// file into the shared database, encrypted with the province's sync key, then deleted from the
// PC; refused before anything moves on a PC without the key; nothing left to move a second time.
#include "core/common/datafolder.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/secretrecords.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"
#include "core/sync/databasesecretstore.h"
#include "core/sync/synckey.h"
#include "core/zalo/accountsecrets.h"
#include "core/zalo/filesecretstore.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace casedesk;

namespace {

const QStringList kAccounts {QStringLiteral("oa-29236-a"), QStringLiteral("oa-29236-b")};

QString refreshTokenOf(const QString &oaId)
{
    return QStringLiteral("RT-plaintext-refresh-") + oaId;
}

QByteArray secretsOf(const QString &oaId)
{
    zalo::AccountSecrets s;
    s.appSecret = QStringLiteral("APP-plaintext-secret-9191");
    s.refreshToken = refreshTokenOf(oaId);
    s.accessToken = QStringLiteral("AT-plaintext-access-") + oaId;
    s.accessExpiresAt = 1'800'000'000'000;
    return s.toJson();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every row of the database's tables that a move touches (or of its accounts and secrets only), as
/// text: what "changes nothing" compares.
QString snapshot(store::Database &db, bool secretsOnly = false)
{
    QString all;
    QList<const char *> tables {"accounts", "secrets"};
    if (!secretsOnly)
        tables << "folder_moves"
               << "cases"
               << "case_events";
    for (const char *table : tables) {
        store::Statement st(db, QByteArray("SELECT CAST(t.* AS text) FROM ") + table + " t ORDER BY 1");
        while (st.next())
            all += st.text(0) + QLatin1Char('\n');
        REQUIRE_FALSE(st.failed());
    }
    return all;
}

} // namespace

TEST_CASE("database migrate-to moves the folder's tokens into the database with the sync key and deletes them from the PC", "[cli][postgres]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString url = testsupport::emptyServerDatabase();
    const QString folder = dir.filePath(QStringLiteral("pc-folder"));
    const QString pcSecrets = dir.filePath(QStringLiteral("pc-secrets.json")); // the folder's tokens, and later the key
    const QString syncHost = dir.filePath(QStringLiteral("synchost-secrets.json"));
    QStringList outputs;
    const auto cli = [&](const QString &secretsFile, QStringList args) {
        args = QStringList {QStringLiteral("--lang"),         QStringLiteral("en"), QStringLiteral("--officer"), QStringLiteral("Phạm Thu"),
                            QStringLiteral("--secrets-file"), secretsFile}
            + args;
        auto r = testsupport::runCli(args);
        outputs << r.text() << r.err;
        return r;
    };
    REQUIRE(cli(syncHost, {QStringLiteral("--database"), url, QStringLiteral("database"), QStringLiteral("init")}).exitCode == 0);
    auto generated = cli(syncHost,
                         {QStringLiteral("--database"), url, QStringLiteral("database"), QStringLiteral("sync-key"), QStringLiteral("--generate"),
                          QStringLiteral("--json")});
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    const QString keyId = generated.json().value(QStringLiteral("key_id")).toString();
    REQUIRE_FALSE(keyId.isEmpty());

    // The PC's folder: two accounts whose tokens are in its secrets file.
    REQUIRE(QDir().mkpath(folder));
    {
        auto opened = store::Database::open(DataFolder(folder).localDatabaseFile());
        REQUIRE(opened.ok());
        REQUIRE(store::UnitStore(*opened).seedIfEmpty(QDate::currentDate()).ok());
        zalo::FileSecretStore pc(pcSecrets);
        for (const QString &oa : kAccounts) {
            store::Account a;
            a.oaId = oa;
            a.unitId = QStringLiteral("29236");
            a.appId = QStringLiteral("app-29236");
            a.name = QStringLiteral("Công an ") + oa;
            a.openapiBase = QStringLiteral("http://127.0.0.1:9");
            a.oauthBase = QStringLiteral("http://127.0.0.1:9");
            a.secretStore = zalo::secretStoreSpec(pcSecrets);
            a.createdAt = QDateTime::currentMSecsSinceEpoch();
            REQUIRE(store::AccountStore(*opened).add(a).ok());
            REQUIRE(pc.write(zalo::AccountSecrets::keyFor(oa), secretsOf(oa)).ok());
        }
    }
    const QStringList migrate {QStringLiteral("--data-dir"), folder, QStringLiteral("database"),
                               QStringLiteral("migrate-to"), url,    QStringLiteral("--json")};
    auto db = store::Database::open(url);
    REQUIRE(db.ok());

    // This PC holds no sync key yet: refused in plain words before anything is copied.
    const QString before = snapshot(*db);
    const QByteArray pcBefore = fileBytes(pcSecrets);
    auto refused = cli(pcSecrets, migrate);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("holds no sync key")));
    CHECK(snapshot(*db) == before);
    CHECK(fileBytes(pcSecrets) == pcBefore);
    CHECK_FALSE(QFile::exists(QDir(folder).filePath(QStringLiteral("moved-to"))));

    // The key imported on this PC (as sync-key --import would): the tokens move.
    {
        zalo::FileSecretStore host(syncHost);
        auto key = sync::loadHostKey(host, keyId);
        REQUIRE(key.ok());
        REQUIRE(key->has_value());
        zalo::FileSecretStore pc(pcSecrets);
        REQUIRE(sync::storeHostKey(pc, **key).ok());
    }
    auto moved = cli(pcSecrets, migrate);
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.json().value(QStringLiteral("ok")).toBool());
    CHECK(moved.json().value(QStringLiteral("tokens_moved")).toInt() == 2);
    CHECK(moved.json().value(QStringLiteral("tokens_left")).toArray().isEmpty());

    // In the database: encrypted under the key, decrypting (with the key, on the sync host) to the
    // same secrets; the accounts name the database as their store.
    sync::DatabaseSecretStore onSyncHost(url, std::make_unique<zalo::FileSecretStore>(syncHost));
    zalo::FileSecretStore pc(pcSecrets);
    for (const QString &oa : kAccounts) {
        const QString name = zalo::AccountSecrets::keyFor(oa);
        auto row = store::SecretRecords(*db).read(name);
        REQUIRE(row.ok());
        REQUIRE(row->has_value());
        CHECK((*row)->keyId == keyId);
        CHECK_FALSE(QByteArray::fromBase64((*row)->ciphertext).contains(refreshTokenOf(oa).toUtf8()));
        auto plain = onSyncHost.read(name);
        REQUIRE(plain.ok());
        REQUIRE(plain->has_value());
        CHECK(**plain == secretsOf(oa));
        auto account = store::AccountStore(*db).find(oa);
        REQUIRE(account.ok());
        REQUIRE(account->has_value());
        CHECK((*account)->secretStore == QStringLiteral("database"));
        // Gone from the PC: its secrets file keeps the key only.
        auto left = pc.read(name);
        REQUIRE(left.ok());
        CHECK_FALSE(left->has_value());
        CHECK_FALSE(fileBytes(pcSecrets).contains(refreshTokenOf(oa).toUtf8()));
    }
    {
        auto stillKey = sync::loadHostKey(pc, keyId);
        REQUIRE(stillKey.ok());
        CHECK(stillKey->has_value());
    }

    // Once more: nothing left to move, the database's secrets untouched.
    const QString afterFirst = snapshot(*db, true); // folder_moves records each run's time
    auto again = cli(pcSecrets, migrate);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("tokens_moved")).toInt() == 0);
    CHECK(snapshot(*db, true) == afterFirst);
    // And in text.
    auto text = cli(pcSecrets, QStringList {QStringLiteral("--data-dir"), folder, QStringLiteral("database"), QStringLiteral("migrate-to"), url});
    REQUIRE(text.exitCode == 0);
    CHECK(text.text().contains(QStringLiteral("No Zalo tokens")));

    // No token, app secret or key ever printed.
    for (const QString &out : std::as_const(outputs)) {
        for (const QString &oa : kAccounts)
            CHECK_FALSE(out.contains(refreshTokenOf(oa)));
        CHECK_FALSE(out.contains(QStringLiteral("APP-plaintext")));
        CHECK_FALSE(out.contains(QStringLiteral("AT-plaintext")));
    }
}
