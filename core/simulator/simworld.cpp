#include "simworld.h"

#include <algorithm>

namespace casedesk::simulator {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

} // namespace

SimWorld::SimWorld(const SimulatorConfig &config, PhraseBank phrases, qint64 historyEndMs)
    : m_historyDays(config.historyDays)
    , m_phrases(std::move(phrases))
{
    SimRandom appRandom(SimRandom::mix(config.seed) ^ 0xA995EC2E7ULL);
    const int apps = std::max(1, config.appCount);
    for (int i = 0; i < apps; ++i) {
        m_appIds.push_back(appRandom.digitId());
        m_secretKeys.push_back(appRandom.token(20));
    }
    m_accounts.resize(size_t(config.units.size()));
    for (int i = 0; i < int(m_accounts.size()); ++i) {
        SimRandom random(SimRandom::mix(config.seed) ^ SimRandom::mix(quint64(i) + 0xACC0));
        SimAccountData &a = m_accounts[size_t(i)];
        a.unit = config.units.at(i);
        a.oaId = random.digitId();
        a.oaName = a.unit.name;
        a.oaAvatar = QStringLiteral("https://avatar.simulator.invalid/oa/") + a.oaId + QStringLiteral(".jpg");
        a.app = i % apps;
        m_accountByOaId.insert(a.oaId, i);
        generateHistory(i, random, std::max(0, config.historyMessagesPerAccount), historyEndMs);
    }
}

int SimWorld::appById(const QString &appId) const
{
    for (size_t i = 0; i < m_appIds.size(); ++i) {
        if (m_appIds[i] == appId)
            return int(i);
    }
    return -1;
}

int SimWorld::addCitizen(int account, SimRandom &random, const QString &displayName)
{
    SimAccountData &a = m_accounts[size_t(account)];
    SimCitizen c;
    do {
        c.userId = random.digitId();
    } while (a.citizenByUserId.contains(c.userId));
    c.displayName = displayName.isEmpty() ? m_phrases.displayName(random) : displayName;
    c.avatar = QStringLiteral("https://avatar.simulator.invalid/u/") + c.userId + QStringLiteral(".jpg");
    c.follower = random.chance(0.93);
    c.hasSharedInfo = random.chance(0.55);
    if (c.hasSharedInfo) {
        c.sharedName = m_phrases.personName(random);
        const QString digits = QString::number(10000000 + random.below(90000000));
        c.phoneAsNumber = random.chance(0.3);
        c.phone = c.phoneAsNumber ? QStringLiteral("849") + digits : QStringLiteral("09") + digits;
        const QString area = a.unit.area.isEmpty() ? a.unit.name : a.unit.area;
        c.address = QStringLiteral("Ấp ") + m_phrases.hamlet(random) + QStringLiteral(", ") + area;
        c.district = m_phrases.district(random);
        c.city = QStringLiteral("Trà Vinh");
    }
    a.citizens.append(c);
    a.citizenByUserId.insert(c.userId, int(a.citizens.size()) - 1);
    a.threads.emplace_back();
    return int(a.citizens.size()) - 1;
}

SimMessage SimWorld::citizenMessage(const SimAccountData &a, const SimCitizen &c, const QString &category, bool first, SimRandom &random) const
{
    SimMessage m;
    m.messageId = newMessageId(random);
    m.oaId = a.oaId;
    m.userId = c.userId;
    m.fromCitizen = true;
    m.category = category;
    const double media = first ? 1.0 : random.unit();
    if (media < 0.05) {
        m.type = QStringLiteral("photo");
        m.url = QStringLiteral("https://photo.simulator.invalid/") + random.hexId(24) + QStringLiteral(".jpg");
        m.text = m_phrases.photoCaption(random);
    } else if (media < 0.07) {
        m.type = QStringLiteral("sticker");
        m.url = QStringLiteral("https://sticker.simulator.invalid/") + QString::number(random.below(5000)) + QStringLiteral(".png");
    } else {
        m.text = first ? m_phrases.firstMessage(category, random) : m_phrases.followUp(category, random);
    }
    return m;
}

