#include "privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace casedesk::privatefiles {

namespace {

#ifdef Q_OS_UNIX
constexpr mode_t kOthers = S_IRWXG | S_IRWXO;

/// Strips group and other bits from @p path (never through a symbolic link). -1 on failure,
/// 1 when something was taken away, 0 when it was private already.
int stripOthers(const QByteArray &path)
{
    struct stat st
    {
    };
    if (::lstat(path.constData(), &st) != 0)
        return -1;
    if (S_ISLNK(st.st_mode) || (st.st_mode & kOthers) == 0)
        return 0;
    return ::chmod(path.constData(), st.st_mode & 07777 & ~kOthers) == 0 ? 1 : -1;
}
#endif

} // namespace

bool makeFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(clean).isDir())
        return true;
#ifdef Q_OS_UNIX
    // Parents as the user's umask has them; the folder itself is 0700 from its first moment.
    const QString parent = QFileInfo(clean).path();
    if (parent != clean && !QDir().mkpath(parent))
        return false;
    if (::mkdir(QFile::encodeName(clean).constData(), S_IRWXU) != 0)
        return QFileInfo(clean).isDir(); // another process may just have made it
    return true;
#else
    return QDir().mkpath(clean);
#endif
}

bool createFileIfMissing(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return errno == EEXIST;
    // The umask may have taken the owner's write bit; 0600 is what is meant.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    return true;
#else
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || QFileInfo::exists(path);
#endif
}

void restrictFile(const QString &path)
{
#ifdef Q_OS_UNIX
    stripOthers(QFile::encodeName(path));
#else
    Q_UNUSED(path)
#endif
}

void restrictEntry(const QString &path, Tightened &tightened)
{
#ifdef Q_OS_UNIX
    const int r = stripOthers(QFile::encodeName(path));
    if (r < 0)
        ++tightened.failures;
    else if (r > 0)
        ++(QFileInfo(path).isDir() ? tightened.folders : tightened.files);
#else
    Q_UNUSED(path)
    Q_UNUSED(tightened)
#endif
}

void restrictTree(const QString &path, Tightened &tightened)
{
    // The top first: once a folder is private nobody else can reach what is inside.
    restrictEntry(path, tightened);
    const QFileInfo top(path);
    if (!top.isDir() || top.isSymLink())
        return;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileInfo().isSymLink())
            restrictEntry(it.filePath(), tightened);
    }
}

} // namespace casedesk::privatefiles
