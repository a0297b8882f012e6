// Token rotation, single-use refresh tokens, interrupted refreshes, over loopback HTTP.
#include "scriptedzalo.h"

#include "core/common/datafolder.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/sync/storetokenstate.h"
#include "core/zalo/accountsecrets.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/filesecretstore.h"
#include "core/zalo/tokenmanager.h"
#include "core/zalo/zaloclient.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QLockFile>
#include <QTemporaryDir>

#include <thread>
#include <vector>

using namespace casedesk;
using namespace casedesk::zalo;
using casedesk::tests::ScriptedZalo;

namespace {

class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(ms.load(), Qt::UTC); }
    std::atomic<qint64> ms {1'800'000'000'000LL};
};

struct TokenFixture
{
    QTemporaryDir dir;
    ScriptedZalo zalo;
    CurlTransport transport;
    FileSecretStore secrets {dir.filePath(QStringLiteral("secrets.json"))};
    QString unitId;

    TokenFixture()
    {
        auto db = store::Database::open(DataFolder(dir.path()).databasePath());
        REQUIRE(db.ok());
        store::UnitStore units(*db);
        REQUIRE(units.seedIfEmpty(QDate::currentDate()).ok());
        unitId = units.list()->constLast().id;
    }

    store::Database db()
    {
        auto opened = store::Database::open(DataFolder(dir.path()).databasePath());
        REQUIRE(opened.ok());
        return std::move(*opened);
    }

    void addAccount(const QString &oaId, const QString &storedRefreshToken, qint64 refreshStartedAt = 0)
    {
        auto database = db();
        store::AccountStore accounts(database);
        store::Account a;
        a.oaId = oaId;
        a.unitId = unitId;
        a.appId = QStringLiteral("777");
        a.openapiBase = zalo.server.baseUrl();
        a.oauthBase = zalo.server.baseUrl();
        a.secretStore = secrets.spec();
        a.refreshStartedAt = refreshStartedAt;
        a.createdAt = 1;
        REQUIRE(accounts.add(a).ok());
        AccountSecrets s;
        s.appSecret = QStringLiteral("app-secret");
        s.refreshToken = storedRefreshToken;
        REQUIRE(secrets.write(AccountSecrets::keyFor(oaId), s.toJson()).ok());
    }

    store::Account account(const QString &oaId)
    {
        auto database = db();
        auto found = store::AccountStore(database).find(oaId);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return **found;
    }

    AccountSecrets stored(const QString &oaId)
    {
        auto raw = secrets.read(AccountSecrets::keyFor(oaId));
        REQUIRE(raw.ok());
        REQUIRE(raw->has_value());
        return *AccountSecrets::fromJson(**raw);
    }

    TokenManager::Config config(const QString &oaId)
    {
        TokenManager::Config c;
        c.oaId = oaId;
        c.appId = QStringLiteral("777");
        c.oauthBase = zalo.server.baseUrl();
        c.dataFolder = dir.path();
        c.states = sync::storeTokenStates(DataFolder(dir.path()).databasePath());
        return c;
    }
};

} // namespace

TEST_CASE("Many threads of two processes asking for a token at once cause exactly one refresh", "[zalo][tokens]")
{
    TokenFixture f;
    f.zalo.addAccount(QStringLiteral("100"), QStringLiteral("rt-initial"));
    f.addAccount(QStringLiteral("100"), QStringLiteral("rt-initial"));
    f.zalo.setRefreshDelayMs(300); // a slow answer keeps the others waiting on the lock

    // Two managers over two store objects stand for the GUI and casedesk-cli.
    FileSecretStore otherProcessSecrets(f.secrets.path());
    TokenManager first(f.config(QStringLiteral("100")), f.secrets, f.transport);
    TokenManager second(f.config(QStringLiteral("100")), otherProcessSecrets, f.transport);
    QMutex resultsMutex;
    QStringList results;
    std::vector<std::thread> threads;
    for (int i = 0; i < 16; ++i) {
        threads.emplace_back([&, i] {
            auto token = (i % 2 ? first : second).accessToken();
            QMutexLocker lock(&resultsMutex);
            results.append(token.ok() ? *token : QStringLiteral("error: ") + token.error().message);
        });
    }
    for (auto &t : threads)
        t.join();

    CHECK(f.zalo.refreshes(QStringLiteral("100")) == 1);
    REQUIRE(results.size() == 16);
    for (const QString &r : results)
        CHECK(r == QStringLiteral("at-100-1"));
    // The new pair is what is stored; the marker is cleared; the expiry recorded.
    CHECK(f.stored(QStringLiteral("100")).refreshToken == QStringLiteral("rt-100-1"));
    CHECK(f.stored(QStringLiteral("100")).refreshToken == f.zalo.liveRefreshToken(QStringLiteral("100")));
    const store::Account a = f.account(QStringLiteral("100"));
    CHECK(a.refreshStartedAt == 0);
    CHECK(a.accessExpiresAt > QDateTime::currentMSecsSinceEpoch() + 89000 * 1000LL);
    CHECK(a.state == store::AccountState::Ok);
}

