// Entry point of the GUI tests: a QApplication on the offscreen platform unless told otherwise,
// whose settings (what windows remember between starts) live in a folder of this run only.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/logging.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CaseDesk-tests"));
    casedesk::setQuietLogging();
    return Catch::Session().run(argc, argv);
}
