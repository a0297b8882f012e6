#pragma once

#include "core/common/expected.h"

#include <QString>

#include <memory>

class QLockFile;

namespace casedesk::sync {

/// The one-syncing-process-per-data-folder rule: a lock file in the data folder, held while a
/// process syncs. A lock left by a crashed process is taken over.
class SyncLock final
{
public:
    explicit SyncLock(const QString &lockPath);
    ~SyncLock();

    /// Takes the lock, or says which process holds it.
    Status acquire();
    bool isHeld() const;
    void release();

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace casedesk::sync
