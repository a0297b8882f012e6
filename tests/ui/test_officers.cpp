// Signing in, the open-mode banner, Tools ▸ Officers and a window that offers only what the
// signed-in officer may do — driven through the widgets, as an officer would.
#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/domain/caseevent.h"
#include "core/store/officerstore.h"
#include "ui/caseactions.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/officerform.h"
#include "ui/officerlistmodel.h"
#include "ui/officersdialog.h"
#include "ui/queuemodel.h"
#include "ui/signindialog.h"
#include "ui/unittreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace casedesk;
using namespace casetest;
using domain::Role;

namespace {

const QByteArray kPassword = QByteArrayLiteral("mật-khẩu-dài");

struct OfficersFixture : Fixture
{
    store::OfficerRecord addOfficer(const QString &name, QSet<Role> roles, const QString &unit, bool canReveal = false,
                                    const QByteArray &password = kPassword)
    {
        store::NewOfficer o;
        o.name = name;
        o.roles = std::move(roles);
        o.unitId = unit;
        o.canReveal = canReveal;
        auto made = store::OfficerStore(*db).add(o, password, QStringLiteral("setup"), clock.ms);
        REQUIRE(made.ok());
        return *made;
    }

    /// The window's services for an administrator of the province, "Quản trị", added now.
    std::unique_ptr<ui::Services> administrator()
    {
        return testsupport::makeServices(*db, clock, scopeOf(addOfficer(QStringLiteral("Quản trị"), {Role::Admin}, rootUnit())));
    }

    /// The window's services for "Phạm Thu", an officer of ward 4, in a folder whose administrator
    /// is "Quản trị".
    std::unique_ptr<ui::Services> wardOfficerBesideAdministrator()
    {
        addOfficer(QStringLiteral("Quản trị"), {Role::Admin}, rootUnit());
        return testsupport::makeServices(*db, clock, scopeOf(addOfficer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4())));
    }

    domain::OfficerScope scopeOf(const store::OfficerRecord &o)
    {
        auto scope = store::OfficerStore(*db).scopeOf(o);
        REQUIRE(scope.ok());
        return *scope;
    }

    QString rootUnit()
    {
        auto list = store::UnitStore(*db).list();
        REQUIRE(list.ok());
        REQUIRE_FALSE(list->isEmpty());
        return list->constFirst().id;
    }

    QString unitName(const QString &id)
    {
        auto unit = store::UnitStore(*db).find(id);
        REQUIRE(unit.ok());
        return unit->name;
    }

    /// The officer_added events naming @p name that belong to no case.
    int officerAddedEvents(const QString &name)
    {
        store::Statement st(*db, "SELECT detail FROM case_events WHERE kind = ?1 AND case_id IS NULL");
        st.bind(1, QString::fromLatin1(domain::events::kOfficerAdded));
        int n = 0;
        while (st.next()) {
            if (QJsonDocument::fromJson(st.text(0).toUtf8()).object().value(QStringLiteral("officer")).toString() == name)
                ++n;
        }
        return n;
    }
};

/// Runs @p fill on the modal dialog the next action opens (it blocks in exec() meanwhile); the
/// dialog must be closed by @p fill or stays for the test to find out.
void onNextModal(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, qApp, [fill = std::move(fill)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog)
            fill(dialog);
    });
}

/// What a person types in the add-officer form.
void fillOfficerForm(ui::OfficerForm *form, const QString &name, Role role, const QString &unit, const QString &password, const QString &repeat)
{
    form->nameEdit()->setText(name);
    form->roleBox(role)->setChecked(true);
    form->unitBox()->setCurrentIndex(form->unitBox()->findData(unit));
    form->passwordEdit()->setText(password);
    form->repeatEdit()->setText(repeat);
}

