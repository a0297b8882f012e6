#include "tokenbook.h"

#include <QCryptographicHash>

namespace casedesk::simulator {

TokenBook::TokenBook(quint64 seed, int accountCount)
    : m_random(SimRandom::mix(seed) ^ 0x70CE5ULL)
    , m_latestRefresh(size_t(accountCount))
{
}

QString TokenBook::issueRefresh(int account, qint64 expiresAtMs)
{
    const QString token = m_random.token(64);
    m_refresh.insert(token, Grant {account, expiresAtMs, false, {}});
    m_latestRefresh[size_t(account)] = token;
    return token;
}

QString TokenBook::issueAccess(int account, qint64 expiresAtMs)
{
    const QString token = m_random.token(96);
    m_access.insert(token, Grant {account, expiresAtMs, false, {}});
    return token;
}

QString TokenBook::issueCode(int account, const QString &codeChallenge, qint64 expiresAtMs)
{
    const QString code = m_random.token(40);
    m_codes.insert(code, Grant {account, expiresAtMs, false, codeChallenge});
    return code;
}

TokenBook::Check TokenBook::consumeRefresh(const QString &token, qint64 nowMs, int *account)
{
    auto it = m_refresh.find(token);
    if (it == m_refresh.end())
        return Check::Unknown;
    if (it->used)
        return Check::Used;
    if (nowMs >= it->expiresAtMs)
        return Check::Expired;
    it->used = true;
    *account = it->account;
    if (m_latestRefresh[size_t(it->account)] == token)
        m_latestRefresh[size_t(it->account)].clear();
    return Check::Valid;
}

TokenBook::Check TokenBook::checkAccess(const QString &token, qint64 nowMs, int *account) const
{
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd())
        return Check::Unknown;
    if (nowMs >= it->expiresAtMs)
        return Check::Expired;
    *account = it->account;
    return Check::Valid;
}

TokenBook::Check TokenBook::consumeCode(const QString &code, const QString &codeVerifier, qint64 nowMs, int *account)
{
    auto it = m_codes.find(code);
    if (it == m_codes.end())
        return Check::Unknown;
    if (it->used)
        return Check::Used;
    if (nowMs >= it->expiresAtMs)
        return Check::Expired;
    // A code is spent by any attempt, as a stolen code must not be retried with guesses.
    it->used = true;
    if (!it->challenge.isEmpty() && challengeFor(codeVerifier) != it->challenge)
        return Check::WrongVerifier;
    *account = it->account;
    return Check::Valid;
}

void TokenBook::revokeRefreshTokens(int account)
{
    for (auto it = m_refresh.begin(); it != m_refresh.end(); ++it) {
        if (it->account == account)
            it->used = true;
    }
    m_latestRefresh[size_t(account)].clear();
}

QString TokenBook::challengeFor(const QString &codeVerifier)
{
    const QByteArray digest = QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace casedesk::simulator
