// The data folder as casedesk-cli leaves it: private to its owner, and a database that cannot be
// used (damaged, read-only, locked) named as such, with what to do, and left as it was.

#include "core/common/datafolder.h"
#include "core/store/database.h"
#include "core/sync/synclock.h"
#include "support/clirunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>

using namespace casedesk;
using testsupport::CliResult;
using testsupport::runCli;
using testsupport::runProgram;

namespace {

CliResult unitsList(const QString &dataDir)
{
    return runCli(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir});
}

/// The user "nobody", for what root would do anyway (write a read-only file).
constexpr uid_t kNobody = 65534;

/// Runs `units list` as a user bound by file permissions: as is, or under setpriv as nobody
/// (owning @p tree) when the tests run as root. Nullopt when that is impossible here.
std::optional<CliResult> unitsListUnprivileged(const QString &tree, const QString &dataDir)
{
    const QStringList args
        = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir};
    if (::geteuid() != 0)
        return runCli(args);
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return std::nullopt;
    const auto own = [](const QString &path) {
        REQUIRE(::lchown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0);
    };
    own(tree);
    QDirIterator it(tree, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        own(it.next());
    return runProgram(setpriv,
                      QStringList {QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                                   QStringLiteral("--clear-groups"), QStringLiteral(CASEDESK_CLI_PATH)}
                          + args);
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

void setMode(const QString &path, int mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes, int mode = 0600)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    setMode(path, mode);
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Sets the umask of this process (and of the programs it starts) for one scope.
class Umask final
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_old); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_old;
};

/// A data folder made by casedesk-cli (private), with its database.
QString madeByCli(const QTemporaryDir &dir)
{
    const QString data = dir.filePath(QStringLiteral("data"));
    const CliResult made = unitsList(data);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return data;
}

/// What a user is told, and that the database is left as it was.
struct Untouched
{
    QString folder;
    QString database;
    QByteArray bytes;
    QStringList files;

    explicit Untouched(const QString &dataDir)
        : folder(dataDir)
        , database(DataFolder(dataDir).databasePath())
        , bytes(bytesOf(database))
        , files(entries(dataDir))
    {
    }

    void check(const CliResult &r, const QStringList &said) const
    {
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.errLines().size() == 1);
        for (const QString &words : said)
            CHECK(r.err.contains(words));
        CHECK_FALSE(r.err.contains(QStringLiteral("not a CaseDesk database")));
        CHECK(bytesOf(database) == bytes);
        CHECK(entries(folder) == files);
    }
};

/// The lines of stderr other than the warning of a folder without officers (sign-in not enabled).
QStringList noticesBesideSignIn(const CliResult &r)
{
    QStringList lines = r.errLines();
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("Warning: sign-in is not enabled")); });
    return lines;
}

} // namespace

TEST_CASE("A data folder casedesk-cli creates is readable only by its owner: folder 0700, database and journal files 0600", "[cli][datafolder]")
{
    const Umask usual(022);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("new/data"));
    const CliResult r = unitsList(data);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(noticesBesideSignIn(r).isEmpty()); // nothing to tighten in a folder CaseDesk made itself
    const DataFolder folder(data);
    CHECK(modeOf(data) == 0700);
    CHECK(modeOf(folder.databasePath()) == 0600);
    for (const QString &name : entries(data)) {
        INFO(name.toStdString());
        CHECK((modeOf(QDir(data).filePath(name)) & 077) == 0);
    }

    // While CaseDesk works: SQLite's journal files and the sync lock.
    auto db = store::Database::open(folder.databasePath());
    REQUIRE(db.ok());
    CHECK(modeOf(folder.databasePath() + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(folder.databasePath() + QStringLiteral("-shm")) == 0600);
    sync::SyncLock lock(folder.syncLockPath());
    REQUIRE(lock.acquire().ok());
    CHECK(modeOf(folder.syncLockPath()) == 0600);
}

