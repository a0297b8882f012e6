// A PC of a province that loses its data server: the window says so and since when, keeps what it
// shows, refuses officers' actions at once (saying why, changing nothing), keeps the answer being
// written on this PC, and once the server is back reloads what changed meanwhile. The network
// between the PC and the server is a proxy the test cuts and mends; another connection plays the
// province's other PCs.
#include "case/casetestsupport.h"
#include "support/scopedenv.h"
#include "support/tcpproxy.h"
#include "support/testservices.h"

#include "core/domain/officetime.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/changefeed.h"
#include "ui/caseactions.h"
#include "ui/caseview.h"
#include "ui/localdrafts.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace casedesk;
using namespace casetest;

namespace {

using casedesk::testsupport::ScopedEnv;

/// These tests need the PostgreSQL cluster scripts/test.sh starts: they fail without it, never skip.
void requireCluster()
{
    if (qEnvironmentVariable("CASEDESK_TEST_PG").isEmpty() || qEnvironmentVariable("PGPASSFILE").isEmpty())
        FAIL("No PostgreSQL test cluster (CASEDESK_TEST_PG, PGPASSFILE): run the tests with scripts/test.sh, which starts one.");
}

bool historyHas(const ui::CaseView &view, const QString &text)
{
    const QStandardItemModel *m = view.historyModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->index(r, c).data().toString().contains(text))
                return true;
        }
    }
    return false;
}

/// The case view in the window's case pane, following the queue's selection (as app/gui/main.cpp does).
void plugIn(ui::MainWindow &window, ui::CaseView &view)
{
    auto *pane = qobject_cast<QStackedWidget *>(window.casePaneHost());
    REQUIRE(pane);
    pane->addWidget(&view);
    QObject::connect(&window, &ui::MainWindow::currentCaseChanged, &view, [pane, &view](qint64 caseId) {
        view.showCase(caseId);
        pane->setCurrentIndex(caseId ? pane->indexOf(&view) : 0);
    });
}

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