/// Types @p text key by key (QTest::keyClicks knows only ASCII; names and passwords are Vietnamese).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void typeSignIn(ui::SignInDialog &dialog, const QString &name, const QByteArray &password)
{
    dialog.nameEdit()->clear();
    typeText(dialog.nameEdit(), name);
    typeText(dialog.passwordEdit(), QString::fromUtf8(password));
}

} // namespace

TEST_CASE("An officer signs in with their name and password, and a wrong password is said in the dialog, which stays open and waits",
          "[ui][officers][signin]")
{
    OfficersFixture f;
    const auto thu = f.addOfficer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4());
    store::OfficerStore officers(*f.db);

    ui::SignInDialog dialog(officers, f.clock);
    dialog.setOfficerName(QStringLiteral("Phạm Thu"));
    dialog.show();
    CHECK(dialog.nameEdit()->text() == QStringLiteral("Phạm Thu"));
    CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
    CHECK_FALSE(dialog.signInButton()->isEnabled()); // no password typed yet
    CHECK_FALSE(dialog.errorLabel()->isVisible());

    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("sai-mat-khau"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.officer().has_value());
    CHECK(dialog.errorLabel()->isVisible());
    CHECK_FALSE(dialog.errorLabel()->text().isEmpty());
    CHECK(dialog.passwordEdit()->text().isEmpty()); // typed again, never kept
    // The store makes the next attempt wait a second: so does the button, then it is back.
    typeText(dialog.passwordEdit(), QString::fromUtf8(kPassword));
    CHECK_FALSE(dialog.signInButton()->isEnabled());
    CHECK(QTest::qWaitFor([&] { return dialog.signInButton()->isEnabled(); }, 3000));

    f.clock.ms += 5000;
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.officer().has_value());
    CHECK(dialog.officer()->id == thu.id);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("After too many wrong passwords the dialog says the officer is locked until when, even for the right password", "[ui][officers][signin]")
{
    OfficersFixture f;
    f.addOfficer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4());
    store::OfficerStore officers(*f.db);
    for (int i = 1; i < store::OfficerStore::kFailuresBeforeLock; ++i) {
        f.clock.ms += 60 * 1000;
        REQUIRE_FALSE(officers.signIn(QStringLiteral("Phạm Thu"), QByteArrayLiteral("wrong-wrong"), f.clock.ms).ok());
    }

    ui::SignInDialog dialog(officers, f.clock);
    dialog.show();
    f.clock.ms += 60 * 1000;
    typeSignIn(dialog, QStringLiteral("Phạm Thu"), QByteArrayLiteral("wrong-again"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    const QString locked = dialog.errorLabel()->text();
    CHECK(locked.contains(QStringLiteral("Phạm Thu")));
    // Until when, as this PC's clock shows it.
    CHECK(locked.contains(QDateTime::fromMSecsSinceEpoch(f.clock.ms + store::OfficerStore::kLockMs).toString(QStringLiteral("HH:mm"))));
    // The lock lasts minutes: the button stays for another officer, the right password is refused.
    f.clock.ms += 60 * 1000;
    typeSignIn(dialog, QStringLiteral("Phạm Thu"), kPassword);
    CHECK(dialog.signInButton()->isEnabled());
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.officer().has_value());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("Phạm Thu")));
}

TEST_CASE("A disabled officer cannot sign in: the dialog says so", "[ui][officers][signin]")
{
    OfficersFixture f;
    f.addOfficer(QStringLiteral("Quản trị"), {Role::Admin}, f.rootUnit());
    f.addOfficer(QStringLiteral("Lê Văn Tám"), {Role::District}, Fixture::ward4());
    store::OfficerStore officers(*f.db);
    REQUIRE(officers.disable(QStringLiteral("Lê Văn Tám"), QStringLiteral("Quản trị"), f.clock.ms).ok());

    ui::SignInDialog dialog(officers, f.clock);
    dialog.show();
    typeSignIn(dialog, QStringLiteral("Lê Văn Tám"), kPassword);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.officer().has_value());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("Lê Văn Tám")));
}

