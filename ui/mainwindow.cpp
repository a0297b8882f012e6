// Over 700 lines on purpose: the main window's layout (unit tree and finder, filters, category
// tabs, queue, case pane), its menus and shortcuts, what it remembers between starts, and how it
// follows the change feed and a lost data server, kept together because each part reads the
// others' state (the chosen unit, the filter, the selected case). The case itself (CaseView), the
// alerts (UrgentAlerts) and the dialogs live in their own files.
#include "mainwindow.h"

#include "services.h"
#include "warningstrip.h"

#include "addaccountdialog.h"
#include "databaseserverdialog.h"
#include "failedanswersdialog.h"
#include "officerform.h"
#include "officerlistmodel.h"
#include "officersdialog.h"
#include "pcsettings.h"
#include "periodreportdialog.h"
#include "queuedelegate.h"
#include "queuemodel.h"
#include "reportdialog.h"
#include "settingsdialog.h"
#include "unittreemodel.h"
#include "urgentalerts.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/domain/officetime.h"
#include "core/domain/textfold.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/officerstore.h"
#include "core/store/queuestore.h"
#include "core/store/unitstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace casedesk::ui {

namespace {

constexpr int kSearchDelayMs = 200;
constexpr qint64 kSearchCountCap = 1000;
constexpr int kServerBackMessageMs = 8000;
constexpr int kPasswordChangedMessageMs = 8000;
constexpr int kSettingsNoticeMs = 15000;
// What the window remembers between starts (QSettings).
constexpr const char *kGeometryKey = "mainWindow/geometry";
constexpr const char *kStateKey = "mainWindow/state";
constexpr const char *kSplitterKey = "mainWindow/splitter";
constexpr const char *kQueueHeaderKey = "mainWindow/queueColumns";
constexpr const char *kQueueSortKey = "mainWindow/queueSort"; // "deadline" or "received"
constexpr const char *kQueueSortDescendingKey = "mainWindow/queueSortDescending";
constexpr const char *kCategoryKey = "mainWindow/categoryTab";
constexpr const char *kUnitKey = "mainWindow/unit";

} // namespace

void MainWindow::allowOnly(QAction *action, domain::Permission permission) const
{
    if (m_scope.may(permission))
        return;
    action->setEnabled(false);
    action->setToolTip(m_scope.refusal(permission));
}

MainWindow::MainWindow(Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_db(services.database())
    , m_clock(services.clock())
    , m_scope(services.scope())
    , m_unitModel(new UnitTreeModel(this))
    , m_queueModel(new QueueModel(services.queue(), m_clock, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_queueModel->setScope(m_scope);
    connect(&m_services.changes(), &store::ChangeFeed::changed, this, &MainWindow::applyChanges);
    m_alerts = new UrgentAlerts(services, this);
    connect(&m_services.changes(), &store::ChangeFeed::changed, m_alerts, &UrgentAlerts::applyChanges);
    connect(m_alerts, &UrgentAlerts::openCaseRequested, this, &MainWindow::openCase);
    connect(m_alerts, &UrgentAlerts::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(&m_services.changes(), &store::ChangeFeed::serverLost, this, &MainWindow::onServerLost);
    connect(&m_services.changes(), &store::ChangeFeed::serverBack, this, &MainWindow::onServerBack);
    createMenus();
    createCentralArea();
    // The queue's sort as the window last closed, before the queue is first read.
    {
        const QSettings settings;
        m_queueSort = settings.value(QLatin1String(kQueueSortKey)).toString() == QLatin1String("received") ? domain::QueueSort::Received
                                                                                                           : domain::QueueSort::Deadline;
        m_queueSortDescending = settings.value(QLatin1String(kQueueSortDescendingKey), false).toBool();
    }
    // "My unit": the signed-in officer's own; in open mode the unit chosen in Thiết lập, else the
    // one chosen when the window last closed.
    if (m_scope.signedIn())
        m_unitFilter = m_scope.unitId;
    else if (const QString unit = PcSettings::load().defaultUnit; !unit.isEmpty())
        m_unitFilter = unit;
    else
        m_unitFilter = QSettings().value(QLatin1String(kUnitKey)).toString();
    reloadUnits();
    applyFilter();
    reloadUnitCounts();
    if (const qint64 since = m_services.changes().serverLostSince(); since > 0)
        onServerLost(since);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::casePaneHost() const
{
    return m_casePane;
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    const QRect available = screen() ? screen()->availableGeometry() : QRect();
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray())) {
        // A common office screen is 1366×768: the window fits it, status bar included, and fills
        // it; on a larger one it opens at a comfortable size.
        const QSize wanted(1400, 820);
        if (available.isValid() && (wanted.width() > available.width() || wanted.height() > available.height())) {
            resize(wanted.boundedTo(available.size()));
            setWindowState(windowState() | Qt::WindowMaximized);
        } else if (available.isValid()) {
            resize(wanted.expandedTo(available.size() * 0.85));
        } else {
            resize(wanted);
        }
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    if (!m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray())) {
        // The tree wide enough for most units' full names, the case pane for a message and its
        // answer (it scrolls when narrower), the queue the rest.
        const int width = isMaximized() && available.isValid() ? available.width() : this->width();
        const int ch = fontMetrics().averageCharWidth();
        const int tree = std::clamp(width * 2 / 9, 34 * ch, 60 * ch);
        const int casePane = std::clamp(width * 2 / 7, 44 * ch, 80 * ch);
        m_splitter->setSizes({tree, std::max(width - tree - casePane, 60 * ch), casePane});
    }
    QHeaderView *header = m_queueView->horizontalHeader();
    header->restoreState(settings.value(QLatin1String(kQueueHeaderKey)).toByteArray());
    // The header's state holds its own clickability and indicator (from before the queue could be
    // sorted, none): the queue's sort is the one above, kept apart.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    showQueueSort();
    const int tab = settings.value(QLatin1String(kCategoryKey), 0).toInt();
    if (tab > 0 && tab < m_categoryTabs->count())
        m_categoryTabs->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kQueueHeaderKey), m_queueView->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(kQueueSortKey),
                      m_queueSort == domain::QueueSort::Received ? QStringLiteral("received") : QStringLiteral("deadline"));
    settings.setValue(QLatin1String(kQueueSortDescendingKey), m_queueSortDescending);
    settings.setValue(QLatin1String(kCategoryKey), m_categoryTabs->currentIndex());
    if (m_scope.openMode())
        settings.setValue(QLatin1String(kUnitKey), m_unitFilter);
    QMainWindow::closeEvent(event);
}

