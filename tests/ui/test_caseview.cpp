#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/store/casestore.h"
#include "core/store/reorganisationstore.h"
#include "core/store/statement.h"
#include "ui/answereditor.h"
#include "ui/caseactions.h"
#include "ui/caseview.h"
#include "ui/queuemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace casedesk;
using namespace casetest;

namespace {

int outboxRows(Fixture &f, qint64 caseId)
{
    return int(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", caseId));
}

QList<QLabel *> messageLabels(const ui::CaseView &view)
{
    // The thread is rebuilt on reload; the old bubbles go at the next turn of the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return view.findChildren<QLabel *>(QStringLiteral("messageText"));
}

// Types like a keyboard does, one key event per character (QTest::keyClicks takes only ASCII).
void type(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(editor, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(editor, &release);
    }
}

} // namespace

TEST_CASE("CaseView: open a case type an answer press Send: the answer is queued with that text", "[ui][caseview]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước cần gì ạ"), kT0);
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::CaseView view(*services);
    view.resize(700, 900);
    view.show();
    view.showCase(id);

    CHECK(view.findChild<QLabel *>(QStringLiteral("caseCode"))->text() == view.detail().summary.code);
    CHECK(view.replyWindowLabel()->text().contains(QStringLiteral("47")));
    CHECK_FALSE(view.sendButton()->isEnabled()); // nothing written yet
    REQUIRE(messageLabels(view).size() == 1);
    CHECK(messageLabels(view).at(0)->text() == QStringLiteral("Cho em hỏi làm căn cước cần gì ạ"));

    const QString answer = QStringLiteral("Chào bạn, bạn mang CCCD cũ đến Công an phường.");
    type(view.editor(), answer);
    CHECK(view.editor()->toPlainText() == answer);
    CHECK(view.counterLabel()->text() == QStringLiteral("%1/2 000").arg(answer.size()));
    REQUIRE(view.sendButton()->isEnabled());
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);

    REQUIRE(outboxRows(f, id) == 1);
    CHECK(f.text("SELECT text FROM outbox WHERE case_id = ?1", id) == answer);
    CHECK(f.text("SELECT state FROM outbox WHERE case_id = ?1", id) == QStringLiteral("queued"));
    CHECK(f.text("SELECT officer FROM outbox WHERE case_id = ?1", id) == QStringLiteral("Phạm Thu"));
    CHECK(view.editor()->toPlainText().isEmpty());
    // The queued answer shows in the thread with its state, and in the history.
    bool queuedShown = false;
    for (QLabel *l : view.findChildren<QLabel *>())
        queuedShown = queuedShown || (l->text().contains(QStringLiteral("Queued")) || l->text().contains(QStringLiteral("Chờ gửi")));
    CHECK(queuedShown);
    const QStandardItemModel *history = view.historyModel();
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(1, 1)->text() == QStringLiteral("Phạm Thu"));
    CHECK(history->item(1, 2)->text().contains(answer));

    // A second answer right away needs no confirmation: the officer's own answer is no change to them.
    type(view.editor(), QStringLiteral("Thêm: lệ phí theo quy định."));
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    CHECK(outboxRows(f, id) == 2);
}

TEST_CASE("CaseView shows citizen text literally never as HTML", "[ui][caseview]")
{
    Fixture f;
    const QString hostile = QStringLiteral("<b>x</b><script>alert(1)</script> & <a href=\"http://evil\">link</a>");
    const qint64 id = f.message(QStringLiteral("u1"), hostile, kT0);
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("A")));
    ui::CaseView view(*services);
    view.show();
    view.showCase(id);
    const auto labels = messageLabels(view);
    REQUIRE(labels.size() == 1);
    CHECK(labels.at(0)->text() == hostile);
    CHECK(labels.at(0)->textFormat() == Qt::PlainText);
    for (QLabel *l : view.findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("<script>")))
            CHECK(l->textFormat() == Qt::PlainText);
}

