#pragma once

#include "core/simulator/simrandom.h"

#include <QHash>
#include <QString>

#include <vector>

namespace casedesk::simulator {

/// The simulator's OAuth state: single-use refresh tokens, access tokens with a lifetime,
/// and single-use authorisation codes bound to a PKCE challenge.
class TokenBook final
{
public:
    explicit TokenBook(quint64 seed, int accountCount);

    enum class Check {
        Valid,
        Unknown,
        Used,
        Expired,
        WrongVerifier,
    };

    QString issueRefresh(int account, qint64 expiresAtMs);
    QString issueAccess(int account, qint64 expiresAtMs);
    QString issueCode(int account, const QString &codeChallenge, qint64 expiresAtMs);

    /// Uses up @p token (single use); on Valid, @p account is its OA.
    Check consumeRefresh(const QString &token, qint64 nowMs, int *account);
    Check checkAccess(const QString &token, qint64 nowMs, int *account) const;
    /// Uses up @p code when the verifier matches its challenge (S256).
    Check consumeCode(const QString &code, const QString &codeVerifier, qint64 nowMs, int *account);

    /// The newest refresh token of @p account that is still usable (empty if none).
    QString latestRefresh(int account) const { return m_latestRefresh.at(size_t(account)); }
    void revokeRefreshTokens(int account);

    static QString challengeFor(const QString &codeVerifier);

private:
    struct Grant
    {
        int account = -1;
        qint64 expiresAtMs = 0;
        bool used = false;
        QString challenge;
    };

    SimRandom m_random;
    QHash<QString, Grant> m_refresh;
    QHash<QString, Grant> m_access;
    QHash<QString, Grant> m_codes;
    std::vector<QString> m_latestRefresh;
};

} // namespace casedesk::simulator
