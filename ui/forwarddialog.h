#pragma once

#include <QDialog>

class QCheckBox;
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
/// unit offered first, a required reason, and whether to acknowledge receipt to the citizen.
class ForwardDialog final : public QDialog
{
    Q_OBJECT

public:
    ForwardDialog(store::UnitStore &units, const QString &currentUnit, const QString &suggestedUnit, QWidget *parent = nullptr);

    QString unitId() const;
    QString reason() const;
    bool acknowledge() const;
    /// Selects @p unitId in the tree (used by the "suggested" button and by tests).
    void selectUnit(const QString &unitId);

private:
    void updateOk();

    UnitTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_currentUnit;
};

} // namespace casedesk::ui
