#include "mainwindow.h"

#include "reportdialog.h"
#include "unittreemodel.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk::ui {

MainWindow::MainWindow(store::Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_unitModel(new UnitTreeModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    createMenus();
    createCentralArea();
    reloadUnits();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    menuBar()->addMenu(tr("&Case"));
    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(tr("&Daily summary…"), this, [this] {
        auto *dialog = new ReportDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menuBar()->addMenu(tr("&Tools"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CaseDesk"), this, &MainWindow::showAbout);
}

void MainWindow::createCentralArea()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    m_unitView = new QTreeView(splitter);
    m_unitView->setObjectName(QStringLiteral("unitTree"));
    m_unitView->setModel(m_unitModel);
    m_unitView->setUniformRowHeights(true);
    m_unitView->setAlternatingRowColors(true);
    m_unitView->header()->setStretchLastSection(false);
    m_unitView->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = UnitTreeModel::OpenColumn; c < UnitTreeModel::ColumnCount; ++c)
        m_unitView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *queueArea = new QWidget(splitter);
    auto *queueLayout = new QVBoxLayout(queueArea);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    m_categoryTabs = new QTabBar(queueArea);
    m_categoryTabs->setObjectName(QStringLiteral("categoryTabs"));
    m_categoryTabs->addTab(tr("All"));
    m_categoryTabs->addTab(tr("Crime reports"));
    m_categoryTabs->addTab(tr("Security reports"));
    m_categoryTabs->addTab(tr("Petitions"));
    m_categoryTabs->addTab(tr("Procedures"));
    m_categoryTabs->addTab(tr("Other"));
    queueLayout->addWidget(m_categoryTabs);
    m_queuePlaceholder
        = new QLabel(tr("No case yet. Connect a unit's Zalo account (Tools ▸ Zalo accounts) to receive citizens' messages."), queueArea);
    m_queuePlaceholder->setObjectName(QStringLiteral("queuePlaceholder"));
    m_queuePlaceholder->setAlignment(Qt::AlignCenter);
    m_queuePlaceholder->setWordWrap(true);
    m_queuePlaceholder->setTextFormat(Qt::PlainText);
    queueLayout->addWidget(m_queuePlaceholder, 1);

    splitter->addWidget(m_unitView);
    splitter->addWidget(queueArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 940});
    setCentralWidget(splitter);

    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    m_searchEdit = new QLineEdit(toolbar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    toolbar->addWidget(m_searchEdit);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_searchEdit, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(focusSearch);

    m_syncStatus = new QLabel(statusBar());
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_syncStatus, 1);
}

void MainWindow::reloadUnits()
{
    store::UnitStore units(m_db);
    auto list = units.list();
    if (!list) {
        QMessageBox::critical(this, tr("CaseDesk"), tr("The unit tree cannot be read: %1").arg(list.error().message));
        return;
    }
    m_unitModel->setUnits(*list);
    m_unitView->expandToDepth(0);
    const QString root = list->isEmpty() ? QString() : list->constFirst().name;
    setWindowTitle(root.isEmpty() ? tr("CaseDesk") : tr("CaseDesk — %1").arg(root));
    m_syncStatus->setText(tr("%n unit(s) · no Zalo account connected yet", nullptr, int(list->size())));
    qCInfo(lcUi) << "loaded" << list->size() << "units";
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CaseDesk"),
                       tr("CaseDesk %1\nCitizens' messages to police units' Zalo accounts: one queue, deadlines and figures.")
                           .arg(QString::fromLatin1(CASEDESK_VERSION)));
}

} // namespace casedesk::ui
