#include "httpprobe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

HttpAnswer HttpProbe::run(QNetworkReply *reply)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(20000);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer a;
    a.elapsedMs = clock.elapsed();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.transportError = !reply->isFinished() || (a.status == 0 && reply->error() != QNetworkReply::NoError);
    a.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        a.headers.insert(pair.first.toLower(), pair.second);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(a.body, &parseError);
    a.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    a.json = doc.object();
    reply->abort();
    reply->deleteLater();
    return a;
}

HttpAnswer HttpProbe::get(const QString &path, const QByteArray &data, const QString &accessToken)
{
    QUrl url = m_base;
    url.setPath(path);
    if (!data.isNull())
        url.setQuery(QStringLiteral("data=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(data))), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!accessToken.isEmpty())
        request.setRawHeader("access_token", accessToken.toLatin1());
    return run(m_nam.get(request));
}

HttpAnswer HttpProbe::getQuery(const QString &path, const QUrlQuery &query)
{
    QUrl url = m_base;
    url.setPath(path);
    url.setQuery(query);
    return run(m_nam.get(QNetworkRequest(url)));
}

HttpAnswer HttpProbe::postJson(const QString &path, const QByteArray &body, const QString &accessToken)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("access_token", accessToken.toLatin1());
    return run(m_nam.post(request, body));
}

HttpAnswer HttpProbe::postForm(const QString &path, const QUrlQuery &form, const QString &secretKey)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("secret_key", secretKey.toLatin1());
    return run(m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
}

HttpAnswer HttpProbe::refresh(const QString &appId, const QString &secretKey, const QString &refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("app_id"), appId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    return postForm(QStringLiteral("/v4/oa/access_token"), form, secretKey);
}