void MainWindow::selectNextCase()
{
    moveSelection(1);
}

void MainWindow::selectPreviousCase()
{
    moveSelection(-1);
}

void MainWindow::moveSelection(int step)
{
    const int rows = m_queueModel->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_queueView->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1) : 0;
    m_queueView->setCurrentIndex(m_queueModel->index(row, std::max(current.column(), 0)));
    m_queueView->scrollTo(m_queueView->currentIndex());
}

void MainWindow::filterUnits(const QString &text)
{
    const QString wanted = domain::foldQuery(text).trimmed();
    const QStringList words = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A unit shows when its name holds every word, or when one of its units below does.
    std::function<bool(const QModelIndex &)> show = [&](const QModelIndex &parent) {
        bool any = false;
        for (int r = 0; r < m_unitModel->rowCount(parent); ++r) {
            const QModelIndex index = m_unitModel->index(r, UnitTreeModel::NameColumn, parent);
            const QString name = domain::foldQuery(index.data(Qt::DisplayRole).toString());
            bool match = true;
            for (const QString &w : words)
                match = match && name.contains(w);
            const bool below = show(index);
            const bool visible = match || below;
            m_unitView->setRowHidden(r, parent, !visible);
            if (below && !words.isEmpty())
                m_unitView->expand(index);
            any = any || visible;
        }
        return any;
    };
    show(QModelIndex());
    if (words.isEmpty())
        m_unitView->expandToDepth(0);
}

