// The officer's actions on a case are QActions, shared by the case view's buttons and the main
// window's Case menu: what they allow follows the case shown, and triggering one acts at once.
#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/domain/caseevent.h"
#include "core/store/casewriter.h"
#include "ui/caseactions.h"
#include "ui/casehistorymodel.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace casedesk;
using namespace casetest;
using Action = ui::CaseActions::Action;

namespace {

const QString kPc02 = QStringLiteral("84-PC02");

/// Action names, sorted and joined ("acceptAction, noteAction"): Catch prints them on failure.
std::string names(QStringList list)
{
    list.sort();
    return list.join(QStringLiteral(", ")).toStdString();
}

/// The actions enabled now.
std::string enabledActions(const ui::CaseView &view)
{
    QStringList enabled;
    for (const QAction *a : view.caseActions()->actions())
        if (a->isEnabled())
            enabled << a->objectName();
    return names(enabled);
}

int eventsOfKind(Fixture &f, qint64 caseId, const char *kind)
{
    store::Statement st(*f.db, "SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = ?2");
    st.bind(1, caseId);
    st.bind(2, QString::fromLatin1(kind));
    REQUIRE(st.next());
    return int(st.int64(0));
}

} // namespace

TEST_CASE("Case actions follow the case: Accept and Return only for a transferred case, Reopen only for a closed one, Reveal only "
          "for a hidden reporter",
          "[ui][caseview][actions]")
{
    Fixture f;
    const qint64 open = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước cần gì ạ"), kT0);
    const qint64 transferred = f.message(QStringLiteral("u2"), QStringLiteral("Tôi bị lừa đảo chuyển khoản"), kT0);
    const qint64 closed = f.message(QStringLiteral("u3"), QStringLiteral("Hỏi tạm trú"), kT0);
    f.triage = [](const QString &, qint64) {
        domain::TriageResult t;
        t.category = domain::Category::CrimeReport;
        t.confidence = 0.9;
        return t;
    };
    const qint64 reported = f.message(QStringLiteral("u4"), QStringLiteral("Tố giác buôn ma túy"), kT0);
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    const domain::OfficerScope &scope = services->scope();
    REQUIRE(services->writer().forward(scope, transferred, {kPc02, QStringLiteral("Thẩm quyền PC02"), {}, false}).ok());
    REQUIRE(services->writer().close(scope, closed).ok());

    ui::CaseView view(*services);
    QStringList reasons;
    view.setTextFunction([&](const QString &, const QString &, bool) -> std::optional<QString> {
        reasons << QStringLiteral("Cần liên hệ xác minh");
        return reasons.constLast();
    });
    view.show();
    ui::CaseActions *actions = view.caseActions();
    REQUIRE(actions->actions().size() == ui::CaseActions::ActionCount);
    auto *reveal = view.findChild<QPushButton *>(QStringLiteral("revealButton"));
    REQUIRE(reveal);

    // No case: nothing to act on, but the template library can be edited.
    CHECK(enabledActions(view) == names({QStringLiteral("manageTemplatesAction")}));

    const QStringList always {
        QStringLiteral("answerAction"),  QStringLiteral("assignAction"),          QStringLiteral("closeAction"), QStringLiteral("escalateAction"),
        QStringLiteral("forwardAction"), QStringLiteral("manageTemplatesAction"), QStringLiteral("noteAction"),
    };
    view.showCase(open);
    CHECK(enabledActions(view) == names(always));
    CHECK_FALSE(reveal->isVisible());

    view.showCase(transferred);
    CHECK(enabledActions(view) == names(always + QStringList {QStringLiteral("acceptAction"), QStringLiteral("returnAction")}));
    // The case view's buttons are the same actions.
    auto *acceptButton = view.findChild<QToolButton *>(QStringLiteral("acceptButton"));
    REQUIRE(acceptButton);
    CHECK(acceptButton->defaultAction() == actions->action(Action::Accept));
    CHECK(acceptButton->isEnabled());
    actions->action(Action::Accept)->trigger();
    CHECK(view.detail().summary.status == domain::CaseStatus::Open);
    CHECK(eventsOfKind(f, transferred, domain::events::kAccepted) == 1);
    CHECK(enabledActions(view) == names(always));
    CHECK_FALSE(acceptButton->isEnabled());

    view.showCase(closed);
    // On a closed case the answer can be drafted; Send waits for Reopen.
    CHECK(enabledActions(view)
          == names({QStringLiteral("answerAction"), QStringLiteral("manageTemplatesAction"), QStringLiteral("noteAction"),
                    QStringLiteral("reopenAction")}));
    CHECK_FALSE(view.findChild<QToolButton *>(QStringLiteral("closeButton"))->isEnabled());
    CHECK(view.findChild<QToolButton *>(QStringLiteral("reopenButton"))->isEnabled());

    view.showCase(reported);
    CHECK(enabledActions(view) == names(always + QStringList {QStringLiteral("revealAction")}));
    auto *citizen = view.findChild<QLabel *>(QStringLiteral("caseCitizen"));
    CHECK(citizen->text() == domain::maskedReporterName());
    CHECK(reveal->isVisible());
    // The header's button runs the same action: asked for a reason, logged, the name shown.
    reveal->click();
    CHECK(reasons.size() == 1);
    CHECK(eventsOfKind(f, reported, domain::events::kIdentityRevealed) == 1);
    CHECK(citizen->text() == QStringLiteral("Nguyễn Văn u4"));
    CHECK_FALSE(actions->action(Action::RevealIdentity)->isEnabled());
    CHECK_FALSE(reveal->isVisible());
    // Only for this viewing: opened again, the reporter is hidden again.
    view.showCase(open);
    view.showCase(reported);
    CHECK(citizen->text() == domain::maskedReporterName());
    CHECK(actions->action(Action::RevealIdentity)->isEnabled());

    // An officer of another unit is not shown the ward's case, and may do nothing to it.
    auto stranger = testsupport::makeServices(*f.db, f.clock, onlyUnits(QStringLiteral("Cán bộ PC02"), {kPc02}));
    ui::CaseView theirs(*stranger);
    theirs.showCase(open);
    CHECK(theirs.caseId() == 0);
    CHECK_FALSE(theirs.messageLabel()->text().isEmpty());
    CHECK(enabledActions(theirs) == names({QStringLiteral("manageTemplatesAction")}));
    // …but may act on the case forwarded to their unit.
    theirs.showCase(transferred);
    CHECK(enabledActions(theirs) == names(always));
}

