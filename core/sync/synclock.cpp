#include "synclock.h"

#include "core/common/lockfiles.h"
#include "core/common/privatefiles.h"

#include <QCoreApplication>
#include <QLockFile>

namespace casedesk::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::SyncLock)
};
} // namespace

SyncLock::SyncLock(const QString &lockPath)
    : m_lock(std::make_unique<QLockFile>(lockPath))
    , m_path(lockPath)
{
    // A lock never goes stale by age: a live process may sync for days.
    m_lock->setStaleLockTime(0);
}

SyncLock::~SyncLock() = default;

Status SyncLock::acquire()
{
    removeOwnerlessLockFile(*m_lock);
    if (m_lock->tryLock(0)) {
        privatefiles::restrictFile(m_path);
        return {};
    }
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app)) {
        return Error {Tr::tr("Another CaseDesk process (%1, process %2 on %3) is syncing this data folder; "
                             "only one process may sync it at a time.")
                          .arg(app)
                          .arg(pid)
                          .arg(host)};
    }
    return Error {Tr::tr("Cannot take the sync lock %1.").arg(m_path)};
}

bool SyncLock::isHeld() const
{
    return m_lock->isLocked();
}

void SyncLock::release()
{
    m_lock->unlock();
}

} // namespace casedesk::sync
