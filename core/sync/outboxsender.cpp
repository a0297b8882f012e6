#include "outboxsender.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/store/outboxstore.h"
#include "core/zalo/zaloclient.h"

namespace casedesk::sync {

namespace {

/// An unanswered 'uncertain' row is looked for again for this long before it is sent again.
constexpr qint64 kUncertainGraceMs = 2 * 60 * 1000;
/// How far back a conversation is searched for an answer whose fate is unknown.
constexpr int kSearchPages = 5;
/// Clocks of two machines differ: an answer may carry a time a little before the row's.
constexpr qint64 kClockSkewMs = 5 * 60 * 1000;

} // namespace

OutboxSender::OutboxSender(zalo::ZaloClient &client, store::Database &db, const Clock &clock, const store::LeaseFence *fence)
    : m_client(client)
    , m_db(db)
    , m_clock(clock)
    , m_fence(fence)
{
}

Expected<SendRound, zalo::ZaloError> OutboxSender::sendQueued(const QString &oaId)
{
    using zalo::ZaloError;
    SendRound round;
    store::OutboxStore outbox(m_db, m_clock);
    outbox.setLeaseFence(m_fence);

    // 1. Rows whose fate is unknown: the conversation says whether they went out.
    QVector<domain::OutboxItem> unsettled;
    if (auto left = outbox.leftSending(oaId); left)
        unsettled += *left;
    if (auto unsure = outbox.uncertain(oaId); unsure)
        unsettled += *unsure;
    for (const domain::OutboxItem &item : std::as_const(unsettled)) {
        // Zalo may reflow white space; a message already known as another row's answer is not this one.
        const QString wanted = item.text.normalized(QString::NormalizationForm_C).simplified();
        QString foundId;
        qint64 foundAt = 0;
        for (int page = 0; page < kSearchPages && foundId.isEmpty(); ++page) {
            auto rows = m_client.conversation(item.userId, page * zalo::ZaloClient::kMaxPageSize, zalo::ZaloClient::kMaxPageSize);
            if (!rows)
                return rows.error(); // cannot tell yet: leave the row as it is
            bool older = false;
            for (const zalo::ZaloMessage &row : *rows) {
                if (row.timeMs < item.createdAt - kClockSkewMs) {
                    older = true;
                    break;
                }
                if (!row.fromCitizen() && row.text.normalized(QString::NormalizationForm_C).simplified() == wanted
                    && !outbox.holdsMessage(row.messageId)) {
                    foundId = row.messageId;
                    foundAt = row.timeMs;
                    break;
                }
            }
            if (older || rows->size() < zalo::ZaloClient::kMaxPageSize)
                break;
        }
        if (!foundId.isEmpty()) {
            if (auto r = outbox.markSent(item.id, foundId, foundAt); r)
                ++round.recovered;
            continue;
        }
        if (item.state == QLatin1String("uncertain") && m_clock.nowMs() - item.updatedAt < kUncertainGraceMs)
            continue;
        if (auto r = outbox.requeue(item.id); r)
            ++round.requeued;
    }

    // 2. What is queued, oldest first.
    for (;;) {
        auto claimed = outbox.claimNext(oaId);
        if (!claimed)
            return ZaloError::make(ZaloError::Kind::Other, claimed.error().message, claimed.error().message);
        if (!claimed->has_value())
            break;
        const domain::OutboxItem item = **claimed;
        auto sent = m_client.sendText(item.userId, item.text, item.quoteMessageId);
        if (sent) {
            const qint64 at = sent->sentTimeMs > 0 ? sent->sentTimeMs : m_clock.nowMs();
            (void)outbox.markSent(item.id, sent->messageId, at);
            ++round.sent;
            continue;
        }
        const ZaloError &e = sent.error();
        if (e.uncertain) {
            (void)outbox.markUncertain(item.id, e.message);
            ++round.uncertain;
            return e;
        }
        if (e.isTransient() || e.kind == ZaloError::Kind::Cancelled || e.kind == ZaloError::Kind::TokenInvalid
            || e.kind == ZaloError::Kind::NeedsConsent) {
            // Not delivered and not the answer's fault: it waits for the next round.
            (void)outbox.requeue(item.id);
            ++round.requeued;
            return e;
        }
        (void)outbox.markFailed(item.id, e.message, e.zaloCode);
        ++round.failed;
        qCInfo(lcSync) << "answer" << item.id << "refused:" << e.kindKey() << e.zaloCode;
    }
    return round;
}

} // namespace casedesk::sync
