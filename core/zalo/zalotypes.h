#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace casedesk::zalo {

/// One row of listrecentchat or conversation. Ids are digit strings; `raw` is the row as
/// received (big ids kept exact, unknown fields kept) for storage.
struct ZaloMessage
{
    QString messageId;
    /// 1 = sent by the citizen, 0 = sent by the OA.
    int src = 0;
    qint64 timeMs = 0;
    QString sentTime;
    QString fromId;
    QString fromDisplayName;
    QString fromAvatar;
    QString toId;
    QString toDisplayName;
    QString toAvatar;
    /// As Zalo wrote it: text, photo, voice, GIF, link, links, sticker, location, or anything else.
    QString type;
    QString text;
    QString url;
    QString thumb;
    QString description;
    QByteArray raw;

    bool fromCitizen() const { return src == 1; }
    /// The citizen of this row: the sender when the citizen wrote it, else the receiver.
    QString counterpartId() const { return fromCitizen() ? fromId : toId; }
};

/// What message/cs answered for a sent text.
struct SendResult
{
    QString messageId;
    QString userId;
    qint64 sentTimeMs = 0;
    QJsonObject quota;
};

/// A citizen's profile as the OA sees it.
struct UserDetail
{
    QString userId;
    QString displayName;
    QString alias;
    QString avatar;
    QMap<QString, QString> avatars;
    std::optional<bool> isFollower;
    QDate lastInteractionDate;
    QString sharedName;
    QString sharedPhone;
    QString sharedAddress;
    QString sharedCity;
    QString sharedDistrict;
    QByteArray raw;
};

/// The OA's own identity (getoa).
struct OaInfo
{
    QString oaId;
    QString name;
    QString avatar;
    QByteArray raw;
};

/// A new token pair from the access_token endpoint.
struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
};

} // namespace casedesk::zalo