TEST_CASE("A folder without officers shows the open-mode strip, whose button adds the first administrator, and with officers it is not there",
          "[ui][officers][banner]")
{
    OfficersFixture f;
    {
        auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("may")));
        ui::MainWindow window(*services);
        window.show();
        REQUIRE(window.openModeBanner());
        CHECK(window.openModeBanner()->isVisible());
        auto *text = window.openModeBanner()->findChild<QLabel *>(QStringLiteral("openModeBannerText"));
        REQUIRE(text);
        CHECK_FALSE(text->text().isEmpty());
        CHECK(window.officerLabel()->text().contains(QStringLiteral("may")));
        auto *officersAction = window.findChild<QAction *>(QStringLiteral("officersAction"));
        REQUIRE(officersAction);
        CHECK(officersAction->isEnabled()); // it adds the first administrator, like the strip's button
        // Nobody signed in: nobody to sign out.
        CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("signOutAction"))->isVisible());

        auto *add = window.openModeBanner()->findChild<QPushButton *>(QStringLiteral("addAdministratorButton"));
        REQUIRE(add);
        bool adminLocked = false;
        QStringList otherRoles;
        QString formError;
        onNextModal([&](QDialog *dialog) {
            auto *form = qobject_cast<ui::OfficerForm *>(dialog);
            if (!form)
                return;
            QCheckBox *admin = form->roleBox(Role::Admin);
            adminLocked = admin->isChecked() && !admin->isEnabled();
            form->nameEdit()->setText(QStringLiteral("Trưởng Công an"));
            form->unitBox()->setCurrentIndex(form->unitBox()->findData(f.rootUnit()));
            form->passwordEdit()->setText(QString::fromUtf8(kPassword));
            form->repeatEdit()->setText(QString::fromUtf8(kPassword));
            QTest::mouseClick(form->okButton(), Qt::LeftButton);
            formError = form->errorLabel()->isVisible() ? form->errorLabel()->text() : QString();
            if (form->isVisible())
                form->reject();
        });
        QTest::mouseClick(add, Qt::LeftButton);
        CHECK(adminLocked);
        CHECK(formError.isEmpty());
        // The administrator exists and can sign in; until the next start, the strip says so.
        auto first = store::OfficerStore(*f.db).signIn(QStringLiteral("Trưởng Công an"), kPassword, f.clock.ms);
        REQUIRE(first.ok());
        CHECK(first->roles.contains(Role::Admin));
        CHECK(f.officerAddedEvents(QStringLiteral("Trưởng Công an")) == 1);
        CHECK_FALSE(add->isVisible());
        CHECK(text->text().contains(QStringLiteral("Trưởng Công an")));
        CHECK_FALSE(officersAction->isEnabled()); // until the next start, where the administrator signs in
    }
    // Started again, the administrator signs in: no strip.
    auto admin = store::OfficerStore(*f.db).find(QStringLiteral("Trưởng Công an"));
    REQUIRE(admin.ok());
    REQUIRE(admin->has_value());
    auto services = testsupport::makeServices(*f.db, f.clock, f.scopeOf(**admin));
    ui::MainWindow window(*services);
    window.show();
    CHECK_FALSE(window.openModeBanner()->isVisible());
}

