#include "commands.h"

#include "core/domain/officetime.h"
#include "core/sync/storetokenstate.h"
#include "core/sync/synclock.h"

#include "core/common/datafolder.h"
#include "core/common/terminaltext.h"
#include "core/store/accountstore.h"
#include "core/sync/accountenrolment.h"
#include "core/sync/databasesecretstore.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/secretstore.h"
#include "core/zalo/tokenmanager.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::AccountsCommand)
};

QString isoTime(qint64 ms)
{
    return domain::officeIsoTime(ms);
}

// Reads a secret from a file, or a line of standard input for "-" (after the sign-in's password
// when that comes from there too); surrounding white space dropped.
Expected<QString> readSecretFile(CliContext &context, const QString &fileName, const QString &what)
{
    QString text;
    if (fileName == QLatin1String("-")) {
        auto line = context.stdinLine();
        if (!line)
            return line.error();
        text = QString::fromUtf8(*line).trimmed();
    } else {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return Error {Tr::tr("The %1 file %2 cannot be read: %3").arg(what, fileName, file.errorString())};
        text = QString::fromUtf8(file.read(64 * 1024)).trimmed();
    }
    if (text.isEmpty())
        return Error {Tr::tr("The %1 file %2 is empty.").arg(what, fileName)};
    return text;
}

int addAccount(CliContext &context, const QCommandLineParser &parser)
{
    const auto required = {"unit", "oa-id", "app-id", "secret-key-file"};
    for (const char *name : required) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return context.usageError(Tr::tr("accounts add needs --%1.").arg(QString::fromLatin1(name)));
    }
    const bool tokenGiven = parser.isSet(QStringLiteral("refresh-token"));
    const bool tokenFileGiven = parser.isSet(QStringLiteral("refresh-token-file"));
    if (tokenGiven == tokenFileGiven)
        return context.usageError(Tr::tr("accounts add needs either --refresh-token or --refresh-token-file (not both)."));

    // Opening the database first seeds the shipped unit tree into a new data folder; the sign-in
    // comes before the secrets (its password is the first line when both come from stdin).
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    if (auto signedIn = context.signInFor(domain::Permission::Administer); !signedIn)
        return signedIn.error();

    auto secretKey = readSecretFile(context, parser.value(QStringLiteral("secret-key-file")), Tr::tr("secret key"));
    if (!secretKey)
        return context.fail(secretKey.error().message);
    QString refreshToken;
    if (tokenGiven) {
        refreshToken = parser.value(QStringLiteral("refresh-token")).trimmed();
    } else {
        auto fromFile = readSecretFile(context, parser.value(QStringLiteral("refresh-token-file")), Tr::tr("refresh token"));
        if (!fromFile)
            return context.fail(fromFile.error().message);
        refreshToken = *fromFile;
    }
    if (refreshToken.isEmpty())
        return context.usageError(Tr::tr("The refresh token is empty."));

    sync::EnrolmentRequest request;
    request.dataFolder = context.dataDir();
    request.unitId = parser.value(QStringLiteral("unit"));
    request.oaId = parser.value(QStringLiteral("oa-id"));
    request.appId = parser.value(QStringLiteral("app-id"));
    request.appSecret = *secretKey;
    request.refreshToken = refreshToken;
    request.openapiBase = context.openapiBase();
    request.oauthBase = context.oauthBase();
    // A shared database keeps the tokens itself, encrypted with the sync key this host holds.
    request.secretStoreSpec = (*db)->isShared() ? sync::DatabaseSecretStore::specName() : zalo::secretStoreSpec(context.secretsFile());
    request.hostSecretsFile = context.secretsFile();
    zalo::CurlTransport transport;
    sync::EnrolmentService enrolment(transport);
    auto result = enrolment.enrol(request);
    if (!result)
        return context.fail(result.error().message);
    const store::Account &a = result->account;
    if (!result->warning.isEmpty())
        context.err(result->warning);
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("unit"), a.unitId},
            {QStringLiteral("oa_id"), a.oaId},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("state"), store::accountStateKey(a.state)},
            {QStringLiteral("secret_store"), a.secretStore},
            {QStringLiteral("openapi_base"), a.openapiBase},
            {QStringLiteral("oauth_base"), a.oauthBase},
        }));
    } else {
        context.out(Tr::tr("Connected the Zalo account %1 (%2) to unit %3; its tokens are in %4.")
                        .arg(terminaltext::line(a.oaId), a.name.isEmpty() ? Tr::tr("name unknown") : terminaltext::line(a.name),
                             terminaltext::line(a.unitId), a.secretStore));
    }
    return ExitOk;
}

