#pragma once

#include <QString>

namespace casedesk {

/// Where a data folder lives and what it holds: the database file and the sync lock.
class DataFolder final
{
public:
    /// The platform's app-data folder for "CaseDesk" (shared by casedesk and casedesk-cli).
    static QString defaultPath();

    explicit DataFolder(QString path);

    QString path() const { return m_path; }
    QString databasePath() const;
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