TEST_CASE("Tokens are refreshed ahead of expiry, and on -216 once, through the client", "[zalo][tokens]")
{
    TokenFixture f;
    FakeClock clock;
    clock.ms = QDateTime::currentMSecsSinceEpoch();
    f.zalo.addAccount(QStringLiteral("100"), QStringLiteral("rt-initial"));
    f.addAccount(QStringLiteral("100"), QStringLiteral("rt-initial"));
    TokenManager tokens(f.config(QStringLiteral("100")), f.secrets, f.transport, {}, RetryPolicy::noWait(), &clock);
    CHECK(*tokens.accessToken() == QStringLiteral("at-100-1"));
    clock.ms += 20 * 3600 * 1000LL;
    CHECK(*tokens.accessToken() == QStringLiteral("at-100-1"));
    clock.ms += 5 * 3600 * 1000LL - 10 * 60 * 1000; // 10 minutes before expiry
    CHECK(*tokens.accessToken() == QStringLiteral("at-100-2"));
    CHECK(f.zalo.refreshes(QStringLiteral("100")) == 2);

    // Zalo forgets the access token early: the client refreshes once and retries once.
    f.zalo.expireAccessTokens();
    ZaloClient::Options o;
    o.openapiBase = f.zalo.server.baseUrl();
    ZaloClient client(f.transport, o, &tokens, {}, RetryPolicy::noWait());
    auto oa = client.getOa();
    REQUIRE(oa.ok());
    CHECK(oa->oaId == QStringLiteral("100"));
    CHECK(f.zalo.refreshes(QStringLiteral("100")) == 3);
    CHECK(f.stored(QStringLiteral("100")).refreshToken == QStringLiteral("rt-100-3"));
}

TEST_CASE("A refused refresh marks that account needs-consent - the other accounts keep working", "[zalo][tokens]")
{
    TokenFixture f;
    f.zalo.addAccount(QStringLiteral("200"), QStringLiteral("rt-good"));
    f.addAccount(QStringLiteral("100"), QStringLiteral("rt-revoked"));
    f.addAccount(QStringLiteral("200"), QStringLiteral("rt-good"));
    TokenManager bad(f.config(QStringLiteral("100")), f.secrets, f.transport);
    TokenManager good(f.config(QStringLiteral("200")), f.secrets, f.transport);

    auto refused = bad.accessToken();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ZaloError::Kind::NeedsConsent);
    CHECK(refused.error().message.contains(QStringLiteral("admin must grant access again")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("rt-revoked")));
    const store::Account a = f.account(QStringLiteral("100"));
    CHECK(a.state == store::AccountState::NeedsConsent);
    CHECK(a.lastError == refused.error().message);
    CHECK(a.refreshStartedAt == 0);

    const int requestsBefore = f.zalo.server.requestCount();
    auto again = bad.accessToken();
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ZaloError::Kind::NeedsConsent);
    CHECK(f.zalo.server.requestCount() == requestsBefore); // no new attempt with a dead token

    auto fine = good.accessToken();
    REQUIRE(fine.ok());
    CHECK(*fine == QStringLiteral("at-200-1"));
    CHECK(f.account(QStringLiteral("200")).state == store::AccountState::Ok);
}

TEST_CASE("A refresh left in flight by a dead process is recognised on start", "[zalo][tokens]")
{
    TokenFixture f;
    SECTION("Zalo had already used the token up: needs consent, said plainly")
    {
        // Zalo rotated rt-old to rt-new, but the process died before saving rt-new.
        f.zalo.addAccount(QStringLiteral("100"), QStringLiteral("rt-new"));
        f.addAccount(QStringLiteral("100"), QStringLiteral("rt-old"), QDateTime::currentMSecsSinceEpoch() - 1000);
        TokenManager tokens(f.config(QStringLiteral("100")), f.secrets, f.transport);
        const auto recovered = tokens.recoverInterruptedRefresh();
        REQUIRE_FALSE(recovered.ok());
        CHECK(recovered.error().message.contains(QStringLiteral("interrupted")));
        const store::Account a = f.account(QStringLiteral("100"));
        CHECK(a.state == store::AccountState::NeedsConsent);
        CHECK(a.lastError.contains(QStringLiteral("admin must grant access again")));
        CHECK(a.refreshStartedAt == 0);
        CHECK(f.zalo.refreshes(QStringLiteral("100")) == 0);
        auto token = tokens.accessToken();
        REQUIRE_FALSE(token.ok());
        CHECK(token.error().kind == ZaloError::Kind::NeedsConsent);
    }
    SECTION("The process died before sending: the stored token still works and is rotated")
    {
        f.zalo.addAccount(QStringLiteral("100"), QStringLiteral("rt-old"));
        f.addAccount(QStringLiteral("100"), QStringLiteral("rt-old"), QDateTime::currentMSecsSinceEpoch() - 1000);
        TokenManager tokens(f.config(QStringLiteral("100")), f.secrets, f.transport);
        REQUIRE(tokens.recoverInterruptedRefresh().ok());
        const store::Account a = f.account(QStringLiteral("100"));
        CHECK(a.state == store::AccountState::Ok);
        CHECK(a.refreshStartedAt == 0);
        CHECK(f.stored(QStringLiteral("100")).refreshToken == QStringLiteral("rt-100-1"));
        CHECK(*tokens.accessToken() == QStringLiteral("at-100-1"));
        CHECK(f.zalo.refreshes(QStringLiteral("100")) == 1);
    }
    SECTION("A live process holding the lock is refreshing: nothing is touched")
    {
        f.zalo.addAccount(QStringLiteral("100"), QStringLiteral("rt-old"));
        f.addAccount(QStringLiteral("100"), QStringLiteral("rt-old"), QDateTime::currentMSecsSinceEpoch() - 1000);
        TokenManager tokens(f.config(QStringLiteral("100")), f.secrets, f.transport);
        QDir().mkpath(f.dir.filePath(QStringLiteral("locks")));
        QLockFile held(tokens.lockFilePath());
        REQUIRE(held.tryLock(0));
        REQUIRE(tokens.recoverInterruptedRefresh().ok());
        CHECK(f.account(QStringLiteral("100")).refreshStartedAt != 0);
        CHECK(f.account(QStringLiteral("100")).state == store::AccountState::Ok);
        CHECK(f.zalo.refreshes(QStringLiteral("100")) == 0);
    }
}
