#include "casehistorymodel.h"

#include "caseviewstrings.h"
#include "casewidgets.h"

#include "core/domain/caseevent.h"
#include "core/domain/category.h"
#include "core/domain/officetime.h"

#include <QLocale>
#include <QTextDocument>

namespace casedesk::ui {

CaseHistoryModel::CaseHistoryModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({
        CaseViewStrings::tr("Time"),
        CaseViewStrings::tr("Officer"),
        CaseViewStrings::tr("What"),
    });
}

void CaseHistoryModel::setEvents(qint64 caseId, const QVector<domain::CaseEvent> &events, const UnitPathFunction &unitPath)
{
    // Events are never changed or taken away (a hash chain holds them): when the rows shown are
    // the start of @p events, only the new ones are added.
    bool extends = caseId == m_caseId && events.size() >= m_eventIds.size();
    for (int i = 0; extends && i < m_eventIds.size(); ++i)
        extends = events.at(i).id == m_eventIds.at(i);
    if (!extends) {
        removeRows(0, rowCount());
        m_eventIds.clear();
    }
    m_caseId = caseId;
    for (int i = int(m_eventIds.size()); i < events.size(); ++i) {
        const domain::CaseEvent &e = events.at(i);
        QList<QStandardItem *> row {
            new QStandardItem(caseTimeText(e.at)),
            new QStandardItem(e.officer),
            new QStandardItem(describe(e, unitPath)),
        };
        for (QStandardItem *item : row)
            item->setEditable(false);
        row.at(WhatColumn)->setToolTip(Qt::convertFromPlainText(row.at(WhatColumn)->text()));
        appendRow(row);
        m_eventIds.append(e.id);
    }
}

