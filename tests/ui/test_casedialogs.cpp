// The case pane after forward and escalate: what happened is said in a banner at the top of the
// case view that wraps inside the pane (the queue keeps its width, the answer's buttons their
// height); the forward and escalate dialogs run the action themselves and stay open on a refusal
// with what was typed; the escalate dialog names the unit above; the citizen's acknowledgement is
// offered only while Zalo's reply window lets a message through.
#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/domain/caseevent.h"
#include "core/store/casewriter.h"
#include "ui/caseactions.h"
#include "ui/casebanner.h"
#include "ui/caseview.h"
#include "ui/escalatedialog.h"
#include "ui/forwarddialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

using namespace casedesk;
using namespace casetest;
using Action = ui::CaseActions::Action;

namespace {

const QString kPc02 = QStringLiteral("84-PC02");
const QString kPc06 = QStringLiteral("84-PC06");
const QString kCangLongTown = QStringLiteral("29266"); // Công an thị trấn Càng Long, under Công an huyện Càng Long

/// Lets the window lay itself out and deletes the dialogs that closed.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

/// The case view in the window's case pane, following the queue's selection (as app/gui/main.cpp does).
void plugIn(ui::MainWindow &window, ui::CaseView &view)
{
    auto *pane = qobject_cast<QStackedWidget *>(window.casePaneHost());
    REQUIRE(pane);
    pane->addWidget(&view);
    QObject::connect(&window, &ui::MainWindow::currentCaseChanged, &view, [pane, &view](qint64 caseId) {
        view.showCase(caseId);
        pane->setCurrentIndex(caseId ? pane->indexOf(&view) : 0);
    });
}

int eventsOfKind(Fixture &f, qint64 caseId, const char *kind)
{
    store::Statement st(*f.db, "SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = ?2");
    st.bind(1, caseId);
    st.bind(2, QString::fromLatin1(kind));
    REQUIRE(st.next());
    return int(st.int64(0));
}

ui::ForwardDialog *openForward(ui::CaseView &view)
{
    view.caseActions()->action(Action::Forward)->trigger();
    auto *dialog = view.findChild<ui::ForwardDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    return dialog;
}

ui::EscalateDialog *openEscalate(ui::CaseView &view)
{
    view.caseActions()->action(Action::Escalate)->trigger();
    auto *dialog = view.findChild<ui::EscalateDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    return dialog;
}

/// The banner and what is beside it fit the case pane: nothing wider than what the pane shows.
void checkFits(const ui::MainWindow &window, const ui::CaseView &view)
{
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("caseScroll"));
    REQUIRE(scroll);
    const int paneWidth = scroll->viewport()->width();
    ui::CaseBanner *banner = view.banner();
    INFO("pane " << paneWidth << ", case view " << view.width() << ", banner " << banner->width());
    CHECK(view.width() <= paneWidth);
    CHECK(banner->width() <= view.width());
    CHECK(banner->textLabel()->wordWrap());
    // The message is longer than the pane is wide: it takes more lines, all of it shown.
    const QFontMetrics fm(banner->textLabel()->font());
    CHECK(fm.horizontalAdvance(banner->textLabel()->text()) > banner->textLabel()->width());
    CHECK(banner->textLabel()->height() >= 2 * fm.lineSpacing());
    CHECK(banner->textLabel()->height() >= banner->textLabel()->heightForWidth(banner->textLabel()->width()));
    // The status says where the case came from, wrapped too.
    auto *status = view.findChild<QLabel *>(QStringLiteral("caseStatus"));
    REQUIRE(status);
    CHECK(status->wordWrap());
    CHECK(status->width() <= view.width());
    // The answer's buttons keep their height.
    for (const char *name : {"forwardButton", "escalateButton", "noteButton"}) {
        auto *button = view.findChild<QToolButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK(button->height() >= button->sizeHint().height());
    }
    CHECK(view.sendButton()->height() >= view.sendButton()->sizeHint().height());
}

} // namespace

