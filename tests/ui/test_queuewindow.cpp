// The queue model and the main window's queue, offscreen, over stores built through IngestStore.

#include "queue/queuefixture.h"
#include "support/testservices.h"

#include "core/common/clock.h"
#include "core/store/queuestore.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"
#include "ui/unittreemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace casedesk;
using namespace casedesk::queuetest;
using domain::Category;
using ui::QueueModel;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(testNow(), QTimeZone(7 * 3600)); }
};

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

int rowOf(const QueueModel &model, qint64 id)
{
    const int row = model.rowOfCase(id);
    REQUIRE(row >= 0);
    return row;
}

} // namespace

TEST_CASE("The queue model loads pages of 100 on demand and passes the model tester", "[ui][queue]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    for (int i = 0; i < 230; ++i)
        fx.addCase(CaseSpec().due(now + (i % 17) * kHour).isUrgent(i % 9 == 0).as(Category(i % 5)));
    store::QueueStore store(fx.db());
    FixedClock clock;
    QueueModel model(store, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setFilter(domain::QueueFilter());
    CHECK(model.rowCount() == QueueModel::kPageSize);
    CHECK(model.columnCount() == QueueModel::ColumnCount);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * QueueModel::kPageSize);
    CHECK(inserted.count() == 1); // one batch, one insertion
    model.fetchMore({});
    CHECK(model.rowCount() == 230);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(inserted.count() == 2);

    // The rows are the store's queue, in its order.
    domain::QueueFilter f;
    f.now = now;
    auto firstPage = store.page(f, {}, {}, 230);
    REQUIRE(firstPage.ok());
    for (int r = 0; r < 230; ++r)
        REQUIRE(model.caseIdAt(r) == firstPage->cases.at(r).id);
}