TEST_CASE("The note action, from the case view or the window's Case menu, records the note in the history", "[ui][caseview][actions]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi đăng ký thường trú"), kT0);
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::MainWindow window(*services);
    ui::CaseView view(*services);
    window.addCaseActions(view.caseActions()->actions());
    QAbstractItemModelTester tester(view.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::optional<QString> answer;
    view.setTextFunction([&](const QString &, const QString &, bool multiLine) {
        CHECK(multiLine);
        return answer;
    });
    view.show();
    view.showCase(id);
    QSignalSpy changed(&view, &ui::CaseView::caseChanged);
    QAction *note = view.caseActions()->action(Action::Note);
    CHECK(window.caseMenu()->actions().contains(note));
    const int rowsBefore = view.historyModel()->rowCount();

    // Cancelled: nothing is recorded.
    note->trigger();
    CHECK(eventsOfKind(f, id, domain::events::kNoted) == 0);
    CHECK(changed.isEmpty());

    answer = QStringLiteral("Đã gọi điện hướng dẫn công dân");
    note->trigger();
    CHECK(eventsOfKind(f, id, domain::events::kNoted) == 1);
    CHECK(f.text("SELECT officer FROM case_events WHERE case_id = ?1 AND kind = 'noted'", id) == QStringLiteral("Phạm Thu"));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == id);
    const ui::CaseHistoryModel *history = view.historyModel();
    REQUIRE(history->rowCount() > rowsBefore);
    const int last = history->rowCount() - 1;
    CHECK(history->item(last, ui::CaseHistoryModel::OfficerColumn)->text() == QStringLiteral("Phạm Thu"));
    CHECK(history->item(last, ui::CaseHistoryModel::WhatColumn)->text().contains(*answer));

    // The same action from the window's menu.
    answer = QStringLiteral("Công dân đã đến nộp hồ sơ");
    for (QAction *a : window.caseMenu()->actions())
        if (a == note)
            a->trigger();
    CHECK(eventsOfKind(f, id, domain::events::kNoted) == 2);
    CHECK(history->item(history->rowCount() - 1, ui::CaseHistoryModel::WhatColumn)->text().contains(*answer));
}
