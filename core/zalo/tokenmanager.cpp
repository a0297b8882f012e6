#include "tokenmanager.h"

#include "core/common/lockfiles.h"

#include "secretstore.h"

#include "core/common/logging.h"
#include "core/common/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QMutexLocker>
#include <QThread>

namespace casedesk::zalo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::zalo::TokenManager)
};

// Test-only hook: a pause between Zalo's answer to a refresh and the write of the new pair, so
// that a test can kill the process in that window. It only ever delays; it changes no outcome.
void pauseForCrashTest()
{
    const int ms = qEnvironmentVariableIntValue("CASEDESK_TEST_PAUSE_AFTER_REFRESH_MS");
    if (ms > 0) {
        qCWarning(lcZalo) << "test hook: pausing" << ms << "ms between Zalo's token answer and saving it";
        QThread::msleep(ulong(std::min(ms, 120000)));
    }
}

ZaloError storeError(const QString &message)
{
    return ZaloError::make(ZaloError::Kind::Other, message, message);
}

} // namespace

TokenManager::TokenManager(Config config, SecretStore &secrets, HttpTransport &transport, std::shared_ptr<RateBudget> budget, RetryPolicy policy,
                           const Clock *clock)
    : m_config(std::move(config))
    , m_secrets(secrets)
    , m_oauth(transport, ZaloClient::Options {QString(), m_config.oauthBase, m_config.appId, m_config.connectTimeoutMs, m_config.timeoutMs, 60000},
              nullptr, std::move(budget), std::move(policy))
    , m_clock(clock ? *clock : m_systemClock)
{
}

TokenManager::~TokenManager() = default;

QString TokenManager::lockFilePath() const
{
    return QDir(m_config.dataFolder).filePath(QStringLiteral("locks/zalo-token-") + m_config.oaId + QStringLiteral(".lock"));
}

bool TokenManager::usable(const QString &token, qint64 expiresAt, const QString &rejected) const
{
    return !token.isEmpty() && token != rejected && expiresAt - m_clock.nowMs() > m_config.refreshAheadMs;
}

Expected<QString, ZaloError> TokenManager::accessToken()
{
    return obtain(Need::Valid, QString());
}

Expected<QString, ZaloError> TokenManager::renewAccessToken(const QString &rejected)
{
    return obtain(Need::Valid, rejected.isEmpty() ? QStringLiteral("\x01") : rejected);
}

Expected<QString, ZaloError> TokenManager::refreshNow()
{
    return obtain(Need::Fresh, QString());
}

Status TokenManager::recoverInterruptedRefresh()
{
    auto r = obtain(Need::Recover, QString());
    if (!r)
        return r.error().toError();
    return {};
}

