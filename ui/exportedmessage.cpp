#include "exportedmessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace casedesk::ui {

namespace {

// The daily summary's words, which this message was first written for.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::ui::ReportDialog)
};

} // namespace

QMessageBox *showExportedMessage(QWidget *parent, const QString &title, const QString &fileName, const std::function<bool(const QUrl &)> &openUrl)
{
    const QFileInfo file(fileName);
    auto *box = new QMessageBox(QMessageBox::Information, title, QString(), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("exportedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // a file name is never markup
    //: %1 the file's name, %2 its folder
    box->setText(Tr::tr("Saved the file %1\nin the folder %2.").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())));
    auto *open = box->addButton(Tr::tr("Open &folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolderButton"));
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(QMessageBox::Close);
    const QUrl folder = QUrl::fromLocalFile(file.absolutePath());
    QObject::connect(open, &QPushButton::clicked, parent, [parent, title, folder, openUrl] {
        if (!openUrl(folder))
            QMessageBox::warning(parent, title, Tr::tr("The folder %1 cannot be opened.").arg(QDir::toNativeSeparators(folder.toLocalFile())));
    });
    box->open();
    return box;
}

} // namespace casedesk::ui
