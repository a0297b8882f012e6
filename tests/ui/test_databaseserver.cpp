#include "core/common/clock.h"
#include "core/common/datafolder.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "support/scopedenv.h"
#include "support/testdatabase.h"
#include "support/testservices.h"
#include "ui/databaseserverdialog.h"
#include "ui/mainwindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDate>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace casedesk;

namespace {

/// Sets (or, with a null value, removes) an environment variable for one test and puts the
using casedesk::testsupport::ScopedEnv;

/// The dialog's widgets, found the way an officer finds them: by what they are.
struct DialogDriver
{
    explicit DialogDriver(ui::DatabaseServerDialog &d)
        : dialog(d)
        , thisPc(d.findChild<QRadioButton *>(QStringLiteral("thisPc")))
        , server(d.findChild<QRadioButton *>(QStringLiteral("server")))
        , address(d.findChild<QLineEdit *>(QStringLiteral("address")))
        , password(d.findChild<QLineEdit *>(QStringLiteral("password")))
        , test(d.findChild<QPushButton *>(QStringLiteral("testConnection")))
        , save(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save))
    {
        REQUIRE(thisPc);
        REQUIRE(server);
        REQUIRE(address);
        REQUIRE(password);
        REQUIRE(test);
        REQUIRE(save);
    }

    void typeAddress(const QString &text)
    {
        address->selectAll();
        QTest::keyClick(address, Qt::Key_Delete);
        QTest::keyClicks(address, text);
    }

    ui::DatabaseServerDialog &dialog;
    QRadioButton *thisPc;
    QRadioButton *server;
    QLineEdit *address;
    QLineEdit *password;
    QPushButton *test;
    QPushButton *save;
};

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

/// The password of the first entry of a ~/.pgpass-style file (host:port:database:user:password).
QString passwordIn(const QString &pgpass)
{
    QFile file(pgpass);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed().section(QLatin1Char(':'), 4);
}

} // namespace

TEST_CASE("The data server chosen in the window is kept in the data folder and used from the next start", "[ui][dataserver]")
{
    const ScopedEnv noEnvAddress("CASEDESK_DATABASE", QByteArray());
    DataFolder::setDatabaseAddress(QString());
    QTemporaryDir dir;
    const DataFolder folder(dir.path());
    const QString address = QStringLiteral("postgresql://casedesk@csdl.travinh.cand:5432/casedesk?sslmode=verify-full");

    {
        ui::DatabaseServerDialog dialog(dir.path());
        dialog.show();
        DialogDriver d(dialog);
        // A folder that never chose works on this PC's file.
        CHECK(d.thisPc->isChecked());
        CHECK_FALSE(d.address->isEnabled());
        CHECK_FALSE(d.password->isVisibleTo(&dialog)); // asked for only when a server wants one

        d.server->click();
        CHECK(d.address->isEnabled());
        d.typeAddress(address);
        d.save->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.restartNotice() == QStringLiteral("Saved. Restart CaseDesk to use the data server %1.").arg(address));
    }
    CHECK(QFile::exists(dir.filePath(QStringLiteral("server.json"))));
    CHECK(modeOf(dir.filePath(QStringLiteral("server.json"))) == 0600);
    CHECK(folder.savedDatabaseAddress() == address);
    CHECK(folder.databasePath() == address);
    CHECK(folder.usesServer());

    // --database (and CASEDESK_DATABASE) still go before the folder's choice.
    DataFolder::setDatabaseAddress(QStringLiteral("postgresql://127.0.0.1:5433/other"));
    CHECK(folder.databasePath() == QStringLiteral("postgresql://127.0.0.1:5433/other"));
    DataFolder::setDatabaseAddress(QString());

    {
        // The dialog opens on what was saved; going back to this PC forgets the server.
        ui::DatabaseServerDialog dialog(dir.path());
        DialogDriver d(dialog);
        CHECK(d.server->isChecked());
        CHECK(d.address->text() == address);
        d.thisPc->click();
        d.save->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.restartNotice().startsWith(QStringLiteral("Saved. Restart CaseDesk to use this PC's file")));
    }
    CHECK(folder.savedDatabaseAddress().isEmpty());
    CHECK(folder.databasePath() == folder.localDatabaseFile());
    CHECK_FALSE(folder.usesServer());
}

