// The "Gửi lỗi" list: the status bar's failed count opens the failed answers of the officer's
// units; each can be sent again (refused, changing nothing, once Zalo's reply window closed),
// taken back into the case's editor, or given up with a note and the case closed.
#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/domain/caseevent.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/outboxstore.h"
#include "ui/casehistorymodel.h"
#include "ui/caseview.h"
#include "ui/failedanswersdialog.h"
#include "ui/mainwindow.h"
#include "ui/syncstatuswidget.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>

using namespace casedesk;
using namespace casetest;

namespace {

const QString kAnswer = QStringLiteral("Chào anh, anh mang căn cước cũ đến Công an phường 4 vào giờ hành chính để làm thủ tục.");
const QString kZaloError = QStringLiteral("Zalo refused the answer: the citizen blocked the official account.");

/// A case of ward 4 whose answer failed to send; returns {case id, outbox id}.
std::pair<qint64, qint64> failedAnswer(Fixture &f, const QString &userId)
{
    const qint64 id = f.message(userId, QStringLiteral("Cho em hỏi làm căn cước gắn chip"), f.clock.ms);
    f.clock.ms += 10 * 60 * 1000;
    const auto officer = everyUnit(QStringLiteral("Phạm Thu"));
    store::CaseStore cases(*f.db);
    REQUIRE(cases.markShown(officer, id, *cases.version(officer, id), f.clock.ms).ok());
    store::CaseWriter writer(*f.db, f.clock);
    store::CaseWriter::ReplyRequest reply;
    reply.text = kAnswer;
    auto queued = writer.queueReply(officer, id, reply);
    REQUIRE(queued.ok());
    store::OutboxStore outbox(*f.db, f.clock);
    auto claimed = outbox.claimNext();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    REQUIRE(outbox.markFailed(*queued, kZaloError).ok());
    return {id, *queued};
}

ui::FailedAnswersDialog *openFromStatusBar(ui::MainWindow &window, ui::SyncStatusWidget &status)
{
    QObject::connect(&status, &ui::SyncStatusWidget::failedAnswersRequested, &window, &ui::MainWindow::showFailedAnswers);
    QPushButton *failed = status.failedAnswersButton();
    REQUIRE(failed);
    CHECK_FALSE(failed->isHidden());
    CHECK(failed->text() == QStringLiteral("1 failed to send"));
    failed->click();
    auto *dialog = window.findChild<ui::FailedAnswersDialog *>(QStringLiteral("failedAnswersDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    return dialog;
}

} // namespace

TEST_CASE("A failed answer shows in the list opened from the status bar, and sent again it leaves the list", "[ui][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f, QStringLiteral("u1"));
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::MainWindow window(*services);
    ui::SyncStatusWidget status(*services, nullptr, QStringLiteral("no sync in this test"));
    ui::FailedAnswersDialog *dialog = openFromStatusBar(window, status);

    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    const QString code = f.text("SELECT code FROM cases WHERE id = ?1", caseId);
    CHECK(table->item(0, ui::FailedAnswersDialog::CaseColumn)->text() == code);
    CHECK(table->item(0, ui::FailedAnswersDialog::UnitColumn)->text().contains(QStringLiteral("phường 4")));
    CHECK_FALSE(table->item(0, ui::FailedAnswersDialog::WhenColumn)->text().isEmpty());
    CHECK(table->item(0, ui::FailedAnswersDialog::ErrorColumn)->text() == kZaloError);
    CHECK(table->item(0, ui::FailedAnswersDialog::AnswerColumn)->text().startsWith(QStringLiteral("Chào anh, anh mang căn cước")));
    CHECK(table->item(0, ui::FailedAnswersDialog::AnswerColumn)->text().endsWith(QStringLiteral("…")));
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryAnswerButton"));
    REQUIRE(retry);
    CHECK(retry->isEnabled());

    // The same list from the Case menu.
    QAction *menuEntry = window.findChild<QAction *>(QStringLiteral("failedAnswersAction"));
    REQUIRE(menuEntry);
    CHECK(window.caseMenu()->actions().contains(menuEntry));

    retry->click();
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("queued"));
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1 AND kind = 'answer_retried'", caseId) == 1);
    CHECK(table->rowCount() == 0);
    CHECK(dialog->messageLabel()->text().contains(code));
    status.refresh();
    CHECK(status.failedAnswersButton()->isHidden());
}

TEST_CASE("Sending a failed answer again after Zalo's reply window closed says why and changes nothing", "[ui][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f, QStringLiteral("u1"));
    f.clock.ms += 8 * kDay;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::FailedAnswersDialog dialog(*services);
    REQUIRE(dialog.table()->rowCount() == 1);
    const qint64 versionBefore = f.scalar("SELECT version FROM cases WHERE id = ?1", caseId);

    CHECK_FALSE(dialog.retry(0));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("reply window")));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("Note and close")));
    CHECK(dialog.messageLabel()->textFormat() == Qt::PlainText);
    CHECK(dialog.table()->rowCount() == 1);
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("failed"));
    CHECK(f.scalar("SELECT version FROM cases WHERE id = ?1", caseId) == versionBefore);
}

