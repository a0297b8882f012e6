#pragma once

#include "httptransport.h"

#include "core/common/expected.h"
#include "core/store/accountstore.h"

namespace casedesk::zalo {

/// What it takes to connect a unit's Zalo OA: either a refresh token, or an authorisation code
/// with its PKCE verifier.
struct EnrolmentRequest
{
    QString dataFolder;
    QString unitId;
    QString oaId;
    QString appId;
    QString appSecret;
    QString refreshToken;
    QString code;
    QString codeVerifier;
    QString openapiBase;
    QString oauthBase;
    /// "keychain" or "file:<absolute path>" (see secretStoreSpec()).
    QString secretStoreSpec;
    int timeoutMs = 30000;
};

/// What was connected.
struct EnrolmentResult
{
    store::Account account;
    /// Set when the account was stored but a check after the token one failed (e.g. its name).
    QString warning;
};

/// Checks the token with Zalo (a refresh, which rotates it, or the code exchange), stores the new
/// pair and the app secret in the secret store, and the account row (with the API addresses and
/// the secret store) in the data folder's database; then asks getoa for the OA's name. A refused
/// token, an unknown unit, an OA already connected or an unreachable server is refused with a
/// plain message and leaves nothing stored. Blocking: run it off the GUI thread.
Expected<EnrolmentResult> enrolAccount(const EnrolmentRequest &request, HttpTransport &transport);

} // namespace casedesk::zalo
