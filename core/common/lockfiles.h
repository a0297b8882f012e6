#pragma once

class QLockFile;

namespace casedesk {

/// QLockFile writes its owner's process id just after creating the file; an owner killed in
/// between leaves a file that names no process, which QLockFile never treats as stale (our locks
/// have no stale time: a live owner may hold them for long). Such a file, older than a few
/// seconds, is removed so that the next tryLock() can take the lock.
void removeOwnerlessLockFile(QLockFile &lock);

} // namespace casedesk