Expected<QString, ZaloError> TokenManager::obtain(Need need, const QString &rejected)
{
    QMutexLocker guard(&m_mutex);
    if (need == Need::Valid && usable(m_accessToken, m_expiresAt, rejected))
        return m_accessToken;
    if (need == Need::Valid && !m_unsaved) {
        // Most calls find the stored access token still good: no lock file, no database. (A
        // refresh never rewrites the entry in part: the store writes it atomically.)
        if (auto stored = m_secrets.read(AccountSecrets::keyFor(m_config.oaId)); stored && stored->has_value()) {
            if (auto s = AccountSecrets::fromJson(**stored); s && usable(s->accessToken, s->accessExpiresAt, rejected)) {
                m_accessToken = s->accessToken;
                m_expiresAt = s->accessExpiresAt;
                return m_accessToken;
            }
        }
    }

    privatefiles::makeFolder(QDir(m_config.dataFolder).filePath(QStringLiteral("locks")));
    QLockFile lock(lockFilePath());
    // Only a dead owner makes the lock stale, however long a refresh takes.
    lock.setStaleLockTime(0);
    removeOwnerlessLockFile(lock);
    if (!lock.tryLock(need == Need::Recover ? 0 : m_config.lockTimeoutMs)) {
        if (need == Need::Recover)
            return QString(); // another live process is refreshing: nothing was interrupted
        return ZaloError::make(ZaloError::Kind::Other,
                               Tr::tr("Another program is refreshing the token of the Zalo account %1; try again in a minute.").arg(m_config.oaId),
                               QStringLiteral("token lock busy: %1").arg(lockFilePath()));
    }
    privatefiles::restrictFile(lockFilePath());

    if (!m_config.states)
        return storeError(Tr::tr("The token bookkeeping of the Zalo account %1 is not set up.").arg(m_config.oaId));
    auto opened = m_config.states();
    if (!opened)
        return storeError(opened.error().message);
    TokenState &accounts = **opened;
    const QString &oaId = m_config.oaId;

    if (m_unsaved) {
        // A pair Zalo gave earlier that could not be saved: nothing else before it is.
        if (auto saved = m_secrets.write(AccountSecrets::keyFor(oaId), m_unsaved->toJson()); !saved)
            return storeError(Tr::tr("The new token of the Zalo account %1 cannot be saved: %2").arg(oaId, saved.error().message));
        m_accessToken = m_unsaved->accessToken;
        m_expiresAt = m_unsaved->accessExpiresAt;
        m_unsaved.reset();
        if (auto done = accounts.finishRefresh(oaId, m_expiresAt); !done)
            qCWarning(lcZalo) << "account" << oaId << ": refresh marker not cleared:" << done.error().message;
        if (need != Need::Fresh)
            return m_accessToken;
    }

    auto account = accounts.read(oaId);
    if (!account)
        return storeError(account.error().message);
    if (!account->has_value())
        return ZaloError::make(ZaloError::Kind::AccountUnusable, Tr::tr("The Zalo account %1 is not in this data folder.").arg(oaId));
    const TokenState::Row &row = **account;
    const bool interrupted = row.refreshStartedAt != 0;
    if (need == Need::Recover && !interrupted)
        return QString();
    if (row.state == TokenState::AccountState::NeedsConsent) {
        ZaloError e = ZaloError::make(
            ZaloError::Kind::NeedsConsent,
            row.lastError.isEmpty() ? Tr::tr("The unit's Zalo admin must grant access to the Zalo account %1 again.").arg(oaId) : row.lastError,
            QStringLiteral("account marked needs_consent"));
        return e;
    }
    if (row.state == TokenState::AccountState::Disabled)
        return ZaloError::make(ZaloError::Kind::AccountUnusable, Tr::tr("The Zalo account %1 is disabled in CaseDesk.").arg(oaId));

    auto stored = m_secrets.read(AccountSecrets::keyFor(oaId));
    if (!stored)
        return storeError(stored.error().message);
    std::optional<AccountSecrets> secrets = stored->has_value() ? AccountSecrets::fromJson(**stored) : std::nullopt;
    if (!secrets || secrets->refreshToken.isEmpty()) {
        const QString message
            = Tr::tr("No token of the Zalo account %1 is stored in %2: the unit's Zalo admin must grant access again.").arg(oaId, m_secrets.spec());
        (void)accounts.markNeedsConsent(oaId, message);
        return ZaloError::make(ZaloError::Kind::NeedsConsent, message, QStringLiteral("no secrets stored"));
    }
    // Another thread or process may have refreshed while this one waited for the lock.
    if (!interrupted && need == Need::Valid && usable(secrets->accessToken, secrets->accessExpiresAt, rejected)) {
        m_accessToken = secrets->accessToken;
        m_expiresAt = secrets->accessExpiresAt;
        return m_accessToken;
    }

    // Committed before sending: if this process dies before the new pair is saved, the next
    // start knows that the refresh token may have been used up.
    if (auto marked = accounts.markRefreshStarted(oaId, m_clock.nowMs()); !marked)
        return storeError(Tr::tr("The token refresh of the Zalo account %1 cannot be recorded: %2").arg(oaId, marked.error().message));
    qCInfo(lcZalo) << "refreshing the token of account" << oaId << (interrupted ? "(after an interrupted refresh)" : "");
    auto pair = m_oauth.refreshToken(secrets->refreshToken, secrets->appSecret);
    if (!pair) {
        ZaloError e = pair.error();
        // Any refusal but a rate limit or a transient failure means the token is no good.
        // Only Zalo's own answer refuses a token; a proxy's or a wrong address's HTTP error, a
        // network failure or a garbled body say nothing about it.
        const bool refused = e.zaloCode != 0 && !e.isTransient();
        if (refused) {
            e.kind = ZaloError::Kind::NeedsConsent;
            e.message = interrupted
                ? Tr::tr("An earlier token refresh of the Zalo account %1 was interrupted and Zalo no longer accepts its "
                         "token: the unit's Zalo admin must grant access again.")
                      .arg(oaId)
                : Tr::tr("Zalo refused the token of the Zalo account %1: the unit's Zalo admin must grant access again.").arg(oaId);
            if (auto marked = accounts.markNeedsConsent(oaId, e.message); !marked)
                qCWarning(lcZalo) << "account" << oaId << "could not be marked needs_consent:" << marked.error().message;
            qCWarning(lcZalo).noquote() << "account" << oaId << "needs consent again:" << e.detail;
            return e;
        }
        // The marker stays when Zalo may have used the token up (no answer after sending).
        if (!e.uncertain && !interrupted)
            (void)accounts.clearRefreshMarker(oaId);
        return e;
    }

    pauseForCrashTest();
    AccountSecrets fresh = *secrets;
    fresh.accessToken = pair->accessToken;
    fresh.refreshToken = pair->refreshToken;
    fresh.accessExpiresAt = m_clock.nowMs() + pair->expiresInSeconds * 1000;
    Status saved = m_secrets.write(AccountSecrets::keyFor(oaId), fresh.toJson());
    for (int retry = 0; !saved && retry < 3; ++retry) {
        QThread::msleep(200);
        saved = m_secrets.write(AccountSecrets::keyFor(oaId), fresh.toJson());
    }
    if (!saved) {
        m_unsaved = fresh;
        return storeError(Tr::tr("The new token of the Zalo account %1 cannot be saved: %2").arg(oaId, saved.error().message));
    }
    if (auto done = accounts.finishRefresh(oaId, fresh.accessExpiresAt); !done)
        qCWarning(lcZalo) << "account" << oaId << ": refresh marker not cleared:" << done.error().message;
    m_accessToken = fresh.accessToken;
    m_expiresAt = fresh.accessExpiresAt;
    return m_accessToken;
}

} // namespace casedesk::zalo
