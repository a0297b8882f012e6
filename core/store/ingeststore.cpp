#include "ingeststore.h"

#include "queuestore.h"

#include "database.h"
#include "eventlog.h"
#include "leasestore.h"
#include "statement.h"

#include "core/domain/caseevent.h"
#include "core/domain/caserules.h"
#include "core/domain/satisfaction.h"
#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace casedesk::store {

using domain::CaseStatus;
using domain::IncomingMessage;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::IngestStore)
};

const QString kSystem = QString::fromLatin1(domain::events::kSystemOfficer);

// Re-triage reads what the citizen wrote so far, up to this many characters: enough for the
// classifier to see the report inside a chat that began with greetings, bounded for long chats.
constexpr int kRetriageTextLimit = 4000;

QString previewOf(const domain::MessageRecord &m)
{
    QString text = m.text.simplified();
    if (text.isEmpty())
        return QLatin1Char('[') + m.type + QLatin1Char(']');
    if (text.size() > 160)
        text = text.left(159) + QChar(0x2026);
    return text;
}

QJsonObject autoClosed()
{
    return {
        {QStringLiteral("auto"), true},
        {QStringLiteral("status_before"), QStringLiteral("answered")},
        {QStringLiteral("status_after"), QStringLiteral("closed")},
    };
}

/// The case rules (domain/caserules.h) over the status keys the open case is kept in.
QString statusAfter(const QString &before, domain::CaseStatus (*rule)(domain::CaseStatus))
{
    const auto status = domain::caseStatusFromKey(before);
    return status ? domain::caseStatusKey(rule(*status)) : before;
}

} // namespace

struct IngestStore::Statements
{
    explicit Statements(Database &db)
        : messageExists(db, "SELECT 1 FROM messages WHERE message_id = ?1")
        // The folded text goes to SQLite's FTS5 table, or to the message's own column on a server
        // (indexed by GIN): the same C++ folding feeds both (domain/textfold.h).
        , indexInRow(db.dialect() == Dialect::Postgres)
        , insertMessage(db,
                        indexInRow ? "INSERT INTO messages (message_id, oa_id, user_id, direction, sent_at, type, text, raw, case_id, folded) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id"
                                   : "INSERT INTO messages (message_id, oa_id, user_id, direction, sent_at, type, text, raw, case_id) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id")
        , insertFts(db, indexInRow ? "SELECT ?1, ?2" : "INSERT INTO messages_fts (rowid, folded) VALUES (?1, ?2)")
        , openCase(db,
                   "SELECT id, status, first_response_at, last_message_at, last_citizen_at, category, category_by, urgent, "
                   "ifnull(due_at, 0) FROM cases WHERE oa_id = ?1 AND user_id = ?2 AND is_open = 1 ORDER BY id DESC LIMIT 1")
        , latestCase(db, "SELECT id FROM cases WHERE oa_id = ?1 AND user_id = ?2 ORDER BY id DESC LIMIT 1")
        , nextCode(db,
                   "INSERT INTO case_counters (year, last) VALUES (?1, 1) "
                   "ON CONFLICT (year) DO UPDATE SET last = case_counters.last + 1 RETURNING last")
        , insertCase(db,
                     "INSERT INTO cases (code, oa_id, user_id, origin_unit, unit_id, category, confidence, urgent, status, "
                     "competent_unit, opened_at, last_citizen_at, last_message_at, due_at, previous_case, preview, reporter_protected) "
                     "VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, 'new', ?8, ?9, ?9, ?9, ?10, ?11, ?12, ?13) RETURNING id")
        , retriageCase(db,
                       "UPDATE cases SET category = ?2, confidence = ?3, urgent = ?4, due_at = ?5, "
                       "competent_unit = coalesce(?6, competent_unit), reporter_protected = greatest(reporter_protected, ?7), "
                       "version = version + 1 WHERE id = ?1")
        , caseText(db,
                   "SELECT group_concat(text, char(10)) FROM (SELECT text FROM messages WHERE case_id = ?1 AND direction = 'in' "
                   "AND text <> '' ORDER BY sent_at, id) AS t")
        , updateCase(db,
                     "UPDATE cases SET last_citizen_at = greatest(ifnull(last_citizen_at, 0), ifnull(?2, 0)), "
                     "last_message_at = greatest(ifnull(last_message_at, 0), ifnull(?3, 0)), "
                     "first_response_at = ifnull(first_response_at, ?4), status = ?5, version = version + 1 WHERE id = ?1")
        , answerCase(db,
                     "UPDATE cases SET first_response_at = ifnull(first_response_at, ?2), "
                     "last_message_at = greatest(ifnull(last_message_at, 0), ?2), "
                     "status = ?3, version = version + 1 WHERE id = ?1")
        , caseStatus(db, "SELECT status FROM cases WHERE id = ?1")
        , closeCase(db, "UPDATE cases SET status = 'closed', closed_at = ?2, version = version + 1 WHERE id = ?1")
        , log(db)
        , outboxByMessage(db, "SELECT case_id, purpose FROM outbox WHERE message_id = ?1")
        , pendingRating(db,
                        "SELECT ifnull(satisfaction_sent_at, 0) FROM cases WHERE id = ?1 AND is_open = 0 "
                        "AND satisfaction_sent_at IS NOT NULL AND satisfaction_rating IS NULL")
        , rateCase(db,
                   "UPDATE cases SET satisfaction_rating = ?2, satisfaction_rated_at = ?3, "
                   "last_citizen_at = greatest(ifnull(last_citizen_at, 0), ?3), last_message_at = greatest(ifnull(last_message_at, 0), ?3), "
                   "version = version + 1 WHERE id = ?1")
        , upsertCitizen(db,
                        "INSERT INTO citizens (oa_id, user_id, display_name, avatar, shared_info, is_follower, fetched_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (oa_id, user_id) DO UPDATE SET "
                        "display_name = CASE WHEN excluded.display_name <> '' THEN excluded.display_name ELSE citizens.display_name END, "
                        "avatar = ifnull(excluded.avatar, citizens.avatar), shared_info = ifnull(excluded.shared_info, citizens.shared_info), "
                        "is_follower = ifnull(excluded.is_follower, citizens.is_follower), "
                        "fetched_at = greatest(ifnull(citizens.fetched_at, 0), ifnull(excluded.fetched_at, 0))")
        , citizenFetched(db, "SELECT ifnull(fetched_at, 0) FROM citizens WHERE oa_id = ?1 AND user_id = ?2")
        , quietCases(db,
                     "SELECT id, last_message_at FROM cases WHERE status = 'answered' AND last_message_at < ?1 "
                     "AND (?2 = '' OR oa_id = ?2)")
    {
    }

