#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace casedesk::zalo {

/// What the secret store holds for one account, written as one entry so that a new token pair
/// replaces the old one in a single atomic write.
struct AccountSecrets
{
    QString appSecret;
    QString refreshToken;
    QString accessToken;
    /// UTC epoch ms; 0 when no access token is known.
    qint64 accessExpiresAt = 0;

    /// The secret store key of the account with @p oaId.
    static QString keyFor(const QString &oaId);
    QByteArray toJson() const;
    static std::optional<AccountSecrets> fromJson(const QByteArray &json);
};

} // namespace casedesk::zalo
