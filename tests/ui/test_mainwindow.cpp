#include "core/common/clock.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "support/testservices.h"
#include "ui/mainwindow.h"
#include "ui/unittreemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDate>
#include <QTemporaryDir>
#include <QTreeView>

using namespace casedesk;

namespace {

int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r)
        n += 1 + countRows(model, model.index(r, 0, parent));
    return n;
}

} // namespace

TEST_CASE("The main window shows the 127 units of the shipped tree", "[ui]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db.ok());
    store::UnitStore units(*db);
    REQUIRE(units.seedIfEmpty(QDate(2026, 11, 30)).ok());

    SystemClock clock;
    auto services = testsupport::makeServices(*db, clock);
    ui::MainWindow window(*services);
    window.show();
    QAbstractItemModelTester tester(window.unitTreeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QAbstractItemModel &model = *window.unitTreeView()->model();
    CHECK(countRows(model) == 127);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex province = model.index(0, 0);
    CHECK(model.data(province).toString() == QStringLiteral("Công an tỉnh Trà Vinh"));
    CHECK(model.rowCount(province) == 20); // 11 departments and 9 district-level units
    CHECK(window.windowTitle().contains(QStringLiteral("Công an tỉnh Trà Vinh")));

    ui::UnitTreeModel::Counts c;
    c.open = 2;
    c.urgent = 1;
    window.unitTreeModel()->setCounts({{QStringLiteral("29236"), c}});
    CHECK(model.data(model.index(0, ui::UnitTreeModel::OpenColumn)).toInt() == 2);
    CHECK(model.data(model.index(0, ui::UnitTreeModel::UrgentColumn)).toInt() == 1);
}
