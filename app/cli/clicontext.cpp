#include "clicontext.h"

#include "core/common/datafolder.h"
#include "core/common/terminaltext.h"
#include "core/store/database.h"
#include "core/store/officerstore.h"
#include "core/store/unitstore.h"

#include <QDate>
#include <QDateTime>
#include <QFile>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace casedesk::cli {

namespace {

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

const QStringList &valueOptions()
{
    static const QStringList names = {
        QStringLiteral("--data-dir"), QStringLiteral("--secrets-file"), QStringLiteral("--openapi-base"), QStringLiteral("--oauth-base"),
        QStringLiteral("--officer"),  QStringLiteral("--lang"),         QStringLiteral("--database"),     QStringLiteral("--password-file"),
    };
    return names;
}

void writeUtf8(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(option("data-dir"), CliContext::tr("Data folder (default: the platform's app-data folder)."), option("DIR")),
        QCommandLineOption(option("database"),
                           CliContext::tr("The province's PostgreSQL database instead of the data folder's file: postgresql://HOST:PORT/DB "
                                          "(also CASEDESK_DATABASE; no password in it: ~/.pgpass)."),
                           option("URL")),
        QCommandLineOption(option("secrets-file"), CliContext::tr("Keep tokens in this file (mode 0600) instead of the OS keychain."),
                           option("FILE")),
        QCommandLineOption(option("openapi-base"), CliContext::tr("Zalo OpenAPI address (default https://openapi.zalo.me)."), option("URL")),
        QCommandLineOption(option("oauth-base"), CliContext::tr("Zalo OAuth address (default https://oauth.zaloapp.com)."), option("URL")),
        QCommandLineOption(option("officer"), CliContext::tr("Sign in as this officer (who acts, as recorded in case histories)."), option("NAME")),
        QCommandLineOption(option("password-file"),
                           CliContext::tr("The officer's password: the first line of FILE, or of standard input with - (also CASEDESK_PASSWORD; "
                                          "else asked on the terminal)."),
                           option("FILE|-")),
        QCommandLineOption(option("lang"), CliContext::tr("Language of messages: vi (default) or en."), option("vi|en")),
        QCommandLineOption(option("json"), CliContext::tr("Machine-readable output (JSON, UTF-8).")),
    };
}

CliContext::CliContext(QStringList arguments)
{
    // The command words are the positionals that come before the first option of the command.
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1Char('-'))) {
            if (valueOptions().contains(a))
                ++i;
            continue;
        }
        m_arguments.push_back(a);
    }
    m_allArguments = arguments;
}

CliContext::~CliContext() = default;

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QList<QCommandLineOption> &own)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList {option("h"), option("help")}, tr("Show this help."));
    parser.addOption(help);
    for (const auto &o : globalOptions())
        parser.addOption(o);
    for (const auto &o : own)
        parser.addOption(o);
    if (!parser.parse(QStringList {QStringLiteral("casedesk-cli")} + m_allArguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out(parser.helpText());
        return int(ExitOk);
    }
    m_json = parser.isSet(option("json"));
    m_dataDir = parser.value(option("data-dir"));
    if (parser.isSet(option("database"))) {
        const QString url = parser.value(option("database"));
        if (const QString why = store::Database::addressProblem(url); !why.isEmpty())
            return usageError(why);
        DataFolder::setDatabaseAddress(url);
    }
    m_secretsFile = parser.value(option("secrets-file"));
    m_officer = parser.value(option("officer"));
    m_passwordFile = parser.value(option("password-file"));
    m_openapiBase = parser.isSet(option("openapi-base")) ? parser.value(option("openapi-base")) : qEnvironmentVariable("CASEDESK_OPENAPI_BASE");
    m_oauthBase = parser.isSet(option("oauth-base")) ? parser.value(option("oauth-base")) : qEnvironmentVariable("CASEDESK_OAUTH_BASE");
    const QString lang = parser.value(option("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return usageError(tr("--lang takes vi or en, not \"%1\".").arg(lang));
    return std::nullopt;
}

QStringList CliContext::positionals(const QCommandLineParser &parser, int skip) const
{
    return parser.positionalArguments().mid(skip);
}

QString CliContext::dataDir() const
{
    return m_dataDir.isEmpty() ? DataFolder::defaultPath() : m_dataDir;
}

QString CliContext::officer() const
{
    if (!m_officer.isEmpty())
        return m_officer;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login.isEmpty() ? QStringLiteral("unknown") : login;
}

Expected<store::Database *> CliContext::database()
{
    if (m_db)
        return m_db.get();
    const DataFolder folder(dataDir());
    if (!folder.ensureExists())
        return Error {tr("Cannot create the data folder %1.").arg(folder.path())};
    if (const QString notice = folder.restrictToOwner(); !notice.isEmpty())
        err(notice);
    auto db = store::Database::open(folder.databasePath());
    if (!db)
        return db.error();
    m_db = std::make_unique<store::Database>(std::move(*db));
    store::UnitStore units(*m_db);
    if (auto seeded = units.seedIfEmpty(QDate::currentDate()); !seeded)
        return Error {tr("Cannot load the shipped unit tree: %1").arg(seeded.error().message)};
    return m_db.get();
}

