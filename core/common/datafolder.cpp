#include "datafolder.h"

#include <QDir>
#include <QStandardPaths>

namespace casedesk {

QString DataFolder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

DataFolder::DataFolder(QString path)
    : m_path(QDir::cleanPath(QDir(path).absolutePath()))
{
}

QString DataFolder::databasePath() const
{
    return QDir(m_path).filePath(QStringLiteral("casedesk.sqlite"));
}

QString DataFolder::syncLockPath() const
{
    return QDir(m_path).filePath(QStringLiteral("sync.lock"));
}

bool DataFolder::ensureExists() const
{
    return QDir().mkpath(m_path);
}

} // namespace casedesk