TEST_CASE("An address with a password in it is refused and says where the password goes", "[ui][dataserver]")
{
    const ScopedEnv noEnvAddress("CASEDESK_DATABASE", QByteArray());
    QTemporaryDir dir;
    ui::DatabaseServerDialog dialog(dir.path());
    dialog.show();
    DialogDriver d(dialog);
    d.server->click();
    d.typeAddress(QStringLiteral("postgresql://casedesk:matkhau@csdl.travinh.cand/casedesk"));

    d.save->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.statusText().contains(QStringLiteral("must not carry a password")));
    CHECK(dialog.statusText().contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("server.json"))));

    // Nor is it tried.
    d.test->click();
    CHECK_FALSE(dialog.isTesting());
    CHECK(dialog.statusText().contains(QStringLiteral("must not carry a password")));

    // Nor is an address that is not a data server's.
    d.typeAddress(QStringLiteral("/home/canbo/casedesk.sqlite"));
    d.save->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.statusText().contains(QStringLiteral("is not a PostgreSQL address")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("server.json"))));
}

TEST_CASE("Testing a data server where nothing listens says so in words, and the window answers meanwhile", "[ui][dataserver]")
{
    const ScopedEnv noEnvAddress("CASEDESK_DATABASE", QByteArray());
    QTemporaryDir dir;
    ui::DatabaseServerDialog dialog(dir.path());
    dialog.show();
    DialogDriver d(dialog);
    d.server->click();
    d.typeAddress(QStringLiteral("postgresql://127.0.0.1:1/x"));

    QSignalSpy finished(&dialog, &ui::DatabaseServerDialog::testFinished);
    QElapsedTimer clicked;
    clicked.start();
    d.test->click();
    // The click returns at once, before any answer: the connection is tried on a worker thread
    // and its answer comes back through the event loop.
    CHECK(clicked.elapsed() < 1000);
    CHECK(dialog.isTesting());
    CHECK_FALSE(d.test->isEnabled());
    CHECK(dialog.statusText() == QStringLiteral("Connecting to postgresql://127.0.0.1:1/x…"));

    REQUIRE(finished.wait(15000));
    CHECK(finished.first().first().toBool() == false);
    CHECK_FALSE(dialog.isTesting());
    CHECK(d.test->isEnabled());
    CHECK(dialog.statusText().startsWith(QStringLiteral("Cannot connect to the database server postgresql://127.0.0.1:1/x")));
    CHECK_FALSE(d.password->isVisibleTo(&dialog)); // refused, not a password question
    CHECK_FALSE(ui::DatabaseServerDialog::asksForPassword(dialog.statusText()));
    // Nothing was saved by testing.
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("server.json"))));
}

TEST_CASE("The Tools menu opens the data server's dialog when the program names its data folder", "[ui][dataserver]")
{
    QTemporaryDir dir;
    auto db = store::Database::open(DataFolder(dir.path()).localDatabaseFile());
    REQUIRE(db.ok());
    REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate(2026, 11, 30)).ok());
    SystemClock clock;
    auto services = testsupport::makeServices(*db, clock);
    {
        ui::MainWindow window(*services);
        auto *action = window.findChild<QAction *>(QStringLiteral("dataServerAction"));
        REQUIRE(action);
        CHECK(action->text() == QStringLiteral("&Data server…"));
        CHECK_FALSE(action->isEnabled());
    }
    services->setDataFolder(dir.path());
    ui::MainWindow window(*services);
    CHECK(window.findChild<QAction *>(QStringLiteral("dataServerAction"))->isEnabled());
}

