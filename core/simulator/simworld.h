#pragma once

#include "core/simulator/phrasebank.h"
#include "core/simulator/simulatortypes.h"

#include <QHash>

#include <vector>

namespace casedesk::simulator {

/// Everything the simulator knows about one OA: its citizens and their conversations, kept in
/// the shapes the API pages through (time-ordered vectors, no scanning per request).
struct SimAccountData
{
    SimUnit unit;
    QString oaId;
    QString oaName;
    QString oaAvatar;
    int app = 0;
    QVector<SimCitizen> citizens;
    QHash<QString, int> citizenByUserId;
    std::vector<SimMessage> messages; // oldest first
    std::vector<std::vector<int>> threads; // per citizen: indices into messages, oldest first
    std::vector<int> recent; // citizen indices, latest conversation first
};

/// The simulated OAs, citizens and messages; generated deterministically from a seed.
class SimWorld final
{
public:
    SimWorld(const SimulatorConfig &config, PhraseBank phrases, qint64 historyEndMs);

    int accountCount() const { return int(m_accounts.size()); }
    const SimAccountData &account(int index) const { return m_accounts.at(size_t(index)); }
    int accountByOaId(const QString &oaId) const { return m_accountByOaId.value(oaId, -1); }
    int appCount() const { return int(m_appIds.size()); }
    const QString &appId(int app) const { return m_appIds.at(size_t(app)); }
    const QString &secretKey(int app) const { return m_secretKeys.at(size_t(app)); }
    int appById(const QString &appId) const;

    /// A new citizen of @p account; returns their index.
    int addCitizen(int account, SimRandom &random, const QString &displayName = {});
    /// Appends @p message (its time is raised to the account's latest if earlier); returns it.
    const SimMessage &append(int account, SimMessage message);
    /// A generated message: a follow-up by a citizen who wrote before, or a new citizen.
    const SimMessage &generateLive(SimRandom &random, qint64 nowMs);

    /// Newest first, @p offset rows skipped, at most @p count.
    std::vector<const SimMessage *> recentPage(int account, int offset, int count, RecentChatMode mode) const;
    std::vector<const SimMessage *> conversationPage(int account, int citizen, int offset, int count) const;

    QString newMessageId(SimRandom &random) const { return random.hexId(20); }
    const PhraseBank &phrases() const { return m_phrases; }

private:
    void generateHistory(int account, SimRandom &random, int messageCount, qint64 endMs);
    void rebuildIndexes(SimAccountData &a);
    SimMessage citizenMessage(const SimAccountData &a, const SimCitizen &c, const QString &category, bool first, SimRandom &random) const;

    int m_historyDays = 30;
    PhraseBank m_phrases;
    std::vector<SimAccountData> m_accounts;
    QHash<QString, int> m_accountByOaId;
    std::vector<QString> m_appIds;
    std::vector<QString> m_secretKeys;
};

} // namespace casedesk::simulator
