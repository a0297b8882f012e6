#include "accountsecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::zalo {

QString AccountSecrets::keyFor(const QString &oaId)
{
    return QStringLiteral("zalo-oa/") + oaId;
}

QByteArray AccountSecrets::toJson() const
{
    const QJsonObject o {
        {QStringLiteral("app_secret"), appSecret},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("access_expires_at"), QString::number(accessExpiresAt)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AccountSecrets> AccountSecrets::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    AccountSecrets s;
    s.appSecret = o.value(QStringLiteral("app_secret")).toString();
    s.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    s.accessToken = o.value(QStringLiteral("access_token")).toString();
    s.accessExpiresAt = o.value(QStringLiteral("access_expires_at")).toString().toLongLong();
    return s;
}

} // namespace casedesk::zalo