TEST_CASE("After a forward and after an escalate the case pane says so in a banner that wraps inside the pane, and the queue and the pane "
          "keep their widths",
          "[ui][casedialogs]")
{
    Fixture f;
    const qint64 ward = f.message(QStringLiteral("u1"), QStringLiteral("Tôi bị mất xe máy trước chợ phường 4"), kT0);
    const qint64 town = f.message(QStringLiteral("u2"), QStringLiteral("Nhóm thanh niên tụ tập gây rối ban đêm"), kT0, true, kCangLongTown,
                                  QStringLiteral("oa-29266"));
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::MainWindow window(*services);
    ui::CaseView view(*services);
    plugIn(window, view);
    window.resize(1366, 740);
    window.show();
    settle();
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    REQUIRE(splitter);

    REQUIRE(window.selectCase(ward));
    settle();
    REQUIRE(view.caseId() == ward);
    CHECK_FALSE(view.banner()->isVisible());
    const QList<int> sizes = splitter->sizes();
    const int queueWidth = window.queueView()->width();

    // Forward: the dialog runs it and closes; the banner says where the case went.
    ui::ForwardDialog *forward = openForward(view);
    forward->selectUnit(kPc02);
    forward->reasonEdit()->setPlainText(QStringLiteral("Trộm cắp tài sản: thẩm quyền Phòng Cảnh sát hình sự"));
    REQUIRE(forward->forwardButton()->isEnabled());
    forward->forwardButton()->click();
    settle();
    CHECK(view.findChild<ui::ForwardDialog *>() == nullptr);
    CHECK(view.detail().summary.unitId == kPc02);
    CHECK(view.detail().summary.status == domain::CaseStatus::Transferred);
    CHECK(view.banner()->isVisible());
    CHECK(view.banner()->kind() == ui::MessageKind::Info);
    CHECK(view.messageLabel()->text().contains(QStringLiteral("Công an tỉnh Trà Vinh / Phòng Cảnh sát hình sự")));
    CHECK(view.messageLabel()->text().contains(QStringLiteral("queued")));
    CHECK(splitter->sizes() == sizes);
    CHECK(window.queueView()->width() == queueWidth);
    checkFits(window, view);

    // Escalate another case: the dialog names the unit above, the banner says it went there.
    REQUIRE(window.selectCase(town));
    settle();
    REQUIRE(view.caseId() == town);
    CHECK_FALSE(view.banner()->isVisible()); // another case: what was said of the one before is gone
    ui::EscalateDialog *escalate = openEscalate(view);
    CHECK(escalate->targetLabel()->text() == QStringLiteral("Escalate to: Công an huyện Càng Long"));
    CHECK(escalate->targetLabel()->toolTip() == QStringLiteral("Công an tỉnh Trà Vinh / Công an huyện Càng Long"));
    CHECK_FALSE(escalate->escalateButton()->isEnabled()); // a reason is required
    escalate->reasonEdit()->setPlainText(QStringLiteral("Gây rối kéo dài nhiều đêm, cần lực lượng của huyện"));
    REQUIRE(escalate->escalateButton()->isEnabled());
    escalate->escalateButton()->click();
    settle();
    CHECK(view.findChild<ui::EscalateDialog *>() == nullptr);
    CHECK(view.detail().summary.unitId == QStringLiteral("844"));
    CHECK(eventsOfKind(f, town, domain::events::kEscalated) == 1);
    CHECK(view.banner()->kind() == ui::MessageKind::Info);
    CHECK(view.messageLabel()->text().contains(QStringLiteral("Công an tỉnh Trà Vinh / Công an huyện Càng Long")));
    CHECK(splitter->sizes() == sizes);
    CHECK(window.queueView()->width() == queueWidth);
    checkFits(window, view);

    // The officer dismisses the banner.
    view.banner()->closeButton()->click();
    CHECK_FALSE(view.banner()->isVisible());
}