QString CaseHistoryModel::describe(const domain::CaseEvent &e, const UnitPathFunction &unit)
{
    using domain::CaseStatus;
    const QJsonObject &d = e.detail;
    const auto s = [&d](const char *key) {
        return d.value(QString::fromLatin1(key)).toString();
    };
    const QString kind = e.kind;
    namespace ev = domain::events;
    QString text;
    if (kind == QLatin1String(ev::kOpened))
        text = CaseViewStrings::tr("Case opened at %1").arg(unit(s("unit")));
    else if (kind == QLatin1String(ev::kCategorized) || kind == QLatin1String(ev::kRetriaged)) {
        const QString before = domain::categoryName(domain::categoryFromKey(s("before")).value_or(domain::Category::Other));
        const QString after = domain::categoryName(domain::categoryFromKey(s("after")).value_or(domain::Category::Other));
        text = kind == QLatin1String(ev::kRetriaged) ? CaseViewStrings::tr("Category after the citizen's new message: %1 → %2").arg(before, after)
                                                     : CaseViewStrings::tr("Category: %1 → %2").arg(before, after);
        const qint64 dueBefore = qint64(d.value(QStringLiteral("due_before")).toDouble());
        const qint64 dueAfter = qint64(d.value(QStringLiteral("due_after")).toDouble());
        if (d.value(QStringLiteral("urgent_after")).toBool() && !d.value(QStringLiteral("urgent_before")).toBool())
            text += QStringLiteral("; ") + CaseViewStrings::tr("now urgent");
        if (d.contains(QStringLiteral("due_after")) && dueAfter != dueBefore)
            text += QStringLiteral("; ")
                + (dueAfter > 0 ? CaseViewStrings::tr("deadline %1").arg(QLocale().toString(domain::officeDateTime(dueAfter), QLocale::ShortFormat))
                                : CaseViewStrings::tr("no deadline"));
    } else if (kind == QLatin1String(ev::kAssigned))
        text = CaseViewStrings::tr("Assigned: %1 → %2")
                   .arg(s("before").isEmpty() ? CaseViewStrings::tr("nobody") : s("before"),
                        s("after").isEmpty() ? CaseViewStrings::tr("nobody") : s("after"));
    else if (kind == QLatin1String(ev::kNoted))
        text = CaseViewStrings::tr("Internal note: %1").arg(s("text"));
    else if (kind == QLatin1String(ev::kForwarded))
        text = CaseViewStrings::tr("Forwarded to %1: %2").arg(unit(s("to")), s("reason"));
    else if (kind == QLatin1String(ev::kReorganised))
        text = CaseViewStrings::tr("Moved by the reorganisation of units (%1): %2 → %3").arg(s("reorganisation"), unit(s("from")), unit(s("to")));
    else if (kind == QLatin1String(ev::kEscalated))
        text = CaseViewStrings::tr("Escalated to %1: %2").arg(unit(s("to")), s("reason"));
    else if (kind == QLatin1String(ev::kAccepted))
        text = CaseViewStrings::tr("Accepted by %1").arg(unit(s("unit")));
    else if (kind == QLatin1String(ev::kReturned))
        text = CaseViewStrings::tr("Returned to %1: %2").arg(unit(s("to")), s("reason"));
    else if (kind == QLatin1String(ev::kAnswerQueued))
        text = CaseViewStrings::tr("Answer queued: %1").arg(s("text"));
    else if (kind == QLatin1String(ev::kAnswerHeld))
        text = CaseViewStrings::tr("Answer waiting for an editor's approval: %1").arg(s("text"));
    else if (kind == QLatin1String(ev::kAnswerApproved))
        text = d.value(QStringLiteral("edited")).toBool()
            ? CaseViewStrings::tr("Answer of %1 approved with changes: %2").arg(s("answered_by"), s("text_after"))
            : CaseViewStrings::tr("Answer of %1 approved").arg(s("answered_by"));
    else if (kind == QLatin1String(ev::kAnswerRejected))
        text = CaseViewStrings::tr("Answer of %1 sent back").arg(s("answered_by"));
    else if (kind == QLatin1String(ev::kAnswerSent))
        text = CaseViewStrings::tr("Answer sent (Zalo message %1)").arg(s("message_id"));
    else if (kind == QLatin1String(ev::kAnswerFailed))
        text = CaseViewStrings::tr("Answer failed: %1").arg(s("error"));
    else if (kind == QLatin1String(ev::kAnswerRetried))
        text = CaseViewStrings::tr("Failed answer sent again: %1").arg(s("text"));
    else if (kind == QLatin1String(ev::kAnswerGivenUp))
        text = d.value(QStringLiteral("to_edit")).toBool() ? CaseViewStrings::tr("Failed answer taken back to be corrected: %1").arg(s("text"))
                                                           : CaseViewStrings::tr("Failed answer given up: %1").arg(s("note"));
    else if (kind == QLatin1String(ev::kAnswerUncertain))
        text = CaseViewStrings::tr("Answer uncertain: %1").arg(s("error"));
    else if (kind == QLatin1String(ev::kAnsweredOutside))
        text = CaseViewStrings::tr("Answered from Zalo's own inbox");
    else if (kind == QLatin1String(ev::kClosed))
        text = d.value(QStringLiteral("auto")).toBool() ? CaseViewStrings::tr("Closed automatically (no new message for 7 days)")
                                                        : CaseViewStrings::tr("Closed");
    else if (kind == QLatin1String(ev::kReopened))
        text = CaseViewStrings::tr("Reopened");
    else if (kind == QLatin1String(ev::kIdentityRevealed))
        text = CaseViewStrings::tr("Reporter's identity shown: %1").arg(s("reason"));
    else if (kind == QLatin1String(ev::kSatisfactionAsked))
        text = CaseViewStrings::tr("Satisfaction question queued: %1").arg(s("text"));
    else if (kind == QLatin1String(ev::kSatisfactionSent))
        text = CaseViewStrings::tr("Satisfaction question sent (Zalo message %1)").arg(s("message_id"));
    else if (kind == QLatin1String(ev::kSatisfactionFailed))
        text = CaseViewStrings::tr("Satisfaction question not sent: %1").arg(s("error"));
    else if (kind == QLatin1String(ev::kSatisfactionRated))
        text = CaseViewStrings::tr("The citizen rated the answer %1 of 5").arg(d.value(QStringLiteral("rating")).toInt());
    else
        text = kind;
    if (kind != QLatin1String(ev::kClosed) && kind != QLatin1String(ev::kForwarded) && kind != QLatin1String(ev::kEscalated)
        && kind != QLatin1String(ev::kReturned) && kind != QLatin1String(ev::kIdentityRevealed) && !s("reason").isEmpty())
        text += QStringLiteral(": ") + s("reason");
    else if (kind == QLatin1String(ev::kClosed) && !s("reason").isEmpty())
        text += QStringLiteral(": ") + s("reason");
    if (d.contains(QStringLiteral("status_after")))
        text += QStringLiteral(" [") + domain::caseStatusName(domain::caseStatusFromKey(s("status_after")).value_or(CaseStatus::Open))
            + QLatin1Char(']');
    return text;
}

} // namespace casedesk::ui
