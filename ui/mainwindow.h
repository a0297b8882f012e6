#pragma once

#include <QMainWindow>

class QLabel;
class QTreeView;
class QTabBar;
class QLineEdit;
class QStackedWidget;

namespace casedesk::store {
class Database;
}

namespace casedesk::ui {

class UnitTreeModel;

/// The officer's main window: unit tree on the left, the queue in the middle, the case on the
/// right, sync state at the bottom. It reads from the store on the GUI thread only in small pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(store::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    UnitTreeModel *unitTreeModel() const { return m_unitModel; }
    QTreeView *unitTreeView() const { return m_unitView; }

    /// Reloads the unit tree from the store.
    void reloadUnits();

private:
    void createMenus();
    void createCentralArea();
    void showAbout();

    store::Database &m_db;
    UnitTreeModel *m_unitModel = nullptr;
    QTreeView *m_unitView = nullptr;
    QTabBar *m_categoryTabs = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_queuePlaceholder = nullptr;
    QLabel *m_syncStatus = nullptr;
};

} // namespace casedesk::ui
