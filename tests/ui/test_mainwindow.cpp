#include "core/common/clock.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "support/testservices.h"
#include "ui/mainwindow.h"
#include "ui/periodreportdialog.h"
#include "ui/unittreemodel.h"

#include <catch2/catch.hpp>

#include "core/store/templatestore.h"
#include "ui/queuemodel.h"
#include "ui/templatedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTranslator>
#include <QTreeView>

#include <functional>

using namespace casedesk;

namespace {

int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r)
        n += 1 + countRows(model, model.index(r, 0, parent));
    return n;
}

// 7 December 2026, 09:00 UTC.
class SeventhOfDecember final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()); }
};

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

TEST_CASE("The window remembers its panes, columns, unit and category tab at the next start", "[ui][layout]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate(2026, 11, 30)).ok());
    QSettings().clear();
    SystemClock clock;
    auto services = testsupport::makeServices(*db, clock);
    QList<int> sizes;
    int previewWidth = 0;
    {
        ui::MainWindow window(*services);
        window.resize(1366, 740);
        window.show();
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        REQUIRE(splitter);
        // The first start: the tree is wide enough for most units' full names, and the queue is
        // the widest pane.
        CHECK(splitter->sizes().at(0) >= window.fontMetrics().averageCharWidth() * 34);
        CHECK(splitter->sizes().at(1) > splitter->sizes().at(2));
        splitter->setSizes({400, 566, 400});
        sizes = splitter->sizes();
        window.queueView()->horizontalHeader()->resizeSection(ui::QueueModel::CitizenColumn, 211);
        window.categoryTabs()->setCurrentIndex(2);
        const QModelIndex commune = window.unitTreeModel()->indexOfUnit(QStringLiteral("29236"));
        REQUIRE(commune.isValid());
        window.unitTreeView()->setCurrentIndex(commune);
        CHECK(window.currentUnit() == QStringLiteral("29236"));
        previewWidth = window.queueView()->horizontalHeader()->sectionSize(ui::QueueModel::CitizenColumn);
        window.close();
    }
    ui::MainWindow again(*services);
    again.show();
    auto *splitter = again.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    REQUIRE(splitter);
    CHECK(splitter->sizes() == sizes);
    CHECK(again.queueView()->horizontalHeader()->sectionSize(ui::QueueModel::CitizenColumn) == previewWidth);
    CHECK(again.categoryTabs()->currentIndex() == 2);
    CHECK(again.currentUnit() == QStringLiteral("29236"));
    CHECK(again.unitTreeView()->currentIndex().data(ui::UnitTreeModel::UnitIdRole).toString() == QStringLiteral("29236"));
    QSettings().clear();
}

TEST_CASE("The box over the unit tree shows the units whose name holds the words typed, with their parents", "[ui][layout]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate(2026, 11, 30)).ok());
    SystemClock clock;
    auto services = testsupport::makeServices(*db, clock);
    ui::MainWindow window(*services);
    window.show();
    QTreeView *tree = window.unitTreeView();
    const auto visibleNames = [tree] {
        QStringList names;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                if (tree->isRowHidden(r, parent))
                    continue;
                const QModelIndex index = tree->model()->index(r, 0, parent);
                names << index.data().toString();
                walk(index);
            }
        };
        walk(QModelIndex());
        return names;
    };
    CHECK(visibleNames().size() == 127);
    // Typed without diacritics, đ as d: the traffic police department and the province above it.
    window.unitFilterEdit()->setText(QStringLiteral("canh sat giao thong"));
    CHECK(visibleNames() == QStringList({QStringLiteral("Công an tỉnh Trà Vinh"), QStringLiteral("Phòng Cảnh sát giao thông")}));
    // A commune: its district is shown and opened.
    window.unitFilterEdit()->setText(QStringLiteral("Đa Lộc"));
    const QStringList communes = visibleNames();
    REQUIRE(communes.size() == 3);
    CHECK(communes.at(2).contains(QStringLiteral("Đa Lộc")));
    CHECK(window.unitFilterEdit()->isVisible());
    window.unitFilterEdit()->clear();
    CHECK(visibleNames().size() == 127);
}

