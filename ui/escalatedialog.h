#pragma once

#include "actiondialog.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casedesk::ui {

/// Escalates a case to the unit above its own: names that unit ("Báo cáo lên: Công an huyện
/// Càng Long", its path as tooltip) and asks for the required reason. Escalate runs the action
/// (ActionDialog): a refusal is shown in the dialog, which keeps the reason for another try.
class EscalateDialog final : public ActionDialog
{
    Q_OBJECT

public:
    /// @p unitName: the unit the case goes to; @p unitPath: its path in the tree.
    EscalateDialog(const QString &caseCode, const QString &unitName, const QString &unitPath, QWidget *parent = nullptr);

    QString reason() const;
    QLabel *targetLabel() const { return m_target; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *escalateButton() const { return m_ok; }

private:
    QLabel *m_target = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace casedesk::ui
