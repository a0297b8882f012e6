// The `case` commands of casedesk-cli, run as a user or a script would, on a data folder whose
// conversations were stored beforehand (times relative to now, since the CLI uses the real clock).
#include "clifixture.h"

#include "core/common/datafolder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casetest;

namespace {

QString s(qint64 id)
{
    return QString::number(id);
}

} // namespace

TEST_CASE("case show --json gives the case its messages history and outbox", "[case][cli]")
{
    CliFixture f;
    const qint64 id = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước <b>gấp</b>"), 2 * kHour);
    auto r = f.run({QStringLiteral("case"), QStringLiteral("show"), s(id), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(QStringLiteral("id")).toInteger() == id);
    CHECK(o.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("TV-")));
    CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("29236"));
    CHECK(o.value(QStringLiteral("origin_unit")).toString() == QStringLiteral("29236"));
    CHECK(o.value(QStringLiteral("category")).toString() == QStringLiteral("procedure_question"));
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("new"));
    CHECK(o.value(QStringLiteral("citizen")).toString() == QStringLiteral("Trần Thị Mai"));
    CHECK(o.value(QStringLiteral("reply_window")).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("free"));
    CHECK(o.value(QStringLiteral("opened_at")).toString().endsWith(QStringLiteral("+07:00")));
    const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 1);
    CHECK(messages.at(0).toObject().value(QStringLiteral("direction")).toString() == QStringLiteral("in"));
    CHECK(messages.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Cho em hỏi làm căn cước <b>gấp</b>"));
    CHECK(messages.at(0).toObject().value(QStringLiteral("message_id")).toString() == QStringLiteral("cli-m1"));
    const QJsonArray events = o.value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("opened"));
    CHECK(events.at(0).toObject().value(QStringLiteral("officer")).toString() == QStringLiteral("CaseDesk"));
    CHECK(o.value(QStringLiteral("outbox")).toArray().isEmpty());

    // By code, in plain text.
    auto text = f.run({QStringLiteral("case"), QStringLiteral("show"), o.value(QStringLiteral("code")).toString()});
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("Cho em hỏi làm căn cước <b>gấp</b>")));

    auto missing = f.run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("TV-1999-000001")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("TV-1999-000001")));
}

TEST_CASE("case reply queues an answer once the case was shown and refuses changed cases and windows per the rules", "[case][cli]")
{
    CliFixture f;
    const qint64 id = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Đăng ký tạm trú cần gì"), kHour);
    const QStringList reply
        = {QStringLiteral("case"), QStringLiteral("reply"), s(id), QStringLiteral("--text"), QStringLiteral("Bạn mang tờ khai CT01.")};

    auto unseen = f.run(reply);
    CHECK(unseen.exitCode == 1);
    CHECK(unseen.err.contains(QStringLiteral("case show")));

    REQUIRE(f.run({QStringLiteral("case"), QStringLiteral("show"), s(id)}).exitCode == 0);
    auto ok = f.run(reply + QStringList {QStringLiteral("--json")});
    REQUIRE(ok.exitCode == 0);
    const qint64 outboxId = ok.json().value(QStringLiteral("outbox_id")).toInteger();
    CHECK(outboxId > 0);
    CHECK(ok.json().value(QStringLiteral("status")).toString() == QStringLiteral("open"));

    auto shown = f.run({QStringLiteral("case"), QStringLiteral("show"), s(id), QStringLiteral("--json")});
    const QJsonArray outbox = shown.json().value(QStringLiteral("outbox")).toArray();
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.at(0).toObject().value(QStringLiteral("id")).toInteger() == outboxId);
    CHECK(outbox.at(0).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("queued"));
    CHECK(outbox.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Bạn mang tờ khai CT01."));
    CHECK(outbox.at(0).toObject().value(QStringLiteral("error")).isNull());

    // The citizen writes again: the officer must look or confirm.
    f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Em ở trọ thì sao ạ"), 0);
    auto changed = f.run(reply);
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains(QStringLiteral("--confirm-changed")));
    CHECK(f.run(reply + QStringList {QStringLiteral("--confirm-changed")}).exitCode == 0);

    // Quoting a message that is not the citizen's is refused.
    REQUIRE(f.run({QStringLiteral("case"), QStringLiteral("show"), s(id)}).exitCode == 0);
    auto badQuote = f.run(reply + QStringList {QStringLiteral("--quote"), QStringLiteral("nope")});
    CHECK(badQuote.exitCode == 1);
    CHECK(f.run(reply + QStringList {QStringLiteral("--quote"), QStringLiteral("cli-m1")}).exitCode == 0);

    auto noText = f.run({QStringLiteral("case"), QStringLiteral("reply"), s(id)});
    CHECK(noText.exitCode == 2);
    CHECK(noText.err.contains(QStringLiteral("--text")));
}

TEST_CASE("case reply: billed window needs --confirm-billed a closed window is refused", "[case][cli][window]")
{
    CliFixture f;
    const qint64 billed = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Hỏi hộ chiếu"), 3 * kDay);
    const qint64 closed = f.citizenWrites(QStringLiteral("u2"), QStringLiteral("Hỏi đăng ký xe"), 8 * kDay);
    for (qint64 id : {billed, closed})
        REQUIRE(f.run({QStringLiteral("case"), QStringLiteral("show"), s(id)}).exitCode == 0);
    const auto reply = [](qint64 id) {
        return QStringList {QStringLiteral("case"), QStringLiteral("reply"), s(id), QStringLiteral("--text"), QStringLiteral("Trả lời")};
    };
    auto needs = f.run(reply(billed));
    CHECK(needs.exitCode == 1);
    CHECK(needs.err.contains(QStringLiteral("--confirm-billed")));
    CHECK(f.run(reply(billed) + QStringList {QStringLiteral("--confirm-billed")}).exitCode == 0);

    auto refused = f.run(reply(closed) + QStringList {QStringLiteral("--confirm-billed"), QStringLiteral("--confirm-changed")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("7 days")));
    auto shown = f.run({QStringLiteral("case"), QStringLiteral("show"), s(closed), QStringLiteral("--json")});
    CHECK(shown.json().value(QStringLiteral("reply_window")).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("closed"));
    CHECK(shown.json().value(QStringLiteral("outbox")).toArray().isEmpty());
}

