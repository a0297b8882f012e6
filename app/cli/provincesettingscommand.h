#pragma once

#include "clicontext.h"

#include <QCommandLineParser>

namespace casedesk::cli {

/// The options of `database settings`.
QList<QCommandLineOption> provinceSettingsOptions();
/// `database settings [--holidays F] [--competent-units F] [--deadlines F] [--auto-close-days N]`:
/// stores what is given (all checked first) and prints what the province has.
int runProvinceSettings(CliContext &context, const QCommandLineParser &parser);

} // namespace casedesk::cli
