#pragma once

#include "core/common/expected.h"
#include "core/store/secretrecords.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace casedesk::store {

class Database;

/// One account's secrets (token pair and app secret), read from the PC's secret store and already
/// encrypted for the database by a sync host's key (core/sync): the store never sees a plaintext.
struct SecretToMove
{
    QString oaId;
    SecretRecord record; // name: the account's secret name; keyId: the database's current key
};

/// One table's rows as counted after a move: all of the folder's rows, and how many of them the
/// shared database holds (found by their key; see FolderMove).
struct MoveCount
{
    QString table; // "cases", "messages", "events", …
    qint64 source = 0;
    qint64 target = 0;
    qint64 copied = 0; // rows this run added to the database (0 for rows found there already)
};

/// What FolderMove::run() did.
struct FolderMoveReport
{
    QString folderId; // the folder's key in folder_moves (settings "folder_id" of its file)
    QString folderPath;
    QString prefix;
    QString sourceAnchor; // HASH:COUNT of the folder's history, verified before the copy
    qint64 movedAt = 0; // the folder's first move (UTC ms)
    bool firstMove = true;
    bool committed = false; // false: the counts differ and the database was left as it was
    qint64 movedEventId = 0; // the database's "folder_moved" event of this run (0: nothing new)
    QVector<MoveCount> counts;
    /// Accounts whose secrets this run wrote into the database (Options::secrets).
    QStringList tokensMoved;
    /// Accounts of Options::secrets whose secrets the database held already (an earlier run that
    /// stopped before the PC's copy was deleted): left as they are there.
    QStringList tokensThereAlready;

    qint64 copiedRows() const;
    /// The tables whose counts differ.
    QStringList mismatches() const;
};

/// Where a moved data folder went: DIR/moved-to and the settings row "moved_to" of its file.
struct MovedMark
{
    QString url;
    QString prefix;
    qint64 movedAt = 0;
};

/// Moves one PC's data folder (its SQLite file) into a province's shared PostgreSQL database, in
/// ONE transaction there: units and accounts merged by id (accounts without their tokens, which
/// never are in the file; see Options::secrets), citizens by (oa_id, user_id), templates by slug (or title when they
/// have none), classifier corrections by their content, cases under new codes "PREFIX-OLDCODE"
/// whose old codes become aliases of the folder (case_aliases), their messages by Zalo message
/// id (with the folded text the server searches), outbox rows, drafts and what each officer last
/// saw. The folder's history is verified first (a broken one is refused) and each of its events is
/// appended again, in order, to the database's own chain with the case's new id and its time,
/// officer, kind and detail unchanged; then one event of the database ("folder_moved") records
/// the move, and folder_moves the folder's prefix and history anchor.
///
/// Moving the same folder again copies only what is new (none of it twice): the folder is known
/// by its id, cases by their aliases, messages by their Zalo ids, the history by the last event
/// copied. The counts are taken on both sides inside the transaction; if any differs nothing is
/// committed. The database's case counters are never touched: prefixed codes cannot collide
/// with the codes it gives new cases.
class FolderMove final
{
public:
    /// A counted table's name for people ("cases", "history events"…), translated.
    static QString tableName(const QString &table);
    /// "moved-to", in the data folder.
    static QString markFileName();
    /// Why @p prefix cannot be a prefix (uppercase letters and digits, 1 to 12); "" when fine.
    static QString prefixProblem(const QString &prefix);

    /// @p source: the folder's file; @p target: the shared database (PostgreSQL).
    FolderMove(Database &source, Database &target);

    struct Options
    {
        QString folderPath; // shown to people and kept in folder_moves.detail
        QString prefix; // empty: derived from the folder (its accounts' unit, else its name)
        QString officer; // who moves it, for the history
        qint64 nowMs = 0;
        /// Written into the table `secrets` in the move's transaction (only under the database's
        /// current key, and never over a secret the database holds already); each of these
        /// accounts then keeps its secrets in the database (secret_store "database").
        QVector<SecretToMove> secrets;
    };
    Expected<FolderMoveReport> run(const Options &options);

    /// Records in the folder that it moved: DIR/moved-to (JSON, readable by its owner only) and
    /// the settings row "moved_to" of @p source.
    static Status markMoved(const QString &dataDir, Database &source, const MovedMark &mark);
    /// The mark DIR/moved-to, when the folder was moved.
    static std::optional<MovedMark> readMark(const QString &dataDir);
    /// The mark kept in the folder's file, when the folder was moved.
    static std::optional<MovedMark> readMark(Database &source);

private:
    Database &m_source;
    Database &m_target;
};

} // namespace casedesk::store