TEST_CASE("A refused forward keeps the dialog open with the unit and the reason, and says why, and corrected it goes through", "[ui][casedialogs]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Tôi bị lừa đảo chuyển khoản 20 triệu"), kT0);
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::CaseView view(*services);
    view.resize(420, 700);
    view.show();
    view.showCase(id);

    ui::ForwardDialog *dialog = openForward(view);
    dialog->selectUnit(kPc02);
    const QString reason = QStringLiteral("Lừa đảo chiếm đoạt tài sản: thẩm quyền điều tra");
    dialog->reasonEdit()->setPlainText(reason);
    CHECK_FALSE(dialog->refusal()->isVisible());
    // Meanwhile a reorganisation closes the unit: the store refuses the forward.
    {
        store::Statement close(*f.db, "UPDATE units SET valid_to = '2026-11-30' WHERE id = ?1");
        close.bind(1, kPc02);
        REQUIRE(close.exec().ok());
    }
    dialog->forwardButton()->click();
    settle();
    REQUIRE(view.findChild<ui::ForwardDialog *>() == dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->refusal()->isVisible());
    CHECK(dialog->refusal()->kind() == ui::MessageKind::Error);
    CHECK(dialog->refusal()->textLabel()->wordWrap());
    CHECK(dialog->refusal()->textLabel()->text().contains(kPc02));
    CHECK(dialog->refusal()->width() <= dialog->width());
    // What the officer typed and chose is still there.
    CHECK(dialog->reasonEdit()->toPlainText() == reason);
    CHECK(dialog->unitId() == kPc02);
    CHECK(dialog->acknowledge());
    // Nothing changed, and the case view does not say it twice.
    CHECK(view.detail().summary.unitId == Fixture::ward4());
    CHECK(eventsOfKind(f, id, domain::events::kForwarded) == 0);
    CHECK(view.messageLabel()->text().isEmpty());

    // The officer picks the unit that took over and forwards again.
    dialog->selectUnit(kPc06);
    dialog->forwardButton()->click();
    settle();
    CHECK(view.findChild<ui::ForwardDialog *>() == nullptr);
    CHECK(view.detail().summary.unitId == kPc06);
    CHECK(eventsOfKind(f, id, domain::events::kForwarded) == 1);
    CHECK(f.text("SELECT json_extract(detail, '$.reason') FROM case_events WHERE case_id = ?1 AND kind = 'forwarded'", id) == reason);
    CHECK(view.banner()->kind() == ui::MessageKind::Info);

    // Cancelled: nothing happens.
    dialog = openForward(view);
    dialog->selectUnit(kPc02);
    dialog->reasonEdit()->setPlainText(reason);
    dialog->reject();
    settle();
    CHECK(view.findChild<ui::ForwardDialog *>() == nullptr);
    CHECK(eventsOfKind(f, id, domain::events::kForwarded) == 1);
}

TEST_CASE("A refused escalation keeps the dialog open with the reason, and the dialog names the unit above the case's", "[ui][casedialogs]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Tố giác đánh bạc tại nhà ông A"), kT0);
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::CaseView view(*services);
    view.show();
    view.showCase(id);

    ui::EscalateDialog *dialog = openEscalate(view);
    CHECK(dialog->targetLabel()->text() == QStringLiteral("Escalate to: Công an thành phố Trà Vinh"));
    const QString reason = QStringLiteral("Vượt thẩm quyền của phường");
    dialog->reasonEdit()->setPlainText(reason);
    // Another officer closes the case meanwhile: the store refuses.
    REQUIRE(services->writer().close(services->scope(), id).ok());
    dialog->escalateButton()->click();
    settle();
    REQUIRE(view.findChild<ui::EscalateDialog *>() == dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->refusal()->isVisible());
    CHECK(dialog->refusal()->textLabel()->text().contains(QStringLiteral("closed")));
    CHECK(dialog->reasonEdit()->toPlainText() == reason);
    CHECK(eventsOfKind(f, id, domain::events::kEscalated) == 0);
    // Reopened, the same dialog escalates it.
    REQUIRE(services->writer().reopen(services->scope(), id).ok());
    dialog->escalateButton()->click();
    settle();
    CHECK(view.findChild<ui::EscalateDialog *>() == nullptr);
    CHECK(eventsOfKind(f, id, domain::events::kEscalated) == 1);
    CHECK(view.detail().summary.unitId == QStringLiteral("842"));
}

