#include "urgentalerts.h"

#include "pcsettings.h"

#include "services.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/store/changefeed.h"
#include "core/store/queuestore.h"
#include "core/store/unitstore.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>

#include <algorithm>

namespace casedesk::ui {

namespace {

constexpr const char *kInterface = "org.freedesktop.Notifications";
constexpr const char *kOpenAction = "open";

bool alarming(const domain::CaseSummary &c)
{
    return c.category == domain::Category::CrimeReport || (c.category == domain::Category::SecurityReport && c.urgent);
}

} // namespace

UrgentAlerts::UrgentAlerts(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("urgentAlerts"));
    const PcSettings pc = PcSettings::load();
    m_enabled = pc.notifications;
    m_sound = pc.sound;
    if (auto newest = m_services.queue().newestCaseId())
        m_newest = *newest;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        bus.connect(QLatin1String(NotificationsService), QLatin1String(NotificationsPath), QLatin1String(kInterface), QStringLiteral("ActionInvoked"),
                    this, SLOT(onActionInvoked(uint, QString)));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        const QIcon icon = QApplication::windowIcon();
        m_tray->setIcon(icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : icon);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
        m_tray->show();
    }
}

UrgentAlerts::~UrgentAlerts() = default;

void UrgentAlerts::setNotificationsEnabled(bool enabled)
{
    m_enabled = enabled;
    PcSettings pc = PcSettings::load();
    pc.notifications = enabled;
    pc.save();
}

void UrgentAlerts::applyChanges(const store::ChangeSet &changes)
{
    if (changes.cases.isEmpty() && !changes.gap)
        return;
    QList<qint64> fresh;
    for (qint64 id : changes.cases) {
        if (id > m_newest)
            fresh << id;
    }
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end());
    m_newest = fresh.constLast();
    // Only what this officer may read, in one statement however many came (a first sync brings thousands).
    domain::QueueFilter open;
    open.now = m_services.clock().nowMs();
    auto rows = m_services.queue().matching(open, m_services.scope(), QVector<qint64>(fresh.cbegin(), fresh.cend()));
    if (!rows)
        return;
    QVector<domain::CaseSummary> alarms;
    for (const domain::CaseSummary &c : std::as_const(*rows)) {
        if (alarming(c))
            alarms << c;
    }
    std::sort(alarms.begin(), alarms.end(), [](const domain::CaseSummary &a, const domain::CaseSummary &b) { return a.id < b.id; });
    if (alarms.isEmpty() || !m_enabled)
        return;
    if (alarms.size() > MaxSingleNotifications) {
        const int crimes = int(
            std::count_if(alarms.cbegin(), alarms.cend(), [](const domain::CaseSummary &c) { return c.category == domain::Category::CrimeReport; }));
        notify(
            tr("%n new urgent case(s)", nullptr, int(alarms.size())),
            tr("%1 crime reports, %2 urgent security reports. The newest: %3.").arg(crimes).arg(alarms.size() - crimes).arg(alarms.constLast().code),
            alarms.constLast().id);
        return;
    }
    QHash<QString, QString> names;
    if (auto units = store::UnitStore(m_services.database()).list()) {
        for (const domain::Unit &u : std::as_const(*units))
            names.insert(u.id, u.name);
    }
    for (const domain::CaseSummary &c : std::as_const(alarms)) {
        const QString what = c.category == domain::Category::CrimeReport ? tr("New crime report") : tr("New urgent security report");
        notify(c.urgent ? tr("⚠ %1 — urgent").arg(what) : what, tr("%1 · %2").arg(c.code, names.value(c.unitId, c.unitId)), c.id);
    }
}

void UrgentAlerts::notify(const QString &summary, const QString &body, qint64 caseId)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (m_tray)
            m_tray->showMessage(summary, body, QSystemTrayIcon::Warning);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(NotificationsService), QLatin1String(NotificationsPath),
                                                       QLatin1String(kInterface), QStringLiteral("Notify"));
    // The body is plain text: the specification lets a server read markup in it.
    const QString plainBody = body.toHtmlEscaped();
    QVariantMap hints {
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(2))},
        {QStringLiteral("category"), QStringLiteral("im.received")},
        {QStringLiteral("desktop-entry"), QStringLiteral("casedesk")},
    };
    if (m_sound)
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-instant"));
    else
        hints.insert(QStringLiteral("suppress-sound"), true);
    call << QStringLiteral("CaseDesk") << uint(0) << QStringLiteral("casedesk") << summary << plainBody
         << QStringList {QLatin1String(kOpenAction), tr("Open case")} << hints << int(-1);
    // Asynchronous: a slow or missing notification service never holds the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, caseId](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            qCWarning(lcUi) << "desktop notification not shown:" << reply.error().message();
        else
            m_notified.insert(reply.value(), caseId);
        w->deleteLater();
    });
}

void UrgentAlerts::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_notified.constFind(id);
    if (it == m_notified.constEnd())
        return; // another program's notification
    if (actionKey == QLatin1String(kOpenAction) || actionKey == QLatin1String("default"))
        Q_EMIT openCaseRequested(*it);
}

void UrgentAlerts::setUrgentWaiting(int urgent)
{
    m_urgentWaiting = urgent;
    if (m_tray)
        m_tray->setToolTip(tr("CaseDesk: %n urgent case(s) waiting", nullptr, urgent));
}

} // namespace casedesk::ui
