// Entry point of the core test programs: a QCoreApplication (no Qt Gui) for event loops.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/logging.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk-tests"));
    casedesk::setQuietLogging();
    return Catch::Session().run(argc, argv);
}
