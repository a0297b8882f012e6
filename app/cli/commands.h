#pragma once

#include "clicontext.h"

namespace casedesk::cli {

/// One top-level command of casedesk-cli.
struct Command
{
    const char *name;
    const char *summary; // translated through QT_TRANSLATE_NOOP("casedesk::cli::Commands", …)
    int (*run)(CliContext &context);
};

const QList<Command> &commands();

/// Runs casedesk-cli with @p arguments (without the program name); returns the exit code.
int runCli(const QStringList &arguments);

int runUnits(CliContext &context);
int runDemo(CliContext &context);
int runQueue(CliContext &context);
int runCase(CliContext &context);
int runAccounts(CliContext &context);
int runSync(CliContext &context);
int runClassify(CliContext &context);
int runSimulator(CliContext &context);
int runReport(CliContext &context);
int runAudit(CliContext &context);
int runDatabase(CliContext &context);
int runOfficers(CliContext &context);
int runApproval(CliContext &context);
/// Whether the command line asks for something drawn (report --format pdf): main() then creates a
/// QApplication on the offscreen platform instead of a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);

} // namespace casedesk::cli
