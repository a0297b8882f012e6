#pragma once

#include "clicontext.h"

#include <QCommandLineParser>

namespace casedesk::cli {

/// The options of `database sync-key`.
QList<QCommandLineOption> syncKeyOptions();
/// `database sync-key --generate | --export FILE | --import FILE | --rotate [--passphrase-file F|-]`:
/// the province's sync key, with which the tokens in a shared database are encrypted. Never
/// prints a key, a token or a passphrase.
int runSyncKey(CliContext &context, const QCommandLineParser &parser);

} // namespace casedesk::cli