TEST_CASE("The status bar and the title name the signed-in officer, with roles and unit", "[ui][officers]")
{
    OfficersFixture f;
    auto services = f.wardOfficerBesideAdministrator();
    ui::MainWindow window(*services);
    window.show();
    const QString shown = window.officerLabel()->text();
    CHECK(window.officerLabel()->isVisible());
    CHECK(shown.contains(QStringLiteral("Phạm Thu")));
    CHECK(shown.contains(domain::roleName(Role::Commune)));
    CHECK(shown.contains(f.unitName(Fixture::ward4())));
    CHECK(window.windowTitle().contains(QStringLiteral("Phạm Thu")));
    // Their own unit is the one the queue shows at start.
    CHECK(window.currentUnit() == Fixture::ward4());
    CHECK(window.unitTreeView()->currentIndex().data(ui::UnitTreeModel::UnitIdRole).toString() == Fixture::ward4());
    // File ▸ Sign out hands the PC to the next officer.
    auto *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
    REQUIRE(signOut);
    CHECK(signOut->isVisible());
    QSignalSpy signedOut(&window, &ui::MainWindow::signOutRequested);
    signOut->trigger();
    CHECK(signedOut.size() == 1);
}

TEST_CASE("Tools ▸ Officers adds an officer, who appears in the table, can sign in, and is an event of the history", "[ui][officers][dialog]")
{
    OfficersFixture f;
    auto services = f.administrator();
    ui::OfficersDialog dialog(*services);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    CHECK(dialog.model()->rowCount() == 1);

    onNextModal([&](QDialog *d) {
        auto *form = qobject_cast<ui::OfficerForm *>(d);
        if (!form)
            return;
        fillOfficerForm(form, QStringLiteral("Nguyễn Thị Hoa"), Role::Commune, Fixture::ward4(), QString::fromUtf8(kPassword),
                        QString::fromUtf8(kPassword));
        form->revealBox()->setChecked(true);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        if (form->isVisible())
            form->reject();
    });
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);

    const int row = dialog.model()->rowOf(QStringLiteral("Nguyễn Thị Hoa"));
    REQUIRE(row >= 0);
    const QAbstractItemModel &m = *dialog.table()->model();
    CHECK(m.index(row, ui::OfficerListModel::RolesColumn).data().toString() == domain::roleName(Role::Commune));
    CHECK(m.index(row, ui::OfficerListModel::UnitColumn).data().toString() == f.unitName(Fixture::ward4()));
    CHECK(m.index(row, ui::OfficerListModel::RevealColumn).data().toString()
          != m.index(dialog.model()->rowOf(QStringLiteral("Quản trị")), ui::OfficerListModel::RevealColumn).data().toString());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("Nguyễn Thị Hoa")));
    CHECK(f.officerAddedEvents(QStringLiteral("Nguyễn Thị Hoa")) == 1);
    auto hoa = store::OfficerStore(*f.db).signIn(QStringLiteral("Nguyễn Thị Hoa"), kPassword, f.clock.ms);
    REQUIRE(hoa.ok());
    CHECK(hoa->canReveal);
    CHECK(hoa->unitId == Fixture::ward4());
    store::Statement by(*f.db, "SELECT officer FROM case_events WHERE kind = ?1 ORDER BY id DESC LIMIT 1");
    by.bind(1, QString::fromLatin1(domain::events::kOfficerAdded));
    REQUIRE(by.next());
    CHECK(by.text(0) == QStringLiteral("Quản trị"));
}

TEST_CASE("The add form refuses a short password and two different ones, and stores nothing", "[ui][officers][dialog]")
{
    OfficersFixture f;
    auto services = f.administrator();
    ui::OfficersDialog dialog(*services);
    dialog.show();

    const auto attempt = [&](const QString &password, const QString &repeat) {
        QString error;
        bool stayed = false;
        onNextModal([&](QDialog *d) {
            auto *form = qobject_cast<ui::OfficerForm *>(d);
            if (!form)
                return;
            fillOfficerForm(form, QStringLiteral("Trần Văn Bảy"), Role::Commune, Fixture::ward4(), password, repeat);
            QTest::mouseClick(form->okButton(), Qt::LeftButton);
            stayed = form->isVisible();
            error = form->errorLabel()->isVisible() ? form->errorLabel()->text() : QString();
            form->reject();
        });
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        CHECK(stayed);
        CHECK_FALSE(error.isEmpty());
        return error;
    };
    const QString shortError = attempt(QStringLiteral("ngan7ky"), QStringLiteral("ngan7ky"));
    CHECK(shortError.contains(QString::number(store::OfficerStore::kMinPasswordLength)));
    const QString differ = attempt(QString::fromUtf8(kPassword), QStringLiteral("mật-khẩu-khác"));
    CHECK(differ != shortError);

    CHECK(dialog.model()->rowOf(QStringLiteral("Trần Văn Bảy")) < 0);
    auto stored = store::OfficerStore(*f.db).find(QStringLiteral("Trần Văn Bảy"));
    REQUIRE(stored.ok());
    CHECK_FALSE(stored->has_value());
    CHECK(f.officerAddedEvents(QStringLiteral("Trần Văn Bảy")) == 0);
}

