#include "casetestsupport.h"

#include "core/domain/caseevent.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"

using namespace casedesk;
using namespace casetest;
using store::ActionError;
using Code = store::ActionError::Code;

namespace {

const QString kWard4 = QStringLiteral("29236");
const QString kCity = QStringLiteral("842");
const QString kPc02 = QStringLiteral("84-PC02");

domain::CaseDetail detailOf(Fixture &f, qint64 id)
{
    store::CaseStore cases(*f.db);
    auto d = cases.detail(everyUnit(QStringLiteral("test")), id);
    REQUIRE(d.ok());
    return *d;
}

domain::CaseEvent lastEvent(Fixture &f, qint64 id)
{
    const auto d = detailOf(f, id);
    REQUIRE_FALSE(d.events.isEmpty());
    return d.events.constLast();
}

int eventCount(Fixture &f, qint64 id)
{
    return int(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1", id));
}

void show(Fixture &f, const domain::OfficerScope &scope, qint64 id)
{
    store::CaseStore cases(*f.db);
    auto v = cases.version(scope, id);
    REQUIRE(v.ok());
    REQUIRE(cases.markShown(scope, id, *v, f.clock.ms).ok());
}

} // namespace

TEST_CASE("Categorizing records who when before and after opens a new case and trains the classifier", "[case][writer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Nhà tôi bị trộm xe máy tối qua"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    QString learnedText;
    domain::Category learned = domain::Category::Other;
    writer.setHooks({[&](const QString &text, domain::Category c) {
                         learnedText = text;
                         learned = c;
                     },
                     {},
                     {}});
    f.clock.ms = kT0 + 10 * 60 * 1000;
    const int versionBefore = detailOf(f, id).summary.version;

    REQUIRE(writer.categorize(everyUnit(QStringLiteral("Lê Thị Hoa")), id, domain::Category::CrimeReport).ok());

    const auto d = detailOf(f, id);
    CHECK(d.summary.category == domain::Category::CrimeReport);
    CHECK(d.summary.categoryBy == QStringLiteral("Lê Thị Hoa"));
    CHECK(d.summary.status == domain::CaseStatus::Open);
    CHECK(d.summary.version == versionBefore + 1);
    const auto e = d.events.constLast();
    CHECK(e.kind == QStringLiteral("categorized"));
    CHECK(e.officer == QStringLiteral("Lê Thị Hoa"));
    CHECK(e.at == f.clock.ms);
    CHECK(e.detail.value(QStringLiteral("before")).toString() == QStringLiteral("procedure_question"));
    CHECK(e.detail.value(QStringLiteral("after")).toString() == QStringLiteral("crime_report"));
    CHECK(e.detail.value(QStringLiteral("status_before")).toString() == QStringLiteral("new"));
    CHECK(e.detail.value(QStringLiteral("status_after")).toString() == QStringLiteral("open"));
    CHECK(f.text("SELECT category || '|' || text || '|' || officer FROM classifier_feedback WHERE ?1 = ?1", 0)
          == QStringLiteral("crime_report|Nhà tôi bị trộm xe máy tối qua|Lê Thị Hoa"));
    CHECK(learned == domain::Category::CrimeReport);
    CHECK(learnedText == QStringLiteral("Nhà tôi bị trộm xe máy tối qua"));
}

TEST_CASE("Assign and note: each one event with before and after - a note is never queued for the citizen", "[case][writer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto lead = everyUnit(QStringLiteral("Trần Văn Bình"));

    REQUIRE(writer.assign(lead, id, QStringLiteral("Phạm Thu")).ok());
    auto e = lastEvent(f, id);
    CHECK(e.kind == QStringLiteral("assigned"));
    CHECK(e.officer == QStringLiteral("Trần Văn Bình"));
    CHECK(e.detail.value(QStringLiteral("before")).toString().isEmpty());
    CHECK(e.detail.value(QStringLiteral("after")).toString() == QStringLiteral("Phạm Thu"));
    CHECK(detailOf(f, id).summary.assignee == QStringLiteral("Phạm Thu"));
    CHECK(detailOf(f, id).summary.status == domain::CaseStatus::Open);

    REQUIRE(writer.assign(lead, id, QStringLiteral("Lê Hoa")).ok());
    e = lastEvent(f, id);
    CHECK(e.detail.value(QStringLiteral("before")).toString() == QStringLiteral("Phạm Thu"));
    CHECK(e.detail.value(QStringLiteral("after")).toString() == QStringLiteral("Lê Hoa"));
    CHECK_FALSE(e.detail.contains(QStringLiteral("status_before"))); // already open

    REQUIRE(writer.note(lead, id, QStringLiteral("Đã gọi điện cho người dân")).ok());
    e = lastEvent(f, id);
    CHECK(e.kind == QStringLiteral("noted"));
    CHECK(e.detail.value(QStringLiteral("text")).toString() == QStringLiteral("Đã gọi điện cho người dân"));
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", id) == 0);

    const int before = eventCount(f, id);
    auto empty = writer.note(lead, id, QStringLiteral("   "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Code::Invalid);
    auto same = writer.assign(lead, id, QStringLiteral("Lê Hoa"));
    REQUIRE_FALSE(same.ok());
    CHECK(eventCount(f, id) == before);
}

TEST_CASE("The store refuses to change or delete history events", "[case][writer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Xin chào"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    REQUIRE(writer.note(everyUnit(QStringLiteral("A")), id, QStringLiteral("ghi chú")).ok());
    const int before = eventCount(f, id);
    auto update = f.db->exec("UPDATE case_events SET officer = 'someone else'");
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("append-only")));
    auto del = f.db->exec("DELETE FROM case_events");
    REQUIRE_FALSE(del.ok());
    CHECK(eventCount(f, id) == before);
    CHECK(lastEvent(f, id).officer == QStringLiteral("A"));
}

