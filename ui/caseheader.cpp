#include "caseheader.h"

#include "casesession.h"
#include "caseviewstrings.h"
#include "casewidgets.h"
#include "queuemodel.h"

#include "core/common/clock.h"
#include "core/domain/replywindow.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace casedesk::ui {

namespace {

using domain::CaseStatus;

QLabel *fieldLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    // Wrapped: a long status ("forwarded from <the unit's whole path>…") or deadline takes
    // another line rather than widening the case pane.
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

} // namespace

CaseHeader::CaseHeader(const CaseSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("caseHeader"));
    auto *facts = new QGridLayout(this);
    facts->setContentsMargins(0, 0, 0, 0);
    m_code = fieldLabel(QStringLiteral("caseCode"), this);
    m_code->setWordWrap(false); // short, and selectable as one word
    QFont bold = m_code->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_code->setFont(bold);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("caseCategory"));
    // As wide as the pane allows, not as the longest category's name (the tooltip names it).
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(12);
    for (const QString &key : domain::categoryKeys())
        m_category->addItem(domain::categoryName(*domain::categoryFromKey(key)), key);
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        if (const auto category = domain::categoryFromKey(m_category->itemData(index).toString()))
            Q_EMIT categoryChosen(*category);
    });
    m_urgency = fieldLabel(QString(), this);
    m_status = fieldLabel(QStringLiteral("caseStatus"), this);
    m_unit = plainTextLabel(QString(), this);
    m_citizen = plainTextLabel(QString(), this);
    m_citizen->setObjectName(QStringLiteral("caseCitizen"));
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->hide();
    m_assignee = fieldLabel(QString(), this);
    m_deadline = fieldLabel(QStringLiteral("caseDeadline"), this);
    m_window = fieldLabel(QStringLiteral("replyWindow"), this);

    int row = 0;
    facts->addWidget(m_code, row, 0);
    facts->addWidget(m_category, row, 1);
    facts->addWidget(m_urgency, row++, 2);
    facts->addWidget(new QLabel(CaseViewStrings::tr("Status:"), this), row, 0);
    facts->addWidget(m_status, row++, 1, 1, 2);
    facts->addWidget(new QLabel(CaseViewStrings::tr("Unit:"), this), row, 0);
    facts->addWidget(m_unit, row++, 1, 1, 2);
    facts->addWidget(new QLabel(CaseViewStrings::tr("Citizen:"), this), row, 0);
    facts->addWidget(m_citizen, row, 1);
    facts->addWidget(m_reveal, row++, 2);
    facts->addWidget(new QLabel(CaseViewStrings::tr("Assigned to:"), this), row, 0);
    facts->addWidget(m_assignee, row++, 1, 1, 2);
    facts->addWidget(new QLabel(CaseViewStrings::tr("Response deadline:"), this), row, 0);
    facts->addWidget(m_deadline, row++, 1, 1, 2);
    facts->addWidget(new QLabel(CaseViewStrings::tr("Zalo:"), this), row, 0);
    facts->addWidget(m_window, row++, 1, 1, 2);
    facts->setColumnStretch(1, 1);
}

void CaseHeader::setRevealAction(QAction *reveal)
{
    // A push button rather than a tool button with the action: it sits in the facts like the
    // other fields, and is there only while the reporter's name is hidden.
    const auto follow = [this, reveal] {
        m_reveal->setText(reveal->text());
        m_reveal->setToolTip(reveal->toolTip());
        // Shown while the name is hidden; enabled only for an officer who may reveal it.
        m_reveal->setEnabled(reveal->isEnabled());
    };
    connect(reveal, &QAction::changed, m_reveal, follow);
    connect(m_reveal, &QPushButton::clicked, reveal, &QAction::trigger);
    follow();
}

void CaseHeader::render()
{
    const domain::CaseSummary &c = m_session.detail().summary;
    const bool has = m_session.caseId() != 0;
    m_code->setText(has ? c.code : CaseViewStrings::tr("No case selected"));
    {
        const QSignalBlocker block(m_category);
        m_category->setCurrentIndex(has ? m_category->findData(domain::categoryKey(c.category)) : -1);
    }
    m_category->setEnabled(m_session.actionable());
    m_category->setToolTip(m_session.actionable() ? CaseViewStrings::tr("Change the category: the classifier learns from it.")
                                                  : m_session.notActionableReason());
    m_reveal->setVisible(has && c.reporterProtected && m_session.revealedName().isEmpty());
    QStringList flags;
    if (has && c.urgent)
        flags << CaseViewStrings::tr("⚠ URGENT");
    if (has && domain::categoryNeedsCheck(c.categoryBy, c.confidence))
        flags << CaseViewStrings::tr("Check the category (%1% sure)").arg(qRound(c.confidence * 100));
    m_urgency->setText(flags.join(QStringLiteral(" · ")));
    QString status = has ? domain::caseStatusName(c.status) : QString();
    if (has && c.status == CaseStatus::Transferred && !c.transferFrom.isEmpty())
        status += QStringLiteral(" — ") + CaseViewStrings::tr("forwarded from %1, waiting to be accepted").arg(m_session.unitPath(c.transferFrom));
    m_status->setText(status);
    m_unit->setText(has ? m_session.unitPath(c.unitId) : QString());
    m_citizen->setText(has ? m_session.citizenName() : QString());
    m_assignee->setText(has ? (c.assignee.isEmpty() ? CaseViewStrings::tr("nobody") : c.assignee) : QString());

    const qint64 now = m_clock.nowMs();
    m_deadline->setText(has ? deadlineText(now) : QString());
    if (has) {
        const domain::ReplyWindow w = domain::replyWindowAt(c.lastCitizenAt, now);
        QString text = domain::replyWindowText(w, now);
        if (w.state == domain::ReplyWindowState::Closed)
            text += QLatin1Char(' ')
                + CaseViewStrings::tr("(answers can no longer be sent through Zalo: use an internal note for contact made another way)");
        m_window->setText(text);
    } else {
        m_window->clear();
    }
}

QString CaseHeader::deadlineText(qint64 now) const
{
    const domain::CaseSummary &c = m_session.detail().summary;
    if (c.dueAt > 0 && c.firstResponseAt == 0 && c.status != CaseStatus::Closed) {
        // Said as the queue says it, with the deadline itself.
        const qint64 left = c.dueAt - now;
        const QString span = QueueModel::deadlineSpanText(left);
        return left >= 0 ? CaseViewStrings::tr("%1 (until %2)").arg(span, caseTimeText(c.dueAt))
                         : CaseViewStrings::tr("⚠ %1 (due %2)").arg(span, caseTimeText(c.dueAt));
    }
    if (c.firstResponseAt > 0)
        return CaseViewStrings::tr("answered at %1").arg(caseTimeText(c.firstResponseAt));
    return CaseViewStrings::tr("none");
}

} // namespace casedesk::ui
