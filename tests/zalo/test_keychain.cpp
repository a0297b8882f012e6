#include "core/zalo/keychainsecretstore.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using namespace casedesk;

// scripts/test.sh runs the tests inside a private D-Bus session with an unlocked
// gnome-keyring (CASEDESK_TEST_KEYRING=1): the real OS keychain through qtkeychain.
TEST_CASE("The OS keychain keeps, returns and forgets an account's secrets", "[zalo][secrets][keychain]")
{
    if (qEnvironmentVariableIntValue("CASEDESK_TEST_KEYRING") != 1) {
        WARN("no keyring for this run (scripts/test.sh provides one): the keychain test is left out");
        return;
    }
    const QString service = QStringLiteral("CaseDesk-test-%1").arg(QCoreApplication::applicationPid());
    zalo::KeychainSecretStore store(service);
    const QString key = QStringLiteral("zalo-oa/3592353763697768582");
    const QByteArray secret = R"({"refresh_token":"rt-Nguyễn-1","access_token":"at-2"})";

    auto missing = store.read(key);
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());

    REQUIRE(store.write(key, secret).ok());
    auto back = store.read(key);
    REQUIRE(back.ok());
    REQUIRE(back->has_value());
    CHECK(**back == secret);

    REQUIRE(store.write(key, QByteArray("rotated")).ok());
    CHECK(**store.read(key) == QByteArray("rotated"));

    REQUIRE(store.remove(key).ok());
    auto gone = store.read(key);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
}