Expected<QByteArray> CliContext::stdinLine()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (c == EOF && line.empty())
        return Error {tr("Standard input ended before the line that was to be read from it.")};
    QByteArray bytes(line.data(), qsizetype(line.size()));
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

Expected<QByteArray> CliContext::readSecret(const QString &source, const QString &what)
{
    if (source == QLatin1String("-"))
        return stdinLine();
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("The %1 file %2 cannot be read: %3").arg(what, source, file.errorString())};
    QByteArray first = file.readLine();
    while (first.endsWith('\n') || first.endsWith('\r'))
        first.chop(1);
    return first;
}

namespace {

/// Reads a password on the terminal without echoing it; nullopt when stdin is no terminal.
std::optional<QByteArray> promptPassword(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    const QByteArray text = prompt.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    termios old {};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputc('\n', stderr);
    return QByteArray(line.data(), qsizetype(line.size()));
}

} // namespace

Expected<domain::OfficerScope, int> CliContext::signIn()
{
    if (m_scope)
        return *m_scope;
    auto db = database();
    if (!db)
        return fail(db.error().message);
    store::OfficerStore officers(**db);
    auto count = officers.count();
    if (!count)
        return fail(count.error().message);
    if (*count == 0) {
        auto allowed = officers.mayWorkWithoutOfficers();
        if (!allowed)
            return fail(allowed.error().message);
        if (!*allowed)
            return fail(tr("The province's database has no officers yet: its administrator makes the first one with casedesk-cli database "
                           "init --admin NAME."));
        err(tr("Warning: sign-in is not enabled in this data folder, so whoever uses this computer sees every case. Add an "
               "administrator: casedesk-cli officers add --name NAME --role admin --unit ID --new-password-file -"));
        domain::OfficerScope open;
        open.officer = officer();
        m_scope = open;
        return open;
    }
    if (m_officer.trimmed().isEmpty())
        return usageError(tr("Sign in: name the officer with --officer NAME (and the password with --password-file FILE|-, "
                             "CASEDESK_PASSWORD or on the terminal)."));
    QByteArray password;
    if (!m_passwordFile.isEmpty()) {
        auto read = readSecret(m_passwordFile, tr("password"));
        if (!read)
            return fail(read.error().message);
        password = *read;
    } else if (qEnvironmentVariableIsSet("CASEDESK_PASSWORD")) {
        password = qgetenv("CASEDESK_PASSWORD");
        qunsetenv("CASEDESK_PASSWORD"); // not handed on to anything this process starts
    } else if (auto typed = promptPassword(tr("Password of %1: ").arg(m_officer))) {
        password = *typed;
    } else {
        return usageError(tr("Sign in: no password for %1. Give it with --password-file FILE|- or CASEDESK_PASSWORD.").arg(m_officer));
    }
    if ((*db)->isShared()) {
        // On a province's server the officer signs in as their own login; from here on every
        // query of this command runs as them.
        auto signedIn = officers.signInToServer(m_officer, password);
        password.fill('\0');
        if (!signedIn)
            return fail(signedIn.error().message);
        auto scope = store::OfficerStore(*signedIn->connection).scopeOf(signedIn->officer);
        if (!scope)
            return fail(scope.error().message);
        **db = std::move(*signedIn->connection);
        m_scope = *scope;
        return *scope;
    }
    auto signedIn = officers.signIn(m_officer, password, QDateTime::currentMSecsSinceEpoch());
    password.fill('\0');
    if (!signedIn)
        return fail(signedIn.error().message);
    auto scope = officers.scopeOf(*signedIn);
    if (!scope)
        return fail(scope.error().message);
    m_scope = *scope;
    return *scope;
}

Expected<domain::OfficerScope, int> CliContext::signInFor(domain::Permission permission)
{
    auto scope = signIn();
    if (!scope)
        return scope;
    if (!scope->may(permission))
        return fail(scope->refusal(permission));
    return scope;
}

void CliContext::out(const QString &text)
{
    // Commands escape what they print field by field; this catches whatever a command missed, so
    // no citizen's text ever reaches the terminal as a control sequence.
    writeUtf8(stdout, terminaltext::lines(text, QString()));
}

void CliContext::outJson(const QJsonDocument &doc)
{
    const QByteArray utf8 = doc.toJson(QJsonDocument::Compact);
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::err(const QString &text)
{
    writeUtf8(stderr, terminaltext::lines(text, QString()));
}

int CliContext::fail(const QString &text)
{
    err(text);
    return ExitFailure;
}

int CliContext::usageError(const QString &text)
{
    err(text);
    err(tr("Run \"casedesk-cli --help\" for usage."));
    return ExitUsage;
}

} // namespace casedesk::cli