TEST_CASE("Help ▸ User guide (F1) shows the Vietnamese guide", "[ui][guide]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate(2026, 11, 30)).ok());
    SystemClock clock;
    auto services = testsupport::makeServices(*db, clock);
    ui::MainWindow window(*services);
    window.show();
    auto *guide = window.findChild<QAction *>(QStringLiteral("guideAction"));
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *text = window.findChild<QTextBrowser *>(QStringLiteral("guideText"));
    REQUIRE(text);
    CHECK(text->isVisible());
    const QString shown = text->toPlainText();
    CHECK(shown.contains(QStringLiteral("Hướng dẫn sử dụng CaseDesk")));
    CHECK(shown.contains(QStringLiteral("Ctrl+Shift+F")));
    CHECK(shown.contains(QStringLiteral("Bảo vệ người tố giác")));
    // Asked again, the same window comes forward.
    guide->trigger();
    CHECK(window.findChildren<QTextBrowser *>(QStringLiteral("guideText")).size() == 1);
}

TEST_CASE("Vietnamese mode has Qt's own print dialog in Vietnamese", "[ui][i18n]")
{
    // Qt 6.4 ships no Vietnamese for its dialogs: casedesk_vi.ts carries them (translations/qtstrings.cpp).
    QTranslator vi;
    REQUIRE(vi.load(QStringLiteral(":/i18n/casedesk_vi.qm")));
    CHECK(vi.translate("QPrintWidget", "Printer") == QStringLiteral("Máy in"));
    CHECK(vi.translate("QPrintDialog", "Write PDF file") == QStringLiteral("Ghi tệp PDF"));
    CHECK(vi.translate("QPrintSettingsOutput", "Print all") == QStringLiteral("In tất cả"));
    CHECK(vi.translate("QPageSetupWidget", "Page size:") == QStringLiteral("Khổ giấy:"));
    CHECK(vi.translate("QPlatformTheme", "Cancel") == QStringLiteral("Hủy"));
}

TEST_CASE("Vietnamese mode has Qt's own folder chooser in Vietnamese", "[ui][i18n]")
{
    // The dialog Thiết lập ▸ Thư mục dữ liệu ▸ Chọn… opens (Qt's own on a desktop without a portal).
    QTranslator vi;
    REQUIRE(vi.load(QStringLiteral(":/i18n/casedesk_vi.qm")));
    QCoreApplication::installTranslator(&vi);
    {
        QFileDialog dialog;
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
        dialog.show();
        auto *name = dialog.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
        REQUIRE(name);
        CHECK(name->text() == QStringLiteral("Thư mục:"));
        auto *look = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
        REQUIRE(look);
        CHECK(look->text() == QStringLiteral("Tìm trong:"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        REQUIRE(buttons);
        CHECK(buttons->button(QDialogButtonBox::Open)->text().remove(QLatin1Char('&')) == QStringLiteral("Chọn"));
        auto *types = dialog.findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
        REQUIRE(types);
        CHECK(types->currentText() == QStringLiteral("Thư mục"));
    }
    QCoreApplication::removeTranslator(&vi);
}

TEST_CASE("In the template editor Enter saves, and deleting is never the default", "[ui][templates]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db.ok());
    SystemClock clock;
    store::TemplateStore templates(*db, clock);
    ui::TemplateDialog dialog(templates);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveTemplateButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("deleteTemplateButton"));
    REQUIRE(save);
    REQUIRE(remove);
    CHECK(save->isDefault());
    CHECK_FALSE(remove->isDefault());
    CHECK_FALSE(remove->autoDefault());
}

TEST_CASE("Reports ▸ Period report opens the period report dialog on last month", "[ui][report]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    REQUIRE(db.ok());
    store::UnitStore units(*db);
    REQUIRE(units.seedIfEmpty(QDate(2026, 11, 30)).ok());
    const SeventhOfDecember clock;
    auto services = testsupport::makeServices(*db, clock);
    ui::MainWindow window(*services);
    window.show();

    auto *action = window.findChild<QAction *>(QStringLiteral("periodReportAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<ui::PeriodReportDialog *>(QStringLiteral("PeriodReportDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->from() == QDate(2026, 11, 1));
    CHECK(dialog->to() == QDate(2026, 11, 30));
    CHECK(dialog->unitId() == QStringLiteral("84"));
    auto built = dialog->buildReport();
    REQUIRE(built.ok());
    CHECK(built->current.totals.received == 0);
    CHECK(built->receivedNothing.size() == 127);
    dialog->close();
}
