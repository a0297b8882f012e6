#pragma once

#include "core/common/expected.h"

#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace casedesk::store {

class Database;
struct LeaseFence;
class Statement;

/// Whether an account can be used.
enum class AccountState {
    Ok,
    NeedsConsent,
    Disabled,
};

QString accountStateKey(AccountState state);
std::optional<AccountState> accountStateFromKey(const QString &key);

/// One unit's Zalo Official Account as stored: never its tokens or app secret (those live in
/// the secret store the row names). Times are UTC epoch ms, 0 when unset.
struct Account
{
    QString oaId;
    QString unitId;
    QString appId;
    QString name;
    QString openapiBase;
    QString oauthBase;
    /// "keychain" or "file:<absolute path>".
    QString secretStore;
    AccountState state = AccountState::Ok;
    /// Set while a token refresh is in flight; left set by a process that died during one.
    qint64 refreshStartedAt = 0;
    qint64 accessExpiresAt = 0;
    bool firstSyncDone = false;
    qint64 syncHighWater = 0;
    qint64 lastAttemptAt = 0;
    qint64 lastSuccessAt = 0;
    QString lastError;
    qint64 createdAt = 0;
};

/// Reads and writes the accounts table.
class AccountStore final
{
public:
    explicit AccountStore(Database &db);

    /// Adds a new account; refuses an OA id that is already stored, or an unknown unit.
    Status add(const Account &account);
    Status remove(const QString &oaId);
    /// Every account, by unit then OA id.
    Expected<QVector<Account>> list() const;
    Expected<std::optional<Account>> find(const QString &oaId) const;

    Status setName(const QString &oaId, const QString &name);
    /// Sets the state and the message people see (a null message clears it).
    Status setState(const QString &oaId, AccountState state, const QString &lastError);
    /// Points the account at other Zalo API addresses (a demo's simulator that listens elsewhere).
    Status setAddresses(const QString &oaId, const QString &openapiBase, const QString &oauthBase);

    /// Records, committed, that a token refresh is being sent at @p atMs.
    Status markRefreshStarted(const QString &oaId, qint64 atMs);
    /// The refresh ended with a new pair stored: clears the marker, records the expiry.
    Status finishRefresh(const QString &oaId, qint64 accessExpiresAt);
    /// The refresh ended without changing anything (a transient failure): clears the marker.
    Status clearRefreshMarker(const QString &oaId);
    /// Zalo refused the token: the account needs consent again; clears the marker.
    Status markNeedsConsent(const QString &oaId, const QString &message);

    /// Sync bookkeeping.
    Status recordSyncAttempt(const QString &oaId, qint64 atMs);
    Status recordSyncSuccess(const QString &oaId, qint64 atMs, qint64 highWater, bool firstSyncDone);
    Status recordSyncFailure(const QString &oaId, qint64 atMs, const QString &error);

    /// Every update first checks @p fence (a shared database's sync worker: the lease of the
    /// account it records for), in one transaction, and refuses when the lease moved on.
    void setLeaseFence(const LeaseFence *fence) { m_fence = fence; }

private:
    Status update(const char *sql, const QString &oaId, const std::function<void(Statement &)> &bindRest);

    Database &m_db;
    const LeaseFence *m_fence = nullptr;
};

} // namespace casedesk::store
