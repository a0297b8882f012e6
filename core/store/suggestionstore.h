#pragma once

#include "core/common/expected.h"
#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"

#include <functional>

namespace casedesk::store {

class Database;

/// Suggested answers (gợi ý trả lời): the earlier ANSWERED questions most like a case's
/// question, with their answers, found by FTS5 similarity (bm25) over the folded text index
/// (messages_fts): the query is the OR of the folded words of the case's citizen messages.
/// Crime reports are never suggested (their reporters' words stay in their case), nor cases
/// outside the officer's scope.
class SuggestionStore final
{
public:
    explicit SuggestionStore(Database &db);

    /// Up to @p limit suggestions for case @p caseId (never the case itself), most similar first.
    Expected<QVector<domain::Suggestion>> forCase(const domain::OfficerScope &scope, qint64 caseId, int limit = 3);
    /// Up to @p limit suggestions for a question text, leaving out case @p excludeCaseId.
    Expected<QVector<domain::Suggestion>> forText(const domain::OfficerScope &scope, const QString &question, qint64 excludeCaseId = 0,
                                                  int limit = 3);

    /// The FTS5 query for @p question: its distinct folded words, each quoted, joined by OR.
    static QString matchQuery(const QString &foldedQuestion);
    /// The same as a PostgreSQL tsquery: 'word' | 'word' ….
    static QString tsMatchQuery(const QString &foldedQuestion);

private:
    Database &m_db;
};

} // namespace casedesk::store
