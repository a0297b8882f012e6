// The window follows the change feed: what another process writes reaches the open queue row and
// case view within a second or two, and only the rows that changed are read again.
#include "queue/queuefixture.h"
#include "support/clirunner.h"
#include "support/testservices.h"

#include "core/common/clock.h"
#include "core/store/casewriter.h"
#include "core/store/changefeed.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace casedesk;
using namespace casedesk::queuetest;
using domain::Category;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(testNow(), Qt::UTC); }
};

bool historyHas(const ui::CaseView &view, const QString &text)
{
    const QStandardItemModel *m = view.historyModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->index(r, c).data().toString().contains(text))
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("A note made by another process reaches the open window's queue row and case view within 2 s, refetching only that row", "[ui][changes]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    fx.addCase(CaseSpec().as(Category::CrimeReport).isUrgent().due(now + kHour));
    const qint64 target = fx.addCase(CaseSpec().saying(QStringLiteral("Cho em hỏi đăng ký thường trú")).due(now + 2 * kHour));
    fx.addCase(CaseSpec().saying(QStringLiteral("Hỏi làm hộ chiếu")).due(now + 3 * kHour));

    FixedClock clock;
    auto services = testsupport::makeServices(fx.db(), clock);
    ui::MainWindow window(*services);
    ui::CaseView view(*services);
    window.show();
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    view.showCase(target);
    ui::QueueModel *model = window.queueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model->rowOfCase(target);
    REQUIRE(row == 1);
    CHECK(model->index(row, ui::QueueModel::StatusColumn).data().toString() == domain::caseStatusName(domain::CaseStatus::New));

    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

    const QString note = QStringLiteral("Đã gọi điện hướng dẫn công dân");
    const auto r = testsupport::runCli({QStringLiteral("--data-dir"), fx.dataDir(), QStringLiteral("--officer"), QStringLiteral("Lê Văn Tám"),
                                        QStringLiteral("case"), QStringLiteral("note"), QString::number(target), QStringLiteral("--text"), note});
    REQUIRE(r.exitCode == 0);
    QElapsedTimer since;
    since.start();
    REQUIRE(QTest::qWaitFor([&] { return historyHas(view, note); }, 2000));
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 2000));
    WARN("the note reached the window " << since.elapsed() << " ms after the command ended");
    CHECK(since.elapsed() < 2000);

    // Only that row was read again: no reset, no row added or taken away, and the change named it alone.
    CHECK(resets.isEmpty());
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        CHECK(args.at(0).toModelIndex().row() == row);
        CHECK(args.at(1).toModelIndex().row() == row);
    }
    CHECK(model->index(row, ui::QueueModel::StatusColumn).data().toString() == domain::caseStatusName(domain::CaseStatus::Open));
}

TEST_CASE("New, moved and closed cases from another connection enter, move and leave the queue where they sort, without a reset", "[ui][changes]")
{
    QueueFixture fx;
    const qint64 now = testNow();
    const qint64 soon = fx.addCase(CaseSpec().saying(QStringLiteral("Hỏi tạm trú")).due(now + kHour));
    const qint64 later = fx.addCase(CaseSpec().saying(QStringLiteral("Hỏi hộ chiếu")).due(now + 5 * kHour));

    FixedClock clock;
    auto services = testsupport::makeServices(fx.db(), clock);
    ui::MainWindow window(*services);
    ui::QueueModel *model = window.queueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    REQUIRE(model->rowCount() == 2);

    // A new urgent report (as sync stores it) goes to the top.
    const qint64 urgent = fx.addCase(CaseSpec().as(Category::SecurityReport).isUrgent().due(now + 30 * 60 * 1000));
    services->changes().check();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->caseIdAt(0) == urgent);

    // Another officer closes the first one: it leaves the open queue.
    auto other = store::Database::open(DataFolder(fx.dataDir()).databasePath());
    REQUIRE(other.ok());
    store::CaseWriter writer(*other, clock);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Cán bộ B");
    REQUIRE(writer.close(scope, soon, QStringLiteral("Đã trả lời qua điện thoại")).ok());
    services->changes().check();
    CHECK(model->rowCount() == 2);
    CHECK(model->rowOfCase(soon) == -1);

    // …and reopens it: back where it sorts (before the later deadline).
    REQUIRE(writer.reopen(scope, soon, QString()).ok());
    services->changes().check();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->rowOfCase(soon) < model->rowOfCase(later));
    CHECK(resets.isEmpty());
}
