#pragma once

// Runs casedesk-cli (or another program) as a user or a script would: arguments in, exit code,
// standard output and standard error out. One helper for every test that drives the CLI.

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace casedesk::testsupport {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString text() const { return QString::fromUtf8(out); }
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

/// Runs @p program with @p args, @p input on its standard input, and waits for it (60 s).
inline CliResult runProgram(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

/// Runs the casedesk-cli this build made.
inline CliResult runCli(const QStringList &args, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(CASEDESK_CLI_PATH), args, input);
}

} // namespace casedesk::testsupport
