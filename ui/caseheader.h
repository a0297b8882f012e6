#pragma once

#include "core/domain/category.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;

namespace casedesk {
class Clock;
}

namespace casedesk::ui {

class CaseSession;

/// The case's facts at the top of the case view: code, category (a box: changing it trains
/// the classifier), urgency, status, unit, the citizen (a protected reporter masked, with a
/// button to the logged reveal), assignee, response deadline and Zalo's reply window.
class CaseHeader final : public QWidget
{
    Q_OBJECT

public:
    CaseHeader(const CaseSession &session, const Clock &clock, QWidget *parent = nullptr);

    QComboBox *categoryBox() const { return m_category; }
    QLabel *replyWindowLabel() const { return m_window; }
    /// The reveal button triggers @p reveal and is shown while it is enabled.
    void setRevealAction(QAction *reveal);

public Q_SLOTS:
    /// Shows the session's case (also to put the category box back after a refused change).
    void render();

Q_SIGNALS:
    /// The officer chose another category for the case.
    void categoryChosen(casedesk::domain::Category category);

private:
    QString deadlineText(qint64 now) const;

    const CaseSession &m_session;
    const Clock &m_clock;
    QLabel *m_code = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_urgency = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_citizen = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_window = nullptr;
};

} // namespace casedesk::ui
