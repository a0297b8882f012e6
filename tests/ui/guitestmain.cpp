// Entry point of the GUI tests: a QApplication on the offscreen platform unless told otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/logging.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CaseDesk-tests"));
    casedesk::setQuietLogging();
    return Catch::Session().run(argc, argv);
}
