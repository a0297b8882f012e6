// Editorial approval through casedesk-cli, with officers signed in: an administrator sets the
// policy, a commune officer's answer is held, only an editor approves (possibly edited) or sends
// it back, and the editors' queue "Chờ duyệt" lists it meanwhile.
#include "clifixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace casedesk;
using namespace casetest;

namespace {

const QString kAdmin = QStringLiteral("Admin");
const QString kCommune = QStringLiteral("Lê Văn Xã");
const QString kEditor = QStringLiteral("Trần Biên Tập");

QByteArray passwordOf(const QString &officer)
{
    return "pw-" + officer.toUtf8() + "-2026-approval";
}

struct ApprovalCli : CliFixture
{
    ApprovalCli()
    {
        const Result admin = plain({QStringLiteral("officers"), QStringLiteral("add"), QStringLiteral("--name"), kAdmin, QStringLiteral("--role"),
                                    QStringLiteral("admin"), QStringLiteral("--unit"), QStringLiteral("84"), QStringLiteral("--new-password-file"),
                                    QStringLiteral("-")},
                                   passwordOf(kAdmin) + '\n');
        INFO(admin.err.toStdString());
        REQUIRE(admin.exitCode == 0);
        addOfficer(kCommune, QStringLiteral("commune"), QStringLiteral("29236"));
        addOfficer(kEditor, QStringLiteral("editor"), QStringLiteral("84"));
    }

