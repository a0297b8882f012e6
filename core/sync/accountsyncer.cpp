#include "accountsyncer.h"

#include "core/common/logging.h"
#include "core/store/ingeststore.h"
#include "core/zalo/zaloclient.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace casedesk::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::AccountSyncer)
};

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

AccountSyncer::AccountSyncer(zalo::ZaloClient &client, store::IngestStore &ingest, domain::TriageFunction triage, SyncOptions options)
    : m_client(client)
    , m_ingest(ingest)
    , m_triage(std::move(triage))
    , m_options(options)
{
}

Expected<PollResult, zalo::ZaloError> AccountSyncer::poll(const AccountCursor &cursor, qint64 nowMs)
{
    using zalo::ZaloError;
    PollResult result;
    result.highWaterMs = cursor.highWaterMs;
    const qint64 backfillHorizon = nowMs - qint64(m_options.backfillDays) * kDayMs;
    const qint64 horizon = cursor.firstSyncDone ? std::max(backfillHorizon, cursor.highWaterMs - m_options.overlapMs) : backfillHorizon;
    const int pageSize = zalo::ZaloClient::kMaxPageSize;

    // 1. Which conversations had activity since the horizon (a user may appear many times).
    QVector<QString> users;
    QSet<QString> seenUsers;
    for (int page = 0; page < m_options.maxRecentPages; ++page) {
        if (cancelled())
            return ZaloError::make(ZaloError::Kind::Cancelled, Tr::tr("Sync was stopped."));
        auto rows = m_client.listRecentChat(page * pageSize, pageSize);
        ++result.requests;
        if (!rows)
            return rows.error();
        bool reachedHorizon = false;
        // A page of nothing but conversations already stored, none newer than the last completed
        // poll, ends the listing: what follows is older still (the overlap before the high-water
        // mark is for late arrivals, and a late one would show as a conversation not stored).
        bool pageSettled = cursor.firstSyncDone && !rows->isEmpty();
        for (const zalo::ZaloMessage &row : *rows) {
            result.highWaterMs = std::max(result.highWaterMs, row.timeMs);
            if (row.timeMs < horizon) {
                reachedHorizon = true;
                continue;
            }
            if (row.timeMs > cursor.highWaterMs || row.messageId.isEmpty() || !m_ingest.hasMessage(row.messageId))
                pageSettled = false;
            const QString user = row.counterpartId();
            if (user.isEmpty() || seenUsers.contains(user))
                continue;
            seenUsers.insert(user);
            // A conversation whose newest message is stored has nothing new: what is committed is
            // always the oldest part of what was fetched, so everything before it is stored too.
            // An idle poll costs one request.
            if (!row.messageId.isEmpty() && m_ingest.hasMessage(row.messageId)) {
                ++result.conversationsUnchanged;
                continue;
            }
            users.push_back(user);
        }
        if (rows->size() < pageSize || reachedHorizon || pageSettled)
            break;
    }

    // 2. Each conversation, paged back to what is stored; committed oldest first, several
    //    conversations a transaction (a conversation's new part is never split across two).
    QVector<store::IngestStore::ConversationChunk> pending;
    int pendingMessages = 0;
    const auto flush = [&]() -> Expected<void, ZaloError> {
        if (pending.isEmpty())
            return {};
        auto stored = m_ingest.ingestMany(pending, m_triage);
        pending.clear();
        pendingMessages = 0;
        if (!stored)
            return ZaloError::make(ZaloError::Kind::Other, Tr::tr("The messages could not be saved: %1").arg(stored.error().message),
                                   stored.error().message);
        result.messagesStored += stored->inserted;
        result.duplicates += stored->duplicates;
        result.casesOpened += stored->casesOpened;
        return {};
    };
    int done = 0;
    for (const QString &user : std::as_const(users)) {
        if (cancelled()) {
            (void)flush(); // keep what was fetched: it is the oldest part of each conversation
            return ZaloError::make(ZaloError::Kind::Cancelled, Tr::tr("Sync was stopped."));
        }
        QVector<zalo::ZaloMessage> fresh;
        QSet<QString> freshIds;
        QString displayName;
        bool reachedStored = false;
        for (int page = 0; page < m_options.maxConversationPages && !reachedStored; ++page) {
            auto rows = m_client.conversation(user, page * pageSize, pageSize);
            ++result.requests;
            if (!rows) {
                (void)flush(); // what was fetched before stays
                return rows.error();
            }
            for (const zalo::ZaloMessage &row : *rows) {
                if (row.messageId.isEmpty() || freshIds.contains(row.messageId))
                    continue; // a row seen twice because a new message shifted the pages
                if (m_ingest.hasMessage(row.messageId) || row.timeMs < backfillHorizon) {
                    reachedStored = true;
                    break;
                }
                if (row.fromCitizen() && displayName.isEmpty())
                    displayName = row.fromDisplayName;
                freshIds.insert(row.messageId);
                fresh.push_back(row);
            }
            if (rows->size() < pageSize)
                break;
        }
        ++result.conversations;
        if (m_progress)
            m_progress(++done, int(users.size()));
        if (fresh.isEmpty())
            continue;

        std::optional<domain::CitizenProfile> profile;
        const qint64 fetchedAt = m_ingest.citizenFetchedAt(cursor.oaId, user);
        if (fetchedAt == 0 || nowMs - fetchedAt > qint64(m_options.profileRefreshDays) * kDayMs) {
            domain::CitizenProfile p;
            p.oaId = cursor.oaId;
            p.userId = user;
            p.displayName = displayName;
            auto detail = m_client.userDetail(user);
            ++result.requests;
            if (detail) {
                p.displayName = detail->displayName.isEmpty() ? displayName : detail->displayName;
                p.avatar = detail->avatar;
                p.sharedInfo = detail->raw;
                p.isFollower = detail->isFollower;
                p.fetchedAt = nowMs;
            } else if (detail.error().kind == ZaloError::Kind::Cancelled) {
                (void)flush();
                return detail.error();
            } else {
                qCInfo(lcSync) << "profile of a citizen of" << cursor.oaId << "not fetched:" << detail.error().detail;
            }
            profile = p;
        }

        std::sort(fresh.begin(), fresh.end(), [](const zalo::ZaloMessage &a, const zalo::ZaloMessage &b) {
            return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.messageId < b.messageId;
        });
        // The whole conversation's new part goes into the batch at once, oldest first.
        store::IngestStore::ConversationChunk chunk;
        chunk.unitId = cursor.unitId;
        chunk.citizen = profile;
        chunk.messages.reserve(fresh.size());
        for (const zalo::ZaloMessage &row : std::as_const(fresh)) {
            domain::IncomingMessage in;
            in.message.messageId = row.messageId;
            in.message.oaId = cursor.oaId;
            in.message.userId = user;
            in.message.incoming = row.fromCitizen();
            in.message.sentAt = row.timeMs;
            in.message.type = row.type.isEmpty() ? QStringLiteral("text") : row.type;
            in.message.text = row.text;
            in.message.raw = row.raw;
            chunk.messages.push_back(std::move(in));
        }
        pendingMessages += int(chunk.messages.size());
        pending.push_back(std::move(chunk));
        if (pendingMessages >= m_options.batchMessages) {
            if (auto flushed = flush(); !flushed)
                return flushed.error();
        }
    }
    if (auto flushed = flush(); !flushed)
        return flushed.error();
    return result;
}

} // namespace casedesk::sync
