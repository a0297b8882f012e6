#pragma once

#include <QStringList>

class QCoreApplication;

namespace casedesk::i18n {

/// "vi" (the default) or "en", from a --lang option anywhere in @p arguments, else from the
/// CASEDESK_LANG environment variable.
QString languageFromArguments(const QStringList &arguments);

/// Installs the program's translation for @p language; false when there is none.
bool install(QCoreApplication &app, const QString &language);

} // namespace casedesk::i18n
