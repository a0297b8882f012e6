#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QDBusPendingCallWatcher;

namespace casedesk::store {
struct ChangeSet;
}

namespace casedesk::ui {

class Services;

/// Tells the officer when a crime report or an urgent security report arrives for one of their
/// units, while the window is open: a desktop notification through the freedesktop
/// notification service on the session bus (org.freedesktop.Notifications, with a sound where
/// the desktop plays one) whose "Mở vụ việc" action opens the case, and, where the desktop has a
/// tray, an icon with the number of urgent cases waiting. The notification names the category,
/// the unit and the case's code, never the citizen or their words: it shows on a screen others
/// may see.
class UrgentAlerts final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *NotificationsService = "org.freedesktop.Notifications";
    static constexpr const char *NotificationsPath = "/org/freedesktop/Notifications";
    /// More new cases than this in one change make one notification that counts them.
    static constexpr int MaxSingleNotifications = 3;

    explicit UrgentAlerts(Services &services, QObject *parent = nullptr);
    ~UrgentAlerts() override;

    /// Whether desktop notifications are sent (this PC's setting, on by default).
    bool notificationsEnabled() const { return m_enabled; }
    void setNotificationsEnabled(bool enabled);
    /// Whether a notification asks the desktop for its new-message sound (this PC's setting).
    bool soundEnabled() const { return m_sound; }
    void setSoundEnabled(bool enabled) { m_sound = enabled; }
    /// The tray icon, when the desktop has a tray (else null).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// Urgent cases waiting for the officer's units, as the tray says (the window gives the
    /// number it counted for the unit tree, so that both agree and it is counted once).
    int urgentWaiting() const { return m_urgentWaiting; }
    void setUrgentWaiting(int urgent);

public Q_SLOTS:
    /// What the change feed reports: new cases are looked at, the tray's count read again.
    void applyChanges(const casedesk::store::ChangeSet &changes);

Q_SIGNALS:
    /// The officer chose a notification's action (or the tray icon): the window shows the case.
    void openCaseRequested(qint64 caseId);
    /// The tray icon was clicked: the window comes to the front.
    void showWindowRequested();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);

private:
    void notify(const QString &summary, const QString &body, qint64 caseId);

    Services &m_services;
    qint64 m_newest = 0; // cases above this id are new to this window
    bool m_enabled = true;
    bool m_sound = true;
    int m_urgentWaiting = 0;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<uint, qint64> m_notified; // notification id → case
};

} // namespace casedesk::ui
