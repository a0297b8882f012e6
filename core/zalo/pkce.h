#pragma once

#include <QString>
#include <QUrl>

namespace casedesk::zalo {

/// PKCE for Zalo's OAuth v4 consent: verifier, challenge and the consent link an OA admin opens.
namespace pkce {

/// base64url without padding of 32 random bytes from the system's secure generator.
QString makeVerifier();
/// base64url without padding of SHA-256 of @p verifier.
QString challengeFor(const QString &verifier);
/// A random value to tie the consent answer to this request.
QString makeState();
/// https://oauth.zaloapp.com/v4/oa/permission?app_id=…&redirect_uri=…&code_challenge=…&state=…
QUrl consentUrl(const QString &oauthBase, const QString &appId, const QString &redirectUri, const QString &challenge, const QString &state);

} // namespace pkce

} // namespace casedesk::zalo
