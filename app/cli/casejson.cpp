#include "casejson.h"

#include "core/domain/category.h"
#include "core/domain/officetime.h"
#include "core/domain/replywindow.h"

namespace casedesk::cli {

QJsonValue timeJson(qint64 ms)
{
    const QString text = domain::officeIsoTime(ms);
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue optionalText(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject caseJson(const domain::CaseSummary &c, qint64 now)
{
    const domain::ReplyWindow w = domain::replyWindowAt(c.lastCitizenAt, now);
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("unit"), c.unitId},
        {QStringLiteral("origin_unit"), c.originUnit},
        {QStringLiteral("transfer_from"), optionalText(c.transferFrom)},
        {QStringLiteral("category"), domain::categoryKey(c.category)},
        {QStringLiteral("confidence"), c.confidence},
        {QStringLiteral("category_by"), c.categoryBy},
        {QStringLiteral("check_category"), domain::categoryNeedsCheck(c.categoryBy, c.confidence)},
        {QStringLiteral("urgent"), c.urgent},
        {QStringLiteral("status"), domain::caseStatusKey(c.status)},
        {QStringLiteral("assignee"), optionalText(c.assignee)},
        {QStringLiteral("competent_unit"), optionalText(c.competentUnit)},
        {QStringLiteral("opened_at"), timeJson(c.openedAt)},
        {QStringLiteral("due_at"), timeJson(c.dueAt)},
        {QStringLiteral("first_response_at"), timeJson(c.firstResponseAt)},
        {QStringLiteral("last_citizen_at"), timeJson(c.lastCitizenAt)},
        {QStringLiteral("closed_at"), timeJson(c.closedAt)},
        {QStringLiteral("previous_case"), c.previousCase > 0 ? QJsonValue(c.previousCase) : QJsonValue()},
        {QStringLiteral("citizen"), domain::citizenForDisplay(c.reporterProtected, c.citizenName)},
        {QStringLiteral("reporter_protected"), c.reporterProtected},
        {QStringLiteral("preview"), c.preview},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("reply_window"),
         QJsonObject {
             {QStringLiteral("state"), domain::replyWindowKey(w.state)},
             {QStringLiteral("closes_at"), timeJson(w.closesAt)},
         }},
    };
}

} // namespace casedesk::cli