TEST_CASE("Reply window: free answers queue billed ones need confirmation a closed window refuses with what to do", "[case][writer][window]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi thủ tục tạm trú"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto officer = everyUnit(QStringLiteral("Phạm Thu"));
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Chào bạn, hồ sơ gồm tờ khai CT01.");

    SECTION("free: under 48 hours")
    {
        f.clock.ms = kT0 + 47 * kHour;
        show(f, officer, id);
        auto r = writer.queueReply(officer, id, reply);
        REQUIRE(r.ok());
        CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", *r) == QStringLiteral("queued"));
        CHECK(f.text("SELECT text FROM outbox WHERE id = ?1", *r) == reply.text);
        const auto e = lastEvent(f, id);
        CHECK(e.kind == QStringLiteral("answer_queued"));
        CHECK(e.detail.value(QStringLiteral("outbox_id")).toInteger() == *r);
        CHECK(e.detail.value(QStringLiteral("status_before")).toString() == QStringLiteral("new"));
        CHECK(e.detail.value(QStringLiteral("status_after")).toString() == QStringLiteral("open"));
    }
    SECTION("billed: 48 hours to 7 days")
    {
        f.clock.ms = kT0 + 49 * kHour;
        show(f, officer, id);
        auto r = writer.queueReply(officer, id, reply);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Code::NeedsBilledConfirmation);
        CHECK(r.error().message.contains(QStringLiteral("billed")));
        CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", id) == 0);
        reply.confirmBilled = true;
        CHECK(writer.queueReply(officer, id, reply).ok());
        CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", id) == 1);
    }
    SECTION("closed: after 7 days, even when confirmed")
    {
        f.clock.ms = kT0 + 7 * kDay + 1;
        show(f, officer, id);
        reply.confirmBilled = true;
        reply.confirmChanged = true;
        const int before = eventCount(f, id);
        auto r = writer.queueReply(officer, id, reply);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Code::WindowClosed);
        CHECK(r.error().message.contains(QStringLiteral("7 days")));
        CHECK(r.error().message.contains(QStringLiteral("note"))); // says what else to do
        CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", id) == 0);
        CHECK(eventCount(f, id) == before);
    }
    SECTION("a new citizen message reopens the free window")
    {
        f.clock.ms = kT0 + 8 * kDay;
        f.message(QStringLiteral("u1"), QStringLiteral("Anh ơi trả lời giúp em"), kT0 + 8 * kDay - kHour);
        show(f, officer, id);
        CHECK(writer.queueReply(officer, id, reply).ok());
    }
}

