#include "datafolder.h"

#include "logging.h"
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace casedesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::DataFolder)
};

/// What CaseDesk keeps in a data folder: the database with SQLite's journal files, lock files,
/// the token locks' folder, the demo's secrets file, the saved server address. Only these are
/// tightened: a data folder may be any folder (--data-dir .), and what others put there is
/// theirs; the folder itself, made private, keeps everyone else out anyway.
bool keptByCaseDesk(const QString &name)
{
    return name.startsWith(QLatin1String("casedesk.sqlite")) || name.endsWith(QLatin1String(".lock")) || name == QLatin1String("locks")
        || name.startsWith(QLatin1String("demo-secrets.json")) || name == QLatin1String("server.json");
}

/// The key of server.json that holds the address.
const QLatin1String kDatabaseKey("database");

} // namespace

QString DataFolder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

DataFolder::DataFolder(QString path)
    : m_path(QDir::cleanPath(QDir(path).absolutePath()))
{
}

namespace {
QString &addressOverride()
{
    static QString address;
    return address;
}
} // namespace

void DataFolder::setDatabaseAddress(const QString &url)
{
    addressOverride() = url;
}

QString DataFolder::databaseAddress()
{
    if (!addressOverride().isEmpty())
        return addressOverride();
    return qEnvironmentVariable("CASEDESK_DATABASE");
}

QString DataFolder::databasePath() const
{
    QString address = databaseAddress();
    if (address.isEmpty())
        address = savedDatabaseAddress();
    return address.isEmpty() ? localDatabaseFile() : address;
}

QString DataFolder::serverFile() const
{
    return QDir(m_path).filePath(QStringLiteral("server.json"));
}

QString DataFolder::savedDatabaseAddress() const
{
    QFile file(serverFile());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStore).noquote() << QStringLiteral("Cannot read %1 (%2); using this PC's database file").arg(file.fileName(), file.errorString());
        return {};
    }
    QJsonParseError error {};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (!json.isObject()) {
        qCWarning(lcStore).noquote()
            << QStringLiteral("Cannot read %1 (%2); using this PC's database file").arg(file.fileName(), error.errorString());
        return {};
    }
    return json.object().value(kDatabaseKey).toString().trimmed();
}

bool DataFolder::saveDatabaseAddress(const QString &url) const
{
    const QString path = serverFile();
    const QString address = url.trimmed();
    if (address.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    // Made 0600 before anything is written: QSaveFile keeps the permissions of the file it replaces.
    if (!privatefiles::createFileIfMissing(path))
        return false;
    privatefiles::restrictFile(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject {{kDatabaseKey, address}}).toJson());
    return file.commit();
}

QString DataFolder::localDatabaseFile() const
{
    return QDir(m_path).filePath(QStringLiteral("casedesk.sqlite"));
}

bool DataFolder::usesServer() const
{
    return databasePath() != localDatabaseFile();
}

QString DataFolder::syncLockPath() const
{
    return QDir(m_path).filePath(QStringLiteral("sync.lock"));
}

bool DataFolder::ensureExists() const
{
    return privatefiles::makeFolder(m_path);
}

QString DataFolder::restrictToOwner() const
{
    privatefiles::Tightened t;
    privatefiles::restrictEntry(m_path, t);
    const QFileInfoList entries = QDir(m_path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (keptByCaseDesk(entry.fileName()))
            privatefiles::restrictTree(entry.filePath(), t);
    }
    QString notice;
    if (t.any()) {
        notice = Tr::tr("Other users of this computer could open the data folder %1 or files in it; "
                        "they are now private to you (%2 folder(s) and %3 file(s) tightened).")
                     .arg(m_path)
                     .arg(t.folders)
                     .arg(t.files);
    }
    if (t.failures > 0) {
        if (!notice.isEmpty())
            notice += QLatin1Char(' ');
        notice += Tr::tr("The permissions of %n item(s) in the data folder %1 could not be tightened; "
                         "make the folder readable only by you (chmod -R go-rwx).",
                         nullptr, t.failures)
                      .arg(m_path);
    }
    return notice;
}

} // namespace casedesk
