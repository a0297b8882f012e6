#pragma once

#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"
#include "core/domain/unit.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDialog;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;
class QTreeView;
namespace casedesk {
class Clock;
}

namespace casedesk::store {
struct ChangeSet;
class Database;
class QueueStore;
} // namespace casedesk::store

namespace casedesk::ui {

class Services;

class QueueModel;
class UnitTreeModel;
class UrgentAlerts;

/// The officer's main window: unit tree with counts and the filters on the left, category
/// tabs and the queue in the middle, the case on the right, sync state at the bottom. It reads
/// from the store on the GUI thread only in small pages. When the province's data server goes
/// away a strip above them says so and since when; everything shown stays until it is back,
/// and then the window reads again what changed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Works with the program's @p services (its stores, clock and officer).
    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    UnitTreeModel *unitTreeModel() const { return m_unitModel; }
    QTreeView *unitTreeView() const { return m_unitView; }
    QueueModel *queueModel() const { return m_queueModel; }
    QTableView *queueView() const { return m_queueView; }
    QTabBar *categoryTabs() const { return m_categoryTabs; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    /// The box over the unit tree that narrows it to the units whose name holds its words
    /// (named "unitFilterEdit"; diacritics and case do not matter).
    QLineEdit *unitFilterEdit() const { return m_unitFilterEdit; }
    /// The unit whose cases the queue shows ("" = every unit the officer reads).
    QString currentUnit() const { return m_unitFilter; }
    /// The right pane (a QStackedWidget named "casePane"): the case view is added here and
    /// made current; its first page is the "no case selected" placeholder.
    QWidget *casePaneHost() const;
    /// The Case menu (named "caseMenu"): the case view's actions go here (addCaseActions()).
    QMenu *caseMenu() const { return m_caseMenu; }
    /// Puts the actions on the case shown (the case view's CaseActions) in the Case menu.
    void addCaseActions(const QList<QAction *> &actions);
    /// The case selected in the queue, or 0.
    qint64 currentCaseId() const { return m_currentCase; }
    /// The strip that says the data server is away (named "serverBanner"; hidden while it answers).
    QFrame *serverBanner() const { return m_serverBanner; }
    /// Its text (named "serverBannerText").
    QLabel *serverBannerText() const { return m_serverBannerText; }
    /// The strip that says sign-in is not enabled (named "openModeBanner"; shown in open mode only).
    QFrame *openModeBanner() const { return m_openModeBanner; }
    /// Who is signed in, in the status bar (named "officerLabel").
    QLabel *officerLabel() const { return m_officerLabel; }
    /// Desktop notifications of new crime and urgent security reports, and the tray icon.
    UrgentAlerts *alerts() const { return m_alerts; }

    /// Reloads the unit tree from the store.
    void reloadUnits();
    /// The filter the queue shows now.
    domain::QueueFilter currentFilter() const;

public Q_SLOTS:
    /// The store changed (sync, another window): counts and the loaded queue rows are read
    /// again; the selected case stays selected when it is still in the queue.
    void refreshFromStore();
    /// What the change feed reports: just the changed queue rows are read again (no reset), the
    /// counts follow, the unit tree when units changed.
    void applyChanges(const casedesk::store::ChangeSet &changes);
    /// Searches for the search box's text now (Enter does this after a short pause).
    void runSearch();
    /// Selects @p caseId in the queue when it is loaded.
    bool selectCase(qint64 caseId);
    /// Shows @p caseId (a notification's "Open case"): selected in the queue, which shows every
    /// open case of the officer's units first when its filters hide it; the window comes forward.
    void openCase(qint64 caseId);
    /// Moves the queue's selection to the next or previous case (View ▸ Next case, Alt+Down /
    /// Alt+Up), from whichever control has the focus.
    void selectNextCase();
    void selectPreviousCase();
    /// Shows only the units of the tree whose name holds @p text, with their parents.
    void filterUnits(const QString &text);
    /// The answers that failed to send (Case ▸ Failed answers…, the status bar's failed count):
    /// a dialog kept open beside the queue (named "failedAnswersDialog").
    void showFailedAnswers();

Q_SIGNALS:
    /// The selection of the queue moved to another case (0 = none).
    void currentCaseChanged(qint64 caseId);
    /// The officer opened the case (Enter or double click): the case view takes the focus.
    void caseActivated(qint64 caseId);
    /// The officer signs out (File ▸ Sign out): the program closes this window and asks who
    /// signs in next.
    void signOutRequested();
    /// The officer takes a failed answer back to correct it: the case is selected, and the case
    /// view puts @p text in its answer editor.
    void answerEditRequested(qint64 caseId, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Remembers the window's size and place, the panes' and columns' widths, the queue's sort, the
    /// unit and the category tab for the next start (QSettings, this PC's user).
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    /// What the last closeEvent() remembered, or the first start's layout for this screen.
    void restoreLayout();
    void moveSelection(int step);
    void createCentralArea();
    QWidget *createFilters(QWidget *parent);
    void showAbout();
    /// Trợ giúp ▸ Hướng dẫn sử dụng (F1): the Vietnamese guide shipped in resources.
    void showGuide();
    /// Công cụ ▸ Thiết lập…; applies what this PC may change at once and says what waits for a restart.
    void showSettings();
    void applyFilter();
    /// A click on a queue header: a column with an order of the store sorts the whole queue by it;
    /// any other (or any, during a search) leaves the order and its indicator as they were.
    void onQueueSortIndicatorChanged(int column, Qt::SortOrder order);
    /// The header's sort indicator where the queue's order is: the sorted column, or the message
    /// column (newest match first) during a search.
    void showQueueSort();
    /// The tabs' counts (they follow the filters) and the officers of the assignee filter.
    void reloadCounts();
    /// The unit tree's counts (they do not depend on the filters).
    void reloadUnitCounts();
    void updatePlaceholder();
    void onCurrentRowChanged();
    void activateCurrent();
    QFrame *createServerBanner(QWidget *parent);
    QFrame *createOpenModeBanner(QWidget *parent);
    /// Open mode: the form of the first officer, an administrator (the strip's button, Tools ▸ Officers).
    void addFirstAdministrator();
    /// Says who is signed in, with roles and unit (named in @p units).
    void showOfficer(const QVector<domain::Unit> &units);
    /// Disables @p action, saying why, when the officer lacks @p permission.
    void allowOnly(QAction *action, domain::Permission permission) const;
    void onServerLost(qint64 sinceMs);
    void onServerBack();

    Services &m_services;
    store::Database &m_db;
    const Clock &m_clock;
    const domain::OfficerScope &m_scope;
    UnitTreeModel *m_unitModel = nullptr;
    QueueModel *m_queueModel = nullptr;
    QTreeView *m_unitView = nullptr;
    QTabBar *m_categoryTabs = nullptr;
    QTableView *m_queueView = nullptr;
    QStackedWidget *m_queueStack = nullptr;
    QLabel *m_queuePlaceholder = nullptr;
    QStackedWidget *m_casePane = nullptr;
    QMenu *m_caseMenu = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLineEdit *m_unitFilterEdit = nullptr;
    QAction *m_findAction = nullptr;
    UrgentAlerts *m_alerts = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_assigneeFilter = nullptr;
    QCheckBox *m_replyWindowFilter = nullptr;
    QCheckBox *m_awaitingApprovalFilter = nullptr;
    QLabel *m_syncStatus = nullptr;
    QFrame *m_serverBanner = nullptr;
    QLabel *m_serverBannerText = nullptr;
    QFrame *m_openModeBanner = nullptr;
    QLabel *m_openModeBannerText = nullptr;
    QLabel *m_officerLabel = nullptr;
    QAction *m_officersAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    QAction *m_failedAnswersAction = nullptr;
    QPointer<QDialog> m_failedAnswers;
    QString m_unitFilter;
    QString m_search;
    domain::QueueSort m_queueSort = domain::QueueSort::Deadline;
    bool m_queueSortDescending = false;
    qint64 m_currentCase = 0;
    bool m_applying = false;
};

} // namespace casedesk::ui