TEST_CASE("An answer is refused when the case changed since the officer last saw it unless confirmed", "[case][writer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm hộ chiếu"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto officer = everyUnit(QStringLiteral("Phạm Thu"));
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Bạn nộp hồ sơ tại Phòng Quản lý xuất nhập cảnh.");
    f.clock.ms = kT0 + kHour;

    // Never looked at it.
    auto never = writer.queueReply(officer, id, reply);
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().code == Code::ChangedSinceShown);

    show(f, officer, id);
    // The officer's own note does not count as a change they have not seen.
    REQUIRE(writer.note(officer, id, QStringLiteral("Kiểm tra lại lệ phí")).ok());
    // The citizen writes again after the officer looked.
    f.message(QStringLiteral("u1"), QStringLiteral("À em muốn làm cho con 10 tuổi"), kT0 + 30 * 60 * 1000);
    auto changed = writer.queueReply(officer, id, reply);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().code == Code::ChangedSinceShown);
    CHECK(changed.error().message.contains(detailOf(f, id).summary.code));
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", id) == 0);

    // The screen's own version is also accepted.
    store::CaseWriter::ReplyRequest stale = reply;
    stale.seenVersion = detailOf(f, id).summary.version - 1;
    CHECK_FALSE(writer.queueReply(officer, id, stale).ok());

    reply.confirmChanged = true;
    CHECK(writer.queueReply(officer, id, reply).ok());

    // Looking again makes the next answer go through without confirmation.
    show(f, officer, id);
    reply.confirmChanged = false;
    CHECK(writer.queueReply(officer, id, reply).ok());
}

TEST_CASE("Answer text: empty or over 2 000 characters after NFC is refused - decomposed Vietnamese counts composed", "[case][writer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto officer = everyUnit(QStringLiteral("Phạm Thu"));
    show(f, officer, id);
    store::CaseWriter::ReplyRequest reply;

    reply.text = QStringLiteral(" \n ");
    auto empty = writer.queueReply(officer, id, reply);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Code::Invalid);

    reply.text = QString(2001, QLatin1Char('a'));
    auto longOne = writer.queueReply(officer, id, reply);
    REQUIRE_FALSE(longOne.ok());
    CHECK(longOne.error().message.contains(QStringLiteral("2001")));

    // "ế" decomposed is three code units (e + U+0302 + U+0301): 2000 of them are 6000 units, 2000 after NFC.
    QString decomposed;
    for (int i = 0; i < 2000; ++i)
        decomposed += QStringLiteral("e\u0302\u0301");
    reply.text = decomposed;
    auto ok = writer.queueReply(officer, id, reply);
    REQUIRE(ok.ok());
    const QString stored = f.text("SELECT text FROM outbox WHERE id = ?1", *ok);
    CHECK(stored.size() == 2000);
    CHECK(stored == decomposed.normalized(QString::NormalizationForm_C));
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", id) == 1);
}

