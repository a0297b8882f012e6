#pragma once

#include <QString>

namespace casedesk {

/// Where a data folder lives and what it holds: the database file and the sync lock. A PC of a
/// province works on the province's PostgreSQL database instead of the folder's file: its
/// address comes from --database (setDatabaseAddress), else CASEDESK_DATABASE, else the address
/// saved in the folder (server.json, chosen in the window's "Data server" dialog).
class DataFolder final
{
public:
    /// The platform's app-data folder for "CaseDesk" (shared by casedesk and casedesk-cli).
    static QString defaultPath();

    explicit DataFolder(QString path);

    QString path() const { return m_path; }
    /// Where the case database is: the server's address when one is set (databaseAddress(),
    /// else savedDatabaseAddress()), else the folder's SQLite file (localDatabaseFile()).
    QString databasePath() const;
    /// The folder's own SQLite file, whether or not a server is used.
    QString localDatabaseFile() const;
    /// True when the case database is a server's, not the folder's file.
    bool usesServer() const;

    /// The server's address for this process (the global --database option); empty: none.
    static void setDatabaseAddress(const QString &url);
    /// The server's address given to this process: --database, else CASEDESK_DATABASE; empty:
    /// none (the folder's saved address, if any, applies).
    static QString databaseAddress();

    /// The server's address saved for this folder (server.json); empty: this PC's file. A file
    /// that cannot be read counts as empty, with a warning in the log.
    QString savedDatabaseAddress() const;
    /// Saves @p url as this folder's server (empty: back to this PC's file), in a file readable
    /// only by its owner; takes effect when the database is opened next. The caller checks the
    /// address first (Database::addressProblem): a password never belongs in it. False when the
    /// file could not be written or removed.
    bool saveDatabaseAddress(const QString &url) const;
    /// The file that keeps savedDatabaseAddress().
    QString serverFile() const;
    QString syncLockPath() const;

    /// Creates the folder when missing (readable only by its owner); false when that is impossible.
    bool ensureExists() const;

    /// Takes other users' access away from the folder and what CaseDesk keeps in it (Unix): crime
    /// reports and tokens are for the owner alone. Returns one notice that says what was
    /// tightened, or an empty string when everything was private already.
    QString restrictToOwner() const;

private:
    QString m_path;
};

} // namespace casedesk