TEST_CASE("The citizen's acknowledgement is offered only while Zalo's reply window lets it through", "[ui][casedialogs]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi thủ tục đăng ký tạm trú"), kT0);
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::CaseView view(*services);
    QStringList asked;
    bool agree = false;
    view.setConfirmFunction([&](const QString &title, const QString &) {
        asked << title;
        return agree;
    });
    view.show();
    const auto outboxRows = [&] {
        return f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", id);
    };

    SECTION("free: offered and ticked, and sent with the forward")
    {
        f.clock.ms = kT0 + kHour;
        view.showCase(id);
        ui::ForwardDialog *dialog = openForward(view);
        CHECK(dialog->acknowledgeBox()->isEnabled());
        CHECK(dialog->acknowledgeBox()->isChecked());
        CHECK(dialog->acknowledgementNote()->text().contains(QStringLiteral("free")));
        dialog->selectUnit(kPc06);
        dialog->reasonEdit()->setPlainText(QStringLiteral("Thủ tục cư trú"));
        dialog->forwardButton()->click();
        settle();
        CHECK(view.findChild<ui::ForwardDialog *>() == nullptr);
        CHECK(outboxRows() == 1);
        CHECK(asked.isEmpty());
    }
    SECTION("billed: offered and ticked; asked before it is sent, and declining keeps the dialog open")
    {
        f.clock.ms = kT0 + 3 * kDay;
        view.showCase(id);
        ui::ForwardDialog *dialog = openForward(view);
        CHECK(dialog->acknowledgeBox()->isEnabled());
        CHECK(dialog->acknowledgeBox()->isChecked());
        CHECK(dialog->acknowledgementNote()->text().contains(QStringLiteral("confirm")));
        dialog->selectUnit(kPc06);
        dialog->reasonEdit()->setPlainText(QStringLiteral("Thủ tục cư trú"));
        dialog->forwardButton()->click();
        settle();
        CHECK(asked.size() == 1);
        REQUIRE(view.findChild<ui::ForwardDialog *>() == dialog);
        CHECK(dialog->refusal()->isVisible());
        CHECK(dialog->reasonEdit()->toPlainText() == QStringLiteral("Thủ tục cư trú"));
        CHECK(view.detail().summary.unitId == Fixture::ward4());
        agree = true;
        dialog->forwardButton()->click();
        settle();
        CHECK(asked.size() == 2);
        CHECK(view.findChild<ui::ForwardDialog *>() == nullptr);
        CHECK(view.detail().summary.unitId == kPc06);
        CHECK(outboxRows() == 1);
    }
    SECTION("closed: not offered, and the forward goes through without it")
    {
        f.clock.ms = kT0 + 8 * kDay;
        view.showCase(id);
        ui::ForwardDialog *dialog = openForward(view);
        CHECK_FALSE(dialog->acknowledgeBox()->isEnabled());
        CHECK_FALSE(dialog->acknowledgeBox()->isChecked());
        CHECK_FALSE(dialog->acknowledge());
        CHECK(dialog->acknowledgeBox()->toolTip().contains(QStringLiteral("closed")));
        CHECK(dialog->acknowledgementNote()->isVisible());
        CHECK(dialog->acknowledgementNote()->text() == dialog->acknowledgeBox()->toolTip());
        dialog->selectUnit(kPc06);
        dialog->reasonEdit()->setPlainText(QStringLiteral("Thủ tục cư trú"));
        dialog->forwardButton()->click();
        settle();
        CHECK(view.findChild<ui::ForwardDialog *>() == nullptr);
        CHECK(view.detail().summary.unitId == kPc06);
        CHECK(view.detail().summary.status == domain::CaseStatus::Transferred);
        CHECK(eventsOfKind(f, id, domain::events::kForwarded) == 1);
        CHECK(outboxRows() == 0);
        CHECK(asked.isEmpty());
        CHECK(view.banner()->kind() == ui::MessageKind::Info);
    }
}
