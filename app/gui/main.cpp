#include "core/common/clock.h"
#include "core/common/datafolder.h"
#include "core/domain/officerscope.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/triage/textfold.h"
#include "translations/translations.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>

#include <cstdio>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::app::Gui)
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    QStringList arguments = app.arguments();
    casedesk::i18n::install(app, casedesk::i18n::languageFromArguments(arguments.mid(1)));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("CaseDesk: citizens' messages to police units' Zalo accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), Tr::tr("Data folder."), QStringLiteral("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), Tr::tr("Open a fresh demonstration data folder."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("Language: vi (default) or en."), QStringLiteral("vi|en"));
    parser.addOptions({dataDirOption, demoOption, langOption});
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

    QString dataDir = parser.value(dataDirOption);
    if (parser.isSet(demoOption) && dataDir.isEmpty()) {
        dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                      .filePath(QStringLiteral("casedesk-demo-") + QString::number(QCoreApplication::applicationPid()));
    }
    const casedesk::DataFolder folder(dataDir.isEmpty() ? casedesk::DataFolder::defaultPath() : dataDir);
    if (!folder.ensureExists()) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), Tr::tr("Cannot create the data folder %1.").arg(folder.path()));
        return 1;
    }
    auto db = casedesk::store::Database::open(folder.databasePath());
    if (!db) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), db.error().message);
        return 1;
    }
    casedesk::store::UnitStore units(*db);
    if (auto seeded = units.seedIfEmpty(QDate::currentDate()); !seeded) {
        QMessageBox::critical(nullptr, Tr::tr("CaseDesk"), seeded.error().message);
        return 1;
    }

    casedesk::ui::MainWindow window(*db);
    // The case pane: the case view sits beside MainWindow's "no case selected" page.
    casedesk::SystemClock clock;
    casedesk::domain::OfficerScope scope;
    scope.officer = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown")));
    auto *casePane = qobject_cast<QStackedWidget *>(window.casePaneHost());
    auto *caseView = new casedesk::ui::CaseView(*db, clock, scope, casePane);
    caseView->setFoldFunction([](const QString &text) { return casedesk::triage::foldQuery(text); });
    if (casePane)
        casePane->addWidget(caseView);
    QObject::connect(&window, &casedesk::ui::MainWindow::currentCaseChanged, caseView, [casePane, caseView](qint64 caseId) {
        caseView->showCase(caseId);
        if (casePane)
            casePane->setCurrentIndex(caseId ? casePane->indexOf(caseView) : 0);
    });
    QObject::connect(caseView, &casedesk::ui::CaseView::caseChanged, &window, &casedesk::ui::MainWindow::refreshFromStore);
    window.show();
    return app.exec();
}