TEST_CASE("The last administrator cannot be disabled and the dialog says why, while another officer can be", "[ui][officers][dialog]")
{
    OfficersFixture f;
    auto services = f.administrator();
    f.addOfficer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4());
    ui::OfficersDialog dialog(*services);
    int asked = 0;
    dialog.setConfirmFunction([&](const QString &, const QString &) {
        ++asked;
        return true;
    });
    dialog.show();
    CHECK_FALSE(dialog.disableButton()->isEnabled()); // nobody selected

    REQUIRE(dialog.selectOfficer(QStringLiteral("Quản trị")));
    REQUIRE(dialog.disableButton()->isEnabled());
    QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(dialog.messageLabel()->isVisible());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("Quản trị")));
    const int adminRow = dialog.model()->rowOf(QStringLiteral("Quản trị"));
    CHECK(dialog.model()->index(adminRow, 0).data(ui::OfficerListModel::EnabledRole).toBool());
    CHECK(store::OfficerStore(*f.db).signIn(QStringLiteral("Quản trị"), kPassword, f.clock.ms).ok());

    REQUIRE(dialog.selectOfficer(QStringLiteral("Phạm Thu")));
    QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
    const int thuRow = dialog.model()->rowOf(QStringLiteral("Phạm Thu"));
    CHECK_FALSE(dialog.model()->index(thuRow, 0).data(ui::OfficerListModel::EnabledRole).toBool());
    CHECK(dialog.model()->index(thuRow, ui::OfficerListModel::StateColumn).data().toString()
          != dialog.model()->index(adminRow, ui::OfficerListModel::StateColumn).data().toString());
    CHECK_FALSE(dialog.disableButton()->isEnabled()); // already disabled
    f.clock.ms += 60 * 1000;
    CHECK_FALSE(store::OfficerStore(*f.db).signIn(QStringLiteral("Phạm Thu"), kPassword, f.clock.ms).ok());
}

TEST_CASE("Set password gives an officer a new password they sign in with", "[ui][officers][dialog]")
{
    OfficersFixture f;
    auto services = f.administrator();
    f.addOfficer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4());
    ui::OfficersDialog dialog(*services);
    dialog.show();
    REQUIRE(dialog.selectOfficer(QStringLiteral("Phạm Thu")));
    const QString fresh = QStringLiteral("mật-khẩu-mới-2026");
    onNextModal([&](QDialog *d) {
        auto *form = qobject_cast<ui::OfficerForm *>(d);
        if (!form)
            return;
        form->passwordEdit()->setText(fresh);
        form->repeatEdit()->setText(fresh);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        if (form->isVisible())
            form->reject();
    });
    QTest::mouseClick(dialog.passwordButton(), Qt::LeftButton);
    store::OfficerStore officers(*f.db);
    CHECK(officers.signIn(QStringLiteral("Phạm Thu"), fresh.toUtf8(), f.clock.ms).ok());
    f.clock.ms += 60 * 1000;
    CHECK_FALSE(officers.signIn(QStringLiteral("Phạm Thu"), kPassword, f.clock.ms).ok());
}