    void addOfficer(const QString &name, const QString &role, const QString &unit)
    {
        const Result r = as(kAdmin,
                            {QStringLiteral("officers"), QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--role"), role,
                             QStringLiteral("--unit"), unit, QStringLiteral("--new-password-file"), QStringLiteral("-")},
                            passwordOf(name) + '\n');
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    Result plain(QStringList args, const QByteArray &input = {})
    {
        args << QStringLiteral("--data-dir") << dir.path() << QStringLiteral("--lang") << QStringLiteral("en");
        return casedesk::testsupport::runCli(args, input);
    }

    /// casedesk-cli signed in as @p officer (the password on the first line of stdin, @p more after it).
    Result as(const QString &officer, QStringList args, const QByteArray &more = {})
    {
        args << QStringLiteral("--officer") << officer << QStringLiteral("--password-file") << QStringLiteral("-");
        return plain(args, passwordOf(officer) + '\n' + more);
    }

    QJsonObject show(qint64 caseId)
    {
        const Result r = as(kEditor, {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseId), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return r.json();
    }

    QJsonArray policy()
    {
        const Result r = as(kAdmin, {QStringLiteral("approval"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return r.json().value(QStringLiteral("approval")).toArray();
    }

    /// The commune officer looks at the case and answers; the reply's JSON.
    QJsonObject communeAnswers(qint64 caseId, const QString &text)
    {
        REQUIRE(as(kCommune, {QStringLiteral("case"), QStringLiteral("show"), QString::number(caseId)}).exitCode == 0);
        const Result r = as(
            kCommune,
            {QStringLiteral("case"), QStringLiteral("reply"), QString::number(caseId), QStringLiteral("--text"), text, QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
};

QString stateOf(const QJsonObject &shown, qint64 outboxId)
{
    for (const QJsonValue &v : shown.value(QStringLiteral("outbox")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == outboxId)
            return v.toObject().value(QStringLiteral("state")).toString();
    }
    return {};
}

} // namespace

TEST_CASE("approval set takes a known category and level from an administrator only - bad input exits 2 and changes nothing", "[case][cli][approval]")
{
    ApprovalCli f;
    const QStringList set = {QStringLiteral("approval"), QStringLiteral("set"), QStringLiteral("--category")};
    const Result level
        = f.as(kAdmin, set + QStringList {QStringLiteral("petition"), QStringLiteral("--level"), QStringLiteral("village"), QStringLiteral("on")});
    CHECK(level.exitCode == 2);
    CHECK(level.err.contains(QStringLiteral("village")));
    const Result category
        = f.as(kAdmin, set + QStringList {QStringLiteral("petitions"), QStringLiteral("--level"), QStringLiteral("commune"), QStringLiteral("on")});
    CHECK(category.exitCode == 2);
    CHECK(category.err.contains(QStringLiteral("petitions")));
    const Result onOff
        = f.as(kAdmin, set + QStringList {QStringLiteral("petition"), QStringLiteral("--level"), QStringLiteral("commune"), QStringLiteral("yes")});
    CHECK(onOff.exitCode == 2);
    CHECK(f.policy().isEmpty());

    const QStringList on = set + QStringList {QStringLiteral("petition"), QStringLiteral("--level"), QStringLiteral("commune"), QStringLiteral("on")};
    const Result editor = f.as(kEditor, on);
    CHECK(editor.exitCode == 1);
    CHECK(editor.err.contains(QStringLiteral("Refused")));
    CHECK(f.policy().isEmpty());

    const Result ok = f.as(kAdmin, on);
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    const QJsonArray rules = f.policy();
    REQUIRE(rules.size() == 1);
    CHECK(rules.at(0).toObject().value(QStringLiteral("category")).toString() == QStringLiteral("petition"));
    CHECK(rules.at(0).toObject().value(QStringLiteral("level")).toString() == QStringLiteral("commune"));
    CHECK(rules.at(0).toObject().value(QStringLiteral("set_by")).toString() == kAdmin);
}

TEST_CASE("A commune officer's answer to a petition waits for an editor: the commune cannot approve it, the editor's queue shows it, "
          "the editor approves it edited or sends it back",
          "[case][cli][approval]")
{
    ApprovalCli f;
    REQUIRE(f.as(kAdmin,
                 {QStringLiteral("approval"), QStringLiteral("set"), QStringLiteral("--category"), QStringLiteral("petition"),
                  QStringLiteral("--level"), QStringLiteral("commune"), QStringLiteral("on")})
                .exitCode
            == 0);
    const qint64 id = f.citizenWrites(QStringLiteral("u1"), QStringLiteral("Đường trước nhà hỏng nặng"), kHour, domain::Category::Petition);
    const QString caseId = QString::number(id);

    const QJsonObject reply = f.communeAnswers(id, QStringLiteral("Chúng tôi đã ghi nhận."));
    const qint64 held = reply.value(QStringLiteral("outbox_id")).toInteger();
    CHECK(reply.value(QStringLiteral("outbox_state")).toString() == QStringLiteral("pending_approval"));
    CHECK(stateOf(f.show(id), held) == QStringLiteral("pending_approval"));

    const QStringList approve = {QStringLiteral("case"), QStringLiteral("approve"), caseId, QStringLiteral("--answer"), QString::number(held)};
    const Result commune = f.as(kCommune, approve);
    CHECK(commune.exitCode == 1);
    CHECK(commune.err.contains(QStringLiteral("answer.approve")));
    CHECK(stateOf(f.show(id), held) == QStringLiteral("pending_approval"));

    const Result queue = f.as(kEditor, {QStringLiteral("queue"), QStringLiteral("--awaiting-approval"), QStringLiteral("--json")});
    REQUIRE(queue.exitCode == 0);
    CHECK(queue.json().value(QStringLiteral("total")).toInt() == 1);
    CHECK(queue.json().value(QStringLiteral("cases")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger() == id);

    CHECK(f.as(kEditor, {QStringLiteral("case"), QStringLiteral("approve"), caseId, QStringLiteral("--answer"), QStringLiteral("x")}).exitCode == 2);
    CHECK(f.as(kEditor, {QStringLiteral("case"), QStringLiteral("approve"), caseId}).exitCode == 2);

    const Result approved
        = f.as(kEditor, approve + QStringList {QStringLiteral("--text"), QStringLiteral("Công an phường đã ghi nhận, sẽ kiểm tra.")});
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    QJsonObject shown = f.show(id);
    CHECK(stateOf(shown, held) == QStringLiteral("queued"));
    const QJsonObject event = shown.value(QStringLiteral("events")).toArray().last().toObject();
    CHECK(event.value(QStringLiteral("kind")).toString() == QStringLiteral("answer_approved"));
    CHECK(event.value(QStringLiteral("officer")).toString() == kEditor);
    CHECK(event.value(QStringLiteral("detail")).toObject().value(QStringLiteral("text_before")).toString()
          == QStringLiteral("Chúng tôi đã ghi nhận."));
    CHECK(event.value(QStringLiteral("detail")).toObject().value(QStringLiteral("text_after")).toString()
          == QStringLiteral("Công an phường đã ghi nhận, sẽ kiểm tra."));

    const Result twice = f.as(kEditor, approve);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("not waiting for approval")));
    CHECK(f.as(kEditor, {QStringLiteral("queue"), QStringLiteral("--awaiting-approval"), QStringLiteral("--json")})
              .json()
              .value(QStringLiteral("total"))
              .toInt()
          == 0);

    // A second answer, sent back.
    const qint64 second = f.communeAnswers(id, QStringLiteral("Bổ sung: không xử lý được.")).value(QStringLiteral("outbox_id")).toInteger();
    const QStringList reject = {QStringLiteral("case"), QStringLiteral("reject-answer"), caseId, QStringLiteral("--answer"), QString::number(second)};
    CHECK(f.as(kEditor, reject).exitCode == 2); // the reason is required
    const Result rejected = f.as(kEditor, reject + QStringList {QStringLiteral("--reason"), QStringLiteral("Nêu hướng xử lý cụ thể")});
    INFO(rejected.err.toStdString());
    REQUIRE(rejected.exitCode == 0);
    shown = f.show(id);
    CHECK(stateOf(shown, second) == QStringLiteral("rejected"));
    CHECK(stateOf(shown, held) == QStringLiteral("queued"));
    const QJsonObject last = shown.value(QStringLiteral("events")).toArray().last().toObject();
    CHECK(last.value(QStringLiteral("kind")).toString() == QStringLiteral("answer_rejected"));
    CHECK(last.value(QStringLiteral("detail")).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("Nêu hướng xử lý cụ thể"));
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
}
