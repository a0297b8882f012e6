#include "app/demo/demoworld.h"
#include "core/common/clock.h"
#include "core/common/datafolder.h"
#include "core/common/logging.h"
#include "core/domain/officerscope.h"
#include "core/domain/textfold.h"
#include "core/store/casewriter.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/officerstore.h"
#include "core/store/unitstore.h"
#include "core/sync/accountenrolment.h"
#include "core/sync/synccontext.h"
#include "core/sync/synclock.h"
#include "core/sync/syncservice.h"
#include "core/triage/triageengine.h"
#include "core/zalo/curltransport.h"
#include "translations/translations.h"
#include "ui/caseactions.h"
#include "ui/caseview.h"
#include "ui/databaseserverdialog.h"
#include "ui/mainwindow.h"
#include "ui/pcsettings.h"
#include "ui/services.h"
#include "ui/signindialog.h"
#include "ui/syncstatuswidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <cstdio>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::app::Gui)
};

/// How many passwords the officer may try before CaseDesk says why it cannot open the database.
constexpr int kPasswordAttempts = 3;

/// Asks for the password of the data server @p url, with @p why above the field; empty when
/// the officer cancels.
QString askPassword(const QString &url, const QString &why, bool *given)
{
    QDialog dialog;
    dialog.setWindowTitle(Tr::tr("CaseDesk — data server password"));
    auto *reason = new QLabel(why, &dialog);
    reason->setTextFormat(Qt::PlainText); // the server's words, never markup
    reason->setWordWrap(true);
    auto *prompt = new QLabel(Tr::tr("&Password for %1 (CaseDesk does not keep it):").arg(url), &dialog);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    prompt->setBuddy(password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(reason);
    layout->addWidget(prompt);
    layout->addWidget(password);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    *given = dialog.exec() == QDialog::Accepted;
    return *given ? password->text() : QString();
}

/// Opens @p location; a data server that wants a password ~/.pgpass does not hold gets the one
/// the officer types, asked again after a refusal.
casedesk::Expected<casedesk::store::Database> openDatabase(const QString &location)
{
    auto db = casedesk::store::Database::open(location);
    if (db || !casedesk::store::Database::isServerAddress(location) || !casedesk::ui::DatabaseServerDialog::asksForPassword(db.error().message))
        return db;
    const casedesk::Error needed = db.error();
    // libpq's reasons come on several indented lines; the prompt shows them as one paragraph.
    QString why = needed.message.simplified();
    for (int attempt = 0; attempt < kPasswordAttempts; ++attempt) {
        bool given = false;
        const QString password = askPassword(location, why, &given);
        if (!given)
            return needed;
        db = casedesk::store::Database::openWithPassword(location, password);
        if (db)
            return db;
        why = db.error().message.simplified();
    }
    return db;
}

/// The scope of whoever uses the window: open mode under @p openName in a folder without
/// officers; else the officer who signs in, as @p officer with CASEDESK_PASSWORD when both are
/// given, or in the sign-in dialog (prefilled with @p officer, showing why the first try failed).
/// The error is the program's exit code: 0 when the officer quits, 1 when the store fails.
casedesk::Expected<casedesk::domain::OfficerScope, int> signIn(casedesk::store::Database &db, const casedesk::Clock &clock, const QString &officer,
                                                               const QString &openName)
{
    casedesk::store::OfficerStore officers(db);
    auto count = officers.count();
    if (!count) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), count.error().message);
        return 1;
    }
    if (*count == 0) {
        auto mayOpen = officers.mayWorkWithoutOfficers();
        if (!mayOpen || !*mayOpen) {
            QMessageBox::critical(nullptr, Tr::tr("CaseDesk"),
                                  mayOpen ? Tr::tr("The province's database has no officers yet: its administrator makes the first one with "
                                                   "casedesk-cli database init --admin NAME.")
                                          : mayOpen.error().message);
            return 1;
        }
        qCWarning(lcUi) << "sign-in is not enabled in this data folder: whoever uses this computer sees every case";
        casedesk::domain::OfficerScope open;
        open.officer = openName;
        return open;
    }
    // One check for the password from the environment and for the dialog's. On a province's
    // server the officer signs in as their own login: the window then works on that connection.
    std::unique_ptr<casedesk::store::Database> ownConnection;
    const casedesk::ui::SignInDialog::Attempt attempt = db.isShared()
        ? casedesk::ui::SignInDialog::Attempt([&officers, &ownConnection](const QString &name, const QByteArray &password)
                                                  -> casedesk::Expected<casedesk::store::OfficerRecord, casedesk::store::SignInError> {
              auto signedIn = officers.signInToServer(name, password);
              if (!signedIn)
                  return signedIn.error();
              ownConnection = std::move(signedIn->connection);
              return signedIn->officer;
          })
        : casedesk::ui::SignInDialog::fileSignIn(officers, clock);
    std::optional<casedesk::store::OfficerRecord> who;
    std::optional<casedesk::store::SignInError> refused;
    if (!officer.isEmpty() && qEnvironmentVariableIsSet("CASEDESK_PASSWORD")) {
        QByteArray password = qgetenv("CASEDESK_PASSWORD");
        qunsetenv("CASEDESK_PASSWORD"); // not passed on to anything this process starts
        auto signedIn = attempt(officer, password);
        password.fill('\0');
        if (signedIn)
            who = *signedIn;
        else
            refused = signedIn.error();
    }
    if (!who) {
        casedesk::ui::SignInDialog dialog(attempt);
        if (!officer.isEmpty())
            dialog.setOfficerName(officer);
        if (refused)
            dialog.showRefusal(*refused);
        if (dialog.exec() != QDialog::Accepted || !dialog.officer())
            return 0;
        who = *dialog.officer();
    }
    if (ownConnection)
        db = std::move(*ownConnection);
    auto scope = casedesk::store::OfficerStore(db).scopeOf(*who);
    if (!scope) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), scope.error().message);
        return 1;
    }
    qCInfo(lcUi) << "officer" << who->id << "signed in";
    return *scope;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/casedesk/casedesk.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("casedesk"));
    QStringList arguments = app.arguments();
    // --lang or CASEDESK_LANG when given, else this PC's setting (Công cụ ▸ Thiết lập…).
    bool languageGiven = qEnvironmentVariableIsSet("CASEDESK_LANG");
    for (const QString &a : arguments)
        languageGiven = languageGiven || a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="));
    casedesk::i18n::install(app, languageGiven ? casedesk::i18n::languageFromArguments(arguments.mid(1)) : casedesk::ui::PcSettings::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("CaseDesk: citizens' messages to police units' Zalo accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), Tr::tr("Data folder."), QStringLiteral("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), Tr::tr("Open a fresh demonstration data folder."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("Language: vi (default) or en."), QStringLiteral("vi|en"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets-file"), Tr::tr("Keep tokens in this file (mode 0600) instead of the OS keychain."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption officerOption(QStringLiteral("officer"),
                                           Tr::tr("Sign in as this officer (the password from CASEDESK_PASSWORD, else asked); without "
                                                  "officers in the data folder, the name recorded in case histories (default: the login name)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            Tr::tr("The province's PostgreSQL database: postgresql://HOST:PORT/DB (also CASEDESK_DATABASE)."),
                                            QStringLiteral("URL"));
    parser.addOptions({dataDirOption, demoOption, langOption, secretsOption, officerOption, databaseOption});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s\n", qUtf8Printable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("casedesk %s\n", CASEDESK_VERSION);
        return 0;
    }

    if (parser.isSet(databaseOption)) {
        const QString url = parser.value(databaseOption);
        if (const QString why = casedesk::store::Database::addressProblem(url); !why.isEmpty()) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(why));
            return 2;
        }
        casedesk::DataFolder::setDatabaseAddress(url);
    }
    QString dataDir = parser.value(dataDirOption);
    if (parser.isSet(demoOption) && dataDir.isEmpty()) {
        // A demo never fills the officer's own data folder: it gets a new one of its own.
        auto made = casedesk::app::DemoWorld::makeNewFolder();
        if (!made) {
            QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), made.error().message);
            return 1;
        }
        dataDir = *made;
    }
    if (dataDir.isEmpty()) // the folder this PC's settings name, else the default one
        dataDir = casedesk::ui::PcSettings::load().dataFolder;
    const casedesk::DataFolder folder(dataDir.isEmpty() ? casedesk::DataFolder::defaultPath() : dataDir);
    if (!folder.ensureExists()) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), Tr::tr("Cannot create the data folder %1.").arg(folder.path()));
        return 1;
    }
    if (const QString notice = folder.restrictToOwner(); !notice.isEmpty())
        qCWarning(lcStore).noquote() << notice;
    auto db = openDatabase(folder.databasePath());
    if (!db) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), db.error().message);
        return 1;
    }
    casedesk::store::UnitStore units(*db);
    if (auto seeded = units.seedIfEmpty(QDate::currentDate()); !seeded) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), seeded.error().message);
        return 1;
    }
    casedesk::SystemClock clock;

    // Who acts: with officers in the folder, the officer signs in before anything is shown;
    // without, everything is open (the window says so) under the name given or the login's.
    const QString givenName = parser.isSet(officerOption) ? parser.value(officerOption)
                                                          : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", Tr::tr("officer")));
    auto scope = signIn(*db, clock, parser.isSet(officerOption) ? parser.value(officerOption) : QString(), givenName);
    if (!scope)
        return scope.error();

    // Sync: one process per data folder; the triage engine is shared by sync and officers' actions.
    // A demo's folder (--demo, or one `casedesk-cli demo` made) is played again by its simulator,
    // and its accounts keep their tokens in a file of the folder, which the window finds itself.
    const casedesk::app::WindowSync plan
        = casedesk::app::windowSync(folder.path(), parser.isSet(demoOption), parser.value(secretsOption), folder.usesServer());
    std::unique_ptr<casedesk::app::DemoWorld> demo;
    if (plan.demo)
        demo = std::make_unique<casedesk::app::DemoWorld>(*plan.demo);
    const QString secretsFile = plan.secretsFile;
    casedesk::sync::SyncOptions syncOptions;
    if (demo)
        syncOptions.requestsPerMinute = casedesk::app::DemoWorld::kRequestsPerMinute;
    auto syncContext = casedesk::sync::SyncContext::create(folder.path(), *db, secretsFile, syncOptions);
    if (!syncContext) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), syncContext.error().message);
        return 1;
    }
    std::shared_ptr<casedesk::triage::TriageEngine> triage = (*syncContext)->triage();

    casedesk::sync::SyncLock lock(folder.syncLockPath());
    std::unique_ptr<casedesk::sync::SyncService> service;
    QString whyNoSync;
    if (db->isShared()) {
        // A PC of a province shows what the province's sync hosts store; it never polls Zalo.
        whyNoSync = Tr::tr("This PC works on the province's data server; the Zalo inboxes are read by the province's sync hosts "
                           "(casedesk-cli --database URL sync).");
    } else if (auto locked = lock.acquire(); locked) {
        auto dependencies = (*syncContext)->dependencies();
        service = std::make_unique<casedesk::sync::SyncService>(dependencies);
    } else {
        whyNoSync = locked.error().message;
    }

    // The demo starts syncing once its simulator runs; without it, sync starts with the first window.
    if (service && demo)
        QObject::connect(demo.get(), &casedesk::app::DemoWorld::ready, service.get(), [&service] { service->start(); });
    if (demo) {
        if (auto started = demo->start(); !started)
            QMessageBox::warning(nullptr, Tr::tr("CaseDesk demo"), started.error().message);
    }
    casedesk::zalo::CurlTransport enrolTransport;
    casedesk::sync::EnrolmentService enrolment(enrolTransport);
    casedesk::store::CaseWriter::Hooks hooks;
    hooks.categorized = [triage](const QString &text, casedesk::domain::Category category) {
        triage->learnCategory(text, category);
    };
    hooks.forwarded = [triage](const QString &text, casedesk::domain::Category, const QString &unitId) {
        triage->learnForward(text, unitId);
    };
    hooks.assess = casedesk::triage::TriageEngine::assessFunction(triage);

    int code = 0;
    for (bool first = true;; first = false) {
        // The window's services, built for the officer signed in: the stores over this
        // connection, the clock, the one officer who acts, and the service that connects Zalo
        // accounts (off the GUI thread, with a transport of its own). Every widget works with
        // these; signing out drops them with the window, and the next officer gets their own.
        casedesk::ui::Services services(*db, clock, *scope);
        services.setEnrolment(&enrolment);
        services.setDataFolder(folder.path());
        services.writer().setHooks(hooks);

        casedesk::ui::MainWindow window(services);
        auto *syncStatus = new casedesk::ui::SyncStatusWidget(services, service.get(), whyNoSync, &window);
        window.statusBar()->addPermanentWidget(syncStatus);
        QObject::connect(syncStatus, &casedesk::ui::SyncStatusWidget::failedAnswersRequested, &window, &casedesk::ui::MainWindow::showFailedAnswers);

        // The case pane: the case view sits beside MainWindow's "no case selected" page.
        auto *casePane = qobject_cast<QStackedWidget *>(window.casePaneHost());
        auto *caseView = new casedesk::ui::CaseView(services, casePane);
        window.addCaseActions(caseView->caseActions()->actions());
        if (casePane)
            casePane->addWidget(caseView);
        QObject::connect(&window, &casedesk::ui::MainWindow::currentCaseChanged, caseView, [casePane, caseView](qint64 caseId) {
            caseView->showCase(caseId);
            if (casePane)
                casePane->setCurrentIndex(caseId ? casePane->indexOf(caseView) : 0);
        });

        // Edit of a failed answer: the case is selected (openCase), its text goes to the editor.
        QObject::connect(&window, &casedesk::ui::MainWindow::answerEditRequested, caseView, &casedesk::ui::CaseView::editAnswer);

        if (service) {
            // What this process's sync stored reaches the window through the change feed at once
            // (other processes' within its polling interval).
            QObject::connect(service.get(), &casedesk::sync::SyncService::dataChanged, &services.changes(), &casedesk::store::ChangeFeed::check);
            QObject::connect(service.get(), &casedesk::sync::SyncService::statusChanged, &services.changes(), &casedesk::store::ChangeFeed::check);
            if (first && !demo)
                service->start();
        }
        if (demo) {
            QObject::connect(demo.get(), &casedesk::app::DemoWorld::failed, &window,
                             [&window](const QString &message) { QMessageBox::warning(&window, Tr::tr("CaseDesk demo"), message); });
        }
        bool signedOut = false;
        QObject::connect(&window, &casedesk::ui::MainWindow::signOutRequested, &window, [&signedOut] {
            signedOut = true;
            QCoreApplication::exit(0);
        });
        window.show();
        // After show(): a message shown earlier would be painted over the status bar's labels.
        if (demo && first)
            window.statusBar()->showMessage(Tr::tr("Demo: the Zalo simulator plays every unit's account; data in %1").arg(folder.path()), 15000);
        code = app.exec();
        if (!signedOut)
            break;
        window.hide();
        // The next officer signs in (nobody is named: it may be a colleague); Quit ends the program.
        scope = signIn(*db, clock, QString(), givenName);
        if (!scope) {
            code = scope.error();
            break;
        }
    }
    if (service)
        service->stop();
    return code;
}
