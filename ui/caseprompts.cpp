#include "caseprompts.h"

#include <QInputDialog>
#include <QMessageBox>

namespace casedesk::ui {

CasePrompts::CasePrompts(QWidget *parent)
    : m_parent(parent)
{
}

bool CasePrompts::confirm(const QString &title, const QString &text, QWidget *over) const
{
    if (m_confirm)
        return m_confirm(title, text);
    // Plain text: a question may quote an officer's answer, which is never interpreted as HTML.
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, over ? over : m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

std::optional<QString> CasePrompts::askText(const QString &title, const QString &label, bool multiLine, const QString &initial) const
{
    if (m_ask)
        return m_ask(title, label, multiLine);
    bool ok = false;
    const QString text = multiLine ? QInputDialog::getMultiLineText(m_parent, title, label, initial, &ok)
                                   : QInputDialog::getText(m_parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> CasePrompts::askChoice(const QString &title, const QString &label, const QStringList &items) const
{
    if (m_choose)
        return m_choose(title, items);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_parent, title, label, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return chosen;
}

} // namespace casedesk::ui
