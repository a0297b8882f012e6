// Alerts (issue 16): a new crime report or urgent security report makes a desktop notification
// through org.freedesktop.Notifications on the test run's private D-Bus session, received here by
// a fake notification service, whose "open" action shows the case in the window.
#include "case/casetestsupport.h"
#include "support/testservices.h"

#include "core/store/changefeed.h"
#include "core/store/queuestore.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"
#include "ui/urgentalerts.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

using namespace casedesk;
using namespace casetest;

namespace {

/// The notification service of a desktop, as far as CaseDesk speaks to it: it records what it
/// is asked to show and can say that the user chose an action.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id = 0;
        QString appName, summary, body;
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotifications(QDBusConnection bus)
        : m_bus(bus)
    {
    }
    QList<Shown> shown;

    void chooseAction(uint id, const QString &key)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << key;
        m_bus.send(signal);
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int)
    {
        shown.push_back({uint(100 + shown.size()), appName, summary, body, actions, hints});
        return shown.constLast().id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("sound")}; }

private:
    QDBusConnection m_bus;
};

domain::TriageResult triageAs(domain::Category category, bool urgent)
{
    domain::TriageResult t;
    t.category = category;
    t.confidence = 0.95;
    t.urgent = urgent;
    return t;
}

} // namespace

TEST_CASE("A new crime report makes a desktop notification without the citizen's words, whose action opens the case", "[ui][alerts]")
{
    INFO("No D-Bus session: run the tests with scripts/test.sh, which starts a private one.");
    REQUIRE(QDBusConnection::sessionBus().isConnected());
    // The fake service on a connection of its own, as another program on the desktop.
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
    REQUIRE(bus.isConnected());
    FakeNotifications fake(bus);
    REQUIRE(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake, QDBusConnection::ExportAllSlots));
    // ctest runs tests side by side on one session bus: wait while another test holds the name.
    bool named = false;
    for (int i = 0; i < 300 && !(named = bus.registerService(QStringLiteral("org.freedesktop.Notifications"))); ++i)
        QTest::qWait(100);
    REQUIRE(named);

    Fixture f;
    const qint64 old = f.message(QStringLiteral("u0"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::MainWindow window(*services);
    window.show();
    ui::UrgentAlerts *alerts = window.alerts();
    REQUIRE(alerts);
    alerts->setNotificationsEnabled(true);
    services->changes().check();
    QCoreApplication::processEvents();
    CHECK(fake.shown.isEmpty()); // what was there before the window opened is not news

    // A procedure question arrives: no notification. Then a crime report.
    f.message(QStringLiteral("u1"), QStringLiteral("Cho hỏi đăng ký tạm trú"), kT0 + kHour);
    services->changes().check();
    f.triage = [](const QString &, qint64) {
        return triageAs(domain::Category::CrimeReport, true);
    };
    const QString secret = QStringLiteral("Tôi tố giác ông Năm ở ấp 3 bán ma túy, tên tôi là Lê Văn Tám");
    const qint64 crime = f.message(QStringLiteral("u2"), secret, kT0 + kHour);
    services->changes().check();
    QTRY_COMPARE_WITH_TIMEOUT(fake.shown.size(), 1, 5000);
    const FakeNotifications::Shown &n = fake.shown.constFirst();
    CHECK(n.appName == QStringLiteral("CaseDesk"));
    CHECK(n.summary.contains(ui::UrgentAlerts::tr("New crime report")));
    // It names the case and its unit, never the citizen or what they wrote.
    const auto summary = services->queue().summary(crime, services->scope());
    REQUIRE(summary);
    CHECK(n.body.contains(summary->code));
    CHECK_FALSE(n.body.contains(QStringLiteral("Năm")));
    CHECK_FALSE(n.body.contains(QStringLiteral("Tám")));
    CHECK(n.actions.contains(QStringLiteral("open")));
    CHECK(n.hints.value(QStringLiteral("urgency")).toInt() == 2);
    CHECK(n.hints.contains(QStringLiteral("sound-name")));

    // The officer was looking at another case in another tab; the notification's action opens this one.
    window.categoryTabs()->setCurrentIndex(4); // procedure questions
    REQUIRE(window.selectCase(old));
    QSignalSpy changed(&window, &ui::MainWindow::currentCaseChanged);
    fake.chooseAction(n.id, QStringLiteral("open"));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentCaseId(), crime, 5000);
    CHECK(changed.size() >= 1);

    // Switched off (View ▸ Desktop notifications), nothing more is shown.
    alerts->setNotificationsEnabled(false);
    f.message(QStringLiteral("u3"), QStringLiteral("Nhà tôi bị trộm xe"), kT0 + kHour);
    services->changes().check();
    QTest::qWait(300);
    CHECK(fake.shown.size() == 1);
    alerts->setNotificationsEnabled(true);
    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
}

TEST_CASE("Many urgent reports at once make one notification that counts them, and the tray count agrees with the unit tree", "[ui][alerts]")
{
    INFO("No D-Bus session: run the tests with scripts/test.sh, which starts a private one.");
    REQUIRE(QDBusConnection::sessionBus().isConnected());
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications-2"));
    FakeNotifications fake(bus);
    REQUIRE(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake, QDBusConnection::ExportAllSlots));
    // ctest runs tests side by side on one session bus: wait while another test holds the name.
    bool named = false;
    for (int i = 0; i < 300 && !(named = bus.registerService(QStringLiteral("org.freedesktop.Notifications"))); ++i)
        QTest::qWait(100);
    REQUIRE(named);

    Fixture f;
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    ui::MainWindow window(*services);
    window.show();
    window.alerts()->setNotificationsEnabled(true);
    f.triage = [](const QString &, qint64) {
        return triageAs(domain::Category::SecurityReport, true);
    };
    for (int i = 0; i < 5; ++i)
        f.message(QStringLiteral("s%1").arg(i), QStringLiteral("Đang có đánh nhau ở chợ %1").arg(i), kT0 + kHour);
    services->changes().check();
    QTRY_COMPARE_WITH_TIMEOUT(fake.shown.size(), 1, 5000);
    CHECK(fake.shown.constFirst().summary == ui::UrgentAlerts::tr("%n new urgent case(s)", nullptr, 5));
    CHECK(window.alerts()->urgentWaiting() == 5);
    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications-2"));
}

#include "test_alerts.moc"
