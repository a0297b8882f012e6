// Công cụ ▸ Thiết lập…: what belongs to this PC apart from what belongs to the unit or province,
// checked before anything is saved, stored where each belongs, and used by the window.
#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/store/officerstore.h"
#include "core/store/provincesettings.h"
#include "ui/casebanner.h"
#include "ui/mainwindow.h"
#include "ui/pcsettings.h"
#include "ui/settingsdialog.h"
#include "ui/urgentalerts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace casedesk;
using namespace casetest;
using domain::Role;

namespace {

template<typename W> W *child(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<W *>(name);
    REQUIRE(w != nullptr);
    return w;
}

void setKind(ui::SettingsDialog &d, const char *key, domain::DeadlineRule::Kind kind)
{
    auto *box = child<QComboBox>(&d, QStringLiteral("deadlineKind_") + QLatin1String(key));
    box->setCurrentIndex(box->findData(int(kind)));
}

void setAmount(ui::SettingsDialog &d, const char *key, int amount)
{
    child<QSpinBox>(&d, QStringLiteral("deadlineAmount_") + QLatin1String(key))->setValue(amount);
}

void clickSave(ui::SettingsDialog &d)
{
    auto *buttons = d.findChild<QDialogButtonBox *>();
    REQUIRE(buttons != nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

struct SettingsFixture : Fixture
{
    SettingsFixture() { QSettings().clear(); }

    domain::OfficerScope officer(const QString &name, QSet<Role> roles, const QString &unit)
    {
        store::NewOfficer o;
        o.name = name;
        o.roles = std::move(roles);
        o.unitId = unit;
        auto made = store::OfficerStore(*db).add(o, QByteArrayLiteral("mật-khẩu-dài"), QStringLiteral("setup"), clock.ms);
        REQUIRE(made.ok());
        auto scope = store::OfficerStore(*db).scopeOf(*made);
        REQUIRE(scope.ok());
        return *scope;
    }

    store::ProvinceSettings stored()
    {
        auto s = store::ProvinceSettingsStore(*db).read();
        REQUIRE(s.ok());
        return *s;
    }
};

} // namespace

TEST_CASE("Settings refuse bad values with a reason, keep what was typed and store nothing", "[ui][settings]")
{
    SettingsFixture f;
    auto services = testsupport::makeServices(*f.db, f.clock);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    struct Bad
    {
        const char *what;
        std::function<void(ui::SettingsDialog &)> make;
        const char *words;
        int tab;
    };
    const QString aFile = dir.filePath(QStringLiteral("a-file"));
    {
        QFile file(aFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const Bad bad[] = {
        {"a crime report without deadline", [](ui::SettingsDialog &d) { setKind(d, "crime_report", domain::DeadlineRule::Kind::None); },
         "must have a first-response deadline", 1},
        {"an urgent security report slower than one not urgent",
         [](ui::SettingsDialog &d) {
             setKind(d, "security_report_urgent", domain::DeadlineRule::Kind::CalendarDays);
             setAmount(d, "security_report_urgent", 3);
         },
         "cannot be longer", 1},
        {"an office closing at 23:30", [](ui::SettingsDialog &d) { child<QTimeEdit>(&d, QStringLiteral("officeCloses"))->setTime(QTime(23, 30)); },
         "12:00 and 22:00", 1},
        {"a poll every 2 seconds", [](ui::SettingsDialog &d) { child<QSpinBox>(&d, QStringLiteral("syncInterval"))->setValue(2); },
         "5 to 3600 seconds", 1},
        {"auto-close after 400 days", [](ui::SettingsDialog &d) { child<QSpinBox>(&d, QStringLiteral("autoCloseDays"))->setValue(400); },
         "1 to 365 days", 1},
        {"a data folder that is a file", [&aFile](ui::SettingsDialog &d) { child<QLineEdit>(&d, QStringLiteral("dataFolder"))->setText(aFile); },
         "is a file", 0},
        {"a data folder given as a relative path",
         [](ui::SettingsDialog &d) { child<QLineEdit>(&d, QStringLiteral("dataFolder"))->setText(QStringLiteral("CaseDesk")); }, "whole path", 0},
    };
    for (const Bad &b : bad) {
        INFO(b.what);
        ui::SettingsDialog d(*services);
        d.show();
        child<QComboBox>(&d, QStringLiteral("language"))->setCurrentIndex(1); // English, along with the bad value
        b.make(d);
        const QString typedFolder = child<QLineEdit>(&d, QStringLiteral("dataFolder"))->text();
        const int openedHeight = d.height();
        clickSave(d);
        QCoreApplication::processEvents();
        // The refusal shows without pushing the buttons off a 768-pixel office screen.
        CHECK(d.height() <= openedHeight + 80);
        CHECK(d.height() >= openedHeight);
        CHECK(d.isVisible());
        CHECK(d.result() != QDialog::Accepted);
        CHECK(d.refusalText().contains(QLatin1String(b.words)));
        CHECK(child<QTabWidget>(&d, QStringLiteral("settingsTabs"))->currentIndex() == b.tab);
        // What was typed stays; nothing was stored, neither this PC's part nor the unit's.
        CHECK(child<QLineEdit>(&d, QStringLiteral("dataFolder"))->text() == typedFolder);
        CHECK(ui::PcSettings::load().language == QLatin1String("vi"));
        CHECK_FALSE(QSettings().contains(QStringLiteral("pc/language")));
        const store::ProvinceSettings s = f.stored();
        CHECK_FALSE(s.deadlines.has_value());
        CHECK_FALSE(s.syncIntervalSeconds.has_value());
        CHECK_FALSE(s.autoCloseDays.has_value());
    }
}

TEST_CASE("Saved settings go where they belong: this PC's to the user's settings, the unit's to the database", "[ui][settings]")
{
    SettingsFixture f;
    auto services = testsupport::makeServices(*f.db, f.clock);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::SettingsDialog d(*services);
    d.show();
    // The page shows the program's defaults before anything is stored.
    CHECK(child<QSpinBox>(&d, QStringLiteral("syncInterval"))->value() == 15);
    CHECK(child<QSpinBox>(&d, QStringLiteral("autoCloseDays"))->value() == 7);
    CHECK(child<QComboBox>(&d, QStringLiteral("deadlineKind_procedure_question"))->currentData().toInt()
          == int(domain::DeadlineRule::Kind::WorkingDays));
    CHECK(child<QSpinBox>(&d, QStringLiteral("deadlineAmount_procedure_question"))->value() == 2);
    CHECK_FALSE(child<QSpinBox>(&d, QStringLiteral("deadlineAmount_other"))->isEnabled()); // "other" has no deadline

    const QString folder = dir.filePath(QStringLiteral("new/CaseDesk"));
    child<QLineEdit>(&d, QStringLiteral("dataFolder"))->setText(folder);
    auto *language = child<QComboBox>(&d, QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    auto *unit = child<QComboBox>(&d, QStringLiteral("defaultUnit"));
    unit->setCurrentIndex(unit->findData(Fixture::ward4()));
    REQUIRE(unit->currentIndex() > 0);
    child<QCheckBox>(&d, QStringLiteral("sound"))->setChecked(false);
    child<QSpinBox>(&d, QStringLiteral("syncInterval"))->setValue(30);
    child<QSpinBox>(&d, QStringLiteral("autoCloseDays"))->setValue(10);
    setAmount(d, "procedure_question", 1);
    setKind(d, "other", domain::DeadlineRule::Kind::CalendarDays);
    setAmount(d, "other", 5);
    clickSave(d);
    CHECK(d.result() == QDialog::Accepted);
    CHECK(d.savedNotice().contains(QLatin1String("next start")));

    const ui::PcSettings pc = ui::PcSettings::load();
    CHECK(pc.language == QLatin1String("en"));
    CHECK(pc.dataFolder == folder);
    CHECK(pc.defaultUnit == Fixture::ward4());
    CHECK(pc.notifications);
    CHECK_FALSE(pc.sound);
    const store::ProvinceSettings s = f.stored();
    CHECK(s.syncIntervalSeconds == 30);
    CHECK(s.autoCloseDays == 10);
    REQUIRE(s.deadlines.has_value());
    CHECK(s.deadlines->procedureQuestion == domain::DeadlineRule::workingDays(1));
    CHECK(s.deadlines->other == domain::DeadlineRule::calendarDays(5));
    CHECK(s.deadlines->crime == domain::DeadlinePolicy().crime);

    // Opened again, the dialog shows what was saved.
    ui::SettingsDialog again(*services);
    CHECK(child<QSpinBox>(&again, QStringLiteral("syncInterval"))->value() == 30);
    CHECK(child<QSpinBox>(&again, QStringLiteral("deadlineAmount_other"))->value() == 5);
    CHECK(child<QComboBox>(&again, QStringLiteral("defaultUnit"))->currentData().toString() == Fixture::ward4());
    CHECK(child<QLineEdit>(&again, QStringLiteral("dataFolder"))->text() == folder);
}

TEST_CASE("The unit chosen in settings is the one the window shows at start in open mode", "[ui][settings]")
{
    SettingsFixture f;
    ui::PcSettings pc;
    pc.defaultUnit = Fixture::ward4();
    pc.save();
    QSettings().setValue(QStringLiteral("mainWindow/unit"), QString()); // the unit chosen last: all of them
    auto services = testsupport::makeServices(*f.db, f.clock);
    ui::MainWindow w(*services);
    CHECK(w.currentUnit() == Fixture::ward4());
}

TEST_CASE("An officer who is not an administrator sees the unit's settings but cannot change them, and the store refuses", "[ui][settings]")
{
    SettingsFixture f;
    f.officer(QStringLiteral("Quản trị"), {Role::Admin}, Fixture::ward4());
    const domain::OfficerScope ward = f.officer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4());
    auto services = testsupport::makeServices(*f.db, f.clock, ward);
    ui::SettingsDialog d(*services);
    CHECK_FALSE(child<QSpinBox>(&d, QStringLiteral("syncInterval"))->isEnabled());
    CHECK_FALSE(child<QComboBox>(&d, QStringLiteral("deadlineKind_crime_report"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(&d, QStringLiteral("changeDataServer"))->isEnabled());
    CHECK_FALSE(child<QComboBox>(&d, QStringLiteral("defaultUnit"))->isEnabled()); // a signed-in officer starts at their unit
    CHECK(child<QLabel>(&d, QStringLiteral("provinceReadOnly"))->text().contains(domain::permissionKey(domain::Permission::Administer)));
    // This PC's part is still the officer's own.
    child<QCheckBox>(&d, QStringLiteral("notifications"))->setChecked(false);
    clickSave(d);
    CHECK(d.result() == QDialog::Accepted);
    CHECK_FALSE(ui::PcSettings::load().notifications);

    // The store refuses the officer whatever a window offers.
    store::ProvinceSettings changes;
    changes.autoCloseDays = 3;
    auto refused = store::ProvinceSettingsStore(*f.db).write(changes, ward);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(domain::permissionKey(domain::Permission::Administer)));
    CHECK_FALSE(f.stored().autoCloseDays.has_value());
}

TEST_CASE("Tools has Settings with its shortcut, and turning notifications off there turns them off in the window", "[ui][settings]")
{
    SettingsFixture f;
    auto services = testsupport::makeServices(*f.db, f.clock);
    ui::MainWindow w(*services);
    auto *action = w.findChild<QAction *>(QStringLiteral("settingsAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+,")));
    auto *alerts = w.findChild<ui::UrgentAlerts *>();
    REQUIRE(alerts != nullptr);
    CHECK(alerts->notificationsEnabled());
    QTimer::singleShot(0, qApp, [] {
        auto *d = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
        REQUIRE(d != nullptr);
        child<QCheckBox>(d, QStringLiteral("notifications"))->setChecked(false);
        child<QComboBox>(d, QStringLiteral("language"))->setCurrentIndex(1);
        clickSave(*d);
    });
    action->trigger();
    CHECK_FALSE(alerts->notificationsEnabled());
    CHECK_FALSE(w.findChild<QAction *>(QStringLiteral("notificationsAction"))->isChecked());
    CHECK(w.statusBar()->currentMessage().contains(QLatin1String("next start")));
}

TEST_CASE("The units that ask citizens' satisfaction are chosen on their own tab and stored with the cases", "[ui][settings]")
{
    SettingsFixture f;
    auto services = testsupport::makeServices(*f.db, f.clock);
    {
        ui::SettingsDialog d(*services);
        d.show();
        auto *units = child<QListWidget>(&d, QStringLiteral("satisfactionUnits"));
        REQUIRE(units->count() == 127);
        // The question the citizens read is shown as it is sent.
        CHECK(child<QLabel>(&d, QStringLiteral("satisfactionQuestion"))->text().contains(QStringLiteral("hài lòng")));
        for (int i = 0; i < units->count(); ++i) {
            if (units->item(i)->data(Qt::UserRole).toString() == Fixture::ward4())
                units->item(i)->setCheckState(Qt::Checked);
        }
        clickSave(d);
        CHECK(d.result() == QDialog::Accepted);
    }
    CHECK(f.stored().satisfactionUnits == QStringList({Fixture::ward4()}));
    CHECK(f.stored().asksSatisfaction(Fixture::ward4()));
    CHECK_FALSE(f.stored().asksSatisfaction(QStringLiteral("29239")));
    // Every unit: the list is set aside.
    ui::SettingsDialog again(*services);
    auto *units = child<QListWidget>(&again, QStringLiteral("satisfactionUnits"));
    auto *all = child<QCheckBox>(&again, QStringLiteral("satisfactionAll"));
    CHECK_FALSE(all->isChecked());
    all->setChecked(true);
    CHECK_FALSE(units->isEnabled());
    clickSave(again);
    CHECK(f.stored().satisfactionUnits == QStringList({QStringLiteral("*")}));
    CHECK(f.stored().asksSatisfaction(QStringLiteral("29239")));
}