TEST_CASE("Queue columns say urgency deadline category unit masked reporter status and reply window in words", "[ui][queue]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 crime = fx.addCase(CaseSpec()
                                        .in(QStringLiteral("29236"))
                                        .named(QStringLiteral("Lê Văn Tố"))
                                        .as(Category::CrimeReport)
                                        .isUrgent()
                                        .due(now + 48 * kMinute)
                                        .when(now - 12 * kMinute));
    const qint64 late = fx.addCase(CaseSpec()
                                       .in(QStringLiteral("84-PC06"))
                                       .named(QStringLiteral("Nguyễn Thị Hỏi"))
                                       .saying(QStringLiteral("<script>alert(1)</script> cho em hỏi"))
                                       .due(now - 2 * kHour - 5 * kMinute)
                                       .when(now - 3 * kDay));
    const qint64 answered = fx.addCase(CaseSpec().as(Category::Petition).due(now - kHour).when(now - 8 * kDay).answered(now - 7 * kDay));

    store::QueueStore store(fx.db());
    FixedClock clock;
    QueueModel model(store, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto units = store::UnitStore(fx.db()).list();
    REQUIRE(units.ok());
    model.setUnits(*units);
    model.setFilter(domain::QueueFilter());
    REQUIRE(model.rowCount() == 3);

    const int c = rowOf(model, crime);
    CHECK(c == 0); // urgent first
    CHECK(cell(model, c, QueueModel::UrgencyColumn) == QueueModel::tr("Urgent"));
    CHECK_FALSE(model.data(model.index(c, QueueModel::UrgencyColumn), Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(cell(model, c, QueueModel::DeadlineColumn) == QueueModel::tr("%1:%2 left").arg(0).arg(QStringLiteral("48")));
    CHECK(cell(model, c, QueueModel::CategoryColumn) == domain::categoryShortName(Category::CrimeReport));
    CHECK(cell(model, c, QueueModel::CitizenColumn) == domain::citizenForDisplay(true, QString()));
    CHECK_FALSE(cell(model, c, QueueModel::CitizenColumn).contains(QStringLiteral("Tố")));
    CHECK(cell(model, c, QueueModel::UnitColumn) == QStringLiteral("Phường 4"));
    CHECK(cell(model, c, QueueModel::UnitColumn, Qt::ToolTipRole).contains(QStringLiteral("Công an thành phố Trà Vinh")));
    CHECK(cell(model, c, QueueModel::ReceivedColumn) == QStringLiteral("08:48"));
    CHECK(cell(model, c, QueueModel::ReplyWindowColumn, QueueModel::ReplyWindowRole) == QStringLiteral("free"));
    CHECK(cell(model, c, QueueModel::ReplyWindowColumn) == QueueModel::tr("free %n h", nullptr, 48));
    CHECK(cell(model, c, QueueModel::ReplyWindowColumn, Qt::ToolTipRole) == QueueModel::tr("%n hour(s) left to answer free", nullptr, 48));
    CHECK_FALSE(model.data(model.index(c, 0), QueueModel::OverdueRole).toBool());

    const int l = rowOf(model, late);
    CHECK(model.data(model.index(l, 0), QueueModel::OverdueRole).toBool());
    CHECK(cell(model, l, QueueModel::DeadlineColumn) == QueueModel::tr("overdue %n hour(s)", nullptr, 2));
    CHECK(model.data(model.index(l, QueueModel::PreviewColumn), Qt::BackgroundRole).isValid()); // tinted, and said in words
    CHECK(cell(model, l, QueueModel::CitizenColumn) == QStringLiteral("Nguyễn Thị Hỏi"));
    CHECK(cell(model, l, QueueModel::PreviewColumn) == QStringLiteral("<script>alert(1)</script> cho em hỏi"));
    CHECK(cell(model, l, QueueModel::UnitColumn) == QStringLiteral("PC06"));
    CHECK(cell(model, l, QueueModel::ReplyWindowColumn, QueueModel::ReplyWindowRole) == QStringLiteral("billed"));
    CHECK(cell(model, l, QueueModel::StatusColumn) == domain::caseStatusName(domain::CaseStatus::New));

    const int a = rowOf(model, answered);
    CHECK(cell(model, a, QueueModel::DeadlineColumn).isEmpty()); // answered: no countdown
    CHECK_FALSE(model.data(model.index(a, 0), QueueModel::OverdueRole).toBool());
    CHECK(cell(model, a, QueueModel::ReplyWindowColumn, QueueModel::ReplyWindowRole) == QStringLiteral("closed"));
    CHECK(cell(model, a, QueueModel::StatusColumn) == domain::caseStatusName(domain::CaseStatus::Answered));

    // One changed case: its row changes, nothing is reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    fx.setStatus(late, QStringLiteral("transferred"));
    CHECK(model.refreshRow(late));
    CHECK(resets.isEmpty());
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == l);
    CHECK(cell(model, l, QueueModel::StatusColumn) == domain::caseStatusName(domain::CaseStatus::Transferred));
    CHECK_FALSE(model.refreshRow(999999));

    // A refresh with the same cases only changes data; a new case resets.
    model.refresh();
    CHECK(resets.isEmpty());
    fx.addCase(CaseSpec().isUrgent().as(Category::SecurityReport).due(now + kMinute));
    model.refresh();
    CHECK(resets.count() == 1);
    CHECK(model.rowCount() == 4);
}

TEST_CASE("Search matches are found in the preview whatever its diacritics or case", "[ui][queue]")
{
    const auto ranges = [](const QString &text, const QString &query) {
        return QueueModel::matchRanges(text, domain::foldQuery(query).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    };
    const QString text = QStringLiteral("Cho em hỏi ĐĂNG KÝ tạm trú, đăng ký lại");
    auto r = ranges(text, QStringLiteral("dang ky"));
    REQUIRE(r.size() == 2);
    CHECK(text.mid(r.at(0).x(), r.at(0).y()) == QStringLiteral("ĐĂNG KÝ"));
    CHECK(text.mid(r.at(1).x(), r.at(1).y()) == QStringLiteral("đăng ký"));
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    r = ranges(decomposed, QStringLiteral("tạm"));
    REQUIRE(r.size() == 1);
    CHECK(decomposed.mid(r.at(0).x(), r.at(0).y()).normalized(QString::NormalizationForm_C) == QStringLiteral("tạm"));
    CHECK(ranges(text, QStringLiteral("ang")).isEmpty()); // word starts only
    CHECK(ranges(text, QStringLiteral("hộ chiếu")).isEmpty());
}

TEST_CASE("The main window has tabs with counts and rolled-up unit counts and filters by unit and search and keyboard", "[ui][queue]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 crime = fx.addCase(CaseSpec().in(QStringLiteral("29236")).as(Category::CrimeReport).isUrgent().due(now - kMinute));
    fx.addCase(CaseSpec().in(QStringLiteral("29236")).saying(QStringLiteral("Cho em hỏi đăng ký thường trú")).due(now + kHour));
    const qint64 commune = fx.addCase(CaseSpec().in(QStringLiteral("29239")).saying(QStringLiteral("xin hoi dang ky xe")).due(now + 2 * kHour));
    fx.addCase(CaseSpec().in(QStringLiteral("84-PC06")).as(Category::Petition).saying(QStringLiteral("Phản ánh tiếng ồn")));
    fx.addCase(CaseSpec().in(QStringLiteral("29524")).as(Category::Other).saying(QStringLiteral("Chào ad")));

    FixedClock clock;
    auto services = testsupport::makeServices(fx.db(), clock);
    ui::MainWindow window(*services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.queueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTabBar *tabs = window.categoryTabs();
    REQUIRE(tabs->count() == 6);
    CHECK(tabs->tabText(0) == ui::MainWindow::tr("All %1").arg(5));
    CHECK(tabs->tabText(1) == QStringLiteral("%1 %2").arg(domain::categoryShortName(Category::CrimeReport)).arg(1));
    CHECK(tabs->tabText(4) == QStringLiteral("%1 %2").arg(domain::categoryShortName(Category::ProcedureQuestion)).arg(2));
    CHECK(window.queueModel()->rowCount() == 5);
    CHECK(window.queueModel()->caseIdAt(0) == crime);
    CHECK(window.findChild<QStackedWidget *>(QStringLiteral("casePane")) == window.casePaneHost());
    CHECK(window.findChild<QLabel *>(QStringLiteral("syncStatus")) != nullptr);

    // Unit counts, rolled up the levels.
    ui::UnitTreeModel *units = window.unitTreeModel();
    const QModelIndex province = units->index(0, ui::UnitTreeModel::OpenColumn);
    CHECK(province.data().toInt() == 5);
    CHECK(units->index(0, ui::UnitTreeModel::UrgentColumn).data().toInt() == 1);
    CHECK(units->index(0, ui::UnitTreeModel::OverdueColumn).data().toInt() == 1);
    const QModelIndex city = units->indexOfUnit(QStringLiteral("842"));
    CHECK(city.siblingAtColumn(ui::UnitTreeModel::OpenColumn).data().toInt() == 3);

    // A category tab filters the queue.
    tabs->setCurrentIndex(1);
    CHECK(window.queueModel()->rowCount() == 1);
    tabs->setCurrentIndex(0);
    CHECK(window.queueModel()->rowCount() == 5);

    // Selecting a unit filters the queue to it and the units under it; tabs count within it.
    window.unitTreeView()->setCurrentIndex(city);
    CHECK(window.queueModel()->rowCount() == 3);
    for (int r = 0; r < window.queueModel()->rowCount(); ++r) {
        const QString unit = window.queueModel()->data(window.queueModel()->index(r, 0), QueueModel::UnitIdRole).toString();
        CHECK((unit == QStringLiteral("29236") || unit == QStringLiteral("29239")));
    }
    CHECK(tabs->tabText(0) == ui::MainWindow::tr("All %1").arg(3));

    // Keyboard: arrows move, selection announces the case, Enter opens it.
    QSignalSpy current(&window, &ui::MainWindow::currentCaseChanged);
    QSignalSpy activated(&window, &ui::MainWindow::caseActivated);
    QTableView *view = window.queueView();
    view->setFocus();
    view->setCurrentIndex(window.queueModel()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    REQUIRE(current.count() == 2);
    const qint64 second = window.queueModel()->caseIdAt(1);
    CHECK(current.last().at(0).toLongLong() == second);
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == second);

    // Ctrl+F focuses the search box; Enter searches after a short pause; matches are marked.
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.searchEdit()->hasFocus());
    window.searchEdit()->insert(QStringLiteral("đăng ký"));
    CHECK(window.queueModel()->rowCount() == 3); // typing alone does not search
    QTest::keyClick(window.searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(window.queueModel()->rowCount(), 2);
    CHECK(window.queueModel()->caseIdAt(0) == commune); // newest first
    CHECK(tabs->tabText(0) == ui::MainWindow::tr("All %1").arg(2));
    CHECK(tabs->tabText(4) == QStringLiteral("%1 %2").arg(domain::categoryShortName(Category::ProcedureQuestion)).arg(2));
    const QVariantList marks = window.queueModel()->index(0, QueueModel::PreviewColumn).data(QueueModel::HighlightRole).toList();
    CHECK(marks.size() == 1); // "dang ky", one phrase
    window.searchEdit()->clear();
    CHECK(window.queueModel()->rowCount() == 3);

    // Sync wrote: counts and rows are read again, the selected case stays selected.
    REQUIRE(window.selectCase(commune));
    fx.addCase(CaseSpec().in(QStringLiteral("29239")).as(Category::SecurityReport).isUrgent().due(now + 5 * kMinute));
    window.refreshFromStore();
    CHECK(window.queueModel()->rowCount() == 4);
    CHECK(window.currentCaseId() == commune);
    CHECK(view->currentIndex().data(QueueModel::CaseIdRole).toLongLong() == commune);
    CHECK(province.data().toInt() == 6);
    CHECK(tabs->tabText(0) == ui::MainWindow::tr("All %1").arg(4));

    // Filters below the tree.
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("answered")));
    CHECK(window.queueModel()->rowCount() == 0);
    CHECK(window.findChild<QLabel *>(QStringLiteral("queuePlaceholder"))->isVisible());
    status->setCurrentIndex(0);
    auto *level = window.findChild<QComboBox *>(QStringLiteral("levelFilter"));
    REQUIRE(level);
    window.unitTreeView()->setCurrentIndex(units->index(0, 0));
    level->setCurrentIndex(level->findData(QStringLiteral("department")));
    CHECK(window.queueModel()->rowCount() == 1);
}

namespace {

/// Clicks the queue header's @p column, as an officer does.
void clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

TEST_CASE("Clicking Received or Time left sorts the whole queue with its indicator and the next start keeps that order", "[ui][queue][layout]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    // Received in the order made; the later received, the later its deadline: the newest case is
    // the last of the usual order, beyond the first page of 100.
    QVector<qint64> ids;
    for (int i = 0; i < 150; ++i) {
        const QString text = i % 10 == 0 ? QStringLiteral("Hỏi làm căn cước lần %1").arg(i) : QStringLiteral("Cho em hỏi thủ tục %1").arg(i);
        ids.push_back(fx.addCase(CaseSpec().saying(text).when(now - (150 - i) * kMinute).due(now + (i + 1) * kHour)));
    }
    QSettings().clear();
    FixedClock clock;
    auto services = testsupport::makeServices(fx.db(), clock);
    qint64 arrived = 0;
    {
        ui::MainWindow window(*services);
        window.resize(1366, 740);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QueueModel *model = window.queueModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTableView *view = window.queueView();
        QHeaderView *header = view->horizontalHeader();

        // The usual order first: the earliest deadline on top, the indicator on Time left.
        CHECK(header->isSortIndicatorShown());
        CHECK(header->sortIndicatorSection() == QueueModel::DeadlineColumn);
        CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
        REQUIRE(model->rowCount() >= QueueModel::kPageSize);
        CHECK(model->caseIdAt(0) == ids.first());

        // Received: newest first, over the whole queue (the newest case was not loaded).
        clickHeader(view, QueueModel::ReceivedColumn);
        CHECK(header->sortIndicatorSection() == QueueModel::ReceivedColumn);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(model->filter().sort == domain::QueueSort::Received);
        CHECK(model->caseIdAt(0) == ids.last());
        for (int r = 1; r < model->rowCount(); ++r)
            CHECK(model->caseAt(r - 1)->openedAt > model->caseAt(r)->openedAt);

        // Again: oldest first.
        clickHeader(view, QueueModel::ReceivedColumn);
        CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
        CHECK(model->caseIdAt(0) == ids.first());

        // A column the store cannot sort by keeps the order and its indicator, and says so.
        clickHeader(view, QueueModel::CitizenColumn);
        CHECK(header->sortIndicatorSection() == QueueModel::ReceivedColumn);
        CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
        CHECK(model->caseIdAt(0) == ids.first());
        CHECK(model->headerData(QueueModel::CitizenColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QueueModel::tr("cannot be sorted")));

        // Time left, then again: the usual order reversed, the latest deadline first.
        clickHeader(view, QueueModel::DeadlineColumn);
        CHECK(header->sortIndicatorSection() == QueueModel::DeadlineColumn);
        CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
        CHECK(model->caseIdAt(0) == ids.first());
        clickHeader(view, QueueModel::DeadlineColumn);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(model->caseIdAt(0) == ids.last());

        // Newest first again; paging on to the end loses and repeats no case.
        clickHeader(view, QueueModel::ReceivedColumn);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        while (model->canFetchMore({}))
            model->fetchMore({});
        REQUIRE(model->rowCount() == 150);
        for (int r = 0; r < 150; ++r)
            CHECK(model->caseIdAt(r) == ids.at(149 - r));

        // A case that arrives now is inserted where this order puts it: on top.
        arrived = fx.addCase(CaseSpec().when(now - 10 * 1000).due(now + 500 * kHour));
        model->applyCaseChanges({arrived});
        CHECK(model->caseIdAt(0) == arrived);
        CHECK(model->caseIdAt(1) == ids.last());

        // A search: newest match first, said by the message column's title and indicator; the
        // headers do not sort it.
        window.searchEdit()->setText(QStringLiteral("căn cước"));
        QTest::keyClick(window.searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 15);
        for (int r = 0; r < 15; ++r)
            CHECK(model->caseIdAt(r) == ids.at(140 - 10 * r));
        CHECK(header->sortIndicatorSection() == QueueModel::PreviewColumn);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(model->headerData(QueueModel::PreviewColumn, Qt::Horizontal).toString() == QueueModel::tr("Message (newest match first)"));
        clickHeader(view, QueueModel::DeadlineColumn);
        CHECK(header->sortIndicatorSection() == QueueModel::PreviewColumn);
        CHECK(model->caseIdAt(0) == ids.at(140));
        window.searchEdit()->clear();
        CHECK(header->sortIndicatorSection() == QueueModel::ReceivedColumn);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(model->headerData(QueueModel::PreviewColumn, Qt::Horizontal).toString() == QueueModel::tr("Message"));
        CHECK(model->caseIdAt(0) == arrived);
        window.close();
    }

    // The next start reads the queue newest first at once.
    ui::MainWindow again(*services);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    QHeaderView *header = again.queueView()->horizontalHeader();
    CHECK(header->sortIndicatorSection() == QueueModel::ReceivedColumn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(again.queueModel()->filter().sort == domain::QueueSort::Received);
    CHECK(again.queueModel()->filter().descending);
    CHECK(again.queueModel()->caseIdAt(0) == arrived);
    QSettings().clear();
}