    Statement messageExists;
    bool indexInRow;
    Statement insertMessage;
    Statement insertFts;
    Statement openCase;
    Statement latestCase;
    Statement nextCode;
    Statement insertCase;
    Statement retriageCase;
    Statement caseText;
    Statement updateCase;
    Statement answerCase;
    Statement caseStatus;
    Statement closeCase;
    EventLog log;
    Statement outboxByMessage;
    Statement pendingRating;
    Statement rateCase;
    Statement upsertCitizen;
    Statement citizenFetched;
    Statement quietCases;
};

IngestStore::IngestStore(Database &db)
    : IngestStore(db, Options())
{
}

IngestStore::IngestStore(Database &db, Options options)
    : m_db(db)
    , m_options(std::move(options))
    , m_st(std::make_unique<Statements>(db))
{
}

IngestStore::~IngestStore() = default;

bool IngestStore::hasMessage(const QString &messageId)
{
    m_st->messageExists.bind(1, messageId);
    const bool found = m_st->messageExists.next();
    m_st->messageExists.reset();
    return found;
}

qint64 IngestStore::citizenFetchedAt(const QString &oaId, const QString &userId)
{
    m_st->citizenFetched.bind(1, oaId).bind(2, userId);
    const qint64 at = m_st->citizenFetched.next() ? m_st->citizenFetched.int64(0) : 0;
    m_st->citizenFetched.reset();
    return at;
}

Status IngestStore::saveCitizen(const domain::CitizenProfile &c)
{
    auto &st = m_st->upsertCitizen;
    st.bind(1, c.oaId).bind(2, c.userId).bind(3, c.displayName).bindOptional(4, c.avatar).bind(5, c.sharedInfo);
    if (c.isFollower)
        st.bind(6, *c.isFollower);
    else
        st.bindNull(6);
    st.bindOptionalMs(7, c.fetchedAt);
    return st.exec();
}

