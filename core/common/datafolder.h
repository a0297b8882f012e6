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

    /// Creates the folder when missing; false when that is impossible.
    bool ensureExists() const;

private:
    QString m_path;
};

} // namespace casedesk
