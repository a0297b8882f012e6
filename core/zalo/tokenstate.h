#pragma once

#include "core/common/expected.h"

#include <QString>

#include <functional>
#include <memory>

namespace casedesk::zalo {

/// Where an account's token bookkeeping is kept (its row in the data folder's database): the
/// "refresh in flight" marker, the access token's expiry and whether the account still has
/// consent. The Zalo client knows it only through this interface; sync injects the store's.
class TokenState
{
public:
    enum class AccountState {
        Ok,
        NeedsConsent,
        Disabled,
    };

    struct Row
    {
        AccountState state = AccountState::Ok;
        qint64 refreshStartedAt = 0; // 0 = no refresh in flight
        QString lastError;
    };

    virtual ~TokenState() = default;

    /// The account's row; nullopt when the account is not in the data folder.
    virtual Expected<std::optional<Row>> read(const QString &oaId) = 0;
    /// Committed before a refresh is sent (the refresh token may be used up from then on).
    virtual Status markRefreshStarted(const QString &oaId, qint64 atMs) = 0;
    /// The refresh ended with a new pair stored: clears the marker, records the expiry.
    virtual Status finishRefresh(const QString &oaId, qint64 accessExpiresAt) = 0;
    /// The refresh ended without changing anything: clears the marker.
    virtual Status clearRefreshMarker(const QString &oaId) = 0;
    /// Zalo refused the token: the account needs consent again; clears the marker.
    virtual Status markNeedsConsent(const QString &oaId, const QString &message) = 0;
};

/// Opens the token bookkeeping for the calling thread (each use gets its own connection).
using TokenStateFactory = std::function<Expected<std::unique_ptr<TokenState>>()>;

} // namespace casedesk::zalo
