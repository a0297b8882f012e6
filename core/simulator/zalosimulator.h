#pragma once

#include "core/common/clock.h"
#include "core/common/expected.h"
#include "core/simulator/simrandom.h"
#include "core/simulator/simulatortypes.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace casedesk::simulator {

class RateLimiter;
class SimWorld;
class TokenBook;

/// Plays Zalo for demos, training and tests: an HTTP server on 127.0.0.1 that speaks the Zalo
/// OA Open API and OAuth v4 as zalo-oa-api.md describes (same paths, envelope, limits, ids,
/// errors and token rules), for many OAs and their generated citizens at once.
/// One server answers both the openapi and the oauth paths: use baseUrl() for both.
/// Not thread-safe: use it from the thread it lives in (requests are served on that thread).
class ZaloSimulator final : public QObject
{
    Q_OBJECT

public:
    /// Generates the world (deterministic for config.seed). @p clock is not owned; null = the
    /// system clock.
    explicit ZaloSimulator(SimulatorConfig config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ZaloSimulator() override;

    /// Starts serving on 127.0.0.1:@p port (0 = a free port) and the live message timer.
    Expected<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT — the openapi and the oauth base at once.
    QUrl baseUrl() const;

    const SimulatorConfig &config() const { return m_config; }
    void setRateLimitEnabled(bool on) { m_config.rateLimit = on; }
    void setIdsAsNumbers(bool on) { m_config.idsAsNumbers = on; }
    void setBillingFunded(bool on) { m_config.billingFunded = on; }
    void setRecentChatMode(RecentChatMode mode) { m_config.recentChatMode = mode; }

    // Time: reply windows, token lifetimes and the rate budget follow this clock.
    void setClock(const Clock *clock) { m_clock = clock; }
    /// Moves the simulator's "now" forward (or back, with a negative value).
    void advanceTime(qint64 ms) { m_offsetMs += ms; }
    qint64 nowMs() const;

    // Accounts and tokens.
    QVector<SimulatedAccount> accounts() const;
    std::optional<SimulatedAccount> account(const QString &oaId) const;
    /// A fresh single-use authorisation code for @p oaId, valid 10 minutes, as the consent page
    /// would give it; @p codeChallenge = base64url(SHA-256(verifier)), empty = no PKCE check.
    Expected<QString> mintAuthorizationCode(const QString &oaId, const QString &codeChallenge);
    /// Kills every refresh token of @p oaId: the admin must consent again.
    Status revokeRefreshTokens(const QString &oaId);
    /// base64url(SHA-256(verifier)) without padding.
    static QString codeChallengeFor(const QString &codeVerifier);

    // The world.
    QVector<SimCitizen> citizens(const QString &oaId) const;
    std::optional<SimCitizen> citizen(const QString &oaId, const QString &userId) const;
    /// One user's thread, oldest first.
    QVector<SimMessage> conversation(const QString &oaId, const QString &userId) const;
    /// Every message of @p oaId, oldest first.
    QVector<SimMessage> messages(const QString &oaId) const;
    /// A new citizen of @p oaId (who has not written yet); returns the user id.
    Expected<QString> newCitizen(const QString &oaId, const QString &displayName = {});
    /// @p userId writes @p text now (empty @p userId: a new citizen does). Returns the message.
    Expected<SimMessage> citizenSays(const QString &oaId, const QString &userId, const QString &text);

    // Faults on demand.
    void injectFaults(const FaultPlan &plan);
    void clearFaults() { m_faults.clear(); }
    /// "KIND[:N[:DELAY_MS]]" as given to `casedesk-cli simulator --fault`; N may be "always".
    static Expected<FaultPlan> parseFault(const QString &spec);

    SimulatorStats stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

Q_SIGNALS:
    void citizenMessageArrived(const QString &oaId, const QString &userId, const QString &messageId);
    void answerReceived(const QString &oaId, const QString &userId, const QString &messageId);

private:
    struct Reply;
    struct Call;

    void respond(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply handle(const QHttpServerRequest &request);
    std::optional<FaultPlan> takeFault(const QString &path);
    Reply dispatch(const Call &call);
    Reply openApi(const Call &call);
    Reply listRecentChat(const Call &call, int account);
    Reply conversationCall(const Call &call, int account);
    Reply sendMessage(const Call &call, int account);
    Reply userDetail(const Call &call, int account);
    Reply getOa(int account);
    Reply accessToken(const Call &call);
    Reply permissionPage(const Call &call);
    void liveTick();

    SimulatorConfig m_config;
    const Clock *m_clock = nullptr;
    qint64 m_offsetMs = 0;
    Error m_setupError;
    std::unique_ptr<SimWorld> m_world;
    std::unique_ptr<TokenBook> m_tokens;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QVector<FaultPlan> m_faults;
    SimulatorStats m_stats;
    QTimer m_liveTimer;
    SimRandom m_random; // live messages and citizens created while running
    bool m_idsAsNumbersNow = false;
    bool m_invalidUtf8Now = false; // the answer being written plays the invalid_utf8 fault
};

} // namespace casedesk::simulator