TEST_CASE("A PC that loses the data server says since when, refuses actions at once changing nothing, keeps the answer being written on "
          "this PC, and once the server is back shows what changed meanwhile",
          "[ui][offline]")
{
    requireCluster();
    const ScopedEnv backend("CASEDESK_TEST_BACKEND", QByteArrayLiteral("postgresql"));
    const ScopedEnv address("CASEDESK_DATABASE", qgetenv("CASEDESK_DATABASE"));
    Fixture f; // the province's database; f.db is another PC, with a good line
    const qint64 caseId = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước cần gì ạ"), kT0);
    f.clock.ms = kT0 + kHour;

    // This PC reaches the server through a line the test can cut; its password file names the line's port too.
    const QUrl direct(f.db->path());
    testsupport::TcpProxy line(direct.host(), quint16(direct.port()));
    REQUIRE(line.listen());
    QTemporaryDir pcFolder;
    const QString passfile = testsupport::pgpassForAnyLocalPort(pcFolder.path());
    REQUIRE_FALSE(passfile.isEmpty());
    const ScopedEnv pgpass("PGPASSFILE", QFile::encodeName(passfile));
    QUrl viaLine = direct;
    viaLine.setPort(line.port());
    auto pc = store::Database::open(viaLine.toString());
    REQUIRE(pc.ok());
    REQUIRE(pc->isShared());

    auto services = testsupport::makeServices(*pc, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    services->setDataFolder(pcFolder.path());
    ui::MainWindow window(*services);
    ui::CaseView view(*services);
    plugIn(window, view);
    QStringList asked;
    view.setTextFunction([&](const QString &title, const QString &, bool) -> std::optional<QString> {
        asked << title;
        return QStringLiteral("Đã gọi điện hướng dẫn");
    });
    view.setConfirmFunction([](const QString &, const QString &) { return true; });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.selectCase(caseId));
    REQUIRE(view.caseId() == caseId);
    CHECK_FALSE(window.serverBanner()->isVisible());
    const int eventsBefore = int(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1", caseId));
    const qint64 versionBefore = f.scalar("SELECT version FROM cases WHERE id = ?1", caseId);

    // The line is cut: a strip above the queue says so, with the time; what is shown stays.
    line.cut();
    REQUIRE(QTest::qWaitFor([&] { return window.serverBanner()->isVisible(); }, 10000));
    const qint64 since = services->changes().serverLostSince();
    REQUIRE(since > 0);
    const QString at = domain::officeDateTime(since).toString(QStringLiteral("HH:mm"));
    const QString banner = window.serverBannerText()->text();
    INFO(banner.toStdString());
    CHECK(banner.startsWith(QStringLiteral("Lost the connection to the data server at %1 (%2)")
                                .arg(at, domain::officeDateTime(since).toString(QStringLiteral("dd/MM")))));
    CHECK(banner.contains(QStringLiteral("trying to connect again")));
    CHECK(banner.contains(QStringLiteral("answers being written are kept on this PC")));
    CHECK(window.serverBanner()->geometry().bottom() <= window.queueView()->mapTo(&window, QPoint(0, 0)).y());
    CHECK(window.queueModel()->rowOfCase(caseId) >= 0);
    CHECK(view.caseId() == caseId);
    CHECK(view.detail().messages.size() == 1);

    // A note is refused within a second, before its dialog, naming the loss and its time; the
    // case is unchanged.
    const QString refusal = QStringLiteral("Not done: no connection to the data server since %1. Nothing was changed").arg(at);
    QElapsedTimer refused;
    refused.start();
    view.caseActions()->action(ui::CaseActions::Note)->trigger();
    CHECK(refused.elapsed() < 1000);
    CHECK(asked.isEmpty());
    INFO(view.messageLabel()->text().toStdString());
    CHECK(view.messageLabel()->text().startsWith(refusal));

    // An answer typed while away is kept on this PC, in a file for the owner alone.
    const QString draft = QStringLiteral("Chào bạn, bạn mang theo giấy khai sinh và sổ hộ khẩu đến Công an phường.");
    view.editor()->setFocus();
    view.editor()->insertPlainText(draft);
    const QString draftsFile = QDir(pcFolder.path()).filePath(ui::LocalDrafts::fileName());
    REQUIRE(QTest::qWaitFor(
        [&] {
            QFile file(draftsFile);
            return file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()).contains(draft);
        },
        3000));
    CHECK((QFile(draftsFile).permissions() & kOthers) == QFileDevice::Permissions());
    CHECK(QFile(draftsFile).permissions().testFlag(QFileDevice::ReadOwner));
    {
        const ui::LocalDrafts kept(pcFolder.path(), pc->path(), QStringLiteral("Phạm Thu"));
        CHECK(kept.drafts().value(caseId).text == draft);
    }

    // Send says why nothing is sent, within a second, and queues nothing.
    REQUIRE(view.sendButton()->isEnabled());
    refused.restart();
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    CHECK(refused.elapsed() < 1000);
    CHECK(view.messageLabel()->text().startsWith(refusal));
    CHECK(view.editor()->toPlainText() == draft);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", caseId) == 0);
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE case_id = ?1", caseId) == eventsBefore);
    CHECK(f.scalar("SELECT version FROM cases WHERE id = ?1", caseId) == versionBefore);

    // Meanwhile the province goes on: a citizen writes, another officer notes on this case.
    const qint64 newCase = f.message(QStringLiteral("u2"), QStringLiteral("Cho hỏi thủ tục cấp hộ chiếu"), kT0 + kHour / 2);
    domain::OfficerScope other = everyUnit(QStringLiteral("Lê Văn Tám"));
    const QString otherNote = QStringLiteral("Công dân đã đến trụ sở");
    REQUIRE(store::CaseWriter(*f.db, f.clock).note(other, caseId, otherNote).ok());
    CHECK(window.queueModel()->rowOfCase(newCase) == -1);

    // The line is mended: the PC connects again by itself, the strip goes, the queue and the case
    // show what changed, and the answer being written is still there and reaches the store.
    REQUIRE(line.listen(quint16(viaLine.port())));
    REQUIRE(QTest::qWaitFor([&] { return !window.serverBanner()->isVisible(); }, 15000));
    CHECK(services->changes().serverLostSince() == 0);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Connected to the data server again"));
    REQUIRE(QTest::qWaitFor([&] { return window.queueModel()->rowOfCase(newCase) >= 0; }, 3000));
    REQUIRE(QTest::qWaitFor([&] { return historyHas(view, otherNote); }, 3000));
    CHECK(view.caseId() == caseId);
    CHECK(view.editor()->toPlainText() == draft);
    CHECK_FALSE(view.messageLabel()->text().startsWith(refusal));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto stored = store::CaseStore(*f.db).draft(everyUnit(QStringLiteral("Phạm Thu")), caseId);
            return stored && stored->text == draft;
        },
        3000));

    // Actions work again: the answer is queued, and leaves the file on this PC at once.
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    INFO(view.messageLabel()->text().toStdString());
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE case_id = ?1", caseId) == 1);
    {
        const ui::LocalDrafts kept(pcFolder.path(), pc->path(), QStringLiteral("Phạm Thu"));
        CHECK_FALSE(kept.drafts().contains(caseId));
    }
    view.caseActions()->action(ui::CaseActions::Note)->trigger();
    CHECK(asked.size() == 1);
    CHECK(historyHas(view, QStringLiteral("Đã gọi điện hướng dẫn")));
}