// Runs where scripts/test.sh started its PostgreSQL cluster (CASEDESK_TEST_PG, PGPASSFILE).
TEST_CASE("A data server that asks for a password gets it from the window, which then says what the database holds", "[ui][dataserver]")
{
    const QString cluster = qEnvironmentVariable("CASEDESK_TEST_PG");
    const QString pgpass = qEnvironmentVariable("PGPASSFILE");
    if (cluster.isEmpty() || pgpass.isEmpty()) // fails, never skips: the suite needs its server
        FAIL("No PostgreSQL test cluster (CASEDESK_TEST_PG, PGPASSFILE): run the tests with scripts/test.sh, which starts one.");
    const QString secret = passwordIn(pgpass);
    REQUIRE_FALSE(secret.isEmpty());
    QTemporaryDir dir;
    QString url;
    {
        // A database of this test's own on the cluster, with the shipped unit tree in it.
        const ScopedEnv backend("CASEDESK_TEST_BACKEND", QByteArrayLiteral("postgresql"));
        const ScopedEnv restoreAddress("CASEDESK_DATABASE", qgetenv("CASEDESK_DATABASE"));
        url = testsupport::freshDatabase(dir.path());
    }
    {
        auto db = store::Database::open(url);
        REQUIRE(db.ok());
        REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate(2026, 11, 30)).ok());
    }

    // This PC's ~/.pgpass holds nothing for the server: the window must ask.
    QTemporaryDir home;
    QFile empty(home.filePath(QStringLiteral("pgpass")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq ignores a wider one, noisily
    const ScopedEnv noPgpass("PGPASSFILE", QFile::encodeName(empty.fileName()));
    const ScopedEnv noPassword("PGPASSWORD", QByteArray());

    ui::DatabaseServerDialog dialog(dir.path());
    dialog.show();
    DialogDriver d(dialog);
    d.server->click();
    d.typeAddress(url);
    QSignalSpy finished(&dialog, &ui::DatabaseServerDialog::testFinished);

    d.test->click();
    REQUIRE(finished.wait(15000));
    CHECK(finished.takeFirst().first().toBool() == false);
    CHECK(ui::DatabaseServerDialog::asksForPassword(dialog.statusText()));
    CHECK(dialog.statusText().contains(QStringLiteral("Enter the password below")));
    REQUIRE(d.password->isVisibleTo(&dialog));
    CHECK(d.password->echoMode() == QLineEdit::Password);

    // A wrong password is refused and asked again.
    QTest::keyClicks(d.password, QStringLiteral("sai-mat-khau"));
    d.test->click();
    REQUIRE(finished.wait(15000));
    CHECK(finished.takeFirst().first().toBool() == false);
    CHECK(d.password->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.statusText().contains(QStringLiteral("sai-mat-khau")));

    d.password->setText(secret);
    d.test->click();
    REQUIRE(finished.wait(15000));
    CHECK(finished.takeFirst().first().toBool() == true);
    INFO(dialog.statusText().toStdString());
    const QString connected = ui::DatabaseServerDialog::tr("Connected to %1: schema version %2, %n unit(s).", nullptr, 127)
                                  .arg(url, QString::number(store::Database::schemaVersion()));
    CHECK(dialog.statusText().startsWith(connected));
    CHECK(connected.contains(QStringLiteral("schema version %1, 127 unit").arg(store::Database::schemaVersion())));
    CHECK(dialog.statusText().contains(QStringLiteral("The password is not kept")));

    d.save->click();
    CHECK(dialog.result() == QDialog::Accepted);
    QFile saved(dir.filePath(QStringLiteral("server.json")));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray kept = saved.readAll();
    CHECK(kept.contains(url.toUtf8()));
    CHECK_FALSE(kept.contains(secret.toUtf8())); // the password is never written down
}