void MainWindow::addCaseActions(const QList<QAction *> &actions)
{
    // Before the window's own entries (Failed answers…).
    m_caseMenu->insertActions(m_caseMenu->actions().value(0), actions);
    // The actions an officer uses all day also on a toolbar, with their shortcuts in the tooltips.
    auto *bar = addToolBar(tr("Case"));
    bar->setObjectName(QStringLiteral("caseToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : actions) {
        if (!a->shortcut().isEmpty())
            bar->addAction(a);
    }
}

void MainWindow::showFailedAnswers()
{
    if (!m_failedAnswers) {
        // Not modal: it stays open beside the queue and follows the changes.
        auto *dialog = new FailedAnswersDialog(m_services, this);
        connect(dialog, &FailedAnswersDialog::editRequested, this, [this](qint64 caseId, const QString &text) {
            openCase(caseId);
            Q_EMIT answerEditRequested(caseId, text);
        });
        m_failedAnswers = dialog;
    } else if (auto *dialog = qobject_cast<FailedAnswersDialog *>(m_failedAnswers.data())) {
        dialog->reload();
    }
    m_failedAnswers->show();
    m_failedAnswers->raise();
    m_failedAnswers->activateWindow();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setToolTip(tr("Closes this window; the next officer signs in."));
    signOut->setVisible(m_scope.signedIn());
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_caseMenu = menuBar()->addMenu(tr("&Case"));
    m_caseMenu->setObjectName(QStringLiteral("caseMenu"));
    m_caseMenu->setToolTipsVisible(true);
    m_caseMenu->addSeparator();
    m_failedAnswersAction = m_caseMenu->addAction(tr("&Failed answers…"), this, &MainWindow::showFailedAnswers);
    m_failedAnswersAction->setObjectName(QStringLiteral("failedAnswersAction"));
    m_failedAnswersAction->setToolTip(tr("Answers Zalo did not deliver: send them again, correct them, or note and close."));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *next = view->addAction(tr("&Next case"), this, &MainWindow::selectNextCase);
    next->setObjectName(QStringLiteral("nextCaseAction"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previous = view->addAction(tr("&Previous case"), this, &MainWindow::selectPreviousCase);
    previous->setObjectName(QStringLiteral("previousCaseAction"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    view->addSeparator();
    m_findAction = view->addAction(tr("&Search messages"));
    m_findAction->setObjectName(QStringLiteral("searchAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    QAction *findUnit = view->addAction(tr("Find a &unit"));
    findUnit->setObjectName(QStringLiteral("findUnitAction"));
    findUnit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(findUnit, &QAction::triggered, this, [this] {
        m_unitFilterEdit->setFocus();
        m_unitFilterEdit->selectAll();
    });
    view->addSeparator();
    QAction *notifications = view->addAction(tr("&Desktop notifications of urgent reports"));
    notifications->setObjectName(QStringLiteral("notificationsAction"));
    notifications->setCheckable(true);
    notifications->setToolTip(tr("A notification, with a sound where the desktop plays one, when a crime report or an urgent security report "
                                 "arrives for your units."));
    notifications->setChecked(m_alerts->notificationsEnabled());
    connect(notifications, &QAction::toggled, m_alerts, &UrgentAlerts::setNotificationsEnabled);
    m_notificationsAction = notifications;
    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->setToolTipsVisible(true);
    QAction *daily = reports->addAction(tr("&Daily summary…"), this, [this] {
        auto *dialog = new ReportDialog(m_services, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    daily->setObjectName(QStringLiteral("dailySummaryAction"));
    allowOnly(daily, domain::Permission::PrintReports);
    QAction *period = reports->addAction(tr("&Period report…"), this, [this] {
        auto *dialog = new PeriodReportDialog(m_services, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    period->setObjectName(QStringLiteral("periodReportAction"));
    period->setToolTip(tr("A week, a month, a quarter, a year or any days: the figures beside the period before, the units ranked, charts."));
    allowOnly(period, domain::Permission::PrintReports);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setToolTipsVisible(true);
    QAction *addAccount = tools->addAction(tr("Add &Zalo account…"), this, [this] {
        if (m_services.enrolment())
            AddAccountDialog::run(m_services.units(), m_db, *m_services.enrolment(), this);
    });
    addAccount->setEnabled(m_services.enrolment() != nullptr);
    allowOnly(addAccount, domain::Permission::Administer);
    tools->addSeparator();
    m_officersAction = tools->addAction(tr("&Officers…"), this, [this] {
        // Nobody can sign in yet in open mode: the first officer, an administrator, is all there is to add.
        if (m_scope.openMode()) {
            addFirstAdministrator();
            return;
        }
        OfficersDialog dialog(m_services, this);
        dialog.exec();
    });
    m_officersAction->setObjectName(QStringLiteral("officersAction"));
    allowOnly(m_officersAction, domain::Permission::Administer);
    QAction *ownPassword = tools->addAction(tr("Change my &password…"), this, [this] {
        OfficerForm form(m_services, OfficerForm::Mode::OwnPassword, {}, this);
        if (form.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password is changed."), kPasswordChangedMessageMs);
    });
    ownPassword->setObjectName(QStringLiteral("changePasswordAction"));
    ownPassword->setVisible(m_scope.signedIn());
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    QAction *dataServer = tools->addAction(tr("&Data server…"), this, [this] { DatabaseServerDialog::run(m_services.dataFolder(), this); });
    dataServer->setObjectName(QStringLiteral("dataServerAction"));
    dataServer->setEnabled(!m_services.dataFolder().isEmpty());
    allowOnly(dataServer, domain::Permission::Administer);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About CaseDesk"), this, &MainWindow::showAbout);
}

QWidget *MainWindow::createFilters(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Filters"), parent);
    box->setObjectName(QStringLiteral("queueFilters"));
    auto *form = new QFormLayout(box);

    m_statusFilter = new QComboBox(box);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Open cases"), QString());
    for (const domain::CaseStatus s : {domain::CaseStatus::New, domain::CaseStatus::Open, domain::CaseStatus::Transferred,
                                       domain::CaseStatus::Answered, domain::CaseStatus::Closed})
        m_statusFilter->addItem(domain::caseStatusName(s), domain::caseStatusKey(s));
    m_statusFilter->addItem(tr("All cases"), QStringLiteral("all"));
    form->addRow(tr("&Status"), m_statusFilter);

    m_levelFilter = new QComboBox(box);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("Every level"), QString());
    for (const domain::UnitLevel l :
         {domain::UnitLevel::Province, domain::UnitLevel::Department, domain::UnitLevel::District, domain::UnitLevel::Commune})
        m_levelFilter->addItem(domain::unitLevelName(l), domain::unitLevelKey(l));
    form->addRow(tr("&Level"), m_levelFilter);

    m_assigneeFilter = new QComboBox(box);
    m_assigneeFilter->setObjectName(QStringLiteral("assigneeFilter"));
    m_assigneeFilter->addItem(tr("Anyone"), QString());
    form->addRow(tr("&Assigned to"), m_assigneeFilter);

    m_replyWindowFilter = new QCheckBox(tr("Zalo reply window closing"), box);
    m_replyWindowFilter->setObjectName(QStringLiteral("replyWindowFilter"));
    m_replyWindowFilter->setToolTip(tr("The citizen's last message is 24 hours to 7 days old: answers are billed, and soon refused."));
    form->addRow(m_replyWindowFilter);

    // "Chờ duyệt": the editors' queue of answers held for approval (only they may approve).
    m_awaitingApprovalFilter = new QCheckBox(tr("Awaiting approval"), box);
    m_awaitingApprovalFilter->setObjectName(QStringLiteral("awaitingApprovalFilter"));
    m_awaitingApprovalFilter->setToolTip(tr("Cases with an answer that waits for an editor's approval before it is sent, earliest deadline first."));
    m_awaitingApprovalFilter->setVisible(m_scope.may(domain::Permission::ApproveAnswers));
    form->addRow(m_awaitingApprovalFilter);
    connect(m_awaitingApprovalFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);

    for (QComboBox *combo : {m_statusFilter, m_levelFilter, m_assigneeFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_replyWindowFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    return box;
}

void MainWindow::createCentralArea()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;

    // Left: units with their counts, the filters below.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_unitFilterEdit = new QLineEdit(left);
    m_unitFilterEdit->setObjectName(QStringLiteral("unitFilterEdit"));
    m_unitFilterEdit->setPlaceholderText(tr("Find a unit"));
    m_unitFilterEdit->setAccessibleName(tr("Find a unit"));
    m_unitFilterEdit->setToolTip(tr("Words of a unit's name, with or without diacritics: the tree shows the units that hold them."));
    m_unitFilterEdit->setClearButtonEnabled(true);
    leftLayout->addWidget(m_unitFilterEdit);
    m_unitView = new QTreeView(left);
    m_unitView->setObjectName(QStringLiteral("unitTree"));
    m_unitView->setModel(m_unitModel);
    m_unitView->setUniformRowHeights(true);
    m_unitView->setAlternatingRowColors(true);
    m_unitView->header()->setStretchLastSection(false);
    m_unitView->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = UnitTreeModel::OpenColumn; c < UnitTreeModel::ColumnCount; ++c)
        m_unitView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_unitFilter = current.isValid() ? current.data(UnitTreeModel::UnitIdRole).toString() : QString();
        applyFilter();
    });
    m_unitView->setAccessibleName(tr("Units"));
    connect(m_unitFilterEdit, &QLineEdit::textChanged, this, &MainWindow::filterUnits);
    leftLayout->addWidget(m_unitView, 1);
    leftLayout->addWidget(createFilters(left));

    // Middle: category tabs with counts over the queue.
    auto *queueArea = new QWidget(splitter);
    auto *queueLayout = new QVBoxLayout(queueArea);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    m_categoryTabs = new QTabBar(queueArea);
    m_categoryTabs->setObjectName(QStringLiteral("categoryTabs"));
    m_categoryTabs->setExpanding(false);
    m_categoryTabs->setDrawBase(false);
    m_categoryTabs->addTab(tr("All"));
    m_categoryTabs->setTabData(0, QString());
    for (const QString &key : domain::categoryKeys()) {
        const int i = m_categoryTabs->addTab(domain::categoryShortName(*domain::categoryFromKey(key)));
        m_categoryTabs->setTabData(i, key);
        m_categoryTabs->setTabToolTip(i, domain::categoryName(*domain::categoryFromKey(key)));
    }
    connect(m_categoryTabs, &QTabBar::currentChanged, this, &MainWindow::applyFilter);
    queueLayout->addWidget(m_categoryTabs);

    m_queueStack = new QStackedWidget(queueArea);
    m_queueView = new QTableView(m_queueStack);
    m_queueView->setObjectName(QStringLiteral("queueView"));
    m_queueView->setModel(m_queueModel);
    m_queueView->setItemDelegate(new QueueDelegate(m_queueView));
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Not the view's sorting (it would sort the loaded rows): a click on a header asks the store
    // for the whole queue in that column's order (onQueueSortIndicatorChanged).
    m_queueView->setSortingEnabled(false);
    m_queueView->setWordWrap(false);
    m_queueView->setShowGrid(false);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setTabKeyNavigation(false);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 8);
    QHeaderView *header = m_queueView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QueueModel::PreviewColumn, QHeaderView::Stretch);
    // Widths in average characters, so that they follow the system's font size.
    const int ch = m_queueView->fontMetrics().averageCharWidth();
    // Narrow enough that the message column keeps about twenty characters on a 1366-pixel screen.
    header->resizeSection(QueueModel::UrgencyColumn, 9 * ch);
    header->resizeSection(QueueModel::ReceivedColumn, 11 * ch);
    header->resizeSection(QueueModel::DeadlineColumn, 12 * ch);
    header->resizeSection(QueueModel::CategoryColumn, 8 * ch);
    header->resizeSection(QueueModel::UnitColumn, 9 * ch);
    header->resizeSection(QueueModel::CitizenColumn, 12 * ch);
    header->resizeSection(QueueModel::StatusColumn, 9 * ch);
    header->resizeSection(QueueModel::ReplyWindowColumn, 6 * ch);
    header->setMinimumSectionSize(3 * ch);
    // No narrower than what the column says in this language ("Urgent", "overdue 29 days", "Zalo window").
    const QFontMetrics metrics = m_queueView->fontMetrics();
    const int padding = 2 * ch;
    const int icon = m_queueView->style()->pixelMetric(QStyle::PM_SmallIconSize) + ch;
    const auto atLeast = [header](int column, int width) {
        header->resizeSection(column, std::max(header->sectionSize(column), width));
    };
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        if (c != QueueModel::PreviewColumn)
            atLeast(c, metrics.horizontalAdvance(m_queueModel->headerData(c, Qt::Horizontal).toString()) + padding);
    }
    atLeast(QueueModel::UrgencyColumn, icon + metrics.horizontalAdvance(QueueModel::tr("Urgent")) + padding);
    atLeast(QueueModel::DeadlineColumn, metrics.horizontalAdvance(QueueModel::deadlineSpanText(-29LL * 24 * 3600 * 1000)) + padding);
    // Room for the sort indicator beside the sortable columns' titles.
    const int arrow = m_queueView->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + ch;
    for (const int c : {int(QueueModel::ReceivedColumn), int(QueueModel::DeadlineColumn)})
        atLeast(c, metrics.horizontalAdvance(m_queueModel->headerData(c, Qt::Horizontal).toString()) + padding + arrow);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::onQueueSortIndicatorChanged);
    m_queueView->installEventFilter(this);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_queueView, &QAbstractItemView::doubleClicked, this, &MainWindow::activateCurrent);

    m_queuePlaceholder = new QLabel(m_queueStack);
    m_queuePlaceholder->setObjectName(QStringLiteral("queuePlaceholder"));
    m_queuePlaceholder->setAlignment(Qt::AlignCenter);
    m_queuePlaceholder->setWordWrap(true);
    m_queuePlaceholder->setTextFormat(Qt::PlainText);
    m_queueStack->addWidget(m_queueView);
    m_queueStack->addWidget(m_queuePlaceholder);
    queueLayout->addWidget(m_queueStack, 1);
    connect(m_queueModel, &QAbstractItemModel::modelReset, this, &MainWindow::updatePlaceholder);
    connect(m_queueModel, &QueueModel::loadFailed, this, [this](const QString &message) {
        if (m_scope.may(domain::Permission::ReadCases)) // else the queue's placeholder says why
            statusBar()->showMessage(tr("The queue cannot be read: %1").arg(message), 10000);
    });

    // Right: the case. The case view is plugged in by the composition root.
    // In a scroll area: on a narrow screen the case scrolls rather than squeezing the queue.
    auto *caseScroll = new QScrollArea(splitter);
    caseScroll->setObjectName(QStringLiteral("caseScroll"));
    caseScroll->setWidgetResizable(true);
    caseScroll->setFrameShape(QFrame::NoFrame);
    m_casePane = new QStackedWidget(caseScroll);
    m_casePane->setObjectName(QStringLiteral("casePane"));
    auto *noCase = new QLabel(tr("Select a case in the queue to read and answer it."), m_casePane);
    noCase->setObjectName(QStringLiteral("casePlaceholder"));
    noCase->setAlignment(Qt::AlignCenter);
    noCase->setWordWrap(true);
    noCase->setTextFormat(Qt::PlainText);
    m_casePane->addWidget(noCase);

    splitter->addWidget(left);
    splitter->addWidget(queueArea);
    caseScroll->setWidget(m_casePane);
    splitter->addWidget(caseScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    // The strip about a lost data server goes above everything it is about.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(createOpenModeBanner(central));
    centralLayout->addWidget(createServerBanner(central));
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    m_searchEdit = new QLineEdit(toolbar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setToolTip(tr("Words of the citizens' messages, with or without diacritics; Enter searches."));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search messages"));
    m_searchEdit->setMinimumWidth(44 * m_searchEdit->fontMetrics().averageCharWidth());
    toolbar->addWidget(m_searchEdit);
    // Deadlines count down and reply windows close while the window stays open.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, m_queueModel, &QueueModel::timePassed);
    minute->start();

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_search.isEmpty())
            runSearch(); // the clear button shows the whole queue again
    });
    connect(m_findAction, &QAction::triggered, m_searchEdit, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });

    m_officerLabel = new QLabel(statusBar());
    m_officerLabel->setObjectName(QStringLiteral("officerLabel"));
    m_officerLabel->setTextFormat(Qt::PlainText); // names typed by people
    m_officerLabel->setContentsMargins(4, 0, 3 * m_officerLabel->fontMetrics().averageCharWidth(), 0);
    statusBar()->addWidget(m_officerLabel);
    m_syncStatus = new QLabel(statusBar());
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_syncStatus, 1);
}

QFrame *MainWindow::createServerBanner(QWidget *parent)
{
    m_serverBanner = warningStrip(parent, "serverBanner", "serverBannerText", &m_serverBannerText);
    m_serverBanner->hide();
    return m_serverBanner;
}

QFrame *MainWindow::createOpenModeBanner(QWidget *parent)
{
    // A folder without officers: whoever uses this PC sees every case. It stays until the
    // program is started again with sign-in enabled.
    m_openModeBanner = warningStrip(parent, "openModeBanner", "openModeBannerText", &m_openModeBannerText);
    m_openModeBannerText->setText(tr("Sign-in is not enabled — whoever uses this computer can see every case"));
    auto *add = new QPushButton(tr("Add an administrator…"), m_openModeBanner);
    add->setObjectName(QStringLiteral("addAdministratorButton"));
    add->setToolTip(tr("The first officer is an administrator; from then on CaseDesk asks everyone who they are at start."));
    m_openModeBanner->layout()->addWidget(add);
    connect(add, &QPushButton::clicked, this, &MainWindow::addFirstAdministrator);
    m_openModeBanner->setVisible(m_scope.openMode());
    return m_openModeBanner;
}

void MainWindow::addFirstAdministrator()
{
    OfficerForm form(m_services, OfficerForm::Mode::FirstAdministrator, {}, this);
    if (form.exec() != QDialog::Accepted || !form.added())
        return;
    // Sign-in takes effect at the next start; until then the strip says so and adds nobody else.
    if (auto *add = m_openModeBanner->findChild<QPushButton *>(QStringLiteral("addAdministratorButton")))
        add->hide();
    m_officersAction->setEnabled(false);
    m_officersAction->setToolTip(tr("Start CaseDesk again and sign in as the administrator to manage officers."));
    m_openModeBannerText->setText(
        tr("Sign-in is enabled: %1 is the administrator. Until CaseDesk is started again, whoever uses this computer still sees every case.")
            .arg(form.added()->name));
}

void MainWindow::onServerLost(qint64 sinceMs)
{
    const QString since = domain::officeDateTime(sinceMs).toString(QStringLiteral("HH:mm (dd/MM)"));
    m_serverBannerText->setText(tr("Lost the connection to the data server at %1 — CaseDesk is trying to connect again. What is shown "
                                   "stays; answers being written are kept on this PC.")
                                    .arg(since));
    m_serverBanner->show();
    qCWarning(lcUi) << "data server away since" << domain::officeIsoTime(sinceMs);
}

void MainWindow::onServerBack()
{
    m_serverBanner->hide();
    // What failed to load while away is read again; what changed meanwhile follows in the feed.
    reloadUnits();
    refreshFromStore();
    statusBar()->showMessage(tr("Connected to the data server again"), kServerBackMessageMs);
}

void MainWindow::reloadUnits()
{
    store::UnitStore &units = m_services.units();
    auto list = units.list();
    if (!list) {
        QMessageBox::critical(this, tr("CaseDesk"), tr("The unit tree cannot be read: %1").arg(list.error().message));
        return;
    }
    // The tree shows the units whose cases the officer reads (a unit below an unreadable parent
    // becomes a top row); the queue names every unit a case passed through.
    QVector<domain::Unit> readable;
    for (const domain::Unit &u : std::as_const(*list)) {
        if (m_scope.allows(u.id))
            readable << u;
    }
    const QSignalBlocker blocker(m_unitView->selectionModel());
    m_unitModel->setUnits(readable);
    m_queueModel->setUnits(*list);
    m_unitView->expandToDepth(0);
    const QString root = list->isEmpty() ? QString() : list->constFirst().name;
    setWindowTitle(root.isEmpty() ? tr("CaseDesk — %1").arg(m_scope.officer) : tr("CaseDesk — %1 — %2").arg(m_scope.officer, root));
    showOfficer(*list);
    m_syncStatus->setText(tr("%n unit(s)", nullptr, int(readable.size())));
    qCInfo(lcUi) << "loaded" << list->size() << "units," << readable.size() << "readable";
    const QModelIndex selected = m_unitModel->indexOfUnit(m_unitFilter);
    if (selected.isValid())
        m_unitView->setCurrentIndex(selected);
    else
        m_unitFilter.clear();
}

void MainWindow::showOfficer(const QVector<domain::Unit> &units)
{
    if (m_scope.openMode()) {
        m_officerLabel->setText(tr("Officer: %1 (sign-in not enabled)").arg(m_scope.officer));
        m_officerLabel->setToolTip(tr("The name recorded in case histories; nobody checked it."));
        return;
    }
    QString unitName = m_scope.unitId;
    for (const domain::Unit &u : units) {
        if (u.id == m_scope.unitId)
            unitName = u.name;
    }
    m_officerLabel->setText(tr("Officer: %1 — %2, %3").arg(m_scope.officer, OfficerListModel::rolesForPeople(m_scope.roles), unitName));
    QStringList may;
    for (const domain::Permission p : {domain::Permission::ReadCases, domain::Permission::ActOnCases, domain::Permission::ApproveAnswers,
                                       domain::Permission::RevealIdentity, domain::Permission::PrintReports, domain::Permission::Administer}) {
        if (m_scope.may(p))
            may << domain::permissionName(p);
    }
    m_officerLabel->setToolTip(tr("Signed in. May: %1.").arg(may.join(QStringLiteral("; "))));
}

domain::QueueFilter MainWindow::currentFilter() const
{
    domain::QueueFilter f;
    f.now = m_clock.nowMs();
    if (!m_unitFilter.isEmpty())
        f.unitIds = QStringList {m_unitFilter};
    f.level = m_levelFilter->currentData().toString();
    const QString category = m_categoryTabs->tabData(m_categoryTabs->currentIndex()).toString();
    if (!category.isEmpty())
        f.category = domain::categoryFromKey(category);
    const QString status = m_statusFilter->currentData().toString();
    if (status == QLatin1String("all"))
        f.statuses = QStringList {QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("transferred"), QStringLiteral("answered"),
                                  QStringLiteral("closed")};
    else if (!status.isEmpty())
        f.statuses = QStringList {status};
    f.assignee = m_assigneeFilter->currentData().toString();
    f.replyWindowClosing = m_replyWindowFilter->isChecked();
    f.awaitingApproval = m_awaitingApprovalFilter->isChecked();
    f.search = m_search;
    f.sort = m_queueSort;
    f.descending = m_queueSortDescending;
    return f;
}

void MainWindow::onQueueSortIndicatorChanged(int column, Qt::SortOrder order)
{
    const auto sort = QueueModel::sortOfColumn(column);
    if (!sort || m_queueModel->searching()) {
        showQueueSort(); // the indicator back where the order is
        statusBar()->showMessage(m_queueModel->searching()
                                     ? tr("Search results come newest match first. Clear the search to sort the queue.")
                                     : tr("The queue cannot be sorted by \"%1\".").arg(m_queueModel->headerData(column, Qt::Horizontal).toString()),
                                 5000);
        return;
    }
    m_queueSort = *sort;
    m_queueSortDescending = order == Qt::DescendingOrder;
    applyFilter();
    m_queueView->scrollToTop(); // the start of the new order, the selected case kept where it is loaded
}

void MainWindow::showQueueSort()
{
    QHeaderView *header = m_queueView->horizontalHeader();
    const QSignalBlocker quiet(header);
    if (m_queueModel->searching())
        header->setSortIndicator(QueueModel::PreviewColumn, Qt::DescendingOrder);
    else
        header->setSortIndicator(QueueModel::columnOfSort(m_queueSort), m_queueSortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    header->viewport()->update();
}

void MainWindow::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_searchEdit->text().trimmed();
    if (text == m_search)
        return;
    m_search = text;
    applyFilter();
}

void MainWindow::applyFilter()
{
    if (m_applying || !m_replyWindowFilter || !m_queueView)
        return;
    m_applying = true;
    const qint64 keep = m_currentCase;
    m_queueModel->setFilter(currentFilter());
    showQueueSort();
    reloadCounts();
    if (keep)
        selectCase(keep);
    updatePlaceholder();
    m_applying = false;
}

void MainWindow::refreshFromStore()
{
    const qint64 keep = m_currentCase;
    m_queueModel->refresh();
    reloadUnitCounts();
    reloadCounts();
    if (keep && m_queueModel->rowOfCase(keep) >= 0 && m_queueView->currentIndex().data(QueueModel::CaseIdRole).toLongLong() != keep)
        selectCase(keep);
    updatePlaceholder();
}

void MainWindow::applyChanges(const store::ChangeSet &changes)
{
    if (changes.gap) {
        reloadUnits();
        refreshFromStore();
        return;
    }
    if (!changes.units.isEmpty())
        reloadUnits();
    if (changes.cases.isEmpty())
        return;
    const qint64 keep = m_currentCase;
    m_queueModel->applyCaseChanges(changes.cases);
    reloadUnitCounts();
    reloadCounts();
    if (keep && m_queueModel->rowOfCase(keep) >= 0 && m_queueView->currentIndex().data(QueueModel::CaseIdRole).toLongLong() != keep)
        selectCase(keep);
    updatePlaceholder();
}

void MainWindow::reloadUnitCounts()
{
    if (!m_scope.may(domain::Permission::ReadCases))
        return; // the queue's placeholder says why
    auto units = m_services.queue().unitCounts(m_clock.nowMs(), m_scope);
    if (!units) {
        statusBar()->showMessage(units.error().message, 10000);
        return;
    }
    QHash<QString, UnitTreeModel::Counts> counts;
    int urgent = 0;
    for (auto it = units->constBegin(); it != units->constEnd(); ++it) {
        counts.insert(it.key(), {it->open, it->urgent, it->overdue});
        urgent += it->urgent;
    }
    m_unitModel->setCounts(counts);
    m_alerts->setUrgentWaiting(urgent);
}

void MainWindow::reloadCounts()
{

    // With a search, counting every match of a common word would cost more than the search:
    // the tabs then count the newest kSearchCountCap cases and say "at least".
    // The filter the queue shows, with its search text folded as the index is.
    if (!m_scope.may(domain::Permission::ReadCases))
        return; // the queue's placeholder says why
    domain::QueueFilter filter = m_queueModel->filter();
    filter.now = m_clock.nowMs();
    auto categories = m_services.queue().categoryCountsUpTo(filter, m_scope, kSearchCountCap);
    if (categories) {
        qint64 all = 0;
        for (const qint64 n : std::as_const(categories->counts))
            all += n;
        // Stopped early: "at least" counts, and no "0" for a category that may still have some.
        const auto number = [&categories](qint64 n) {
            return categories->capped ? tr("%1+").arg(std::min(n, kSearchCountCap)) : QString::number(n);
        };
        m_categoryTabs->setTabText(0, tr("All %1").arg(number(all)));
        for (int i = 1; i < m_categoryTabs->count(); ++i) {
            const auto category = domain::categoryFromKey(m_categoryTabs->tabData(i).toString());
            const qint64 n = categories->counts.value(*category);
            const QString name = domain::categoryShortName(*category);
            m_categoryTabs->setTabText(i, categories->capped && n == 0 ? name : QStringLiteral("%1 %2").arg(name, number(n)));
        }
    } else {
        statusBar()->showMessage(categories.error().message, 10000);
    }

    // Officers who hold open cases, for the assignee filter.
    auto assignees = m_services.queue().assignees(m_scope);
    if (assignees) {
        const QSignalBlocker blocker(m_assigneeFilter);
        const QString current = m_assigneeFilter->currentData().toString();
        while (m_assigneeFilter->count() > 1)
            m_assigneeFilter->removeItem(1);
        QStringList names = *assignees;
        if (!current.isEmpty() && !names.contains(current))
            names.push_back(current);
        for (const QString &name : std::as_const(names))
            m_assigneeFilter->addItem(name, name);
        m_assigneeFilter->setCurrentIndex(std::max(0, m_assigneeFilter->findData(current)));
    }
}

void MainWindow::updatePlaceholder()
{
    if (m_queueModel->rowCount() > 0) {
        m_queueStack->setCurrentWidget(m_queueView);
        return;
    }
    if (!m_scope.may(domain::Permission::ReadCases))
        m_queuePlaceholder->setText(tr("No case is shown to %1: %2").arg(m_scope.officer, m_scope.refusal(domain::Permission::ReadCases)));
    else if (!m_queueModel->lastError().isEmpty())
        m_queuePlaceholder->setText(tr("The queue cannot be read: %1").arg(m_queueModel->lastError()));
    else if (!m_search.isEmpty())
        m_queuePlaceholder->setText(tr("No message matches \"%1\" with these filters.").arg(m_search));
    else if (const auto all = m_services.queue().total({}, m_scope); all.ok() && *all == 0)
        m_queuePlaceholder->setText(tr("No case yet. Connect a unit's Zalo account (Tools ▸ Add Zalo account) to receive citizens' messages."));
    else
        m_queuePlaceholder->setText(tr("No case matches these filters."));
    m_queueStack->setCurrentWidget(m_queuePlaceholder);
}

bool MainWindow::selectCase(qint64 caseId)
{
    const int row = m_queueModel->rowOfCase(caseId);
    if (row < 0)
        return false;
    m_queueView->setCurrentIndex(m_queueModel->index(row, QueueModel::PreviewColumn));
    m_queueView->scrollTo(m_queueView->currentIndex());
    return true;
}

void MainWindow::openCase(qint64 caseId)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (selectCase(caseId))
        return;
    // Hidden by the filters: every open case of the officer's units, where a new one is near the top.
    {
        const QSignalBlocker tabs(m_categoryTabs);
        m_categoryTabs->setCurrentIndex(0);
        const QSignalBlocker status(m_statusFilter);
        m_statusFilter->setCurrentIndex(0);
        const QSignalBlocker level(m_levelFilter);
        m_levelFilter->setCurrentIndex(0);
        const QSignalBlocker assignee(m_assigneeFilter);
        m_assigneeFilter->setCurrentIndex(0);
        m_replyWindowFilter->setChecked(false);
        m_awaitingApprovalFilter->setChecked(false);
        m_searchEdit->clear();
        m_search.clear();
        m_unitFilter.clear();
        const QSignalBlocker units(m_unitView->selectionModel());
        m_unitView->setCurrentIndex(QModelIndex());
    }
    applyFilter();
    if (!selectCase(caseId))
        statusBar()->showMessage(tr("Case %1 is not in the queue any more.").arg(caseId), 8000);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_queueView->currentIndex();
    if (!current.isValid())
        return; // a reload: the case shown stays until the officer picks another
    const qint64 id = current.data(QueueModel::CaseIdRole).toLongLong();
    if (id == m_currentCase)
        return;
    m_currentCase = id;
    Q_EMIT currentCaseChanged(id);
}

void MainWindow::activateCurrent()
{
    if (!m_currentCase)
        return;
    Q_EMIT caseActivated(m_currentCase);
    if (QWidget *page = m_casePane->currentWidget(); page && m_casePane->currentIndex() > 0)
        page->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_queueView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateCurrent();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_services, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PcSettings pc = PcSettings::load();
    m_notificationsAction->setChecked(pc.notifications); // and the alerts, through the action
    m_alerts->setSoundEnabled(pc.sound);
    if (!dialog.savedNotice().isEmpty())
        statusBar()->showMessage(dialog.savedNotice(), kSettingsNoticeMs);
}

void MainWindow::showGuide()
{
    // One window, kept: F1 again brings it forward where the officer left it.
    if (auto *open = findChild<QDialog *>(QStringLiteral("guideDialog"))) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("guideDialog"));
    dialog->setWindowTitle(tr("CaseDesk — User guide"));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("guideText"));
    text->setOpenExternalLinks(false);
    QFile file(QStringLiteral(":/casedesk/guide/huong-dan-su-dung.md"));
    if (file.open(QIODevice::ReadOnly))
        text->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        text->setPlainText(tr("The user guide is missing from this build: %1").arg(file.errorString()));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    dialog->resize(std::min(900, available.width() - 80), std::min(720, available.height() - 80));
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CaseDesk"),
                       tr("CaseDesk %1\nCitizens' messages to police units' Zalo accounts: one queue, deadlines and figures.")
                           .arg(QString::fromLatin1(CASEDESK_VERSION)));
}

} // namespace casedesk::ui
