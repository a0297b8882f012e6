#pragma once

#include <QString>

namespace casedesk {

/// What CaseDesk keeps in a data folder (crime reports, tokens) is for its owner alone: folders
/// 0700, files 0600 on Unix. These helpers create things that way and tighten what is wider.
/// Elsewhere than Unix they create what is asked and change no permission.
namespace privatefiles {

/// Creates the folder @p path readable only by its owner (missing parents as the umask has them);
/// true when the folder exists afterwards.
bool makeFolder(const QString &path);

/// Creates @p path empty with mode 0600 when it does not exist (so that what opens it next, SQLite
/// say, never finds it wider even for a moment). True when the file exists afterwards.
bool createFileIfMissing(const QString &path);

/// Makes a file that someone else created (QLockFile makes its files 0666 minus the umask)
/// readable and writable by its owner only.
void restrictFile(const QString &path);

/// What restrictTree() tightened.
struct Tightened
{
    int folders = 0;
    int files = 0;
    int failures = 0; // entries whose permissions could not be changed

    bool any() const { return folders + files > 0; }
};

/// Takes group and other users' permissions away from @p path alone, counting it in @p tightened
/// (no permission is ever added; a symbolic link is neither followed nor changed).
void restrictEntry(const QString &path, Tightened &tightened);

/// The same for @p path and, when it is a folder, everything under it.
void restrictTree(const QString &path, Tightened &tightened);

} // namespace privatefiles

} // namespace casedesk
