#include "core/zalo/filesecretstore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::zalo;

TEST_CASE("The file secret store is created private, round-trips secrets and removes them", "[zalo][secrets]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/secrets.json"));
    FileSecretStore store(path);
    CHECK(store.spec() == QStringLiteral("file:") + path);

    auto missing = store.read(QStringLiteral("k"));
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());

    REQUIRE(store.write(QStringLiteral("k"), "s3cr3t").ok());
    REQUIRE(store.write(QStringLiteral("other"), "x").ok());
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto read = store.read(QStringLiteral("k"));
    REQUIRE(read.ok());
    CHECK(read->value_or(QByteArray()) == "s3cr3t");

    // A second store object over the same file (another process) sees the same.
    FileSecretStore again(path);
    CHECK(again.read(QStringLiteral("other"))->value_or(QByteArray()) == "x");

    REQUIRE(store.remove(QStringLiteral("k")).ok());
    CHECK_FALSE(store.read(QStringLiteral("k"))->has_value());
    CHECK(store.read(QStringLiteral("other"))->has_value());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(f.readAll()).isObject());
}

TEST_CASE("The file secret store refuses a file others can read, and leaves it alone", "[zalo][secrets]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"version":1,"secrets":{"k":"v"}})");
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    FileSecretStore store(path);
    auto read = store.read(QStringLiteral("k"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(path));
    CHECK(read.error().message.contains(QStringLiteral("chmod 600")));
    CHECK_FALSE(store.write(QStringLiteral("k"), "new").ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == R"({"version":1,"secrets":{"k":"v"}})");
}

TEST_CASE("The secret store named by an account is the one a command must use", "[zalo][secrets]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.json"));
    CHECK(secretStoreSpec(QString()) == QStringLiteral("keychain"));
    CHECK(secretStoreSpec(file) == QStringLiteral("file:") + file);
    CHECK(openAccountSecretStore(QStringLiteral("file:") + file, QStringLiteral("1"), file).ok());
    auto keychainWanted = openAccountSecretStore(QStringLiteral("keychain"), QStringLiteral("1"), file);
    REQUIRE_FALSE(keychainWanted.ok());
    CHECK(keychainWanted.error().message.contains(QStringLiteral("keychain")));
    auto fileWanted = openAccountSecretStore(QStringLiteral("file:") + file, QStringLiteral("1"), QString());
    REQUIRE_FALSE(fileWanted.ok());
    CHECK(fileWanted.error().message.contains(file));
    auto otherFile = openAccountSecretStore(QStringLiteral("file:") + file, QStringLiteral("1"), dir.filePath(QStringLiteral("t.json")));
    REQUIRE_FALSE(otherFile.ok());
    CHECK(otherFile.error().message.contains(file));
}
