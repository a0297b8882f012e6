#include "commands.h"
#include "provincesettingscommand.h"
#include "synckeycommand.h"

#include "core/common/datafolder.h"
#include "core/domain/unittreefile.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/foldermove.h"
#include "core/store/officerstore.h"
#include "core/store/pgroles.h"
#include "core/store/unitstore.h"
#include "core/sync/databasesecretstore.h"
#include "core/sync/synclock.h"
#include "core/zalo/accountsecrets.h"
#include "core/zalo/secretstore.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <utility>
#include <vector>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::DatabaseCommand)
};

/// The province's first administrator (database init --admin NAME): a login of their own on the
/// server, only while the database has no officer. The exit code.
int makeFirstAdmin(CliContext &context, const QCommandLineParser &parser, store::Database &db, const store::RoleGrants &roles)
{
    const QString name = parser.value(QStringLiteral("admin"));
    if (!roles.officerLogins)
        return context.fail(Tr::tr("The first administrator was not made: this server cannot make officers' logins yet (%1).")
                                .arg(roles.notes.join(QLatin1Char(' '))));
    store::OfficerStore officers(db);
    auto count = officers.count();
    if (!count)
        return context.fail(count.error().message);
    if (*count > 0)
        return context.fail(Tr::tr("The database has officers already: an administrator adds more with casedesk-cli officers add."));
    if (!parser.isSet(QStringLiteral("new-password-file")))
        return context.usageError(Tr::tr("database init --admin needs the administrator's password: --new-password-file FILE|-."));
    auto password = context.readSecret(parser.value(QStringLiteral("new-password-file")), Tr::tr("new password"));
    if (!password)
        return context.fail(password.error().message);
    store::NewOfficer admin;
    admin.name = name;
    admin.roles = {domain::Role::Admin};
    admin.unitId = parser.value(QStringLiteral("admin-unit"));
    if (admin.unitId.isEmpty()) {
        auto all = store::UnitStore(db).list();
        if (!all || all->isEmpty())
            return context.fail(Tr::tr("The first administrator needs a unit: --admin-unit ID."));
        admin.unitId = all->constFirst().id; // the province, the tree's root
    }
    auto made = officers.add(admin, *password, name.simplified(), QDateTime::currentMSecsSinceEpoch());
    password->fill('\0');
    if (!made)
        return context.fail(Tr::tr("The first administrator was not made: %1").arg(made.error().message));
    if (!context.json())
        context.out(Tr::tr("%1 is the province's first administrator; they sign in with their own password as the server's login cd_%2.")
                        .arg(made->name)
                        .arg(made->id));
    return ExitOk;
}

int runInit(CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &unitsOption)
{
    const QString url = DataFolder::databaseAddress();
    if (url.isEmpty())
        return context.usageError(Tr::tr("database init works on the province's server: give its address with --database URL "
                                         "(or CASEDESK_DATABASE). A single PC's file needs no init: CaseDesk creates and upgrades it."));
    if (parser.isSet(QStringLiteral("admin")) && !parser.isSet(QStringLiteral("new-password-file")))
        return context.usageError(Tr::tr("database init --admin needs the administrator's password: --new-password-file FILE|-."));
    std::optional<QVector<domain::Unit>> tree;
    if (parser.isSet(unitsOption)) {
        auto read = domain::UnitTreeFile::read(parser.value(unitsOption));
        if (!read)
            return context.fail(read.error().message);
        tree = *read;
    }
    // The schema before: a client's open refuses an old one, so ask the server itself.
    int before = 0;
    if (auto probe = store::Database::initialize(url, 0); probe)
        before = probe->userVersion();
    else
        return context.fail(probe.error().message);
    auto db = store::Database::initialize(url);
    if (!db)
        return context.fail(db.error().message);
    store::UnitStore units(*db);
    int added = 0;
    if (tree) {
        auto summary = units.importTree(*tree, QDate::currentDate());
        if (!summary)
            return context.fail(summary.error().message);
        added = summary->added;
    } else {
        const int had = units.count();
        if (auto seeded = units.seedIfEmpty(QDate::currentDate()); !seeded)
            return context.fail(Tr::tr("Cannot load the shipped unit tree: %1").arg(seeded.error().message));
        added = units.count() - had;
    }
    const int after = db->userVersion();
    // Who may read what: officers never the secrets nor the sync keys.
    auto roles = store::grantProvinceRoles(*db);
    if (!roles)
        return context.fail(roles.error().message);
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {{QStringLiteral("schema_before"), before},
                                                   {QStringLiteral("schema"), after},
                                                   {QStringLiteral("units"), units.count()},
                                                   {QStringLiteral("units_added"), added},
                                                   {QStringLiteral("roles_created"), QJsonArray::fromStringList(roles->created)},
                                                   {QStringLiteral("roles_granted"), QJsonArray::fromStringList(roles->granted)},
                                                   {QStringLiteral("roles_notes"), QJsonArray::fromStringList(roles->notes)}}));
    } else if (before == after) {
        context.out(Tr::tr("The database is at schema %1 already; %2 units (%3 added).").arg(after).arg(units.count()).arg(added));
    } else {
        context.out(
            Tr::tr("The database was upgraded from schema %1 to %2; %3 units (%4 added).").arg(before).arg(after).arg(units.count()).arg(added));
    }
    if (!context.json() && !roles->granted.isEmpty())
        context.out(Tr::tr("Privileges granted to the roles %1 (officers: no access to the tokens; sync hosts: all they need).")
                        .arg(roles->granted.join(QStringLiteral(", "))));
    for (const QString &note : std::as_const(roles->notes))
        context.err(note);
    if (parser.isSet(QStringLiteral("admin")))
        return makeFirstAdmin(context, parser, *db, *roles);
    return ExitOk;
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate);
}

