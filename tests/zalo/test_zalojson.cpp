#include "core/zalo/pkce.h"
#include "core/zalo/zalojson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace casedesk::zalo;

TEST_CASE("Big integer ids are quoted before JSON parsing, everything else is left alone", "[zalo][json]")
{
    const QByteArray in
        = R"({"user_id": 3103741396296991610, "time":1661832540000, "text":"id 3103741396296991610 \" x", "neg":-9223372036854775807, "f":1234567890123456.5, "a":[1, 12345678901234567890]})";
    const QByteArray out = json::quoteBigIntegers(in);
    CHECK(
        out
        == R"({"user_id": "3103741396296991610", "time":1661832540000, "text":"id 3103741396296991610 \" x", "neg":"-9223372036854775807", "f":1234567890123456.5, "a":[1, "12345678901234567890"]})");

    auto parsed = json::parse(in);
    REQUIRE(parsed.ok());
    const QJsonObject o = parsed->toObject();
    CHECK(json::text(o.value(QStringLiteral("user_id"))) == QStringLiteral("3103741396296991610"));
    CHECK(json::int64(o.value(QStringLiteral("time"))) == 1661832540000LL);
    CHECK(json::text(o.value(QStringLiteral("text"))) == QStringLiteral("id 3103741396296991610 \" x"));
    CHECK(json::text(o.value(QStringLiteral("a")).toArray().at(1)) == QStringLiteral("12345678901234567890"));
}

TEST_CASE("The envelope gives data on success and the typed error otherwise", "[zalo][json]")
{
    auto ok = json::parseEnvelope(R"({"data":{"x":1},"error":0,"message":"Success"})");
    REQUIRE(ok.ok());
    CHECK(ok->toObject().value(QStringLiteral("x")).toInt() == 1);

    auto refused = json::parseEnvelope(R"({"error":"-230","message":"User has not interacted with the OA in the past 7 days"})");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ZaloError::Kind::WindowClosed);
    CHECK(refused.error().zaloCode == -230);

    for (const QByteArray &bad : {QByteArray("<html><body>502 Bad Gateway</body></html>"), QByteArray(R"({"data":[{"a":1},)"), QByteArray(""),
                                  QByteArray("42"), QByteArray(R"({"something":"else"})")}) {
        auto r = json::parseEnvelope(bad);
        INFO(bad.constData());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ZaloError::Kind::MalformedBody);
        CHECK_FALSE(r.error().message.isEmpty());
    }
}

TEST_CASE("PKCE verifier, challenge and consent link follow RFC 7636 and Zalo's OAuth v4", "[zalo][pkce]")
{
    // RFC 7636, appendix B.
    CHECK(pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
          == QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

    const QString v1 = pkce::makeVerifier();
    const QString v2 = pkce::makeVerifier();
    CHECK(v1.size() == 43); // 32 bytes, base64url, no padding
    CHECK(v1 != v2);
    for (const QChar c : v1)
        CHECK((c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')));

    const QUrl url = pkce::consentUrl(QStringLiteral("https://oauth.zaloapp.com/"), QStringLiteral("1234"),
                                      QStringLiteral("https://example.org/cb?x=1&y=2"), pkce::challengeFor(v1), QStringLiteral("st"));
    CHECK(url.isValid());
    CHECK(url.host() == QStringLiteral("oauth.zaloapp.com"));
    CHECK(url.path() == QStringLiteral("/v4/oa/permission"));
    const QUrlQuery q(url);
    CHECK(q.queryItemValue(QStringLiteral("app_id")) == QStringLiteral("1234"));
    CHECK(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) == QStringLiteral("https://example.org/cb?x=1&y=2"));
    CHECK(q.queryItemValue(QStringLiteral("code_challenge")) == pkce::challengeFor(v1));
    CHECK(q.queryItemValue(QStringLiteral("state")) == QStringLiteral("st"));
}
