#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace casedesk::zalo::pkce {

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

QString makeVerifier()
{
    return base64Url(randomBytes(32));
}

QString challengeFor(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString makeState()
{
    return base64Url(randomBytes(12));
}

QUrl consentUrl(const QString &oauthBase, const QString &appId, const QString &redirectUri, const QString &challenge, const QString &state)
{
    QByteArray base = oauthBase.toUtf8();
    while (base.endsWith('/'))
        base.chop(1);
    const QByteArray encoded = base + "/v4/oa/permission?app_id=" + QUrl::toPercentEncoding(appId) + "&redirect_uri="
        + QUrl::toPercentEncoding(redirectUri) + "&code_challenge=" + QUrl::toPercentEncoding(challenge) + "&state=" + QUrl::toPercentEncoding(state);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace casedesk::zalo::pkce