/// The folder's tokens still on this PC: each account's secrets sealed for the database, and the
/// PC's store that holds them (deleted from it once the database has them).
struct PcTokens
{
    QVector<store::SecretToMove> sealed;
    std::vector<std::pair<QString, std::unique_ptr<zalo::SecretStore>>> stores; // account → its PC store
    QStringList unread; // accounts whose PC store could not be read: their tokens stay
};

/// Reads the secrets of every account of the folder from the store its row names (the keychain or
/// the command's --secrets-file) and seals them with the database's sync key, which this host must
/// hold when there is anything to move. Nothing is changed anywhere.
Expected<PcTokens> readPcTokens(CliContext &context, store::Database &source, const QString &url)
{
    auto accounts = store::AccountStore(source).list();
    if (!accounts)
        return Error {Tr::tr("The data folder's accounts cannot be read: %1").arg(accounts.error().message)};
    PcTokens out;
    std::vector<std::pair<QString, QByteArray>> plain;
    for (const store::Account &a : std::as_const(*accounts)) {
        if (a.secretStore == sync::DatabaseSecretStore::specName())
            continue;
        auto pcStore = zalo::openAccountSecretStore(a.secretStore, a.oaId, context.secretsFile());
        if (!pcStore)
            return Error {Tr::tr("The Zalo tokens of the account %1 cannot be read, so nothing was moved: %2").arg(a.oaId, pcStore.error().message)};
        auto secret = (*pcStore)->read(zalo::AccountSecrets::keyFor(a.oaId));
        if (!secret) {
            // A keychain out of reach (no desktop session) does not hold the folder back: its
            // tokens stay, and a run where it can be read moves them.
            context.err(Tr::tr("The Zalo tokens of the account %1 cannot be read here (%2): they stay on this PC; run this command "
                               "again where they can be read to move them into the database.")
                            .arg(a.oaId, secret.error().message));
            out.unread.append(a.oaId);
            continue;
        }
        if (!secret->has_value())
            continue; // none on this PC (never connected, or moved before)
        plain.emplace_back(a.oaId, **secret);
        out.stores.emplace_back(a.oaId, std::move(*pcStore));
    }
    if (plain.empty())
        return out;
    auto hostKeys = zalo::openSecretStore(zalo::secretStoreSpec(context.secretsFile()));
    if (!hostKeys)
        return hostKeys.error();
    sync::DatabaseSecretStore database(url, std::move(*hostKeys));
    auto key = database.currentKey();
    if (!key)
        return Error {Tr::tr("The folder's Zalo tokens move into the database encrypted with its sync key, and nothing was moved: %1")
                          .arg(key.error().message)};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[oaId, bytes] : plain) {
        store::SecretToMove s;
        s.oaId = oaId;
        s.record.name = zalo::AccountSecrets::keyFor(oaId);
        s.record.keyId = key->id();
        const sync::SyncKey::Sealed sealed = key->seal(s.record.name, bytes);
        s.record.nonce = sealed.nonce;
        s.record.ciphertext = sealed.ciphertext;
        s.record.updatedAt = now;
        out.sealed.push_back(s);
    }
    return out;
}

