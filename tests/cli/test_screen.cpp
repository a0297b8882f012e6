// The real window on a common office screen (issue 16): `casedesk` started on an X server of
// 1366×768 (Xvfb) with a window manager (openbox), as an officer's PC runs it; the window must
// fit the screen, so that the status bar (Đồng bộ ngay, the outbox) can be seen and reached.
#include "support/clirunner.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using casedesk::testsupport::runCli;

namespace {

/// A process killed when the test ends, whatever happens.
struct Running
{
    QProcess process;
    ~Running()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

/// What `xdotool` prints for @p args on @p display, trimmed; empty when it fails.
QString xdotool(const QProcessEnvironment &env, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("casedesk on a 1366x768 screen with a window manager fits it, status bar included", "[cli][gui][screen]")
{
    for (const char *tool : {"Xvfb", "openbox", "xdotool", "xwininfo"}) {
        INFO(tool << " is missing: scripts/deps.sh installs it");
        REQUIRE_FALSE(QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty());
    }
    QTemporaryDir root;
    const QString data = QDir(root.path()).filePath(QStringLiteral("demo"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--history"), QStringLiteral("2"), QStringLiteral("--data-dir"), data}).exitCode == 0);

    // A display of its own: the number from this process, so that parallel runs do not meet.
    const int number = 140 + int(QCoreApplication::applicationPid() % 500);
    const QString display = QStringLiteral(":%1").arg(number);
    Running server;
    server.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.process.setStandardOutputFile(QProcess::nullDevice());
    server.process.start(
        QStringLiteral("Xvfb"),
        {display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    REQUIRE(server.process.waitForStarted());
    const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(number);
    for (int i = 0; i < 100 && !QFileInfo::exists(socket); ++i)
        QThread::msleep(100);
    REQUIRE(QFileInfo::exists(socket));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(root.path()).filePath(QStringLiteral("config"))); // a first start
    Running manager;
    manager.process.setProcessEnvironment(env);
    manager.process.setStandardOutputFile(QProcess::nullDevice());
    manager.process.setStandardErrorFile(QProcess::nullDevice());
    manager.process.start(QStringLiteral("openbox"), {});
    REQUIRE(manager.process.waitForStarted());
    QThread::msleep(500);

    Running window;
    window.process.setProcessEnvironment(env);
    window.process.setStandardOutputFile(QProcess::nullDevice());
    window.process.setStandardErrorFile(QProcess::nullDevice());
    window.process.start(QStringLiteral(CASEDESK_GUI_PATH), {QStringLiteral("--data-dir"), data});
    REQUIRE(window.process.waitForStarted());

    // The main window, once the window manager has placed it (maximised on this screen).
    QString id;
    for (int i = 0; i < 60 && id.isEmpty() && window.process.state() == QProcess::Running; ++i) {
        QThread::msleep(500);
        id = xdotool(env, {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), QStringLiteral("^CaseDesk")})
                 .section(QLatin1Char('\n'), 0, 0);
    }
    REQUIRE_FALSE(id.isEmpty());
    QThread::msleep(1500);
    // xwininfo: the window's absolute place on the root window (xdotool counts the title bar twice).
    QProcess info;
    info.setProcessEnvironment(env);
    info.start(QStringLiteral("xwininfo"), {QStringLiteral("-id"), id});
    REQUIRE(info.waitForFinished(10000));
    QHash<QString, int> g;
    for (const QString &raw : QString::fromUtf8(info.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const auto take = [&](const char *label, const char *key) {
            if (line.startsWith(QLatin1String(label)))
                g.insert(QLatin1String(key), line.section(QLatin1Char(':'), 1).trimmed().toInt());
        };
        take("Absolute upper-left X", "X");
        take("Absolute upper-left Y", "Y");
        take("Width", "WIDTH");
        take("Height", "HEIGHT");
    }
    INFO("window at " << g.value(QStringLiteral("X")) << "," << g.value(QStringLiteral("Y")) << " size " << g.value(QStringLiteral("WIDTH")) << "x"
                      << g.value(QStringLiteral("HEIGHT")));
    REQUIRE(g.contains(QStringLiteral("WIDTH")));
    CHECK(g.value(QStringLiteral("X")) >= 0);
    CHECK(g.value(QStringLiteral("Y")) >= 0);
    CHECK(g.value(QStringLiteral("X")) + g.value(QStringLiteral("WIDTH")) <= 1366);
    // The bottom of the window, where the status bar is, is on the screen.
    CHECK(g.value(QStringLiteral("Y")) + g.value(QStringLiteral("HEIGHT")) <= 768);
    CHECK(g.value(QStringLiteral("WIDTH")) >= 1000);
    CHECK(window.process.state() == QProcess::Running);
}