TEST_CASE("Forward moves the case to the receiving unit's queue marked transfer_from - accept and return", "[case][writer][transfer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Tôi bị lừa đảo chuyển khoản 50 triệu"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto ward = onlyUnits(QStringLiteral("Công an P4"), {kWard4});
    const auto pc02 = onlyUnits(QStringLiteral("Cán bộ PC02"), {kPc02});
    f.clock.ms = kT0 + 20 * 60 * 1000;

    auto noReason = writer.forward(ward, id, {kPc02, QStringLiteral("  "), {}, false});
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == Code::Invalid);
    auto unknown = writer.forward(ward, id, {QStringLiteral("99999"), QStringLiteral("thẩm quyền"), {}, false});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("99999")));

    REQUIRE(writer.forward(ward, id, {kPc02, QStringLiteral("Lừa đảo qua mạng, thuộc thẩm quyền PC02"), {}, false}).ok());
    auto d = detailOf(f, id);
    CHECK(d.summary.unitId == kPc02);
    CHECK(d.summary.transferFrom == kWard4);
    CHECK(d.summary.originUnit == kWard4);
    CHECK(d.summary.status == domain::CaseStatus::Transferred);
    CHECK(f.scalar("SELECT count(*) FROM cases WHERE unit_id = '84-PC02' AND transfer_from = '29236' AND id = ?1", id) == 1);
    auto e = d.events.constLast();
    CHECK(e.kind == QStringLiteral("forwarded"));
    CHECK(e.officer == QStringLiteral("Công an P4"));
    CHECK(e.detail.value(QStringLiteral("from")).toString() == kWard4);
    CHECK(e.detail.value(QStringLiteral("to")).toString() == kPc02);
    CHECK(e.detail.value(QStringLiteral("reason")).toString() == QStringLiteral("Lừa đảo qua mạng, thuộc thẩm quyền PC02"));
    CHECK(e.detail.value(QStringLiteral("unit_before")).toString() == kWard4);
    CHECK(e.detail.value(QStringLiteral("unit_after")).toString() == kPc02);
    CHECK(e.detail.value(QStringLiteral("status_after")).toString() == QStringLiteral("transferred"));

    // The sending unit keeps read access but can no longer act.
    store::CaseStore cases(*f.db);
    CHECK(cases.detail(ward, id).ok());
    auto wardNote = writer.note(ward, id, QStringLiteral("x"));
    REQUIRE_FALSE(wardNote.ok());
    CHECK(wardNote.error().code == Code::OutOfScope);
    // A third unit sees nothing.
    auto other = cases.detail(onlyUnits(QStringLiteral("x"), {QStringLiteral("84-PA08")}), id);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == Code::OutOfScope);

    SECTION("the receiving unit accepts")
    {
        REQUIRE(writer.accept(pc02, id).ok());
        d = detailOf(f, id);
        CHECK(d.summary.status == domain::CaseStatus::Open);
        CHECK(d.summary.unitId == kPc02);
        CHECK(d.summary.transferFrom.isEmpty());
        e = d.events.constLast();
        CHECK(e.kind == QStringLiteral("accepted"));
        CHECK(e.officer == QStringLiteral("Cán bộ PC02"));
        CHECK(e.detail.value(QStringLiteral("unit")).toString() == kPc02);
        CHECK(e.detail.value(QStringLiteral("status_before")).toString() == QStringLiteral("transferred"));
        // Accepted cases cannot be returned or accepted again.
        CHECK_FALSE(writer.accept(pc02, id).ok());
        CHECK_FALSE(writer.returnToSender(pc02, id, QStringLiteral("không")).ok());
    }
    SECTION("the receiving unit returns it to the sender with a reason")
    {
        CHECK_FALSE(writer.returnToSender(pc02, id, QString()).ok());
        REQUIRE(writer.returnToSender(pc02, id, QStringLiteral("Không thuộc thẩm quyền, đề nghị xác minh ban đầu")).ok());
        d = detailOf(f, id);
        CHECK(d.summary.unitId == kWard4);
        CHECK(d.summary.transferFrom.isEmpty());
        CHECK(d.summary.status == domain::CaseStatus::Open);
        e = d.events.constLast();
        CHECK(e.kind == QStringLiteral("returned"));
        CHECK(e.detail.value(QStringLiteral("from")).toString() == kPc02);
        CHECK(e.detail.value(QStringLiteral("to")).toString() == kWard4);
        CHECK(e.detail.value(QStringLiteral("reason")).toString() == QStringLiteral("Không thuộc thẩm quyền, đề nghị xác minh ban đầu"));
        // The ward acts on it again.
        CHECK(writer.note(ward, id, QStringLiteral("Nhận lại")).ok());
    }
}

