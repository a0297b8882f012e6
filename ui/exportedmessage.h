#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QMessageBox;
class QWidget;

namespace casedesk::ui {

/// After a report is exported: a message naming the file and its folder, whose "Open folder"
/// button opens the folder with @p openUrl (QDesktopServices::openUrl; tests put their own).
/// Non-modal, deleted on close; a folder that cannot be opened is said in a warning.
QMessageBox *showExportedMessage(QWidget *parent, const QString &title, const QString &fileName, const std::function<bool(const QUrl &)> &openUrl);

} // namespace casedesk::ui
