#pragma once

#include <QString>

namespace casedesk {

/// Where a data folder lives and what it holds: the database file and the sync lock. A PC of a
/// province works on the province's PostgreSQL database instead of the folder's file: its
/// address comes from --database (setDatabaseAddress), else CASEDESK_DATABASE.
class DataFolder final
{
public:
    /// The platform's app-data folder for "CaseDesk" (shared by casedesk and casedesk-cli).
    static QString defaultPath();

    explicit DataFolder(QString path);

    QString path() const { return m_path; }
    /// Where the case database is: the server's address when one is set, else the folder's
    /// SQLite file (localDatabaseFile()).
    QString databasePath() const;
    /// The folder's own SQLite file, whether or not a server is used.
    QString localDatabaseFile() const;
    /// True when the case database is a server's, not the folder's file.
    bool usesServer() const;

    /// The server's address for this process (the global --database option); empty: none.
    static void setDatabaseAddress(const QString &url);
    /// The server's address in force: --database, else CASEDESK_DATABASE; empty: none.
    static QString databaseAddress();
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