// A refresh that a killed process left in flight is settled before anything is shown.
void recoverInterruptedRefreshes(CliContext &context, const QVector<store::Account> &accounts)
{
    zalo::CurlTransport transport;
    for (const store::Account &a : accounts) {
        if (a.refreshStartedAt == 0 || a.state != store::AccountState::Ok)
            continue;
        auto secrets = a.secretStore == sync::DatabaseSecretStore::specName()
            ? sync::openSecretStoreFor(a.secretStore, DataFolder(context.dataDir()).databasePath(), context.secretsFile())
            : zalo::openAccountSecretStore(a.secretStore, a.oaId, context.secretsFile());
        if (!secrets) {
            context.err(
                Tr::tr("A token refresh of the Zalo account %1 was interrupted and cannot be checked: %2").arg(a.oaId, secrets.error().message));
            continue;
        }
        zalo::TokenManager::Config config;
        config.oaId = a.oaId;
        config.appId = a.appId;
        config.oauthBase = a.oauthBase;
        config.dataFolder = DataFolder(context.dataDir()).path();
        config.states = sync::storeTokenStates(DataFolder(context.dataDir()).databasePath());
        zalo::TokenManager tokens(config, **secrets, transport);
        (void)tokens.recoverInterruptedRefresh();
    }
}

int listAccounts(CliContext &context)
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    if (auto signedIn = context.signIn(); !signedIn)
        return signedIn.error();
    store::AccountStore store(**db);
    auto accounts = store.list();
    if (!accounts)
        return context.fail(accounts.error().message);
    bool interrupted = false;
    for (const store::Account &a : *accounts)
        interrupted = interrupted || (a.refreshStartedAt != 0 && a.state == store::AccountState::Ok);
    if (interrupted) {
        {
            // Only when no process syncs this folder: a syncing process owns its tokens and settles
            // an interrupted refresh itself.
            sync::SyncLock lock(DataFolder(context.dataDir()).syncLockPath());
            if (lock.acquire())
                recoverInterruptedRefreshes(context, *accounts);
        }
        accounts = store.list();
        if (!accounts)
            return context.fail(accounts.error().message);
    }

    if (context.json()) {
        QJsonArray array;
        for (const store::Account &a : *accounts) {
            array.append(QJsonObject {
                {QStringLiteral("unit"), a.unitId},
                {QStringLiteral("oa_id"), a.oaId},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("state"), store::accountStateKey(a.state)},
                {QStringLiteral("last_sync"), a.lastSuccessAt > 0 ? QJsonValue(isoTime(a.lastSuccessAt)) : QJsonValue()},
                {QStringLiteral("last_error"), a.lastError.isEmpty() ? QJsonValue() : QJsonValue(a.lastError)},
            });
        }
        context.outJson(QJsonDocument(QJsonObject {{QStringLiteral("accounts"), array}}));
        return ExitOk;
    }
    if (accounts->isEmpty()) {
        context.out(Tr::tr("No Zalo account is connected. Add one with \"casedesk-cli accounts add\"."));
        return ExitOk;
    }
    int oaWidth = 5;
    int unitWidth = 4;
    for (const store::Account &a : *accounts) {
        oaWidth = std::max(oaWidth, int(terminaltext::line(a.oaId).size()));
        unitWidth = std::max(unitWidth, int(terminaltext::line(a.unitId).size()));
    }
    context.out(QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(Tr::tr("Unit"), -unitWidth)
                    .arg(Tr::tr("OA id"), -oaWidth)
                    .arg(Tr::tr("State"), -13)
                    .arg(Tr::tr("Last sync"), -25)
                    .arg(Tr::tr("Name")));
    for (const store::Account &a : *accounts) {
        context.out(QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(terminaltext::line(a.unitId), -unitWidth)
                        .arg(terminaltext::line(a.oaId), -oaWidth)
                        .arg(store::accountStateKey(a.state), -13)
                        .arg(a.lastSuccessAt > 0 ? isoTime(a.lastSuccessAt) : Tr::tr("never"), -25)
                        .arg(terminaltext::line(a.name)));
        if (!a.lastError.isEmpty())
            context.out(QStringLiteral("    ") + terminaltext::line(a.lastError));
    }
    return ExitOk;
}

} // namespace

int runAccounts(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli accounts add --unit ID --oa-id ID --app-id ID --secret-key-file F (--refresh-token T | --refresh-token-file F|-)\n"
               "casedesk-cli accounts list [--json]"));
    const QList<QCommandLineOption> own = {
        QCommandLineOption(QStringLiteral("unit"), Tr::tr("The unit the Zalo account belongs to."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("oa-id"), Tr::tr("The Official Account's id."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("app-id"), Tr::tr("The Zalo app's id."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("secret-key-file"), Tr::tr("A file holding the Zalo app's secret key."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("refresh-token"), Tr::tr("The OA's refresh token (visible to other users: prefer the file)."),
                           QStringLiteral("TOKEN")),
        QCommandLineOption(QStringLiteral("refresh-token-file"), Tr::tr("A file holding the refresh token, or - for standard input."),
                           QStringLiteral("FILE")),
    };
    if (auto code = context.parse(parser, own))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("accounts: say \"add\" or \"list\"."));
    if (args.size() != 1)
        return context.usageError(Tr::tr("accounts %1 takes no further argument.").arg(args.constFirst()));
    if (args.constFirst() == QLatin1String("add"))
        return addAccount(context, parser);
    if (args.constFirst() == QLatin1String("list"))
        return listAccounts(context);
    return context.usageError(Tr::tr("accounts: unknown subcommand \"%1\".").arg(args.constFirst()));
}

} // namespace casedesk::cli