TEST_CASE("case categorize assign note forward accept return escalate close reopen", "[case][cli]")
{
    CliFixture f;
    const qint64 id = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Tôi bị lừa đảo qua mạng"), kHour);
    const QString sid = s(id);
    const auto cmd = [&](QStringList words) {
        words.prepend(QStringLiteral("case"));
        words << QStringLiteral("--json");
        return f.run(words);
    };

    auto badCategory = cmd({QStringLiteral("categorize"), sid, QStringLiteral("--category"), QStringLiteral("theft")});
    CHECK(badCategory.exitCode == 2);
    CHECK(badCategory.err.contains(QStringLiteral("crime_report")));
    auto cat = cmd({QStringLiteral("categorize"), sid, QStringLiteral("--category"), QStringLiteral("crime_report")});
    REQUIRE(cat.exitCode == 0);
    CHECK(cat.json().value(QStringLiteral("category")).toString() == QStringLiteral("crime_report"));
    CHECK(cat.json().value(QStringLiteral("citizen")).toString() != QStringLiteral("Trần Thị Mai")); // masked now

    auto assign = cmd({QStringLiteral("assign"), sid, QStringLiteral("--to"), QStringLiteral("Lê Hoa")});
    REQUIRE(assign.exitCode == 0);
    CHECK(assign.json().value(QStringLiteral("assignee")).toString() == QStringLiteral("Lê Hoa"));
    CHECK(cmd({QStringLiteral("note"), sid, QStringLiteral("--text"), QStringLiteral("Đã gọi lại")}).exitCode == 0);

    CHECK(cmd({QStringLiteral("forward"), sid, QStringLiteral("--to"), QStringLiteral("84-PC02")}).exitCode == 2);
    auto fwd = cmd({QStringLiteral("forward"), sid, QStringLiteral("--to"), QStringLiteral("84-PC02"), QStringLiteral("--reason"),
                    QStringLiteral("Thẩm quyền PC02"), QStringLiteral("--acknowledge")});
    REQUIRE(fwd.exitCode == 0);
    CHECK(fwd.json().value(QStringLiteral("unit")).toString() == QStringLiteral("84-PC02"));
    CHECK(fwd.json().value(QStringLiteral("status")).toString() == QStringLiteral("transferred"));
    CHECK(fwd.json().value(QStringLiteral("transfer_from")).toString() == QStringLiteral("29236"));
    auto shown = cmd({QStringLiteral("show"), sid});
    const QString code = shown.json().value(QStringLiteral("code")).toString();
    const QJsonArray outbox = shown.json().value(QStringLiteral("outbox")).toArray();
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.at(0).toObject().value(QStringLiteral("text")).toString().contains(code));
    CHECK(outbox.at(0).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("tiếp nhận")));

    auto ret = cmd({QStringLiteral("return"), sid, QStringLiteral("--reason"), QStringLiteral("Cần xác minh ban đầu")});
    REQUIRE(ret.exitCode == 0);
    CHECK(ret.json().value(QStringLiteral("unit")).toString() == QStringLiteral("29236"));
    CHECK(cmd({QStringLiteral("accept"), sid}).exitCode == 1); // nothing to accept now

    auto esc = cmd({QStringLiteral("escalate"), sid, QStringLiteral("--reason"), QStringLiteral("Vụ việc phức tạp")});
    REQUIRE(esc.exitCode == 0);
    CHECK(esc.json().value(QStringLiteral("unit")).toString() == QStringLiteral("842"));
    auto acc = cmd({QStringLiteral("accept"), code});
    REQUIRE(acc.exitCode == 0);
    CHECK(acc.json().value(QStringLiteral("status")).toString() == QStringLiteral("open"));

    auto closeIt = cmd({QStringLiteral("close"), sid});
    REQUIRE(closeIt.exitCode == 0);
    CHECK(closeIt.json().value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(cmd({QStringLiteral("close"), sid}).exitCode == 1);
    auto reopen = cmd({QStringLiteral("reopen"), sid});
    REQUIRE(reopen.exitCode == 0);
    CHECK(reopen.json().value(QStringLiteral("status")).toString() == QStringLiteral("open"));

    const QStringList kinds = [&] {
        QStringList out;
        for (const auto &e : cmd({QStringLiteral("show"), sid}).json().value(QStringLiteral("events")).toArray())
            out << e.toObject().value(QStringLiteral("kind")).toString();
        return out;
    }();
    CHECK(kinds
          == QStringList {QStringLiteral("opened"), QStringLiteral("categorized"), QStringLiteral("assigned"), QStringLiteral("noted"),
                          QStringLiteral("forwarded"), QStringLiteral("returned"), QStringLiteral("escalated"), QStringLiteral("accepted"),
                          QStringLiteral("closed"), QStringLiteral("reopened")});

    CHECK(f.run({QStringLiteral("case"), QStringLiteral("frobnicate"), sid}).exitCode == 2);
    CHECK(f.run({QStringLiteral("case")}).exitCode == 2);
    CHECK(f.run({QStringLiteral("case"), QStringLiteral("close")}).exitCode == 2);
    CHECK(f.run({QStringLiteral("case"), QStringLiteral("close"), QStringLiteral("999999")}).exitCode == 1);
}