TEST_CASE("Forward with an acknowledgement queues it for the citizen in the same action", "[case][writer][transfer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Tố giác đánh bạc"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto ward = everyUnit(QStringLiteral("Công an P4"));
    const QString code = detailOf(f, id).summary.code;
    auto r = writer.forward(ward, id, {kPc02, QStringLiteral("Thẩm quyền"), QStringLiteral("Đã tiếp nhận, mã hồ sơ ") + code, false});
    REQUIRE(r.ok());
    REQUIRE(*r > 0);
    CHECK(f.text("SELECT text FROM outbox WHERE id = ?1", *r) == QStringLiteral("Đã tiếp nhận, mã hồ sơ ") + code);
    CHECK(lastEvent(f, id).detail.value(QStringLiteral("acknowledgement_outbox_id")).toInteger() == *r);

    // With the window closed the acknowledgement cannot go, and the officer is told to forward without it.
    const qint64 id2 = f.message(QStringLiteral("u2"), QStringLiteral("Tố giác"), kT0);
    f.clock.ms = kT0 + 8 * kDay;
    auto closed = writer.forward(ward, id2, {kPc02, QStringLiteral("Thẩm quyền"), QStringLiteral("Đã tiếp nhận"), true});
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().code == Code::WindowClosed);
    CHECK(detailOf(f, id2).summary.unitId == kWard4);
    CHECK(writer.forward(ward, id2, {kPc02, QStringLiteral("Thẩm quyền"), {}, false}).ok());
}

TEST_CASE("Escalate goes to the parent unit and is refused at the root", "[case][writer][transfer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Có đánh nhau ở chợ"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto officer = everyUnit(QStringLiteral("A"));
    auto parent = writer.escalate(officer, id, QStringLiteral("Vượt thẩm quyền phường"));
    REQUIRE(parent.ok());
    CHECK(*parent == kCity);
    auto d = detailOf(f, id);
    CHECK(d.summary.unitId == kCity);
    CHECK(d.summary.transferFrom == kWard4);
    CHECK(d.summary.status == domain::CaseStatus::Transferred);
    CHECK(d.events.constLast().kind == QStringLiteral("escalated"));
    CHECK(d.events.constLast().detail.value(QStringLiteral("to")).toString() == kCity);

    REQUIRE(writer.escalate(officer, id, QStringLiteral("Lên tỉnh")).ok());
    CHECK(detailOf(f, id).summary.unitId == QStringLiteral("84"));
    const int before = eventCount(f, id);
    auto root = writer.escalate(officer, id, QStringLiteral("Lên nữa"));
    REQUIRE_FALSE(root.ok());
    CHECK(root.error().code == Code::NotAllowed);
    CHECK(root.error().message.contains(QStringLiteral("top")));
    CHECK(eventCount(f, id) == before);
    CHECK_FALSE(writer.escalate(officer, id, QString()).ok());
}

TEST_CASE("Close and reopen - a closed case refuses answers - reopen refused while a newer case is open", "[case][writer]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi thủ tục"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto officer = everyUnit(QStringLiteral("A"));
    f.clock.ms = kT0 + kHour;
    REQUIRE(writer.close(officer, id).ok());
    auto d = detailOf(f, id);
    CHECK(d.summary.status == domain::CaseStatus::Closed);
    CHECK(d.summary.closedAt == f.clock.ms);
    CHECK(d.events.constLast().kind == QStringLiteral("closed"));
    CHECK(d.events.constLast().detail.value(QStringLiteral("status_after")).toString() == QStringLiteral("closed"));
    CHECK_FALSE(writer.close(officer, id).ok());

    show(f, officer, id);
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Trả lời");
    auto refused = writer.queueReply(officer, id, reply);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Code::NotAllowed);

    REQUIRE(writer.reopen(officer, id, QStringLiteral("Người dân hỏi thêm")).ok());
    d = detailOf(f, id);
    CHECK(d.summary.status == domain::CaseStatus::Open);
    CHECK(d.summary.closedAt == 0);
    CHECK(d.events.constLast().kind == QStringLiteral("reopened"));
    CHECK(d.events.constLast().detail.value(QStringLiteral("reason")).toString() == QStringLiteral("Người dân hỏi thêm"));

    REQUIRE(writer.close(officer, id).ok());
    const qint64 newer = f.message(QStringLiteral("u1"), QStringLiteral("Em hỏi việc khác"), kT0 + 2 * kHour);
    REQUIRE(newer != id);
    auto blocked = writer.reopen(officer, id);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().message.contains(detailOf(f, newer).summary.code));
}

