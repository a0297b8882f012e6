#pragma once

#include "core/domain/casetypes.h"

#include <QStandardItemModel>

#include <functional>

namespace casedesk::ui {

/// The case's history as rows of time, officer and what happened, in words (describe()). The
/// history only grows: a reload of the same case appends the new events and keeps the rows
/// already shown.
class CaseHistoryModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OfficerColumn, WhatColumn, ColumnCount };
    /// The path of a unit named by an event ("Công an tỉnh / Công an phường A").
    using UnitPathFunction = std::function<QString(const QString &unitId)>;

    explicit CaseHistoryModel(QObject *parent = nullptr);

    /// Shows the events of case @p caseId, oldest first.
    void setEvents(qint64 caseId, const QVector<domain::CaseEvent> &events, const UnitPathFunction &unitPath);

    /// What event @p e says, in the officer's words ("Forwarded to …: reason [Transferred]").
    static QString describe(const domain::CaseEvent &e, const UnitPathFunction &unitPath);

private:
    qint64 m_caseId = 0;
    QVector<qint64> m_eventIds;
};

} // namespace casedesk::ui
