#include "syncstatuswidget.h"

#include "services.h"

#include "core/store/changefeed.h"

#include "accountstatusmodel.h"

#include "core/common/clock.h"
#include "core/domain/officetime.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/outboxstore.h"
#include "core/store/unitstore.h"
#include "core/sync/syncservice.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk::ui {

namespace {

/// @p ms in office time: "08:21" today, "30/11/2026 08:21" another day.
QString timeOf(qint64 ms, qint64 nowMs = 0)
{
    const QDateTime at = domain::officeDateTime(ms);
    if (nowMs > 0 && at.date() != domain::officeDateTime(nowMs).date())
        return domain::officeDateTimeText(ms);
    return at.toString(QStringLiteral("HH:mm"));
}

constexpr int kSharedRefreshMs = 10000;

} // namespace

SyncStatusWidget::SyncStatusWidget(Services &services, sync::SyncService *service, QString whyNoSync, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_service(service)
    , m_whyNoSync(std::move(whyNoSync))
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncState"));
    m_status->setTextFormat(Qt::PlainText);
    m_warningIcon = new QLabel(this);
    m_warningIcon->setObjectName(QStringLiteral("syncWarningIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_warningIcon->setAccessibleName(tr("Warning"));
    m_warningIcon->setVisible(false);
    m_outbox = new QLabel(this);
    m_outbox->setObjectName(QStringLiteral("outboxState"));
    m_outbox->setTextFormat(Qt::PlainText);
    m_failed = new QPushButton(this);
    m_failed->setObjectName(QStringLiteral("failedAnswersButton"));
    m_failed->setFlat(true);
    m_failed->setCursor(Qt::PointingHandCursor);
    m_failed->setStyleSheet(QStringLiteral("QPushButton { color: #b00020; text-decoration: underline; }"));
    m_failed->setToolTip(tr("Answers Zalo did not deliver: send them again, correct them, or note and close."));
    m_failed->setVisible(false);
    connect(m_failed, &QPushButton::clicked, this, &SyncStatusWidget::failedAnswersRequested);
    auto *details = new QPushButton(tr("Zalo accounts…"), this);
    details->setObjectName(QStringLiteral("accountsButton"));
    details->setFlat(true);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setEnabled(m_service != nullptr);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Read every Zalo account now (F5)"));
    layout->addWidget(m_warningIcon);
    layout->addWidget(m_status);
    layout->addWidget(m_outbox);
    layout->addWidget(m_failed);
    layout->addWidget(details);
    layout->addWidget(m_syncNow);
    connect(details, &QPushButton::clicked, this, &SyncStatusWidget::showAccounts);
    m_accountsModel = new AccountStatusModel(this);
    if (!m_service && m_services.database().isShared()) {
        // The province's sync hosts record their state in the database; their heartbeats write
        // no change rows, so a host that stops is noticed on a timer.
        m_leases = std::make_unique<store::LeaseStore>(m_services.database());
        m_timer = new QTimer(this);
        m_timer->setInterval(kSharedRefreshMs);
        connect(m_timer, &QTimer::timeout, this, &SyncStatusWidget::refresh);
        m_timer->start();
    }
    if (m_service) {
        connect(m_syncNow, &QPushButton::clicked, m_service, &sync::SyncService::syncNow);
        connect(m_service, &sync::SyncService::statusChanged, this, &SyncStatusWidget::refresh);
    }
    // Accounts and outboxes change in this process's sync and in others' (casedesk-cli, another
    // window): the change feed says when.
    connect(&m_services.changes(), &store::ChangeFeed::changed, this, [this](const store::ChangeSet &changes) {
        if (changes.gap || !changes.accounts.isEmpty() || !changes.outboxes.isEmpty())
            refresh();
    });
    refresh();
}

SyncStatusWidget::~SyncStatusWidget() = default;

QString SyncStatusWidget::statusText() const
{
    return m_status->text();
}

QString SyncStatusWidget::statusToolTip() const
{
    return m_status->toolTip();
}

void SyncStatusWidget::setWarning(bool on)
{
    m_warningShown = on;
    m_warningIcon->setVisible(on);
    // The word says it; the icon and the colour only help it stand out.
    m_status->setStyleSheet(on ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
}

void SyncStatusWidget::reloadAccounts()
{
    QHash<QString, QString> paths;
    if (auto list = m_services.units().list(true); list) {
        for (const domain::Unit &u : *list)
            paths.insert(u.id, u.path);
    }
    if (auto list = m_services.accounts().list(); list)
        m_accountsModel->setAccounts(*list, paths);
    if (m_leases) {
        QHash<QString, store::LeaseHolding> byAccount;
        if (auto holdings = m_leases->holdings(m_services.clock().nowMs()); holdings) {
            for (const store::LeaseHolding &h : *holdings)
                byAccount.insert(h.oaId, h);
        }
        m_accountsModel->setHoldings(byAccount);
    }
}

void SyncStatusWidget::refreshShared()
{
    const qint64 now = m_services.clock().nowMs();
    auto hosts = m_leases->hosts(now);
    auto holdings = m_leases->holdings(now);
    auto accounts = m_services.accounts().list();
    if (!hosts || !holdings || !accounts) {
        const Error error = !hosts ? hosts.error() : !holdings ? holdings.error() : accounts.error();
        m_liveHosts = -1;
        m_status->setText(tr("Sync state unknown: %1").arg(error.message));
        m_status->setToolTip(m_whyNoSync);
        setWarning(true);
        return;
    }
    QHash<QString, int> heldBy; // live host id → accounts it holds
    QSet<QString> held; // accounts held by a live host
    for (const store::LeaseHolding &h : *holdings) {
        if (h.holderAlive) {
            ++heldBy[h.holder];
            held.insert(h.oaId);
        }
    }
    int live = 0;
    QStringList hostLines;
    for (const store::SyncHostRow &host : *hosts) {
        if (host.alive) {
            ++live;
            hostLines << tr("%1: running, %n Zalo account(s), last heard from at %2", nullptr, heldBy.value(host.hostId))
                             .arg(host.name, timeOf(host.heartbeatAt, now));
        } else if (host.stoppedAt > 0) {
            hostLines << tr("%1: stopped at %2").arg(host.name, timeOf(host.stoppedAt, now));
        } else {
            hostLines << tr("%1: not responding since %2").arg(host.name, timeOf(host.heartbeatAt, now));
        }
    }
    m_liveHosts = live;

    int total = 0;
    int working = 0;
    int failing = 0;
    int consent = 0;
    int unheld = 0;
    qint64 lastSuccess = 0;
    for (const store::Account &a : *accounts) {
        lastSuccess = std::max(lastSuccess, a.lastSuccessAt);
        if (a.state == store::AccountState::Disabled)
            continue;
        ++total;
        if (!held.contains(a.oaId))
            ++unheld;
        if (a.state == store::AccountState::NeedsConsent)
            ++consent;
        else if (!a.lastError.isEmpty())
            ++failing;
        else
            ++working;
    }

    QStringList parts;
    if (live == 0) {
        parts << tr("No sync host is running");
        if (lastSuccess > 0)
            parts << tr("last synced at %1").arg(timeOf(lastSuccess, now));
    } else {
        parts << tr("%n sync host(s) running", nullptr, live);
        if (lastSuccess > 0)
            parts << tr("Synced at %1").arg(timeOf(lastSuccess, now));
        if (total > 0) {
            parts << tr("%1/%2 Zalo accounts working").arg(working).arg(total);
            if (failing > 0)
                parts << tr("%n with errors", nullptr, failing);
            if (consent > 0)
                parts << tr("%n need consent again", nullptr, consent);
            if (unheld > 0)
                parts << tr("%n not held by any sync host", nullptr, unheld);
        }
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
    QStringList tip;
    if (!m_whyNoSync.isEmpty())
        tip << m_whyNoSync;
    if (hostLines.isEmpty())
        tip << tr("No sync host has ever run on this database.");
    else
        tip << tr("Sync hosts:") << hostLines;
    tip << tr("Per Zalo account: Zalo accounts…");
    m_status->setToolTip(tip.join(QLatin1Char('\n')));
    setWarning(live == 0);
}

void SyncStatusWidget::refresh()
{
    if (m_leases) {
        refreshShared();
    } else if (!m_service) {
        m_status->setText(m_whyNoSync);
    } else {
        const QVector<sync::AccountSyncStatus> statuses = m_service->statuses();
        int total = 0;
        int working = 0;
        int failing = 0;
        int consent = 0;
        int firstDone = 0;
        int inFlight = 0;
        for (const sync::AccountSyncStatus &s : statuses) {
            ++total;
            if (s.inFlight)
                ++inFlight;
            if (s.account.firstSyncDone)
                ++firstDone;
            if (s.account.state == store::AccountState::NeedsConsent)
                ++consent;
            else if (!s.account.lastError.isEmpty())
                ++failing;
            else if (s.account.state == store::AccountState::Ok)
                ++working;
        }
        QStringList parts;
        if (total == 0) {
            parts << tr("No Zalo account connected yet (Tools ▸ Add Zalo account)");
        } else if (m_service->offlineSince() > 0) {
            parts << tr("Offline since %1 — working from the local copy; retrying by itself").arg(timeOf(m_service->offlineSince()));
        } else if (firstDone < total && inFlight > 0) {
            parts << tr("First sync: %1/%2 Zalo accounts").arg(firstDone).arg(total);
        } else if (m_service->lastSuccessAt() > 0) {
            parts << tr("Synced at %1").arg(timeOf(m_service->lastSuccessAt()));
        } else {
            parts << tr("Syncing…");
        }
        if (total > 0) {
            parts << tr("%1/%2 Zalo accounts working").arg(working).arg(total);
            if (failing > 0)
                parts << tr("%n with errors", nullptr, failing);
            if (consent > 0)
                parts << tr("%n need consent again", nullptr, consent);
        }
        m_status->setText(parts.join(QStringLiteral(" · ")));
    }
    if (auto counts = m_services.outbox().counts(); counts) {
        QStringList parts;
        if (counts->queued > 0)
            parts << tr("%n queued", nullptr, counts->queued);
        if (counts->sending > 0)
            parts << tr("%n sending", nullptr, counts->sending);
        if (counts->uncertain > 0)
            parts << tr("%n uncertain", nullptr, counts->uncertain);
        m_outbox->setText(parts.isEmpty() ? QString() : tr("Outbox: %1").arg(parts.join(QStringLiteral(", "))));
        m_outbox->setVisible(!parts.isEmpty());
        // The failed ones wait for an officer: a link to their list rather than a number.
        m_failed->setText(tr("%n failed to send", nullptr, counts->failed));
        m_failed->setAccessibleName(m_failed->text());
        m_failed->setVisible(counts->failed > 0);
    }
    if (m_leases || (m_accountsDialog && m_accountsDialog->isVisible()))
        reloadAccounts();
}

void SyncStatusWidget::showAccounts()
{
    if (!m_accountsDialog) {
        // Not modal: it stays open beside the queue and follows the changes.
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("accountsDialog"));
        dialog->setWindowTitle(tr("Zalo accounts"));
        auto *layout = new QVBoxLayout(dialog);
        auto *view = new QTableView(dialog);
        view->setObjectName(QStringLiteral("accountsView"));
        view->setModel(m_accountsModel);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->horizontalHeader()->setStretchLastSection(true);
        // Only a shared database has sync hosts holding the accounts.
        view->setColumnHidden(AccountStatusModel::HostColumn, !m_leases);
        view->setColumnHidden(AccountStatusModel::HeldSinceColumn, !m_leases);
        layout->addWidget(view);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog->resize(1000, 500);
        m_accountsDialog = dialog;
    }
    reloadAccounts();
    if (auto *view = m_accountsDialog->findChild<QTableView *>(QStringLiteral("accountsView")))
        view->resizeColumnsToContents();
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
}

} // namespace casedesk::ui