TEST_CASE("CaseView asks before a billed answer and keeps half-written answers per case", "[ui][caseview]")
{
    Fixture f;
    const qint64 billed = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi hộ chiếu"), kT0);
    const qint64 other = f.message(QStringLiteral("u2"), QStringLiteral("Hỏi tạm trú"), kT0 + 3 * kDay - kHour);
    f.clock.ms = kT0 + 3 * kDay;
    QStringList asked;
    bool answerYes = false;
    {
        auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("A")));
        ui::CaseView view(*services);
        view.setConfirmFunction([&](const QString &title, const QString &) {
            asked << title;
            return answerYes;
        });
        view.show();
        view.showCase(billed);
        type(view.editor(), QStringLiteral("Bạn nộp tại Phòng Quản lý xuất nhập cảnh."));
        QTest::mouseClick(view.sendButton(), Qt::LeftButton);
        CHECK(asked.size() == 1);
        CHECK(outboxRows(f, billed) == 0);
        CHECK_FALSE(view.messageLabel()->text().isEmpty());
        CHECK(view.editor()->toPlainText() == QStringLiteral("Bạn nộp tại Phòng Quản lý xuất nhập cảnh."));

        // Switching cases keeps the draft.
        view.showCase(other);
        CHECK(view.editor()->toPlainText().isEmpty());
        type(view.editor(), QStringLiteral("Nháp cho vụ kia"));
        view.showCase(billed);
        CHECK(view.editor()->toPlainText() == QStringLiteral("Bạn nộp tại Phòng Quản lý xuất nhập cảnh."));

        answerYes = true;
        QTest::mouseClick(view.sendButton(), Qt::LeftButton);
        CHECK(outboxRows(f, billed) == 1);
    }
    // A new window (after a restart) finds the other case's draft in the store.
    auto restarted = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("A")));
    ui::CaseView again(*restarted);
    again.showCase(other);
    CHECK(again.editor()->toPlainText() == QStringLiteral("Nháp cho vụ kia"));
    again.showCase(billed);
    CHECK(again.editor()->toPlainText().isEmpty()); // sent: no draft left
}

TEST_CASE("CaseView: a closed reply window disables Send and says so - a changed case asks before sending", "[ui][caseview]")
{
    Fixture f;
    const qint64 old = f.message(QStringLiteral("u1"), QStringLiteral("Hỏi cũ"), kT0);
    const qint64 fresh = f.message(QStringLiteral("u2"), QStringLiteral("Hỏi mới"), kT0 + 8 * kDay - kHour);
    f.clock.ms = kT0 + 8 * kDay;
    QStringList asked;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("A")));
    ui::CaseView view(*services);
    view.setConfirmFunction([&](const QString &title, const QString &) {
        asked << title;
        return true;
    });
    view.show();
    view.showCase(old);
    type(view.editor(), QStringLiteral("Trả lời"));
    CHECK_FALSE(view.sendButton()->isEnabled());
    CHECK(view.replyWindowLabel()->text() != QString());

    view.showCase(fresh);
    type(view.editor(), QStringLiteral("Trả lời bạn"));
    // The citizen writes again while the officer types.
    f.message(QStringLiteral("u2"), QStringLiteral("À còn việc này nữa"), kT0 + 8 * kDay - 30 * 60 * 1000);
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    CHECK(asked.size() == 1);
    CHECK(outboxRows(f, fresh) == 1);
    int citizenMessages = 0;
    for (QLabel *l : messageLabels(view))
        citizenMessages += l->parentWidget()->objectName() == QStringLiteral("citizenBubble") ? 1 : 0;
    CHECK(citizenMessages == 2); // the new message is shown
}

TEST_CASE("CaseView: changing the category trains the classifier and is in the history", "[ui][caseview]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Có người trộm xe"), kT0);
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("A")));
    ui::CaseView view(*services);
    domain::Category learned = domain::Category::Other;
    services->writer().setHooks({[&](const QString &, domain::Category c) { learned = c; }, {}, {}});
    view.show();
    view.showCase(id);
    QComboBox *box = view.categoryBox();
    const int crime = box->findData(QStringLiteral("crime_report"));
    REQUIRE(crime >= 0);
    box->setCurrentIndex(crime);
    Q_EMIT box->activated(crime);
    CHECK(learned == domain::Category::CrimeReport);
    CHECK(view.detail().summary.category == domain::Category::CrimeReport);
    CHECK(f.scalar("SELECT count(*) FROM classifier_feedback WHERE ?1 = ?1", 0) == 1);
    // The reporter is masked now.
    auto *citizen = view.findChild<QLabel *>(QStringLiteral("caseCitizen"));
    CHECK(citizen->text() == domain::maskedReporterName());
    // …and stays masked when the case leaves the crime reports: a crime report's reporter is
    // protected for good (only a logged reveal shows the name).
    const int other = box->findData(QStringLiteral("other"));
    box->setCurrentIndex(other);
    Q_EMIT box->activated(other);
    CHECK(view.detail().summary.category == domain::Category::Other);
    CHECK(citizen->text() == domain::maskedReporterName());
    auto *reveal = view.findChild<QPushButton *>(QStringLiteral("revealButton"));
    REQUIRE(reveal);
    CHECK(reveal->isVisible());
}