Expected<IngestResult> IngestStore::ingest(const QString &unitId, const QVector<IncomingMessage> &messages,
                                           const std::optional<domain::CitizenProfile> &citizen, const domain::TriageFunction &triage)
{
    return ingestMany({ConversationChunk {unitId, messages, citizen}}, triage);
}

Expected<IngestResult> IngestStore::ingestMany(const QVector<ConversationChunk> &chunks, const domain::TriageFunction &triage)
{
    IngestResult result;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    if (m_fence) {
        if (auto r = m_fence->check(m_db); !r)
            return r.error();
    }
    for (const ConversationChunk &chunk : chunks) {
        if (auto r = ingestChunk(chunk.unitId, chunk.messages, chunk.citizen, triage, result); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return Error {Tr::tr("The messages were not saved: %1").arg(r.error().message)};
    return result;
}

Status IngestStore::ingestChunk(const QString &unitId, const QVector<IncomingMessage> &messages, const std::optional<domain::CitizenProfile> &citizen,
                                const domain::TriageFunction &triage, IngestResult &result)
{
    Statements &s = *m_st;

    if (citizen) {
        if (auto r = saveCitizen(*citizen); !r)
            return Error {Tr::tr("Cannot store the citizen %1: %2").arg(citizen->userId, r.error().message)};
    }

    const auto addEvent = [&s](qint64 caseId, qint64 at, const QString &kind, const QJsonObject &detail) -> Status {
        if (auto r = s.log.append(caseId, at, kSystem, kind, detail); !r)
            return r.error();
        return {};
    };

    // The citizen's open case at this OA (wherever it has since been forwarded), kept in memory
    // while the chunk is read and written back once: a chunk is one conversation.
    struct OpenCase
    {
        qint64 id = 0;
        QString status;
        qint64 lastMessageAt = 0;
        qint64 lastCitizenAt = 0;
        qint64 firstResponseAt = 0;
        domain::Category category = domain::Category::Other;
        bool byClassifier = false; // no officer has set the category: a joining message re-triages it
        bool urgent = false;
        qint64 dueAt = 0;
        QString citizenText; // what the citizen wrote so far (re-triage), loaded when first needed
        bool textLoaded = false;
        bool dirty = false;
    } open;
    QString loadedFor;
    const auto loadOpenCase = [&](const domain::MessageRecord &m) {
        const QString key = m.oaId + QLatin1Char('\x1f') + m.userId;
        if (key == loadedFor)
            return;
        loadedFor = key;
        open = OpenCase();
        s.openCase.bind(1, m.oaId).bind(2, m.userId);
        if (s.openCase.next()) {
            open.id = s.openCase.int64(0);
            open.status = s.openCase.text(1);
            open.firstResponseAt = s.openCase.int64(2);
            open.lastMessageAt = s.openCase.int64(3);
            open.lastCitizenAt = s.openCase.int64(4);
            open.category = domain::categoryFromKey(s.openCase.text(5)).value_or(domain::Category::Other);
            open.byClassifier = s.openCase.text(6) == QLatin1String("classifier");
            open.urgent = s.openCase.int64(7) != 0;
            open.dueAt = s.openCase.int64(8);
        }
        s.openCase.reset();
    };
    // Until an officer sets the category, what the citizen adds can change it ("Xin chào" first,
    // the report after): triage reads the whole conversation again, and a new category brings its
    // urgency and deadline, counted from the message that brought the change.
    const auto retriage = [&](const domain::MessageRecord &m) -> Status {
        if (!triage || !open.byClassifier)
            return {};
        if (!open.textLoaded) {
            s.caseText.bind(1, open.id);
            open.citizenText = s.caseText.next() ? s.caseText.text(0) : QString();
            s.caseText.reset();
            open.textLoaded = true;
        }
        if (m.text.isEmpty() || open.citizenText.size() >= kRetriageTextLimit)
            return {};
        if (!open.citizenText.isEmpty())
            open.citizenText += QLatin1Char('\n');
        open.citizenText += m.text.left(kRetriageTextLimit - open.citizenText.size());
        // Most messages of a conversation say more of the same: when the new message alone
        // agrees with the case, the conversation as a whole is not read again (ingest stays fast).
        const domain::TriageResult alone = triage(m.text, m.sentAt);
        if (alone.category == open.category && (!alone.urgent || open.urgent))
            return {};
        const domain::TriageResult t = triage(open.citizenText, m.sentAt);
        // The classifier never takes a case out of the crime or security reports (a security
        // report may still turn out a crime report), nor into "other", which has no deadline: a
        // "thank you" after a report or a question must not bury it. Only an officer can.
        using domain::Category;
        if (open.category == Category::CrimeReport && t.category != Category::CrimeReport)
            return {};
        if (open.category == Category::SecurityReport && t.category != Category::SecurityReport && t.category != Category::CrimeReport)
            return {};
        if (t.category == Category::Other && open.category != Category::Other)
            return {};
        const bool changed = t.category != open.category;
        const bool moreUrgent = !changed && t.urgent && !open.urgent;
        if (!changed && !moreUrgent)
            return {};
        s.retriageCase.bind(1, open.id)
            .bind(2, domain::categoryKey(t.category))
            .bind(3, t.confidence)
            .bind(4, t.urgent)
            .bindOptionalMs(5, t.dueAt)
            .bindOptional(6, t.competentUnit.isEmpty() ? QString() : t.competentUnit)
            .bind(7, t.category == domain::Category::CrimeReport);
        if (auto r = s.retriageCase.exec(); !r)
            return r;
        const QJsonObject detail {
            {QStringLiteral("before"), domain::categoryKey(open.category)},
            {QStringLiteral("after"), domain::categoryKey(t.category)},
            {QStringLiteral("confidence"), t.confidence},
            {QStringLiteral("message_id"), m.messageId},
            {QStringLiteral("urgent_before"), open.urgent},
            {QStringLiteral("urgent_after"), t.urgent},
            {QStringLiteral("due_before"), open.dueAt},
            {QStringLiteral("due_after"), t.dueAt},
        };
        if (auto r = addEvent(open.id, m.sentAt, QString::fromLatin1(domain::events::kRetriaged), detail); !r)
            return r;
        open.category = t.category;
        open.urgent = t.urgent;
        open.dueAt = t.dueAt;
        ++result.casesRetriaged;
        return {};
    };
    const auto writeOpenCase = [&]() -> Status {
        if (!open.id || !open.dirty)
            return {};
        open.dirty = false;
        s.updateCase.bind(1, open.id)
            .bindOptionalMs(2, open.lastCitizenAt)
            .bindOptionalMs(3, open.lastMessageAt)
            .bindOptionalMs(4, open.firstResponseAt)
            .bind(5, open.status);
        return s.updateCase.exec();
    };

    for (const IncomingMessage &in : messages) {
        const domain::MessageRecord &m = in.message;
        if (hasMessage(m.messageId)) {
            ++result.duplicates;
            continue;
        }
        if (loadedFor != m.oaId + QLatin1Char('\x1f') + m.userId) {
            if (auto r = writeOpenCase(); !r)
                return r.error();
            loadOpenCase(m);
        }
        qint64 caseId = open.id;

        if (m.incoming) {
            qint64 previous = 0;
            // An answered case that stayed quiet past the auto-close period was closed then.
            if (open.id
                && domain::caserules::closesQuietly(domain::caseStatusFromKey(open.status).value_or(CaseStatus::Open), open.lastMessageAt, m.sentAt,
                                                    m_options.autoCloseAfterMs)) {
                if (auto r = writeOpenCase(); !r)
                    return r.error();
                const qint64 closedAt = domain::caserules::quietCloseAt(open.lastMessageAt, m_options.autoCloseAfterMs);
                s.closeCase.bind(1, open.id).bind(2, closedAt);
                if (auto r = s.closeCase.exec(); !r)
                    return r.error();
                if (auto r = addEvent(open.id, closedAt, QStringLiteral("closed"), autoClosed()); !r)
                    return r.error();
                ++result.casesClosed;
                previous = open.id;
                open = OpenCase();
                caseId = 0;
            }
            if (caseId) {
                open.lastCitizenAt = std::max(open.lastCitizenAt, m.sentAt);
                open.lastMessageAt = std::max(open.lastMessageAt, m.sentAt);
                open.status = statusAfter(open.status, domain::caserules::afterCitizenMessage);
                open.dirty = true;
                ++result.casesJoined;
                if (auto r = retriage(m); !r)
                    return Error {Tr::tr("Cannot triage case %1 again after message %2: %3").arg(open.id).arg(m.messageId, r.error().message)};
            } else {
                if (!previous) {
                    s.latestCase.bind(1, m.oaId).bind(2, m.userId);
                    if (s.latestCase.next())
                        previous = s.latestCase.int64(0);
                    s.latestCase.reset();
                }
                // A rating in reply to the satisfaction question is recorded on the closed case;
                // anything else is a new matter, as before.
                std::optional<int> rating;
                if (previous) {
                    s.pendingRating.bind(1, previous);
                    const qint64 askedAt = s.pendingRating.next() ? s.pendingRating.int64(0) : 0;
                    s.pendingRating.reset();
                    if (askedAt > 0 && m.sentAt >= askedAt && m.sentAt < askedAt + domain::kSatisfactionReplyMs)
                        rating = domain::satisfactionRating(m.text);
                }
                if (rating) {
                    caseId = previous;
                    s.rateCase.bind(1, caseId).bind(2, qint64(*rating)).bind(3, m.sentAt);
                    if (auto r = s.rateCase.exec(); !r)
                        return r.error();
                    if (auto r = addEvent(caseId, m.sentAt, QString::fromLatin1(domain::events::kSatisfactionRated),
                                          {{QStringLiteral("rating"), *rating}, {QStringLiteral("message_id"), m.messageId}});
                        !r)
                        return r.error();
                    ++result.satisfactionRatings;
                } else {
                    const domain::TriageResult t = triage ? triage(m.text, m.sentAt) : domain::TriageResult();
                    const int year = QDateTime::fromMSecsSinceEpoch(m.sentAt, m_options.timeZone).date().year();
                    s.nextCode.bind(1, qint64(year));
                    if (!s.nextCode.next())
                        return Error {Tr::tr("Cannot number a new case: %1").arg(s.nextCode.error())};
                    const qint64 number = s.nextCode.int64(0);
                    s.nextCode.reset();
                    const QString code = QStringLiteral("%1-%2-%3").arg(m_options.codePrefix).arg(year).arg(number, 6, 10, QLatin1Char('0'));
                    s.insertCase.bind(1, code)
                        .bind(2, m.oaId)
                        .bind(3, m.userId)
                        .bind(4, unitId)
                        .bind(5, domain::categoryKey(t.category))
                        .bind(6, t.confidence)
                        .bind(7, t.urgent)
                        .bindOptional(8, t.competentUnit)
                        .bind(9, m.sentAt)
                        .bindOptionalMs(10, t.dueAt)
                        .bindOptionalMs(11, previous)
                        .bind(12, previewOf(m))
                        .bind(13, t.category == domain::Category::CrimeReport);
                    const auto inserted = s.insertCase.execReturningId();
                    if (!inserted)
                        return Error {Tr::tr("Cannot open a case for message %1: %2").arg(m.messageId, inserted.error().message)};
                    caseId = *inserted;
                    open = OpenCase();
                    open.id = caseId;
                    open.status = QStringLiteral("new");
                    open.lastMessageAt = m.sentAt;
                    open.lastCitizenAt = m.sentAt;
                    open.category = t.category;
                    open.byClassifier = true;
                    open.urgent = t.urgent;
                    open.dueAt = t.dueAt;
                    open.citizenText = m.text.left(kRetriageTextLimit);
                    open.textLoaded = true;
                    QJsonObject detail {
                        {QStringLiteral("unit"), unitId},
                        {QStringLiteral("category"), domain::categoryKey(t.category)},
                        {QStringLiteral("confidence"), t.confidence},
                        {QStringLiteral("urgent"), t.urgent},
                    };
                    if (previous)
                        detail.insert(QStringLiteral("previous_case"), previous);
                    if (auto r = addEvent(caseId, m.sentAt, QStringLiteral("opened"), detail); !r)
                        return r.error();
                    ++result.casesOpened;
                }
            }
        } else {
            // An answer: sent through CaseDesk (known to the outbox) or from Zalo's own inbox.
            qint64 outboxCase = 0;
            bool question = false;
            s.outboxByMessage.bind(1, m.messageId);
            if (s.outboxByMessage.next()) {
                outboxCase = s.outboxByMessage.int64(0);
                question = s.outboxByMessage.text(1) == QLatin1String("satisfaction");
            }
            s.outboxByMessage.reset();
            if (question) {
                // The satisfaction question of a closed case: no answer, nothing changes.
                caseId = outboxCase;
            } else if (outboxCase && outboxCase != open.id) {
                // Rare: an answer to a case other than the citizen's open one (e.g. closed since).
                caseId = outboxCase;
                s.caseStatus.bind(1, caseId);
                const QString before = s.caseStatus.next() ? s.caseStatus.text(0) : QString();
                s.caseStatus.reset();
                s.answerCase.bind(1, caseId).bind(2, m.sentAt).bind(3, statusAfter(before, domain::caserules::afterAnswer));
                if (auto r = s.answerCase.exec(); !r)
                    return r.error();
                ++result.casesAnswered;
            } else if (open.id) {
                const QString before = open.status;
                if (!open.firstResponseAt)
                    open.firstResponseAt = m.sentAt;
                open.lastMessageAt = std::max(open.lastMessageAt, m.sentAt);
                open.status = statusAfter(open.status, domain::caserules::afterAnswer);
                open.dirty = true;
                if (!outboxCase) {
                    if (auto r = addEvent(open.id, m.sentAt, QStringLiteral("answered_outside"),
                                          {
                                              {QStringLiteral("message_id"), m.messageId},
                                              {QStringLiteral("status_before"), before},
                                              {QStringLiteral("status_after"), open.status},
                                          });
                        !r)
                        return r.error();
                }
                ++result.casesAnswered;
            } else {
                s.latestCase.bind(1, m.oaId).bind(2, m.userId);
                if (s.latestCase.next())
                    caseId = s.latestCase.int64(0);
                s.latestCase.reset();
            }
        }

        s.insertMessage.bind(1, m.messageId)
            .bind(2, m.oaId)
            .bind(3, m.userId)
            .bind(4, m.incoming ? QStringLiteral("in") : QStringLiteral("out"))
            .bind(5, m.sentAt)
            .bind(6, m.type)
            .bind(7, m.text)
            .bind(8, m.raw)
            .bindOptionalMs(9, caseId);
        const QString folded = domain::foldForIndex(m.text);
        if (s.indexInRow)
            s.insertMessage.bind(10, QueueStore::indexText(folded));
        const auto rowId = s.insertMessage.execReturningId();
        if (!rowId)
            return Error {Tr::tr("Cannot store message %1: %2").arg(m.messageId, rowId.error().message)};
        if (!s.indexInRow) {
            s.insertFts.bind(1, *rowId).bind(2, folded);
            if (auto r = s.insertFts.exec(); !r)
                return Error {Tr::tr("Cannot index message %1: %2").arg(m.messageId, r.error().message)};
        }
        ++result.inserted;
    }
    if (auto r = writeOpenCase(); !r)
        return r.error();
    return {};
}

Expected<int> IngestStore::closeQuietCases(qint64 nowMs, const QString &oaId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    if (m_fence) {
        if (auto r = m_fence->check(m_db); !r)
            return r.error();
    }
    Statements &s = *m_st;
    QVector<QPair<qint64, qint64>> quiet;
    s.quietCases.bind(1, nowMs - m_options.autoCloseAfterMs).bind(2, oaId.isNull() ? QString(QLatin1String("")) : oaId);
    while (s.quietCases.next())
        quiet.push_back({s.quietCases.int64(0), s.quietCases.int64(1)});
    s.quietCases.reset();
    for (const auto &[id, last] : quiet) {
        const qint64 closedAt = domain::caserules::quietCloseAt(last, m_options.autoCloseAfterMs);
        s.closeCase.bind(1, id).bind(2, closedAt);
        if (auto r = s.closeCase.exec(); !r)
            return r.error();
        if (auto r = s.log.append(id, closedAt, kSystem, QString::fromLatin1(domain::events::kClosed), autoClosed()); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(quiet.size());
}

} // namespace casedesk::store