void printMove(CliContext &context, const store::FolderMoveReport &r, const QString &url, const QStringList &tokensLeft)
{
    const qint64 accounts = [&r] {
        for (const store::MoveCount &c : r.counts) {
            if (c.table == QLatin1String("accounts"))
                return c.source;
        }
        return qint64(0);
    }();
    const int moved = int(r.tokensMoved.size());
    const QString tokens = moved > 0
        ? Tr::tr("%n account(s)' Zalo tokens moved into the database, encrypted with its sync key; they are deleted from this PC.", nullptr, moved)
        : Tr::tr("No Zalo tokens of the folder's accounts were left on this PC (keychain or secrets file) to move into the database.");
    if (context.json()) {
        QJsonObject counts;
        for (const store::MoveCount &c : r.counts) {
            counts.insert(
                c.table,
                QJsonObject {{QStringLiteral("source"), c.source}, {QStringLiteral("target"), c.target}, {QStringLiteral("copied"), c.copied}});
        }
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("folder"), r.folderPath},
            {QStringLiteral("folder_id"), r.folderId},
            {QStringLiteral("url"), url},
            {QStringLiteral("prefix"), r.prefix},
            {QStringLiteral("first_move"), r.firstMove},
            {QStringLiteral("moved_at"), localTime(r.movedAt)},
            {QStringLiteral("anchor"), r.sourceAnchor},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("copied"), r.copiedRows()},
            {QStringLiteral("event"), r.movedEventId > 0 ? QJsonValue(r.movedEventId) : QJsonValue()},
            {QStringLiteral("ok"), r.committed},
            {QStringLiteral("tokens_moved"), moved},
            {QStringLiteral("tokens_left"), QJsonArray::fromStringList(tokensLeft)},
            {QStringLiteral("note"), tokens},
        }));
        return;
    }
    if (!r.committed)
        context.out(
            Tr::tr("The data folder %1 was NOT moved into %2: the counts below differ, and the database was left as it was.").arg(r.folderPath, url));
    else if (r.firstMove)
        context.out(Tr::tr("The data folder %1 moved into %2 with the prefix %3.").arg(r.folderPath, url, r.prefix));
    else if (r.copiedRows() == 0)
        context.out(Tr::tr("The data folder %1 was moved into %2 before (prefix %3, %4); nothing new to copy.")
                        .arg(r.folderPath, url, r.prefix, localTime(r.movedAt)));
    else
        context.out(Tr::tr("The data folder %1 was moved into %2 before (prefix %3, %4); what it gained since was copied.")
                        .arg(r.folderPath, url, r.prefix, localTime(r.movedAt)));
    const QString what = Tr::tr("rows");
    const QString source = Tr::tr("folder");
    const QString target = Tr::tr("database");
    const QString copied = Tr::tr("copied now");
    int width = what.size();
    for (const store::MoveCount &c : r.counts)
        width = std::max(width, int(store::FolderMove::tableName(c.table).size()));
    const int w1 = std::max(9, int(source.size()));
    const int w2 = std::max(9, int(target.size()));
    context.out(QStringLiteral("%1  %2  %3  %4").arg(what, -width).arg(source, w1).arg(target, w2).arg(copied, 10));
    for (const store::MoveCount &c : r.counts) {
        QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(store::FolderMove::tableName(c.table), -width)
                           .arg(c.source, w1)
                           .arg(c.target, w2)
                           .arg(c.copied, 10);
        if (c.source != c.target)
            line += QStringLiteral("  ") + Tr::tr("<- differs");
        context.out(line);
    }
    context.out(Tr::tr("The folder's history was verified before the copy: anchor %1.").arg(r.sourceAnchor));
    if (!r.committed)
        return;
    if (r.movedEventId > 0)
        context.out(Tr::tr("Its events were appended to the database's own history; the move itself is event %1 there.").arg(r.movedEventId));
    context.out(Tr::tr("Moved cases are coded %1-<old code>; their old codes still find them (casedesk-cli --database URL case show "
                       "OLD-CODE).")
                    .arg(r.prefix));
    if (accounts > 0 || moved > 0)
        context.out(tokens);
    context.out(Tr::tr("From now on this folder's work is in the database: casedesk-cli --database %1 …; \"sync\" on the folder is "
                       "refused.")
                    .arg(url));
}

