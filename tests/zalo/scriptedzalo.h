#pragma once

// A stateful fake of Zalo's token rules for the token tests: single-use refresh tokens that
// rotate at each refresh, access tokens that getoa accepts, codes exchanged once.

#include "fakezaloserver.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace casedesk::tests {

class ScriptedZalo final
{
public:
    ScriptedZalo()
        : server([this](const FakeRequest &r) { return handle(r); })
    {
    }

    void addAccount(const QString &oaId, const QString &refreshToken)
    {
        QMutexLocker lock(&m_mutex);
        m_refresh.insert(refreshToken, oaId);
    }
    void addCode(const QString &oaId, const QString &code)
    {
        QMutexLocker lock(&m_mutex);
        m_codes.insert(code, oaId);
    }
    /// Forgets every access token (they all expire at once).
    void expireAccessTokens()
    {
        QMutexLocker lock(&m_mutex);
        m_access.clear();
    }
    int refreshes(const QString &oaId) const
    {
        QMutexLocker lock(&m_mutex);
        return m_refreshCount.value(oaId);
    }
    /// The refresh token Zalo would accept now for @p oaId.
    QString liveRefreshToken(const QString &oaId) const
    {
        QMutexLocker lock(&m_mutex);
        return m_refresh.key(oaId);
    }
    void setRefreshDelayMs(int ms) { m_refreshDelayMs = ms; }

private:
    FakeReply handle(const FakeRequest &r)
    {
        QMutexLocker lock(&m_mutex);
        if (r.path == "/v4/oa/access_token") {
            if (r.header("secret_key") != "app-secret")
                return FakeReply::json(R"({"error":-14002,"error_name":"Invalid secret key"})");
            QString oaId;
            if (r.formValue(QStringLiteral("grant_type")) == QLatin1String("refresh_token"))
                oaId = m_refresh.take(r.formValue(QStringLiteral("refresh_token")));
            else
                oaId = m_codes.take(r.formValue(QStringLiteral("code")));
            if (oaId.isEmpty())
                return FakeReply::json(R"({"error":-14014,"error_name":"Invalid refresh token"})");
            const int n = ++m_refreshCount[oaId];
            const QString access = QStringLiteral("at-%1-%2").arg(oaId).arg(n);
            const QString refresh = QStringLiteral("rt-%1-%2").arg(oaId).arg(n);
            m_access.insert(access, oaId);
            m_refresh.insert(refresh, oaId);
            FakeReply reply
                = FakeReply::json(QStringLiteral(R"({"access_token":"%1","refresh_token":"%2","expires_in":"90000"})").arg(access, refresh).toUtf8());
            reply.delayMs = m_refreshDelayMs;
            return reply;
        }
        const QString oaId = m_access.value(QString::fromUtf8(r.header("access_token")));
        if (oaId.isEmpty())
            return FakeReply::zaloError(-216, "Access token is invalid");
        if (r.path == "/v2.0/oa/getoa")
            return FakeReply::ok(QStringLiteral(R"({"oaid":%1,"name":"OA %1"})").arg(oaId).toUtf8());
        return FakeReply::ok("[]");
    }

    mutable QMutex m_mutex;
    QHash<QString, QString> m_refresh;
    QHash<QString, QString> m_access;
    QHash<QString, QString> m_codes;
    QHash<QString, int> m_refreshCount;
    int m_refreshDelayMs = 0;

public:
    // Last, so that it stops before the state it serves goes away.
    FakeZaloServer server;
};

} // namespace casedesk::tests
