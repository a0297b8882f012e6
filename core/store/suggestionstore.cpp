#include "suggestionstore.h"

#include "queuestore.h"

#include "database.h"
#include "statement.h"

#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::SuggestionStore)
};

// A question longer than this many words adds little but cost to the query.
constexpr int kMaxTerms = 64;

} // namespace

SuggestionStore::SuggestionStore(Database &db)
    : m_db(db)
{
}

QString SuggestionStore::matchQuery(const QString &foldedQuestion)
{
    QStringList terms;
    QSet<QString> seen;
    QString word;
    const auto flush = [&]() {
        if (!word.isEmpty() && !seen.contains(word) && terms.size() < kMaxTerms) {
            seen.insert(word);
            QString quoted = word;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            terms.push_back(QLatin1Char('"') + quoted + QLatin1Char('"'));
        }
        word.clear();
    };
    for (const QChar ch : foldedQuestion) {
        if (ch.isLetterOrNumber())
            word += ch;
        else
            flush();
    }
    flush();
    return terms.join(QStringLiteral(" OR "));
}

QString SuggestionStore::tsMatchQuery(const QString &foldedQuestion)
{
    QStringList terms;
    for (const QString &word : QueueStore::searchWords(foldedQuestion)) {
        const QString lexeme = QLatin1Char('\'') + word + QLatin1Char('\'');
        if (!terms.contains(lexeme) && terms.size() < kMaxTerms)
            terms.push_back(lexeme);
    }
    return terms.join(QStringLiteral(" | "));
}

Expected<QVector<domain::Suggestion>> SuggestionStore::forCase(const domain::OfficerScope &scope, qint64 caseId, int limit)
{
    Statement st(m_db,
                 "SELECT group_concat(text, char(10)) FROM (SELECT text FROM messages WHERE case_id = ?1 AND direction = 'in' "
                 "AND text <> '' ORDER BY sent_at, id) AS t");
    st.bind(1, caseId);
    const QString question = st.next() ? st.text(0) : QString();
    if (st.failed())
        return Error {st.error()};
    return forText(scope, question, caseId, limit);
}

Expected<QVector<domain::Suggestion>> SuggestionStore::forText(const domain::OfficerScope &scope, const QString &question, qint64 excludeCaseId,
                                                               int limit)
{
    QVector<domain::Suggestion> result;
    const bool sqlite = m_db.dialect() == Dialect::Sqlite;
    const QString match = sqlite ? matchQuery(domain::foldQuery(question)) : tsMatchQuery(domain::foldQuery(question));
    if (match.isEmpty() || limit <= 0)
        return result;

    // Best-matching citizen message per answered case; bm25() is lower for better matches (on a
    // server, minus ts_rank(), alike). bm25() cannot sit inside an aggregate, hence the
    // materialized list of hits.
    Statement st(m_db,
                 QByteArray(sqlite ? "WITH hits AS MATERIALIZED (SELECT rowid AS mid, bm25(messages_fts) AS score FROM messages_fts "
                                     "WHERE messages_fts MATCH ?1 ORDER BY score LIMIT 2000) "
                                   : "WITH hits AS MATERIALIZED (SELECT id AS mid, -ts_rank(folded_tsv, q) AS score "
                                     "FROM messages, to_tsquery('simple', ?1) AS q WHERE folded_tsv @@ q "
                                     "ORDER BY score LIMIT 2000) ")
                     + "SELECT m.case_id, min(hits.score) AS best, c.code, c.unit_id, c.origin_unit "
                       "FROM hits JOIN messages m ON m.id = hits.mid JOIN cases c ON c.id = m.case_id "
                       "WHERE m.direction = 'in' AND m.case_id <> ?2 AND c.first_response_at IS NOT NULL AND c.category <> 'crime_report' "
                       "GROUP BY m.case_id, c.code, c.unit_id, c.origin_unit ORDER BY best, m.case_id LIMIT ?3");
    st.bind(1, match).bind(2, excludeCaseId).bind(3, qint64(scope.everyUnit ? limit : limit * 20));
    while (st.next() && result.size() < limit) {
        if (!scope.allows(st.text(3)) && !scope.allows(st.text(4)))
            continue;
        domain::Suggestion s;
        s.caseId = st.int64(0);
        s.score = st.real(1);
        s.code = st.text(2);
        result.push_back(s);
    }
    if (st.failed())
        return Error {Tr::tr("Suggestions cannot be searched: %1").arg(st.error())};

    Statement questionOf(m_db,
                         "SELECT group_concat(text, char(10)) FROM (SELECT text FROM messages WHERE case_id = ?1 AND direction = 'in' "
                         "AND text <> '' AND sent_at <= (SELECT first_response_at FROM cases WHERE id = ?1) ORDER BY sent_at, id) AS q");
    // The first answer that reached the citizen: a message seen in the conversation, else a sent outbox row.
    Statement answer(m_db,
                     "SELECT text FROM (SELECT text, sent_at AS t, 0 AS o FROM messages WHERE case_id = ?1 AND direction = 'out' "
                     "AND text <> '' UNION ALL SELECT text, updated_at AS t, 1 AS o FROM outbox WHERE case_id = ?1 AND state = 'sent') AS a "
                     "ORDER BY o, t LIMIT 1");
    for (domain::Suggestion &s : result) {
        questionOf.bind(1, s.caseId);
        s.question = questionOf.next() ? questionOf.text(0) : QString();
        questionOf.reset();
        answer.bind(1, s.caseId);
        s.answer = answer.next() ? answer.text(0) : QString();
        answer.reset();
    }
    result.erase(std::remove_if(result.begin(), result.end(), [](const domain::Suggestion &s) { return s.answer.isEmpty(); }), result.end());
    return result;
}

} // namespace casedesk::store