void SimWorld::generateHistory(int account, SimRandom &random, int messageCount, qint64 endMs)
{
    SimAccountData &a = m_accounts[size_t(account)];
    const qint64 windowMs = std::max(1, m_historyDays) * DayMs;
    a.messages.reserve(size_t(messageCount) + 16);
    std::vector<qint64> offsets;
    while (int(a.messages.size()) < messageCount) {
        const int remaining = messageCount - int(a.messages.size());
        const double u = random.unit();
        int length = u < 0.35 ? 1 : u < 0.6 ? 2 : u < 0.8 ? 3 : u < 0.95 ? 4 + random.below(3) : 7 + random.below(6);
        length = std::min(length, remaining);
        const bool answered = random.chance(0.5);
        const int ci = addCitizen(account, random);
        const SimCitizen &citizen = a.citizens.at(ci);
        const QString category = m_phrases.category(random);

        const size_t firstIndex = a.messages.size();
        offsets.clear();
        qint64 t = 0;
        for (int k = 0; k < length; ++k) {
            const bool previousFromCitizen = k > 0 && a.messages.back().fromCitizen;
            const bool lastSlot = k == length - 1;
            // An answered conversation ends with the OA's answer; others may hold answers too.
            const bool oaAnswers = k > 0 && previousFromCitizen && ((answered && lastSlot) || random.chance(answered ? 0.5 : 0.2));
            if (oaAnswers) {
                t += 10 * MinuteMs + random.below64(2 * DayMs);
                SimMessage m;
                m.messageId = newMessageId(random);
                m.oaId = a.oaId;
                m.userId = citizen.userId;
                m.fromCitizen = false;
                m.text = m_phrases.answer(random);
                a.messages.push_back(m);
            } else {
                if (k > 0)
                    t += (previousFromCitizen ? MinuteMs + random.below64(120 * MinuteMs) : 5 * MinuteMs + random.below64(2 * DayMs));
                a.messages.push_back(citizenMessage(a, citizen, category, k == 0, random));
            }
            offsets.push_back(t);
        }
        const qint64 span = t;
        const qint64 start = span >= windowMs ? endMs - span : endMs - windowMs + random.below64(windowMs - span);
        for (size_t k = 0; k < offsets.size(); ++k)
            a.messages[firstIndex + k].timeMs = start + offsets[k];
    }
    rebuildIndexes(a);
}

void SimWorld::rebuildIndexes(SimAccountData &a)
{
    std::stable_sort(a.messages.begin(), a.messages.end(), [](const SimMessage &l, const SimMessage &r) { return l.timeMs < r.timeMs; });
    for (auto &thread : a.threads)
        thread.clear();
    for (int i = 0; i < int(a.messages.size()); ++i) {
        const SimMessage &m = a.messages[size_t(i)];
        const int ci = a.citizenByUserId.value(m.userId);
        a.threads[size_t(ci)].push_back(i);
        if (m.fromCitizen)
            a.citizens[ci].lastCitizenMessageMs = m.timeMs;
    }
    a.recent.clear();
    for (int ci = 0; ci < int(a.threads.size()); ++ci) {
        if (!a.threads[size_t(ci)].empty())
            a.recent.push_back(ci);
    }
    std::sort(a.recent.begin(), a.recent.end(), [&a](int l, int r) { return a.threads[size_t(l)].back() > a.threads[size_t(r)].back(); });
}

const SimMessage &SimWorld::append(int account, SimMessage message)
{
    SimAccountData &a = m_accounts[size_t(account)];
    if (!a.messages.empty() && message.timeMs < a.messages.back().timeMs)
        message.timeMs = a.messages.back().timeMs;
    const int ci = a.citizenByUserId.value(message.userId);
    const int index = int(a.messages.size());
    a.messages.push_back(std::move(message));
    const SimMessage &m = a.messages.back();
    a.threads[size_t(ci)].push_back(index);
    if (m.fromCitizen)
        a.citizens[ci].lastCitizenMessageMs = m.timeMs;
    const auto it = std::find(a.recent.begin(), a.recent.end(), ci);
    if (it != a.recent.end())
        a.recent.erase(it);
    a.recent.insert(a.recent.begin(), ci);
    return m;
}

const SimMessage &SimWorld::generateLive(SimRandom &random, qint64 nowMs)
{
    const int account = random.below(accountCount());
    SimAccountData &a = m_accounts[size_t(account)];
    SimMessage m;
    if (!a.recent.empty() && random.chance(0.4)) {
        const int ci = a.recent.at(size_t(random.below(std::min(10, int(a.recent.size())))));
        const SimMessage &first = a.messages.at(size_t(a.threads.at(size_t(ci)).front()));
        const QString category = first.category.isEmpty() ? m_phrases.category(random) : first.category;
        m = citizenMessage(a, a.citizens.at(ci), category, false, random);
    } else {
        const int ci = addCitizen(account, random);
        m = citizenMessage(a, a.citizens.at(ci), m_phrases.category(random), true, random);
    }
    m.timeMs = nowMs;
    return append(account, std::move(m));
}

std::vector<const SimMessage *> SimWorld::recentPage(int account, int offset, int count, RecentChatMode mode) const
{
    const SimAccountData &a = m_accounts.at(size_t(account));
    std::vector<const SimMessage *> page;
    if (mode == RecentChatMode::AllMessages) {
        const int total = int(a.messages.size());
        for (int k = offset; k < offset + count && k < total; ++k)
            page.push_back(&a.messages[size_t(total - 1 - k)]);
        return page;
    }
    for (int k = offset; k < offset + count && k < int(a.recent.size()); ++k)
        page.push_back(&a.messages[size_t(a.threads[size_t(a.recent[size_t(k)])].back())]);
    return page;
}

std::vector<const SimMessage *> SimWorld::conversationPage(int account, int citizen, int offset, int count) const
{
    const SimAccountData &a = m_accounts.at(size_t(account));
    const std::vector<int> &thread = a.threads.at(size_t(citizen));
    std::vector<const SimMessage *> page;
    const int total = int(thread.size());
    for (int k = offset; k < offset + count && k < total; ++k)
        page.push_back(&a.messages[size_t(thread[size_t(total - 1 - k)])]);
    return page;
}

} // namespace casedesk::simulator
