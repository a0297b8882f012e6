#include "escalatedialog.h"

#include "casebanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk::ui {

EscalateDialog::EscalateDialog(const QString &caseCode, const QString &unitName, const QString &unitPath, QWidget *parent)
    : ActionDialog(parent)
{
    setObjectName(QStringLiteral("escalateDialog"));
    setWindowTitle(tr("Escalate case %1").arg(caseCode));
    auto *layout = new QVBoxLayout(this);

    m_target = new QLabel(tr("Escalate to: %1").arg(unitName), this);
    m_target->setObjectName(QStringLiteral("escalateTarget"));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setWordWrap(true);
    m_target->setToolTip(unitPath);
    QFont bold = m_target->font();
    bold.setBold(true);
    m_target->setFont(bold);
    layout->addWidget(m_target);
    auto *how = new QLabel(tr("The case goes to the unit above yours and waits there until that unit accepts it or returns it."), this);
    how->setTextFormat(Qt::PlainText);
    how->setWordWrap(true);
    layout->addWidget(how);

    auto *reasonLabel = new QLabel(tr("Why does the case go to the higher level? (required)"), this);
    reasonLabel->setWordWrap(true);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("escalateReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(4 * fontMetrics().lineSpacing());
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason, 1);
    layout->addWidget(refusal());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Escalate"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(!reason().isEmpty()); });
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(480, 320);
}

QString EscalateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace casedesk::ui