TEST_CASE("CaseView says an overdue deadline as the queue says it", "[ui][caseview]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước cần gì ạ"), kT0);
    // The case's first-response deadline: three days after it came.
    const qint64 due = kT0 + 72 * kHour;
    store::Statement setDue(*f.db, "UPDATE cases SET due_at = ?1 WHERE id = ?2");
    REQUIRE(setDue.bind(1, due).bind(2, id).exec());
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::CaseView view(*services);
    view.show();
    view.showCase(id);
    REQUIRE(view.detail().summary.dueAt == due);
    // Long after the deadline: the case says "overdue 29 days" like the queue's column, not hours and minutes.
    f.clock.ms = due + 29 * 24 * kHour + 5 * kHour;
    view.showCase(id);
    const QString shown = view.findChild<QLabel *>(QStringLiteral("caseDeadline"))->text();
    const QString queueSays = ui::QueueModel::deadlineSpanText(due - f.clock.ms);
    CHECK(queueSays == ui::QueueModel::tr("overdue %n day(s)", nullptr, 29));
    CHECK(shown.contains(queueSays));
    CHECK_FALSE(shown.contains(QStringLiteral("696")));
    // Before it: the time left, as the queue says it, and until when.
    f.clock.ms = due - 2 * kHour - 30 * 60 * 1000;
    view.showCase(id);
    const QString before = view.findChild<QLabel *>(QStringLiteral("caseDeadline"))->text();
    CHECK(before.contains(ui::QueueModel::deadlineSpanText(due - f.clock.ms)));
    CHECK(before.contains(QStringLiteral("2:30")));
}

TEST_CASE("The case's actions have shortcuts, shown in their tooltips", "[ui][caseview]")
{
    Fixture f;
    const qint64 id = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước cần gì ạ"), kT0);
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::CaseView view(*services);
    view.show();
    view.showCase(id);
    const QList<QAction *> actions = view.caseActions()->actions();
    const auto find = [&actions](const QString &name) -> QAction * {
        for (QAction *a : actions) {
            if (a->objectName() == name)
                return a;
        }
        return nullptr;
    };
    const QList<QPair<QString, QKeySequence>> expected {
        {QStringLiteral("answerAction"), QKeySequence(Qt::CTRL | Qt::Key_R)},
        {QStringLiteral("forwardAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
        {QStringLiteral("escalateAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {QStringLiteral("assignAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {QStringLiteral("noteAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
    };
    for (const auto &[name, keys] : expected) {
        QAction *a = find(name);
        REQUIRE(a);
        CHECK(a->shortcut() == keys);
        CHECK(a->isEnabled());
        CHECK(a->toolTip().contains(keys.toString(QKeySequence::NativeText)));
    }
    // Answer puts the cursor in the answer, wherever it was.
    QApplication::setActiveWindow(&view);
    view.findChild<QTreeView *>(QStringLiteral("history"))->setFocus();
    find(QStringLiteral("answerAction"))->trigger();
    auto *editor = view.findChild<ui::AnswerEditor *>()->editor();
    CHECK(editor->hasFocus());
}

TEST_CASE("A case moved by a reorganisation says so in its history, and its closed unit says what it is now", "[ui][caseview][reorganise]")
{
    Fixture f;
    const qint64 id
        = f.message(QStringLiteral("u1"), QStringLiteral("Cho hỏi làm căn cước"), kT0, true, QStringLiteral("29239"), QStringLiteral("oa-29239"));
    auto r = domain::Reorganisation::fromJson(R"({"effective": "2026-11-01", "title": "Sáp nhập phường",
        "changes": [{"unit": "29239", "action": "merge", "into": "29236"}]})",
                                              QStringLiteral("test"));
    REQUIRE(r.ok());
    auto applied = store::ReorganisationStore(*f.db).apply(*r, QStringLiteral("Quản trị"), kT0 + 1000);
    INFO((applied.ok() ? QString() : applied.error().message).toStdString());
    REQUIRE(applied.ok());
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::CaseView view(*services);
    view.showCase(id);
    CHECK(view.detail().summary.unitId == QStringLiteral("29236"));
    auto *history = view.findChild<QTreeView *>(QStringLiteral("history"));
    REQUIRE(history);
    QString found;
    for (int row = 0; row < history->model()->rowCount(); ++row) {
        const QString what = history->model()->index(row, 2).data().toString();
        if (what.contains(QStringLiteral("reorganisation")))
            found = what;
    }
    INFO(found.toStdString());
    CHECK(found.startsWith(QStringLiteral("Moved by the reorganisation of units (Sáp nhập phường): ")));
    CHECK(found.contains(QStringLiteral("(now Công an phường 4)")));
    CHECK(found.endsWith(QStringLiteral("Công an phường 4")));
}
