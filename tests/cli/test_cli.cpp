#include "support/clirunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using casedesk::testsupport::runCli;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("Bad usage exits 2 with a line on stderr", "[cli]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    CHECK(runCli({}).exitCode == 2);
    auto unknownCommand = runCli({QStringLiteral("frobnicate"), QStringLiteral("--data-dir"), data});
    CHECK(unknownCommand.exitCode == 2);
    CHECK(unknownCommand.err.contains(QStringLiteral("frobnicate")));
    auto unknownOption = runCli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("--data-dir"), data});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.err.contains(QStringLiteral("colour")));
    CHECK(runCli({QStringLiteral("units"), QStringLiteral("--data-dir"), data}).exitCode == 2);
    CHECK(runCli({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--data-dir"), data}).exitCode == 2);
    CHECK(runCli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode == 2);
}

TEST_CASE("Help and version exit 0", "[cli]")
{
    auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("units"));
    CHECK(runCli({QStringLiteral("--version")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("units"), QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("units list --json gives the shipped tree with paths - global options may follow the command", "[cli]")
{
    QTemporaryDir dir;
    auto r = runCli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
    REQUIRE(r.exitCode == 0);
    const QJsonArray units = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("units")).toArray();
    REQUIRE(units.size() == 127);
    QJsonObject ward4;
    for (const auto &v : units) {
        if (v.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("29236"))
            ward4 = v.toObject();
    }
    CHECK(ward4.value(QStringLiteral("parent")).toString() == QStringLiteral("842"));
    CHECK(ward4.value(QStringLiteral("level")).toString() == QStringLiteral("commune"));
    CHECK(ward4.value(QStringLiteral("name")).toString() == QStringLiteral("Công an phường 4"));
    CHECK(ward4.value(QStringLiteral("path")).toString() == QStringLiteral("Công an tỉnh Trà Vinh / Công an thành phố Trà Vinh / Công an phường 4"));
    CHECK(units.at(0).toObject().value(QStringLiteral("parent")).isNull());

    // Global options before the command work the same, and text output is for people.
    auto text = runCli(
        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("units"), QStringLiteral("list")});
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("Công an tỉnh Trà Vinh / Công an thị xã Duyên Hải / Công an phường 1")));
}

TEST_CASE("units import merges a good file and refuses a bad one, changing nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    writeFile(good, R"({"units":[{"id":"84","parent":null,"level":"province","name":"Công an tỉnh Trà Vinh","area":"Tỉnh Trà Vinh"},
        {"id":"29236","parent":"84","level":"commune","name":"Công an phường 4"},
        {"id":"99999","parent":"84","level":"commune","name":"Công an xã Mới"}]})");
    auto imported = runCli({QStringLiteral("units"), QStringLiteral("import"), good, QStringLiteral("--data-dir"), data, QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
    CHECK(summary.value(QStringLiteral("added")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("updated")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("closed")).toInt() == 125);

    const auto listBefore = runCli(
        {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
    REQUIRE(listBefore.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listBefore.out).object().value(QStringLiteral("units")).toArray().size() == 128);

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, R"({"units":[{"id":"84","parent":null,"level":"province","name":"A"},{"id":"5","parent":"404","level":"commune","name":"B"}]})");
    auto refused = runCli(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("units"), QStringLiteral("import"), bad, QStringLiteral("--data-dir"), data});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("404")));
    CHECK(refused.err.contains(QStringLiteral("nothing was changed")));

    auto missing
        = runCli({QStringLiteral("units"), QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json")), QStringLiteral("--data-dir"), data});
    CHECK(missing.exitCode == 1);

    const auto listAfter = runCli(
        {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
    CHECK(listAfter.out == listBefore.out);
}

TEST_CASE("Messages are Vietnamese by default and English with --lang en", "[cli]")
{
    QTemporaryDir dir;
    auto vi = runCli(
        {QStringLiteral("units"), QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json")), QStringLiteral("--data-dir"), dir.path()});
    auto en = runCli({QStringLiteral("units"), QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json")), QStringLiteral("--data-dir"),
                      dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(vi.exitCode == 1);
    CHECK(en.exitCode == 1);
    CHECK(en.err.contains(QStringLiteral("nothing was changed")));
    CHECK(vi.err.contains(QStringLiteral("không thay đổi")));
}

TEST_CASE("demo fills a new data folder from the simulator: every unit's account connected and synced", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("demo"));
    auto r = runCli(
        {QStringLiteral("demo"), QStringLiteral("--history"), QStringLiteral("6"), QStringLiteral("--data-dir"), data, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("units")).toInt() == 127);
    CHECK(o.value(QStringLiteral("accounts")).toInt() == 127);
    CHECK(o.value(QStringLiteral("messages")).toInt() == 127 * 6);
    CHECK(o.value(QStringLiteral("cases")).toInt() > 127);
    // The queue shows what the demo synced; a second demo refuses a folder that holds data.
    auto queue = runCli(
        {QStringLiteral("queue"), QStringLiteral("--data-dir"), data, QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")});
    REQUIRE(queue.exitCode == 0);
    CHECK(QJsonDocument::fromJson(queue.out).object().value(QStringLiteral("total")).toInt() == o.value(QStringLiteral("open_cases")).toInt());
    CHECK(runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), data}).exitCode == 1);
}
