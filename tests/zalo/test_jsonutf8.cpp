// Text that is not UTF-8: the byte-level decoding rules, and a page of messages that holds some.
#include "core/zalo/jsonutf8.h"
#include "core/zalo/zalojson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace casedesk::zalo;

namespace {

const QByteArray Fffd = QByteArrayLiteral("\xEF\xBF\xBD");

QByteArray fffd(int count)
{
    return Fffd.repeated(count);
}

} // namespace

TEST_CASE("Bytes that are not UTF-8 decode to one U+FFFD per maximal subpart and well-formed characters stay", "[zalo][json][utf8]")
{
    struct Case
    {
        const char *what;
        QByteArray in;
        QByteArray out;
    };
    const QByteArray emoji = QByteArrayLiteral("\xF0\x9F\x98\x80"); // U+1F600
    const QByteArray vietnamese = QStringLiteral("Cho em hỏi ạ").toUtf8();
    const Case cases[] = {
        {"ASCII", "plain text", "plain text"},
        {"Vietnamese", vietnamese, vietnamese},
        {"4-byte emoji", "a" + emoji + "b", "a" + emoji + "b"},
        {"highest code point U+10FFFF", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF"},
        {"last code point before the surrogates U+D7FF", "\xED\x9F\xBF", "\xED\x9F\xBF"},
        {"first code point after the surrogates U+E000", "\xEE\x80\x80", "\xEE\x80\x80"},
        {"2-byte sequence cut short at the end", "ab\xC3", "ab" + Fffd},
        {"3-byte sequence cut short before ASCII", "\xE1\xBAx", Fffd + "x"},
        {"emoji cut short, then a whole emoji", QByteArray("\xF0\x9F\x98") + emoji, Fffd + emoji},
        {"overlong 2-byte slash", "\xC0\xAF", fffd(2)},
        {"overlong 2-byte C1 lead", "\xC1\xBF", fffd(2)},
        {"overlong 3-byte", "\xE0\x80\xAF", fffd(3)},
        {"overlong 4-byte", "\xF0\x80\x80\xAF", fffd(4)},
        {"high surrogate encoded in UTF-8", "\xED\xA0\x80", fffd(3)},
        {"low surrogate encoded in UTF-8", "\xED\xBF\xBF", fffd(3)},
        {"surrogate pair encoded as two 3-byte sequences", "\xED\xA0\xBD\xED\xB8\x80", fffd(6)},
        {"above U+10FFFF", "\xF4\x90\x80\x80", fffd(4)},
        {"F5 lead", "\xF5\x80", fffd(2)},
        {"lone continuation byte", "a\x80z", "a" + Fffd + "z"},
        {"two continuation bytes", "\xBF\x80", fffd(2)},
        {"FE and FF", "\xFE\xFF", fffd(2)},
        {"a lead followed by a lead", "\xC3\xC3\xA9", Fffd + "\xC3\xA9"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        CHECK(json::toWellFormedUtf8(c.in) == c.out);
        CHECK(json::isWellFormedUtf8(c.in) == (c.in == c.out));
        CHECK(json::isWellFormedUtf8(json::toWellFormedUtf8(c.in)));
    }
}

TEST_CASE("A page with a message that is not UTF-8 parses: that message is kept as unreadable, everything else as sent", "[zalo][json][utf8]")
{
    const QByteArray badText = QByteArrayLiteral("Cho em h\xE1\xBA\xC0\xAF\xED\xA0\x80 \x80\xFF");
    const QByteArray page = QByteArrayLiteral("{\"data\":[") //
        + "{\"message_id\":\"m3\",\"src\":1,\"time\":1661832540003,\"from_id\":3103741396296991610,\"from_display_name\":\"Nguy\xE1\xBB\x85n V\xC4"
          "n A\",\"type\":\"text\",\"message\":\"Em c\xE1\xBA\xA3m \xC6\xA1n \xF0\x9F\x98\x80\"},"
        + "{\"message_id\":\"m2\",\"src\":1,\"time\":1661832540002,\"type\":\"photo\",\"message\":\"" + badText
        + "\",\"url\":\"https://photo.example/1.jpg\"},"
        + "{\"message_id\":\"m1\",\"src\":0,\"time\":1661832540001,\"type\":\"text\",\"message\":\"Ch\xC3\xA0o b\xE1\xBA\xA1n\"}"
        + "],\"error\":0,\"message\":\"Success\xFF\"}";

    const json::Utf8Repair repaired = json::repairJsonUtf8(page);
    CHECK(repaired.undecodableMessages == 1);
    CHECK(repaired.lossyStrings == 2); // the display name and the envelope's message
    CHECK(json::isWellFormedUtf8(repaired.json));

    auto data = json::parseEnvelope(page);
    REQUIRE(data.ok());
    const QJsonArray rows = data->toArray();
    REQUIRE(rows.size() == 3);

    const QJsonObject newest = rows.at(0).toObject();
    CHECK(newest.value(QStringLiteral("message")).toString() == QStringLiteral("Em cảm ơn 😀"));
    CHECK(newest.value(QStringLiteral("from_display_name")).toString() == QStringLiteral("Nguyễn V\uFFFDn A"));
    CHECK(json::text(newest.value(QStringLiteral("from_id"))) == QStringLiteral("3103741396296991610"));
    CHECK_FALSE(newest.contains(QLatin1String(json::kUndecodableBytesKey)));

    const QJsonObject spoilt = rows.at(1).toObject();
    CHECK(spoilt.value(QStringLiteral("message_id")).toString() == QStringLiteral("m2"));
    CHECK(spoilt.value(QStringLiteral("message")).toString() == QString::fromUtf8(json::kUndecodableMessageText));
    CHECK(spoilt.value(QStringLiteral("message")).toString() == QStringLiteral("[tin nhắn không đọc được]"));
    CHECK(json::int64(spoilt.value(QLatin1String(json::kUndecodableBytesKey))) == badText.size());
    CHECK(spoilt.value(QStringLiteral("type")).toString() == QStringLiteral("photo"));
    CHECK(spoilt.value(QStringLiteral("url")).toString() == QStringLiteral("https://photo.example/1.jpg"));

    CHECK(rows.at(2).toObject().value(QStringLiteral("message")).toString() == QStringLiteral("Chào bạn"));
}

TEST_CASE("Only a message row's text becomes unreadable - keys and other strings decode with U+FFFD", "[zalo][json][utf8]")
{
    // A "message" outside a row (the envelope's, a nested object's) and a key.
    const QByteArray doc = QByteArrayLiteral("{\"message\":\"a\xFF\",\"data\":{\"message\":\"b\xC0\",\"k\xFE\":\"v\",\"list\":[\"c\xED\xA0\x80\"]}}");
    const json::Utf8Repair repaired = json::repairJsonUtf8(doc);
    CHECK(repaired.undecodableMessages == 0);
    CHECK(repaired.lossyStrings == 4);
    auto parsed = json::parse(doc);
    REQUIRE(parsed.ok());
    const QJsonObject o = parsed->toObject();
    CHECK(o.value(QStringLiteral("message")).toString() == QStringLiteral("a\uFFFD"));
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    CHECK(data.value(QStringLiteral("message")).toString() == QStringLiteral("b\uFFFD"));
    CHECK(data.value(QStringLiteral("k\uFFFD")).toString() == QStringLiteral("v"));
    CHECK(data.value(QStringLiteral("list")).toArray().at(0).toString() == QStringLiteral("c\uFFFD\uFFFD\uFFFD"));

    // Escapes inside a spoilt text do not end it early; the text's byte count is as sent.
    const QByteArray escaped = QByteArrayLiteral("[{\"message_id\":\"x\",\"message\":\"say \\\"hi\\\" \xFF\",\"type\":\"text\"}]");
    auto rows = json::parse(escaped);
    REQUIRE(rows.ok());
    const QJsonObject row = rows->toArray().at(0).toObject();
    CHECK(row.value(QStringLiteral("message")).toString() == QString::fromUtf8(json::kUndecodableMessageText));
    CHECK(json::int64(row.value(QLatin1String(json::kUndecodableBytesKey))) == 12);
    CHECK(row.value(QStringLiteral("type")).toString() == QStringLiteral("text"));

    // Well-formed input passes untouched, without a copy.
    const QByteArray good = QStringLiteral("[{\"message\":\"Dạ 😀\"}]").toUtf8();
    const json::Utf8Repair same = json::repairJsonUtf8(good);
    CHECK(same.json.constData() == good.constData());
    CHECK(same.undecodableMessages + same.lossyStrings == 0);
}