TEST_CASE("An answer kept only on this PC comes back to its case when CaseDesk starts again, unless the store has a later one", "[ui][offline]")
{
    requireCluster();
    const ScopedEnv backend("CASEDESK_TEST_BACKEND", QByteArrayLiteral("postgresql"));
    const ScopedEnv address("CASEDESK_DATABASE", qgetenv("CASEDESK_DATABASE"));
    Fixture f;
    const qint64 lostCase = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    const qint64 laterCase = f.message(QStringLiteral("u2"), QStringLiteral("Cho em hỏi đăng ký tạm trú"), kT0);
    f.clock.ms = kT0 + kHour;
    const domain::OfficerScope officer = everyUnit(QStringLiteral("Phạm Thu"));
    QTemporaryDir pcFolder;

    // The last session typed both while the server was away, then the PC stopped; meanwhile the
    // officer finished the second one on another PC.
    const QString typedHere = QStringLiteral("Chào bạn, bạn mang theo giấy khai sinh.");
    {
        ui::LocalDrafts kept(pcFolder.path(), f.db->path(), officer.officer);
        kept.put(lostCase, {typedHere, QString(), kT0 + kHour - 60000});
        kept.put(laterCase, {QStringLiteral("Bản cũ"), QString(), kT0 + kHour - 60000});
        REQUIRE(kept.flush());
    }
    REQUIRE(store::CaseStore(*f.db).saveDraft(officer, laterCase, {QStringLiteral("Bản mới, viết ở máy khác"), QString(), kT0 + kHour - 1000}).ok());

    auto services = testsupport::makeServices(*f.db, f.clock, officer);
    services->setDataFolder(pcFolder.path());
    ui::CaseView view(*services);
    view.showCase(lostCase);
    CHECK(view.editor()->toPlainText() == typedHere);
    view.showCase(laterCase);
    CHECK(view.editor()->toPlainText() == QStringLiteral("Bản mới, viết ở máy khác"));
    // The one kept here alone reaches the store.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto stored = store::CaseStore(*f.db).draft(officer, lostCase);
            return stored && stored->text == typedHere;
        },
        3000));
}

TEST_CASE("On a PC's own file no drafts file is written: the file is the store", "[ui][offline]")
{
    const ScopedEnv backend("CASEDESK_TEST_BACKEND", QByteArrayLiteral("sqlite"));
    Fixture f; // this PC's SQLite file
    REQUIRE_FALSE(f.db->isShared());
    const qint64 caseId = f.message(QStringLiteral("u1"), QStringLiteral("Cho em hỏi làm căn cước"), kT0);
    f.clock.ms = kT0 + kHour;
    auto services = testsupport::makeServices(*f.db, f.clock, everyUnit(QStringLiteral("Phạm Thu")));
    services->setDataFolder(f.dir.path());
    {
        ui::CaseView view(*services);
        view.showCase(caseId);
        view.editor()->insertPlainText(QStringLiteral("Chào bạn"));
    }
    CHECK_FALSE(QFile::exists(QDir(f.dir.path()).filePath(ui::LocalDrafts::fileName())));
    const auto stored = store::CaseStore(*f.db).draft(everyUnit(QStringLiteral("Phạm Thu")), caseId);
    REQUIRE(stored);
    CHECK(stored->text == QStringLiteral("Chào bạn"));
}