TEST_CASE("An officer changes their own password after typing the current one", "[ui][officers][dialog]")
{
    OfficersFixture f;
    auto services = f.wardOfficerBesideAdministrator();
    ui::MainWindow window(*services);
    auto *change = window.findChild<QAction *>(QStringLiteral("changePasswordAction"));
    REQUIRE(change);
    REQUIRE(change->isEnabled());
    const QString fresh = QStringLiteral("mật-khẩu-của-thu");
    const auto attempt = [&](const QString &current) {
        QString error;
        onNextModal([&](QDialog *d) {
            auto *form = qobject_cast<ui::OfficerForm *>(d);
            if (!form || !form->currentPasswordEdit())
                return;
            form->currentPasswordEdit()->setText(current);
            form->passwordEdit()->setText(fresh);
            form->repeatEdit()->setText(fresh);
            QTest::mouseClick(form->okButton(), Qt::LeftButton);
            if (form->isVisible()) {
                error = form->errorLabel()->text();
                form->reject();
            }
        });
        change->trigger();
        return error;
    };
    CHECK_FALSE(attempt(QStringLiteral("không-phải-mật-khẩu")).isEmpty());
    store::OfficerStore officers(*f.db);
    f.clock.ms += 60 * 1000;
    CHECK(officers.signIn(QStringLiteral("Phạm Thu"), kPassword, f.clock.ms).ok()); // unchanged
    f.clock.ms += 60 * 1000;
    CHECK(attempt(QString::fromUtf8(kPassword)).isEmpty());
    f.clock.ms += 60 * 1000;
    CHECK(officers.signIn(QStringLiteral("Phạm Thu"), fresh.toUtf8(), f.clock.ms).ok());
}

