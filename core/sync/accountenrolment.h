#pragma once

#include "core/common/expected.h"
#include "core/store/accountstore.h"
#include "core/zalo/httptransport.h"

#include <QObject>

#include <thread>

namespace casedesk::sync {

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
    /// "keychain" or "file:<absolute path>" (see secretStoreSpec()), or "database" (a shared
    /// database's, encrypted with the sync key this host holds).
    QString secretStoreSpec;
    /// With "database": where this host keeps the sync key (its --secrets-file; empty = keychain).
    QString hostSecretsFile;
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
Expected<EnrolmentResult> enrolAccount(const EnrolmentRequest &request, zalo::HttpTransport &transport);

/// Connects accounts one at a time, off the caller's thread: the window's dialog starts one and
/// hears finished(); the command line waits for it with enrol(). A check once started always runs
/// to its end (it may rotate the account's single-use refresh token).
class EnrolmentService final : public QObject
{
    Q_OBJECT

public:
    explicit EnrolmentService(zalo::HttpTransport &transport, QObject *parent = nullptr);
    ~EnrolmentService() override;

    /// Starts connecting; false when another connection is still running.
    bool start(const EnrolmentRequest &request);
    bool isBusy() const;
    /// Connects and waits for the result (runs an event loop meanwhile).
    Expected<EnrolmentResult> enrol(const EnrolmentRequest &request);

Q_SIGNALS:
    void finished(const casedesk::Expected<casedesk::sync::EnrolmentResult> &result);

private:
    void wait();

    zalo::HttpTransport &m_transport;
    std::thread m_thread;
    bool m_busy = false;
};

} // namespace casedesk::sync
