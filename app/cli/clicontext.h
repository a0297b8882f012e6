#pragma once

#include "core/common/expected.h"
#include "core/common/terminaltext.h"
#include "core/domain/officerscope.h"
#include "core/store/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace casedesk::cli {

/// Exit codes of the command-line contract.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

/// What every command shares: the global options, the data folder and its database, output.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::CliContext)

public:
    explicit CliContext(QStringList arguments);
    ~CliContext();

    /// The command words (positionals before any option that belongs to the command).
    QStringList arguments() const { return m_arguments; }

    /// Adds the global options and @p own to @p parser and parses the whole command line.
    /// Returns nullopt when parsing succeeded, else the exit code after printing why.
    std::optional<int> parse(QCommandLineParser &parser, const QList<QCommandLineOption> &own);

    /// Positional arguments after the command words already consumed (@p skip of them).
    QStringList positionals(const QCommandLineParser &parser, int skip) const;

    bool json() const { return m_json; }
    QString dataDir() const;
    /// True when --data-dir was given.
    bool dataDirGiven() const { return !m_dataDir.isEmpty(); }
    /// Uses @p dir as the data folder (before database() is first called): a command that makes
    /// a folder of its own.
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString officer() const;
    /// The name given with --officer; empty when none.
    QString officerName() const { return m_officer; }
    QString secretsFile() const { return m_secretsFile; }
    QString openapiBase() const { return m_openapiBase; }
    QString oauthBase() const { return m_oauthBase; }

    /// Signs the officer in (--officer NAME and the password from --password-file FILE|-,
    /// CASEDESK_PASSWORD or a prompt on a terminal) and returns their scope. A data folder
    /// without officers is in open mode: every unit and action, the name as given, and a
    /// warning on stderr. On failure the reason was printed and the exit code is returned.
    Expected<domain::OfficerScope, int> signIn();
    /// signIn(), then refuses (exit 1, naming it) when the officer lacks @p permission.
    Expected<domain::OfficerScope, int> signInFor(domain::Permission permission);
    /// The next line of standard input (without its end), for a password or passphrase read
    /// from "-"; lines are handed out in order, so that two secrets can both come from stdin.
    Expected<QByteArray> stdinLine();
    /// A secret (password) from @p source: "-" reads a line of stdin, else the file's first line.
    Expected<QByteArray> readSecret(const QString &source, const QString &what);

    /// Opens (creating and migrating when needed) the data folder's database, with the shipped
    /// unit tree loaded into a new one.
    Expected<store::Database *> database();

    /// Prints @p text on stdout (UTF-8) and a newline; control and bidirectional characters are
    /// escaped (see terminaltext.h). Fields that come from outside go through terminaltext::line()
    /// first, so that their newlines are escaped too.
    void out(const QString &text);
    /// Prints @p doc exactly (JSON escapes what it must).
    void outJson(const QJsonDocument &doc);
    /// Prints one problem per line on stderr, escaped as out() does.
    void err(const QString &text);
    int fail(const QString &text);
    int usageError(const QString &text);

private:
    QStringList m_arguments;
    QStringList m_allArguments;
    bool m_json = false;
    QString m_dataDir;
    QString m_secretsFile;
    QString m_openapiBase;
    QString m_oauthBase;
    QString m_officer;
    QString m_passwordFile;
    std::optional<domain::OfficerScope> m_scope;
    std::unique_ptr<store::Database> m_db;
};

/// The global options of casedesk-cli, shared by every command.
QList<QCommandLineOption> globalOptions();

} // namespace casedesk::cli
