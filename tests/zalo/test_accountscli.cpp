// `casedesk-cli accounts` run as a user or script would, against a scripted Zalo on loopback.
#include "scriptedzalo.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using casedesk::tests::ScriptedZalo;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct CliFixture
{
    QTemporaryDir dir;
    ScriptedZalo zalo;
    QString secretsFile = dir.filePath(QStringLiteral("secrets.json"));
    QString keyFile = dir.filePath(QStringLiteral("app.key"));
    QString unitId;

    CliFixture()
    {
        QFile key(keyFile);
        REQUIRE(key.open(QIODevice::WriteOnly));
        key.write("app-secret\n");
        key.close();
        const CliResult units = run({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(units.exitCode == 0);
        unitId = QJsonDocument::fromJson(units.out.toUtf8())
                     .object()
                     .value(QStringLiteral("units"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString();
        REQUIRE_FALSE(unitId.isEmpty());
    }

    QProcess *start(QStringList args, const QByteArray &input = QByteArray(), const QProcessEnvironment &extraEnv = {})
    {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASEDESK_OPENAPI_BASE"), zalo.server.baseUrl());
        env.insert(QStringLiteral("CASEDESK_OAUTH_BASE"), zalo.server.baseUrl());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("casedesk.*.debug=false"));
        for (const QString &k : extraEnv.keys())
            env.insert(k, extraEnv.value(k));
        p->setProcessEnvironment(env);
        args << QStringLiteral("--data-dir") << dir.filePath(QStringLiteral("data")) << QStringLiteral("--lang") << QStringLiteral("en");
        p->start(QStringLiteral(CASEDESK_CLI_PATH), args);
        REQUIRE(p->waitForStarted());
        if (!input.isNull()) {
            p->write(input);
            p->closeWriteChannel();
        }
        return p;
    }

    CliResult run(const QStringList &args, const QByteArray &input = QByteArray(), const QProcessEnvironment &env = {})
    {
        std::unique_ptr<QProcess> p(start(args, input, env));
        REQUIRE(p->waitForFinished(60000));
        return {p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError())};
    }

    QStringList addArgs(const QString &oaId, bool withSecretsFile = true)
    {
        QStringList a = {QStringLiteral("accounts"),
                         QStringLiteral("add"),
                         QStringLiteral("--unit"),
                         unitId,
                         QStringLiteral("--oa-id"),
                         oaId,
                         QStringLiteral("--app-id"),
                         QStringLiteral("777"),
                         QStringLiteral("--secret-key-file"),
                         keyFile};
        if (withSecretsFile)
            a << QStringLiteral("--secrets-file") << secretsFile;
        return a;
    }

    QJsonArray listAccounts()
    {
        const CliResult r
            = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--secrets-file"), secretsFile});
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray();
    }

    QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

} // namespace

TEST_CASE("accounts add checks the token with Zalo, keeps the rotated pair in the secrets file and never in SQLite", "[zalo][cli]")
{
    CliFixture f;
    f.zalo.addAccount(QStringLiteral("3592353763697768582"), QStringLiteral("rt-given"));
    const CliResult added
        = f.run(f.addArgs(QStringLiteral("3592353763697768582")) << QStringLiteral("--refresh-token-file") << QStringLiteral("-"), "rt-given\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("3592353763697768582")));
    CHECK_FALSE(added.out.contains(QStringLiteral("rt-")));
    CHECK_FALSE(added.err.contains(QStringLiteral("rt-")));
    CHECK(f.zalo.refreshes(QStringLiteral("3592353763697768582")) == 1);

    const QJsonArray accounts = f.listAccounts();
    REQUIRE(accounts.size() == 1);
    const QJsonObject a = accounts.at(0).toObject();
    CHECK(a.value(QStringLiteral("unit")).toString() == f.unitId);
    CHECK(a.value(QStringLiteral("oa_id")).toString() == QStringLiteral("3592353763697768582"));
    CHECK(a.value(QStringLiteral("name")).toString() == QStringLiteral("OA 3592353763697768582"));
    CHECK(a.value(QStringLiteral("state")).toString() == QStringLiteral("ok"));
    CHECK(a.value(QStringLiteral("last_sync")).isNull());
    CHECK(a.value(QStringLiteral("last_error")).isNull());

    // The secrets file is private and holds the live (rotated) token, not the given one.
    CHECK((QFile::permissions(f.secretsFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const QByteArray secrets = f.fileBytes(f.secretsFile);
    CHECK(secrets.contains(f.zalo.liveRefreshToken(QStringLiteral("3592353763697768582")).toUtf8()));
    CHECK_FALSE(secrets.contains("rt-given"));
    // Nothing secret in the database files.
    for (const QString &name : QDir(f.dir.filePath(QStringLiteral("data"))).entryList(QDir::Files)) {
        const QByteArray bytes = f.fileBytes(f.dir.filePath(QStringLiteral("data/") + name));
        INFO(name.toStdString());
        CHECK_FALSE(bytes.contains("rt-3592353763697768582"));
        CHECK_FALSE(bytes.contains("at-3592353763697768582"));
        CHECK_FALSE(bytes.contains("app-secret"));
    }

    // The same OA again is refused, and so is an unknown unit.
    f.zalo.addAccount(QStringLiteral("3592353763697768582"), QStringLiteral("rt-second"));
    const CliResult duplicate
        = f.run(f.addArgs(QStringLiteral("3592353763697768582")) << QStringLiteral("--refresh-token") << QStringLiteral("rt-second"));
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("already connected")));
    QStringList unknownUnit = f.addArgs(QStringLiteral("55"));
    unknownUnit[3] = QStringLiteral("no-such-unit");
    const CliResult unknown = f.run(unknownUnit << QStringLiteral("--refresh-token") << QStringLiteral("rt-x"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no-such-unit")));
    CHECK(f.listAccounts().size() == 1);
}

TEST_CASE("accounts add refuses a token Zalo refuses, an unreachable server and bad usage, storing nothing", "[zalo][cli]")
{
    CliFixture f;
    const CliResult refused = f.run(f.addArgs(QStringLiteral("100")) << QStringLiteral("--refresh-token") << QStringLiteral("rt-unknown"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("refused")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("rt-unknown")));
    CHECK(f.listAccounts().isEmpty());

    QStringList unreachable = f.addArgs(QStringLiteral("100")) << QStringLiteral("--refresh-token") << QStringLiteral("rt-x");
    unreachable << QStringLiteral("--oauth-base") << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("--openapi-base")
                << QStringLiteral("http://127.0.0.1:1");
    const CliResult down = f.run(unreachable);
    CHECK(down.exitCode == 1);
    CHECK(down.err.contains(QStringLiteral("cannot be reached")));
    CHECK(f.listAccounts().isEmpty());

    const CliResult both = f.run(f.addArgs(QStringLiteral("100"))
                                 << QStringLiteral("--refresh-token") << QStringLiteral("a") << QStringLiteral("--refresh-token-file") << f.keyFile);
    CHECK(both.exitCode == 2);
    const CliResult missing = f.run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--unit"), f.unitId});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--oa-id")));
}

TEST_CASE("A casedesk-cli killed between Zalo's token answer and saving it leaves an account that says it needs consent", "[zalo][cli][crash]")
{
    CliFixture f;
    f.zalo.addAccount(QStringLiteral("100"), QStringLiteral("rt-given"));
    QProcessEnvironment hook;
    hook.insert(QStringLiteral("CASEDESK_TEST_PAUSE_AFTER_REFRESH_MS"), QStringLiteral("20000"));
    std::unique_ptr<QProcess> p(
        f.start(f.addArgs(QStringLiteral("100")) << QStringLiteral("--refresh-token") << QStringLiteral("rt-given"), QByteArray(), hook));
    // Wait until Zalo has answered the refresh (the old token is dead from then on), then kill.
    for (int i = 0; i < 200 && f.zalo.refreshes(QStringLiteral("100")) == 0; ++i)
        QThread::msleep(50);
    REQUIRE(f.zalo.refreshes(QStringLiteral("100")) == 1);
    QThread::msleep(300);
    REQUIRE(p->state() == QProcess::Running);
    p->kill(); // SIGKILL
    REQUIRE(p->waitForFinished(10000));

    const QJsonArray accounts = f.listAccounts();
    REQUIRE(accounts.size() == 1);
    const QJsonObject a = accounts.at(0).toObject();
    CHECK(a.value(QStringLiteral("state")).toString() == QStringLiteral("needs_consent"));
    CHECK(a.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("interrupted")));
    CHECK(a.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("admin must grant access again")));
    // It tried the stored token once, no more.
    CHECK(f.zalo.refreshes(QStringLiteral("100")) == 1);
    CHECK(f.zalo.server.requestCount("/v4/oa/access_token") == 2);
    // Listing again does not retry.
    CHECK(f.listAccounts().at(0).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("needs_consent"));
    CHECK(f.zalo.server.requestCount("/v4/oa/access_token") == 2);
}
