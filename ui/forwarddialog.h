#pragma once

#include "actiondialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace casedesk::store {
class UnitStore;
}

namespace casedesk::ui {

class UnitTreeModel;

/// Picks the competent unit a case is forwarded to: the unit tree with a filter, the suggested
/// unit offered first, a required reason, and whether to acknowledge receipt to the citizen —
/// offered only while Zalo's reply window lets a message through (setAcknowledgementOffer()).
/// Forward runs the action (ActionDialog): a refusal is shown in the dialog, which keeps the
/// unit and the reason for another try.
class ForwardDialog final : public ActionDialog
{
    Q_OBJECT

public:
    ForwardDialog(store::UnitStore &units, const QString &currentUnit, const QString &suggestedUnit, QWidget *parent = nullptr);

    QString unitId() const;
    QString reason() const;
    /// Whether to send the acknowledgement (false whenever it is not offered).
    bool acknowledge() const;
    /// Selects @p unitId in the tree (used by the "suggested" button and by tests).
    void selectUnit(const QString &unitId);
    /// Whether the acknowledgement can be sent, and @p note saying how (free, billed) or why not:
    /// offered, it is enabled and ticked; else disabled and unticked. The note is shown under
    /// the box and as its tooltip.
    void setAcknowledgementOffer(bool offered, const QString &note);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *acknowledgeBox() const { return m_acknowledge; }
    QLabel *acknowledgementNote() const { return m_acknowledgeNote; }
    QPushButton *forwardButton() const { return m_ok; }

private:
    void updateOk();

    UnitTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QLabel *m_acknowledgeNote = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_currentUnit;
};

} // namespace casedesk::ui
