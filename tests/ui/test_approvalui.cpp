// Editorial approval in the window: the "Chờ duyệt" filter for editors only, and the case view's
// Approve and Send back actions on a held answer.
#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/domain/caseevent.h"
#include "core/store/approvalpolicystore.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "ui/caseactions.h"
#include "ui/casehistorymodel.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace casedesk;
using namespace casetest;
using domain::Role;
using Action = ui::CaseActions::Action;

namespace {

domain::OfficerScope communeOfficer()
{
    return domain::scopeForOfficer(2, QStringLiteral("Lê Văn Xã"), {Role::Commune}, Fixture::ward4(), false, {Fixture::ward4()});
}

domain::OfficerScope editor()
{
    return domain::scopeForOfficer(3, QStringLiteral("Tổ biên tập"), {Role::Editor}, QStringLiteral("84"), false, {});
}

/// The commune officer looks at the case and answers it; the outbox id.
qint64 communeAnswers(Fixture &f, qint64 caseId, const QString &text)
{
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(communeOfficer(), caseId, *cases.version(communeOfficer(), caseId), f.clock.ms).ok());
    store::CaseWriter::ReplyRequest reply;
    reply.text = text;
    auto outboxId = store::CaseWriter(*f.db, f.clock).queueReply(communeOfficer(), caseId, reply);
    REQUIRE(outboxId.ok());
    return *outboxId;
}

/// Two procedure questions of ward 4 (whose answers need approval here); the first one answered
/// by the commune officer and held. Returns {held case, other case, outbox id}.
std::tuple<qint64, qint64, qint64> heldAnswerFixture(Fixture &f)
{
    REQUIRE(
        *store::ApprovalPolicyStore(*f.db).set(domain::Category::ProcedureQuestion, domain::UnitLevel::Commune, true, QStringLiteral("Admin"), kT0));
    const qint64 held = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    const qint64 other = f.message(QStringLiteral("u2"), QStringLiteral("Đăng ký tạm trú"), kT0);
    f.clock.ms = kT0 + kHour;
    return {held, other, communeAnswers(f, held, QStringLiteral("Bạn mang <b>CCCD</b> cũ đến công an phường."))};
}

} // namespace

TEST_CASE("The awaiting-approval filter is shown to editors only and lists the cases with a held answer", "[ui][approval]")
{
    Fixture f;
    const auto [held, other, outboxId] = heldAnswerFixture(f);
    CHECK(outboxId > 0);

    auto communeServices = testsupport::makeServices(*f.db, f.clock, communeOfficer());
    ui::MainWindow communeWindow(*communeServices);
    communeWindow.show();
    auto *hidden = communeWindow.findChild<QCheckBox *>(QStringLiteral("awaitingApprovalFilter"));
    REQUIRE(hidden);
    CHECK_FALSE(hidden->isVisible());

    auto services = testsupport::makeServices(*f.db, f.clock, editor());
    ui::MainWindow window(*services);
    window.show();
    auto *filter = window.findChild<QCheckBox *>(QStringLiteral("awaitingApprovalFilter"));
    REQUIRE(filter);
    CHECK(filter->isVisible());
    CHECK(window.queueModel()->rowOfCase(other) >= 0);
    filter->setChecked(true);
    CHECK(window.queueModel()->rowCount() == 1);
    CHECK(window.queueModel()->rowOfCase(held) >= 0);
    CHECK(window.queueModel()->rowOfCase(other) == -1);
    filter->setChecked(false);
    CHECK(window.queueModel()->rowOfCase(other) >= 0);
}

TEST_CASE("An editor approves or sends back a held answer from the case view - a commune officer cannot", "[ui][approval]")
{
    Fixture f;
    const auto [held, other, outboxId] = heldAnswerFixture(f);

    auto communeServices = testsupport::makeServices(*f.db, f.clock, communeOfficer());
    ui::CaseView communeView(*communeServices);
    communeView.show();
    communeView.showCase(held);
    CHECK_FALSE(communeView.caseActions()->action(Action::ApproveAnswer)->isEnabled());
    CHECK_FALSE(communeView.caseActions()->action(Action::RejectAnswer)->isEnabled());

    auto services = testsupport::makeServices(*f.db, f.clock, editor());
    ui::CaseView view(*services);
    QStringList asked;
    std::optional<QString> editorsText;
    view.setTextFunction([&](const QString &, const QString &label, bool multiLine) {
        CHECK(multiLine);
        asked << label;
        return editorsText;
    });
    view.show();
    view.showCase(other);
    CHECK_FALSE(view.caseActions()->action(Action::ApproveAnswer)->isEnabled());
    view.showCase(held);
    QAction *approve = view.caseActions()->action(Action::ApproveAnswer);
    REQUIRE(approve->isEnabled());
    auto *button = view.findChild<QToolButton *>(QStringLiteral("approveAnswerButton"));
    REQUIRE(button);
    CHECK(button->defaultAction() == approve);

    // Cancelled: nothing changes. The dialog names the answer's officer.
    approve->trigger();
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).contains(QStringLiteral("Lê Văn Xã")));
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("pending_approval"));

    // Approved with the editor's correction.
    editorsText = QStringLiteral("Bạn mang CCCD cũ và tờ khai CT01 đến công an phường.");
    approve->trigger();
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("queued"));
    CHECK(f.text("SELECT text FROM outbox WHERE id = ?1", outboxId) == *editorsText);
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'answer_approved' AND case_id = ?1", held) == 1);
    CHECK_FALSE(approve->isEnabled());

    // A second held answer, sent back with a reason.
    const qint64 second = communeAnswers(f, held, QStringLiteral("Bổ sung"));
    view.showCase(held);
    editorsText = QStringLiteral("Viết rõ giấy tờ cần mang");
    QAction *reject = view.caseActions()->action(Action::RejectAnswer);
    REQUIRE(reject->isEnabled());
    reject->trigger();
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", second) == QStringLiteral("rejected"));
    auto d = store::CaseStore(*f.db).detail(editor(), held);
    REQUIRE(d.ok());
    CHECK(d->events.constLast().kind == QString::fromLatin1(domain::events::kAnswerRejected));
    CHECK(d->events.constLast().detail.value(QStringLiteral("reason")).toString() == QStringLiteral("Viết rõ giấy tờ cần mang"));
    // The history and the conversation say so, with the reason.
    const ui::CaseHistoryModel *history = view.historyModel();
    const QString last = history->item(history->rowCount() - 1, ui::CaseHistoryModel::WhatColumn)->text();
    CHECK(last.contains(QStringLiteral("Lê Văn Xã")));
    CHECK(last.contains(QStringLiteral("Viết rõ giấy tờ cần mang")));

    // The officer who answers is told the answer waits for the editors.
    communeView.showCase(other);
    communeView.editor()->setPlainText(QStringLiteral("Bạn mang sổ hộ khẩu."));
    REQUIRE(communeView.sendButton()->isEnabled());
    QTest::mouseClick(communeView.sendButton(), Qt::LeftButton);
    CHECK(communeView.messageLabel()->text().contains(QStringLiteral("approv")));
    CHECK(f.text("SELECT state FROM outbox WHERE case_id = ?1", other) == QStringLiteral("pending_approval"));
}
