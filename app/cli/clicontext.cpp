#include "clicontext.h"

#include "core/common/datafolder.h"
#include "core/common/terminaltext.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"

#include <QDate>
#include <QFile>

#include <cstdio>

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
        QStringLiteral("--officer"),  QStringLiteral("--lang"),         QStringLiteral("--database"),
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
        QCommandLineOption(option("officer"), CliContext::tr("Who acts, as recorded in case histories."), option("NAME")),
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
