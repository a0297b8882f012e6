#pragma once

#include "connection.h"

struct sqlite3;

namespace casedesk::store::detail {

/// The SQLite engine: one file, opened in WAL mode with foreign keys on. Statements are the
/// store's spelling as they are, but for a trailing FOR UPDATE [OF t], which SQLite has no need
/// of: its write transactions already hold the whole file.
class SqliteConnection final : public Connection
{
public:
    /// Opens (creating when missing) the file at @p path; the error says in words what stops it.
    /// A file of a schema newer than @p newestSchema is refused untouched.
    static Expected<std::unique_ptr<SqliteConnection>> open(const QString &path, int newestSchema);
    ~SqliteConnection() override;

    Dialect dialect() const override { return Dialect::Sqlite; }
    std::unique_ptr<Cursor> prepare(const QByteArray &sql, QString *error) override;
    Status exec(const QByteArray &sql) override;
    Status begin(bool write) override;
    Status commit() override;
    void rollback() override;
    int changes() const override;
    QString lastError() const override;

    /// PRAGMA user_version.
    int userVersion();
    Status setUserVersion(int version);

private:
    explicit SqliteConnection(sqlite3 *db);
    sqlite3 *m_db = nullptr;
};

} // namespace casedesk::store::detail