TEST_CASE("Note and close closes the case with the officer's note in its history", "[ui][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f, QStringLiteral("u1"));
    f.clock.ms += 8 * kDay;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::FailedAnswersDialog dialog(*services);
    REQUIRE(dialog.table()->rowCount() == 1);
    const QString note = QStringLiteral("Đã gọi điện cho công dân, hướng dẫn trực tiếp thủ tục.");

    std::optional<QString> typed; // cancelled first
    dialog.prompts().setTextFunction([&](const QString &, const QString &, bool multiLine) {
        CHECK(multiLine);
        return typed;
    });
    CHECK_FALSE(dialog.noteAndClose(0));
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("failed"));

    typed = note;
    CHECK(dialog.noteAndClose(0));
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("given_up"));
    CHECK(f.text("SELECT status FROM cases WHERE id = ?1", caseId) == QStringLiteral("closed"));

    ui::CaseView view(*services);
    view.showCase(caseId);
    QStringList history;
    for (int row = 0; row < view.historyModel()->rowCount(); ++row)
        history << view.historyModel()->item(row, ui::CaseHistoryModel::WhatColumn)->text();
    INFO(history.join(QLatin1Char('\n')).toStdString());
    CHECK(history.filter(QStringLiteral("Failed answer given up: ") + note).size() == 1);
    CHECK(history.filter(QStringLiteral("Closed: ") + note).size() == 1);
}

TEST_CASE("Edit takes a failed answer back into the case's answer editor", "[ui][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f, QStringLiteral("u1"));
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::MainWindow window(*services);
    ui::CaseView view(*services);
    QObject::connect(&window, &ui::MainWindow::answerEditRequested, &view, &ui::CaseView::editAnswer);
    window.showFailedAnswers();
    auto *dialog = window.findChild<ui::FailedAnswersDialog *>(QStringLiteral("failedAnswersDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->table()->rowCount() == 1);
    CHECK(dialog->edit(0));
    CHECK(view.caseId() == caseId);
    CHECK(view.editor()->toPlainText() == kAnswer);
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("given_up"));
    CHECK(dialog->table()->rowCount() == 0);
}

TEST_CASE("An officer who may only read the case sees its failed answer but cannot act on it", "[ui][failedanswers]")
{
    Fixture f;
    const auto [caseId, outboxId] = failedAnswer(f, QStringLiteral("u1"));
    domain::OfficerScope reader = onlyUnits(QStringLiteral("Lê Hoa"), {Fixture::ward4()});
    reader.actEveryUnit = false;
    auto services = testsupport::makeServices(*f.db, f.clock, reader);
    ui::FailedAnswersDialog dialog(*services);
    REQUIRE(dialog.table()->rowCount() == 1);
    for (const char *name : {"retryAnswerButton", "editAnswerButton", "noteAndCloseButton"})
        CHECK_FALSE(dialog.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled());
    CHECK_FALSE(dialog.retry(0));
    CHECK(f.text("SELECT state FROM outbox WHERE id = ?1", outboxId) == QStringLiteral("failed"));

    // Another unit's officer does not see it at all.
    auto others = testsupport::makeServices(*f.db, f.clock, onlyUnits(QStringLiteral("Trần Nam"), {QStringLiteral("84-PC02")}));
    ui::FailedAnswersDialog theirs(*others);
    CHECK(theirs.table()->rowCount() == 0);
    (void)caseId;
}
