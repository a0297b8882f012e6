#include "lockfiles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>

namespace casedesk {

void removeOwnerlessLockFile(QLockFile &lock)
{
    const QFileInfo file(lock.fileName());
    if (!file.exists())
        return;
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app) && pid > 0)
        return; // it names its owner: QLockFile itself knows whether that owner is alive
    // A file being written right now is a few microseconds old; one left by a killed owner is older.
    if (file.lastModified().msecsTo(QDateTime::currentDateTime()) > 5000)
        lock.removeStaleLockFile();
}

} // namespace casedesk