TEST_CASE("A data folder other users could read is made private when opened, with one notice", "[cli][datafolder]")
{
    const Umask usual(022);
    QTemporaryDir dir;
    const QString data = madeByCli(dir);
    const DataFolder folder(data);
    // As an earlier CaseDesk left it: 0755 folders, 0644 files.
    setMode(data, 0755);
    setMode(folder.databasePath(), 0644);
    writeFile(QDir(data).filePath(QStringLiteral("demo-secrets.json")), R"({"version":1,"secrets":{}})", 0664);
    writeFile(QDir(data).filePath(QStringLiteral("notes.txt")), "not CaseDesk's", 0644);
    REQUIRE(QDir(data).mkdir(QStringLiteral("locks")));
    setMode(QDir(data).filePath(QStringLiteral("locks")), 0755);
    writeFile(QDir(data).filePath(QStringLiteral("locks/zalo-token-1.lock")), "1\n", 0644);

    const CliResult r = unitsList(data);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(noticesBesideSignIn(r).size() == 1);
    CHECK(r.err.contains(data));
    CHECK(r.err.contains(QStringLiteral("private")));
    CHECK(modeOf(data) == 0700);
    CHECK(modeOf(folder.databasePath()) == 0600);
    CHECK(modeOf(QDir(data).filePath(QStringLiteral("demo-secrets.json"))) == 0600);
    CHECK(modeOf(QDir(data).filePath(QStringLiteral("locks"))) == 0700);
    CHECK(modeOf(QDir(data).filePath(QStringLiteral("locks/zalo-token-1.lock"))) == 0600);
    // What CaseDesk did not make is left alone (--data-dir may name any folder): the folder keeps others out.
    CHECK(modeOf(QDir(data).filePath(QStringLiteral("notes.txt"))) == 0644);

    // Said once: the next start finds nothing to tighten.
    const CliResult again = unitsList(data);
    CHECK(again.exitCode == 0);
    CHECK(noticesBesideSignIn(again).isEmpty());
}

TEST_CASE("A damaged database is named as damaged, with what to do, and left byte for byte", "[cli][datafolder][errors]")
{
    QTemporaryDir dir;
    const QString data = madeByCli(dir);
    const QString database = DataFolder(data).databasePath();

    SECTION("garbage bytes")
    {
        QByteArray garbage(64 * 1024, '\0');
        QRandomGenerator random(20261130);
        for (char &c : garbage)
            c = char(random.bounded(256));
        writeFile(database, garbage);
    }
    SECTION("a file that is not SQLite's")
    {
        writeFile(database, "Biên bản tiếp nhận tố giác, tin báo về tội phạm\n");
    }
    SECTION("a database cut short")
    {
        const QByteArray whole = bytesOf(database);
        REQUIRE(whole.size() > 8 * 4096);
        writeFile(database, whole.left(whole.size() / 2));
    }

    const Untouched before(data);
    before.check(unitsList(data), {QStringLiteral("is damaged"), QStringLiteral("backup"), database});
}

TEST_CASE("A read-only database or folder is named as such, with what to do, and left byte for byte", "[cli][datafolder][errors]")
{
    QTemporaryDir dir;
    const QString data = madeByCli(dir);
    const QString database = DataFolder(data).databasePath();
    QStringList said;

    SECTION("the file")
    {
        setMode(database, 0400);
        said = QStringList {QStringLiteral("database ") + database + QStringLiteral(" is read-only"), QStringLiteral("permissions")};
    }
    SECTION("its folder")
    {
        setMode(data, 0500);
        said = QStringList {QStringLiteral("folder ") + data + QStringLiteral(" is read-only"), QStringLiteral("permissions")};
    }

    const Untouched before(data);
    const auto r = unitsListUnprivileged(dir.path(), data);
    if (!r) {
        WARN("Skipped: running as root without setpriv, file permissions cannot bind here.");
        return;
    }
    before.check(*r, said);
    setMode(data, 0700); // so that the temporary folder can be removed
}

TEST_CASE("A database another program holds locked is named as locked, with what to do, and left byte for byte", "[cli][datafolder][errors]")
{
    QTemporaryDir dir;
    const QString data = madeByCli(dir);
    const QString database = DataFolder(data).databasePath();
    const QByteArray bytes = bytesOf(database);

    // Another program (an sqlite3 shell, say) takes the file for itself.
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(database).constData(), &other, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    const CliResult r = unitsList(data);
    {
        INFO("stderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.errLines().size() == 1);
        CHECK(r.err.contains(QStringLiteral("is locked by another program")));
        CHECK(r.err.contains(QStringLiteral("Close the other program")));
        CHECK_FALSE(r.err.contains(QStringLiteral("not a CaseDesk database")));
    }
    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    CHECK(bytesOf(database) == bytes);

    // Once the other program is closed, CaseDesk opens it again.
    CHECK(unitsList(data).exitCode == 0);
}

#endif // Q_OS_UNIX
