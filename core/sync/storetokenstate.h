#pragma once

#include "core/zalo/tokenstate.h"

#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace casedesk::sync {

/// The lease under which a shared database's sync host refreshes one account's token: set each
/// time the host polls the account under its lease. Once set, every refresh write (the marker
/// recorded before the refresh is sent, and its end) first checks, in its transaction, that the
/// host still holds the lease with that epoch (store::LeaseFence), and is refused once the lease
/// moved on: a host whose lease moved cannot start a refresh. Never set on a single PC's file.
class RefreshLease final
{
public:
    struct Term
    {
        QString hostId;
        qint64 epoch = 0;
    };
    void hold(const QString &hostId, qint64 epoch);
    /// The lease last held; nullopt while never set (no fencing).
    std::optional<Term> current() const;

private:
    mutable QMutex m_mutex;
    std::optional<Term> m_term;
};

/// The Zalo client's token bookkeeping, kept in the account rows of the data folder's database
/// at @p databasePath: each use opens its own connection (a token refresh may run on any thread).
/// With @p lease, the refresh writes are fenced by the lease it holds (see RefreshLease).
zalo::TokenStateFactory storeTokenStates(const QString &databasePath, std::shared_ptr<const RefreshLease> lease = {});

} // namespace casedesk::sync