TEST_CASE("Actions outside the officer's scope are refused and change nothing", "[case][writer][scope]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto stranger = onlyUnits(QStringLiteral("X"), {QStringLiteral("84-PA08")});
    const int before = eventCount(f, id);
    const int version = detailOf(f, id).summary.version;
    CHECK(writer.categorize(stranger, id, domain::Category::Petition).error().code == Code::OutOfScope);
    CHECK(writer.assign(stranger, id, QStringLiteral("Y")).error().code == Code::OutOfScope);
    CHECK(writer.note(stranger, id, QStringLiteral("n")).error().code == Code::OutOfScope);
    CHECK(writer.close(stranger, id).error().code == Code::OutOfScope);
    CHECK(writer.forward(stranger, id, {kPc02, QStringLiteral("r"), {}, false}).error().code == Code::OutOfScope);
    CHECK(writer.revealIdentity(stranger, id, QStringLiteral("r")).error().code == Code::OutOfScope);
    store::CaseStore cases(*f.db);
    CHECK(cases.detail(stranger, id).error().code == Code::OutOfScope);
    CHECK(eventCount(f, id) == before);
    CHECK(detailOf(f, id).summary.version == version);
    CHECK(writer.note(everyUnit(QStringLiteral("A")), 987654, QStringLiteral("n")).error().code == Code::NotFound);
}

TEST_CASE("Revealing a reporter's identity needs a reason and is logged", "[case][writer]")
{
    Fixture f;
    f.triage = [](const QString &, qint64) {
        domain::TriageResult t;
        t.category = domain::Category::CrimeReport;
        return t;
    };
    const qint64 id = f.message(QStringLiteral("u7"), QStringLiteral("Tố giác buôn ma túy"), kT0);
    store::CaseWriter writer(*f.db, f.clock);
    const auto officer = everyUnit(QStringLiteral("Điều tra viên"));
    CHECK_FALSE(writer.revealIdentity(officer, id, QString()).ok());
    auto p = writer.revealIdentity(officer, id, QStringLiteral("Cần liên hệ xác minh"));
    REQUIRE(p.ok());
    CHECK(p->displayName == QStringLiteral("Nguyễn Văn u7"));
    const auto e = lastEvent(f, id);
    CHECK(e.kind == QStringLiteral("identity_revealed"));
    CHECK(e.officer == QStringLiteral("Điều tra viên"));
    CHECK(e.detail.value(QStringLiteral("reason")).toString() == QStringLiteral("Cần liên hệ xác minh"));
}

TEST_CASE("Drafts are kept per case and officer and an answer clears its draft", "[case][store]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    store::CaseStore cases(*f.db);
    const auto a = everyUnit(QStringLiteral("A"));
    const auto b = everyUnit(QStringLiteral("B"));
    REQUIRE(cases.saveDraft(a, id, {QStringLiteral("Chào bạn, "), f.lastMessageId(), kT0}).ok());
    REQUIRE(cases.draft(a, id).has_value());
    CHECK(cases.draft(a, id)->text == QStringLiteral("Chào bạn, "));
    CHECK(cases.draft(a, id)->quoteMessageId == f.lastMessageId());
    CHECK_FALSE(cases.draft(b, id).has_value());

    store::CaseWriter writer(*f.db, f.clock);
    REQUIRE(cases.markShown(a, id, *cases.version(a, id), kT0).ok());
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Chào bạn, đây là câu trả lời.");
    REQUIRE(writer.queueReply(a, id, reply).ok());
    CHECK_FALSE(cases.draft(a, id).has_value());
}

TEST_CASE("A case is found by id or code", "[case][store]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi"), kT0);
    store::CaseStore cases(*f.db);
    const auto scope = everyUnit(QStringLiteral("A"));
    auto byId = cases.find(scope, QString::number(id));
    REQUIRE(byId.ok());
    auto byCode = cases.find(scope, byId->code.toLower());
    REQUIRE(byCode.ok());
    CHECK(byCode->id == id);
    CHECK(byId->code.startsWith(QStringLiteral("TV-2026-")));
    CHECK(cases.find(scope, QStringLiteral("TV-1999-000001")).error().code == Code::NotFound);
}