TEST_CASE("A supervisor reads a case of their subtree but is offered no action on it, while the unit's officer is", "[ui][officers][scope]")
{
    OfficersFixture f;
    f.triage = [](const QString &, qint64) {
        domain::TriageResult t;
        t.category = domain::Category::CrimeReport;
        t.confidence = 0.9;
        return t;
    };
    const qint64 caseId = f.message(QStringLiteral("u1"), QStringLiteral("Tố giác đánh bạc"), kT0);
    f.clock.ms = kT0 + kHour;
    f.addOfficer(QStringLiteral("Quản trị"), {Role::Admin}, f.rootUnit());
    const auto boss = f.addOfficer(QStringLiteral("Lãnh đạo"), {Role::Supervisor}, f.rootUnit(), true);
    const auto thu = f.addOfficer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4());

    const auto caseButtons = [](const ui::CaseView &view) {
        QList<QToolButton *> buttons;
        for (const char *name : {"forwardButton", "escalateButton", "assignButton", "noteButton", "closeButton"}) {
            auto *b = view.findChild<QToolButton *>(QString::fromLatin1(name));
            REQUIRE(b);
            buttons << b;
        }
        return buttons;
    };
    {
        auto services = testsupport::makeServices(*f.db, f.clock, f.scopeOf(boss));
        ui::CaseView view(*services);
        view.show();
        view.showCase(caseId);
        REQUIRE(view.caseId() == caseId); // it reads the case
        for (QToolButton *b : caseButtons(view)) {
            CHECK_FALSE(b->isEnabled());
            CHECK_FALSE(b->toolTip().isEmpty());
        }
        CHECK_FALSE(view.categoryBox()->isEnabled());
        view.editor()->setPlainText(QStringLiteral("Đã tiếp nhận"));
        CHECK_FALSE(view.sendButton()->isEnabled());
        // Supervisors print reports; this one may also reveal.
        ui::MainWindow window(*services);
        for (const char *name : {"dailySummaryAction", "periodReportAction"}) {
            auto *report = window.findChild<QAction *>(QString::fromLatin1(name));
            REQUIRE(report);
            CHECK(report->isEnabled());
        }
        auto *reveal = view.findChild<QPushButton *>(QStringLiteral("revealButton"));
        REQUIRE(reveal);
        CHECK(reveal->isVisible());
        CHECK(reveal->isEnabled());
    }
    {
        auto services = testsupport::makeServices(*f.db, f.clock, f.scopeOf(thu));
        ui::CaseView view(*services);
        view.show();
        view.showCase(caseId);
        for (QToolButton *b : caseButtons(view))
            CHECK(b->isEnabled());
        // Assign offers the officers who may act on the case, and nobody; not the supervisor nor
        // the administrator.
        QStringList offered;
        view.setChoiceFunction([&](const QString &, const QStringList &items) -> std::optional<QString> {
            offered = items;
            return QStringLiteral("Phạm Thu");
        });
        view.findChild<QToolButton *>(QStringLiteral("assignButton"))->click();
        CHECK(offered.size() == 2);
        CHECK(offered.contains(QStringLiteral("Phạm Thu")));
        CHECK_FALSE(offered.contains(QStringLiteral("Lãnh đạo")));
        CHECK_FALSE(offered.contains(QStringLiteral("Quản trị")));
        store::Statement assignee(*f.db, "SELECT assignee FROM cases WHERE id = ?1");
        assignee.bind(1, caseId);
        REQUIRE(assignee.next());
        CHECK(assignee.text(0) == QStringLiteral("Phạm Thu"));
        // A commune officer without --can-reveal sees the button, off, saying which permission.
        auto *reveal = view.findChild<QPushButton *>(QStringLiteral("revealButton"));
        REQUIRE(reveal);
        CHECK(reveal->isVisible());
        CHECK_FALSE(reveal->isEnabled());
        CHECK(reveal->toolTip().contains(domain::permissionName(domain::Permission::RevealIdentity)));
        // No reports, no officers' management, for them (the dialog itself changes nothing either).
        ui::OfficersDialog officers(*services);
        CHECK_FALSE(officers.addButton()->isEnabled());
        CHECK(officers.messageLabel()->text().contains(domain::permissionName(domain::Permission::Administer)));
        ui::MainWindow window(*services);
        for (const char *name : {"dailySummaryAction", "periodReportAction", "officersAction"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            REQUIRE(action);
            CHECK_FALSE(action->isEnabled());
            CHECK_FALSE(action->toolTip().isEmpty());
        }
    }
}

TEST_CASE("A commune officer's unit tree shows their unit only, and an administrator sees no case, the queue saying why", "[ui][officers][scope]")
{
    OfficersFixture f;
    f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    const auto admin = f.addOfficer(QStringLiteral("Quản trị"), {Role::Admin}, f.rootUnit());
    const auto thu = f.addOfficer(QStringLiteral("Phạm Thu"), {Role::Commune}, Fixture::ward4());
    {
        auto services = testsupport::makeServices(*f.db, f.clock, f.scopeOf(thu));
        ui::MainWindow window(*services);
        window.show();
        const QAbstractItemModel &tree = *window.unitTreeView()->model();
        REQUIRE(tree.rowCount() == 1);
        CHECK(tree.index(0, 0).data().toString() == f.unitName(Fixture::ward4()));
        CHECK(window.queueModel()->rowCount() == 1);
    }
    auto services = testsupport::makeServices(*f.db, f.clock, f.scopeOf(admin));
    ui::MainWindow window(*services);
    window.show();
    CHECK(window.queueModel()->rowCount() == 0);
    auto *placeholder = window.findChild<QLabel *>(QStringLiteral("queuePlaceholder"));
    REQUIRE(placeholder);
    CHECK(placeholder->isVisible());
    CHECK(placeholder->text().contains(domain::permissionName(domain::Permission::ReadCases)));
    auto *officersAction = window.findChild<QAction *>(QStringLiteral("officersAction"));
    REQUIRE(officersAction);
    CHECK(officersAction->isEnabled());
}