int runMigrateTo(CliContext &context, const QCommandLineParser &parser, const QString &url, const QCommandLineOption &prefixOption)
{
    // Everything that can be checked is, before the folder or the database is touched.
    if (const QString why = store::Database::addressProblem(url); !why.isEmpty())
        return context.usageError(why);
    const QString prefix = parser.value(prefixOption).trimmed().toUpper();
    if (parser.isSet(prefixOption)) {
        if (const QString why = store::FolderMove::prefixProblem(prefix); !why.isEmpty())
            return context.usageError(why);
    }
    if (parser.isSet(QStringLiteral("database")) && parser.value(QStringLiteral("database")) != url)
        return context.usageError(Tr::tr("database migrate-to moves the folder into the database it names (%1); leave out --database, "
                                         "or give the same address.")
                                      .arg(url));
    const DataFolder folder(context.dataDir());
    const QString file = folder.localDatabaseFile();
    if (!QFileInfo(file).isFile())
        return context.fail(Tr::tr("There is no CaseDesk data in %1 (no casedesk.sqlite there), so there is nothing to move: give the "
                                   "data folder with --data-dir.")
                                .arg(folder.path()));
    const auto movedElsewhere = [&](const std::optional<store::MovedMark> &mark) {
        return mark && mark->url != url ? Tr::tr("This data folder was moved into %1 on %2 (prefix %3); it is not moved again into another database.")
                                              .arg(mark->url, localTime(mark->movedAt), mark->prefix)
                                        : QString();
    };
    if (const QString why = movedElsewhere(store::FolderMove::readMark(folder.path())); !why.isEmpty())
        return context.fail(why);

    // The database first: one without CaseDesk's schema is refused (database init makes it).
    auto target = store::Database::open(url);
    if (!target)
        return context.fail(target.error().message);
    // Nobody syncs the folder while it moves.
    sync::SyncLock lock(folder.syncLockPath());
    if (auto locked = lock.acquire(); !locked)
        return context.fail(locked.error().message);
    auto source = store::Database::open(file);
    if (!source)
        return context.fail(source.error().message);
    if (const QString why = movedElsewhere(store::FolderMove::readMark(*source)); !why.isEmpty())
        return context.fail(why);

    // The tokens are read and sealed first: without the sync key on this host nothing moves.
    auto pcTokens = readPcTokens(context, *source, url);
    if (!pcTokens)
        return context.fail(pcTokens.error().message);

    store::FolderMove move(*source, *target);
    store::FolderMove::Options options;
    options.folderPath = folder.path();
    options.prefix = prefix;
    options.officer = context.officer();
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.secrets = pcTokens->sealed;
    auto report = move.run(options);
    if (!report)
        return context.fail(report.error().message);
    printMove(context, *report, url, pcTokens->unread);
    if (!report->committed)
        return context.fail(Tr::tr("The counts differ for: %1. Nothing was changed in the database; the folder was left as it was.")
                                .arg(report->mismatches().join(QStringLiteral(", "))));

    store::MovedMark mark;
    mark.url = url;
    mark.prefix = report->prefix;
    mark.movedAt = report->movedAt;
    const auto marked = store::FolderMove::markMoved(folder.path(), *source, mark);
    // Only now that the database has them (committed) do the tokens leave this PC.
    QStringList notDeleted;
    for (const auto &[oaId, pcStore] : pcTokens->stores) {
        if (!report->tokensMoved.contains(oaId) && !report->tokensThereAlready.contains(oaId))
            continue;
        if (auto removed = pcStore->remove(zalo::AccountSecrets::keyFor(oaId)); !removed) {
            context.err(Tr::tr("The Zalo tokens of the account %1 are in the database, but they cannot be deleted from this PC's %2: %3")
                            .arg(oaId, pcStore->spec(), removed.error().message));
            notDeleted.append(oaId);
        }
    }
    if (!marked)
        return context.fail(Tr::tr("The folder moved into the database, but it cannot be marked as moved (%1): do not sync it any more, "
                                   "and run this command again to mark it.")
                                .arg(marked.error().message));
    if (!notDeleted.isEmpty())
        return context.fail(Tr::tr("Run this command again to delete the tokens left on this PC (%1): the database keeps its own.")
                                .arg(notDeleted.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

int runDatabase(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli --database URL database init [--units FILE] [--admin NAME [--admin-unit ID] --new-password-file FILE|-] "
               "[--json]\n"
               "Creates or upgrades the schema of the province's PostgreSQL database and loads the unit tree "
               "(the shipped one, or FILE). Only this command changes a server's schema: every PC refuses a "
               "database whose schema is older or newer than its own.\n"
               "casedesk-cli --data-dir DIR database migrate-to URL [--prefix P] [--json]\n"
               "Moves the data folder DIR (this PC's file) into the province's database at URL, in one transaction: its cases get "
               "the codes P-<old code> (the old codes still find them), its history is verified and appended to the database's, "
               "and the rows are counted on both sides. The accounts' Zalo tokens move too, encrypted with the database's sync key "
               "(this PC must hold it: a sync host), and are then deleted from this PC's keychain or --secrets-file. Running it "
               "again copies only what is new. The folder is then marked as moved, and sync refuses it.\n"
               "casedesk-cli --database URL database settings [--holidays FILE] [--competent-units FILE] [--deadlines FILE] "
               "[--auto-close-days N] [--json]\n"
               "Stores what every PC and sync host of the province decides alike (each file checked before anything is stored) "
               "and prints what the province has."));
    const QCommandLineOption unitsOption(QStringLiteral("units"), Tr::tr("A unit tree file (JSON) to load instead of the shipped one."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          Tr::tr("migrate-to: the prefix of the moved cases' codes, capital letters and digits (default: "
                                                 "the unit of the folder's accounts, else the folder's name)."),
                                          QStringLiteral("P"));
    const QList<QCommandLineOption> adminOptions {
        QCommandLineOption(QStringLiteral("admin"), Tr::tr("init: make the province's first administrator, with a login of their own."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("admin-unit"), Tr::tr("init: the first administrator's unit (default: the province)."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("new-password-file"),
                           Tr::tr("init: the first administrator's password: the first line of FILE, or "
                                  "of standard input with -."),
                           QStringLiteral("FILE|-")),
    };
    if (auto code
        = context.parse(parser, QList<QCommandLineOption> {unitsOption, prefixOption} + adminOptions + provinceSettingsOptions() + syncKeyOptions()))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("database: say what to do: \"init\", \"migrate-to URL\" or \"settings\"."));
    if (args.constFirst() == QLatin1String("init")) {
        if (args.size() > 1)
            return context.usageError(Tr::tr("database init takes no argument besides its options (\"%1\").").arg(args.at(1)));
        if (parser.isSet(prefixOption))
            return context.usageError(Tr::tr("--prefix belongs to database migrate-to."));
        return runInit(context, parser, unitsOption);
    }
    if (args.constFirst() == QLatin1String("migrate-to")) {
        if (args.size() != 2)
            return context.usageError(Tr::tr("database migrate-to takes the address of the province's database: "
                                             "database migrate-to postgresql://HOST:PORT/DATABASE."));
        if (parser.isSet(unitsOption))
            return context.usageError(Tr::tr("--units belongs to database init."));
        return runMigrateTo(context, parser, args.at(1), prefixOption);
    }
    if (args.constFirst() == QLatin1String("settings")) {
        if (args.size() > 1)
            return context.usageError(Tr::tr("database settings takes no argument besides its options (\"%1\").").arg(args.at(1)));
        return runProvinceSettings(context, parser);
    }
    if (args.constFirst() == QLatin1String("sync-key")) {
        if (args.size() > 1)
            return context.usageError(Tr::tr("database sync-key takes no argument besides its options (\"%1\").").arg(args.at(1)));
        return runSyncKey(context, parser);
    }
    return context.usageError(Tr::tr("database: unknown action \"%1\"; there are \"init\", \"migrate-to\" and \"settings\".").arg(args.constFirst()));
}

} // namespace casedesk::cli
