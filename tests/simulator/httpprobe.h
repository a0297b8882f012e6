#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

/// A plain HTTP client for the simulator tests (QNetworkAccessManager over loopback), so the
/// simulator is checked without the CaseDesk Zalo client.
struct HttpAnswer
{
    bool transportError = false;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    bool isJson = false;
    QJsonObject json;
    qint64 elapsedMs = 0;

    int error() const { return json.value(QStringLiteral("error")).toInt(12345); }
};

class HttpProbe final
{
public:
    explicit HttpProbe(QUrl base)
        : m_base(std::move(base))
    {
    }

    /// GET @p path?data=@p data with the access_token header.
    HttpAnswer get(const QString &path, const QByteArray &data, const QString &accessToken);
    HttpAnswer getQuery(const QString &path, const QUrlQuery &query);
    HttpAnswer postJson(const QString &path, const QByteArray &body, const QString &accessToken);
    HttpAnswer postForm(const QString &path, const QUrlQuery &form, const QString &secretKey);

    /// A refresh_token grant; returns the answer (access_token/refresh_token on success).
    HttpAnswer refresh(const QString &appId, const QString &secretKey, const QString &refreshToken);

private:
    HttpAnswer run(class QNetworkReply *reply);

    QUrl m_base;
    QNetworkAccessManager m_nam;
};
