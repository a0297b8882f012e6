#include "syncstatuswidget.h"

#include "services.h"

#include "core/store/changefeed.h"

#include "accountstatusmodel.h"

#include "core/common/clock.h"
#include "core/store/accountstore.h"
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
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk::ui {

namespace {

QString timeOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(), QStringLiteral("HH:mm"));
}

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
    m_outbox = new QLabel(this);
    m_outbox->setObjectName(QStringLiteral("outboxState"));
    m_outbox->setTextFormat(Qt::PlainText);
    auto *details = new QPushButton(tr("Zalo accounts…"), this);
    details->setObjectName(QStringLiteral("accountsButton"));
    details->setFlat(true);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setEnabled(m_service != nullptr);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Read every Zalo account now (F5)"));
    layout->addWidget(m_status);
    layout->addWidget(m_outbox);
    layout->addWidget(details);
    layout->addWidget(m_syncNow);
    connect(details, &QPushButton::clicked, this, &SyncStatusWidget::showAccounts);
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

QString SyncStatusWidget::statusText() const
{
    return m_status->text();
}

void SyncStatusWidget::refresh()
{
    if (!m_service) {
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
        if (counts->failed > 0)
            parts << tr("%n failed", nullptr, counts->failed);
        if (counts->uncertain > 0)
            parts << tr("%n uncertain", nullptr, counts->uncertain);
        m_outbox->setText(parts.isEmpty() ? QString() : tr("Outbox: %1").arg(parts.join(QStringLiteral(", "))));
        m_outbox->setVisible(!parts.isEmpty());
    }
}

void SyncStatusWidget::showAccounts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Zalo accounts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QTableView(&dialog);
    view->setObjectName(QStringLiteral("accountsView"));
    auto *model = new AccountStatusModel(&dialog);
    QHash<QString, QString> paths;
    if (auto list = m_services.units().list(true); list) {
        for (const domain::Unit &u : *list)
            paths.insert(u.id, u.path);
    }
    if (auto list = m_services.accounts().list(); list)
        model->setAccounts(*list, paths);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 500);
    dialog.exec();
}

} // namespace casedesk::ui
