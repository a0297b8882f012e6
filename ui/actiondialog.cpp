#include "actiondialog.h"

#include "casebanner.h"

#include <QLabel>

namespace casedesk::ui {

ActionDialog::ActionDialog(QWidget *parent)
    : QDialog(parent)
{
    m_refusal = new CaseBanner(this);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->textLabel()->setObjectName(QStringLiteral("refusalText"));
    m_refusal->setClosable(false);
}

void ActionDialog::showRefusal(const QString &text)
{
    m_refusal->showMessage(text, MessageKind::Error);
}

void ActionDialog::accept()
{
    if (m_submitting)
        return; // a question of the action (a billed acknowledgement) is open
    if (m_submit) {
        m_submitting = true;
        const QString refused = m_submit();
        m_submitting = false;
        if (!refused.isEmpty()) {
            showRefusal(refused);
            return;
        }
    }
    m_refusal->clear();
    QDialog::accept();
}

} // namespace casedesk::ui
