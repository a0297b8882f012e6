#include <catch2/catch.hpp>

#include "httpprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("casedesk-cli simulator prints its accounts, serves, and stops on SIGTERM", "[simulator][cli]")
{
    QTemporaryDir dir;
    const QString units = dir.filePath(QStringLiteral("units.json"));
    writeFile(units,
              R"({"units":[{"id":"84","parent":null,"level":"province","name":"Công an tỉnh Thử"},
                     {"id":"84-1","parent":"84","level":"commune","name":"Công an xã Một","area":"Xã Một"}]})");
    QProcess p;
    p.setProgram(QStringLiteral(CASEDESK_CLI_PATH));
    p.setArguments({QStringLiteral("simulator"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--units"), units,
                    QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--fault"), QStringLiteral("http503:1"), QStringLiteral("--json")});
    p.start();
    REQUIRE(p.waitForStarted());
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
        p.waitForReadyRead(200);
        line += p.readAllStandardOutput();
    }
    const QJsonObject doc = QJsonDocument::fromJson(line).object();
    const int port = doc.value(QStringLiteral("port")).toInt();
    REQUIRE(port > 0);
    CHECK(doc.value(QStringLiteral("openapi_base")).toString() == QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QJsonArray accounts = doc.value(QStringLiteral("accounts")).toArray();
    REQUIRE(accounts.size() == 2);
    const QJsonObject first = accounts.at(1).toObject();
    CHECK(first.value(QStringLiteral("unit")).toString() == QStringLiteral("84-1"));
    for (const char *key : {"oa_id", "app_id", "secret_key", "refresh_token"})
        CHECK(!first.value(QString::fromLatin1(key)).toString().isEmpty());

    HttpProbe http(QUrl(doc.value(QStringLiteral("openapi_base")).toString()));
    // The --fault plays first, then the token works.
    CHECK(http.refresh(first.value(QStringLiteral("app_id")).toString(), first.value(QStringLiteral("secret_key")).toString(),
                       first.value(QStringLiteral("refresh_token")).toString())
              .status
          == 503);
    const HttpAnswer token = http.refresh(first.value(QStringLiteral("app_id")).toString(), first.value(QStringLiteral("secret_key")).toString(),
                                          first.value(QStringLiteral("refresh_token")).toString());
    REQUIRE(token.isJson);
    const HttpAnswer oa = http.get(QStringLiteral("/v2.0/oa/getoa"), QByteArray(), token.json.value(QStringLiteral("access_token")).toString());
    CHECK(oa.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Công an xã Một"));

    p.terminate();
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
}

TEST_CASE("casedesk-cli simulator refuses bad options with exit 2", "[simulator][cli]")
{
    for (const QStringList &args :
         {QStringList {QStringLiteral("--fault"), QStringLiteral("meteor")}, QStringList {QStringLiteral("--port"), QStringLiteral("70000")},
          QStringList {QStringLiteral("--rate"), QStringLiteral("-1")}, QStringList {QStringLiteral("extra")}}) {
        QProcess p;
        p.start(QStringLiteral(CASEDESK_CLI_PATH), QStringList {QStringLiteral("simulator")} + args);
        REQUIRE(p.waitForFinished(20000));
        CHECK(p.exitCode() == 2);
        CHECK(!p.readAllStandardError().isEmpty());
    }
    QProcess missing;
    missing.start(QStringLiteral(CASEDESK_CLI_PATH),
                  {QStringLiteral("simulator"), QStringLiteral("--units"), QStringLiteral("/nonexistent/units.json")});
    REQUIRE(missing.waitForFinished(20000));
    CHECK(missing.exitCode() == 1);
}
