#pragma once

#include "accountsecrets.h"
#include "tokenstate.h"
#include "zaloclient.h"

#include "core/common/clock.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace casedesk::zalo {

class SecretStore;

/// The tokens of one account: gives a valid access token, refreshing ahead of expiry. Zalo's
/// refresh tokens are single use, so at most one refresh per account runs at a time, across
/// threads (a mutex) and processes (a lock file in the data folder); "refresh in flight" is
/// committed to the account row before sending; Zalo's new pair is written to the secret store
/// before anything else, then the marker is cleared. A marker found set with no process holding
/// the lock is an interrupted refresh: the stored token is tried once, and when Zalo refuses it
/// the account is marked "needs consent" with a plain message. One TokenManager per account,
/// shared by all threads that call for it.
class TokenManager final : public AccessTokenProvider
{
public:
    struct Config
    {
        QString oaId;
        QString appId;
        QString oauthBase = defaultOauthBase();
        /// The data folder: its locks/ folder holds the lock files.
        QString dataFolder;
        /// The account's token bookkeeping (the store's, injected by sync).
        TokenStateFactory states;
        /// A token expiring sooner than this is refreshed before use.
        qint64 refreshAheadMs = 15 * 60 * 1000;
        /// Longest wait for another process's refresh of the same account.
        int lockTimeoutMs = 90000;
        int connectTimeoutMs = 10000;
        int timeoutMs = 30000;
    };

    TokenManager(Config config, SecretStore &secrets, HttpTransport &transport, std::shared_ptr<RateBudget> budget = {},
                 RetryPolicy policy = RetryPolicy(), const Clock *clock = nullptr);
    ~TokenManager() override;

    const Config &config() const { return m_config; }

    Expected<QString, ZaloError> accessToken() override;
    Expected<QString, ZaloError> renewAccessToken(const QString &rejected) override;

    /// Refreshes now, whatever the expiry (checking a new account's token).
    Expected<QString, ZaloError> refreshNow();
    /// On start: settles a refresh that a dead process left in flight. Nothing to do (or another
    /// process is refreshing right now) is success; a refused token marks the account.
    Status recoverInterruptedRefresh();

    /// The path of the account's lock file.
    QString lockFilePath() const;

private:
    enum class Need {
        Valid,
        Fresh,
        Recover,
    };
    Expected<QString, ZaloError> obtain(Need need, const QString &rejected);
    bool usable(const QString &token, qint64 expiresAt, const QString &rejected) const;

    Config m_config;
    SecretStore &m_secrets;
    ZaloClient m_oauth;
    SystemClock m_systemClock;
    const Clock &m_clock;
    QMutex m_mutex;
    QString m_accessToken;
    qint64 m_expiresAt = 0;
    /// A pair Zalo gave that could not be saved yet: saved before anything else is done.
    std::optional<AccountSecrets> m_unsaved;
};

} // namespace casedesk::zalo
