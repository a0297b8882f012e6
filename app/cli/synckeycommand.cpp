// casedesk-cli --database URL database sync-key: the province's sync key, held by sync hosts only.
#include "synckeycommand.h"

#include "core/common/datafolder.h"
#include "core/store/database.h"
#include "core/store/leasestore.h"
#include "core/store/secretrecords.h"
#include "core/sync/databasesecretstore.h"
#include "core/sync/synckey.h"
#include "core/zalo/secretstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::SyncKeyCommand)
};

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

/// The passphrase from --passphrase-file (- = standard input), its line end dropped; never empty.
Expected<QByteArray> readPassphrase(const QCommandLineParser &parser)
{
    if (!parser.isSet(option("passphrase-file")))
        return Error {Tr::tr("A sync key file is protected by a passphrase: give it with --passphrase-file FILE (or - for standard input).")};
    const QString name = parser.value(option("passphrase-file"));
    QFile file;
    bool opened = false;
    if (name == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(name);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Error {Tr::tr("The passphrase file %1 cannot be read: %2").arg(name, file.errorString())};
    QByteArray passphrase = file.readLine(4096);
    while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
        passphrase.chop(1);
    if (passphrase.isEmpty())
        return Error {Tr::tr("The passphrase is empty; a sync key file needs one.")};
    return passphrase;
}

Expected<QByteArray> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {Tr::tr("The key file %1 cannot be read: %2").arg(path, f.errorString())};
    return f.read(64 * 1024);
}

struct Host
{
    std::unique_ptr<zalo::SecretStore> keys;
    QString where;
};

Expected<Host> openHost(CliContext &context)
{
    auto keys = zalo::openSecretStore(zalo::secretStoreSpec(context.secretsFile()));
    if (!keys)
        return keys.error();
    const QString where = context.secretsFile().isEmpty() ? Tr::tr("this PC's keychain") : Tr::tr("the secrets file %1").arg(context.secretsFile());
    return Host {std::move(*keys), where};
}

/// The database's current key as this host holds it, checked against the database.
Expected<sync::SyncKey> heldCurrentKey(store::SecretRecords &records, zalo::SecretStore &hostKeys)
{
    auto current = records.currentKey();
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error {Tr::tr("The database has no sync key yet: run database sync-key --generate on a sync host.")};
    auto key = sync::loadHostKey(hostKeys, (*current)->keyId);
    if (!key)
        return key.error();
    if (!key->has_value())
        return Error {sync::noSyncKeyMessage()};
    if (!(*key)->matches((*current)->checkValue))
        return Error {Tr::tr("The sync key %1 this host holds is not the database's key of that name.").arg((*current)->keyId)};
    return **key;
}

int generate(CliContext &context, store::Database &db, Host &host)
{
    store::SecretRecords records(db);
    auto current = records.currentKey();
    if (!current)
        return context.fail(current.error().message);
    if (current->has_value())
        return context.fail(Tr::tr("The database has a sync key already (%1): nothing was changed. On another sync host, import it "
                                   "(--export FILE here, --import FILE there); to replace it, use --rotate.")
                                .arg((*current)->keyId));
    auto key = sync::SyncKey::generate();
    if (!key)
        return context.fail(key.error().message);
    // The host keeps the key before the database names it: a key the database knows is never lost.
    if (auto stored = sync::storeHostKey(*host.keys, *key); !stored)
        return context.fail(Tr::tr("The sync key cannot be kept on this host: %1").arg(stored.error().message));
    store::SyncKeyRecord record;
    record.keyId = key->id();
    record.createdAt = QDateTime::currentMSecsSinceEpoch();
    record.checkValue = key->checkValue();
    if (auto added = records.addKey(record); !added) {
        (void)host.keys->remove(sync::hostKeyName(key->id()));
        return context.fail(added.error().message);
    }
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {{option("key_id"), key->id()}, {option("kept_in"), host.keys->spec()}}));
    } else {
        context.out(Tr::tr("A new sync key %1 was made; this host keeps it in %2.").arg(key->id(), host.where));
        context.out(Tr::tr("Export it for the other sync hosts and keep a copy in a safe place (database sync-key --export FILE): "
                           "without it, the tokens kept in the database cannot be read."));
    }
    return ExitOk;
}

int exportKey(CliContext &context, const QCommandLineParser &parser, store::Database &db, Host &host)
{
    const QString path = parser.value(option("export"));
    store::SecretRecords records(db);
    auto key = heldCurrentKey(records, *host.keys);
    if (!key)
        return context.fail(key.error().message);
    auto passphrase = readPassphrase(parser);
    if (!passphrase)
        return context.fail(passphrase.error().message);
    const auto cost = parser.value(option("key-file-cost")) == QLatin1String("interactive") ? sync::SyncKey::KdfCost::Interactive
                                                                                            : sync::SyncKey::KdfCost::Moderate;
    auto file = key->exportFile(*passphrase, cost);
    passphrase->fill('\0');
    if (!file)
        return context.fail(file.error().message);
    if (auto written = sync::writePrivateFile(path, *file); !written)
        return context.fail(written.error().message);
    if (context.json())
        context.outJson(QJsonDocument(QJsonObject {{option("key_id"), key->id()}, {option("file"), path}}));
    else
        context.out(Tr::tr("The sync key %1 was written to %2 (readable by you only), protected by the passphrase. Import it on each "
                           "other sync host with database sync-key --import FILE.")
                        .arg(key->id(), path));
    return ExitOk;
}

int importKey(CliContext &context, const QCommandLineParser &parser, store::Database &db, Host &host)
{
    const QString path = parser.value(option("import"));
    auto bytes = readKeyFile(path);
    if (!bytes)
        return context.fail(bytes.error().message);
    auto passphrase = readPassphrase(parser);
    if (!passphrase)
        return context.fail(passphrase.error().message);
    auto key = sync::SyncKey::importFile(*bytes, *passphrase);
    passphrase->fill('\0');
    if (!key)
        return context.fail(Tr::tr("The key file %1 cannot be opened: %2 Nothing was changed.").arg(path, key.error().message));
    store::SecretRecords records(db);
    auto row = records.key(key->id());
    if (!row)
        return context.fail(row.error().message);
    if (!row->has_value())
        return context.fail(Tr::tr("The key file holds the sync key %1, which this database does not know; nothing was changed.").arg(key->id()));
    if ((*row)->retiredAt != 0)
        return context.fail(
            Tr::tr("The key file holds the sync key %1, which was replaced on %2; export the current key instead. Nothing was changed.")
                .arg(key->id(), QDateTime::fromMSecsSinceEpoch((*row)->retiredAt).toString(Qt::ISODate)));
    if (!key->matches((*row)->checkValue))
        return context.fail(Tr::tr("The key in the file is not the database's key %1; nothing was changed.").arg(key->id()));
    if (auto stored = sync::storeHostKey(*host.keys, *key); !stored)
        return context.fail(Tr::tr("The sync key cannot be kept on this host: %1").arg(stored.error().message));
    if (context.json())
        context.outJson(QJsonDocument(QJsonObject {{option("key_id"), key->id()}, {option("kept_in"), host.keys->spec()}}));
    else
        context.out(Tr::tr("This host now holds the sync key %1, in %2: it can read the tokens kept in the database.").arg(key->id(), host.where));
    return ExitOk;
}

int rotate(CliContext &context, store::Database &db, Host &host)
{
    store::SecretRecords records(db);
    auto old = heldCurrentKey(records, *host.keys);
    if (!old)
        return context.fail(old.error().message);
    // A running host keeps the old key and could no longer read a token after the rotation.
    auto hosts = store::LeaseStore(db).hosts(QDateTime::currentMSecsSinceEpoch());
    if (!hosts)
        return context.fail(Tr::tr("The sync hosts cannot be read: %1 Nothing was changed.").arg(hosts.error().message));
    QStringList running;
    for (const store::SyncHostRow &h : std::as_const(*hosts)) {
        if (h.alive)
            running << Tr::tr("%1 (process %2)").arg(h.name).arg(h.pid);
    }
    if (!running.isEmpty())
        return context.fail(Tr::tr("Sync hosts are running: %1. Stop them first (systemctl stop casedesk-sync), then rotate, then import "
                                   "the new key on each and start them again. Nothing was changed.")
                                .arg(running.join(QStringLiteral(", "))));
    auto fresh = sync::SyncKey::generate();
    if (!fresh)
        return context.fail(fresh.error().message);
    if (auto stored = sync::storeHostKey(*host.keys, *fresh); !stored)
        return context.fail(Tr::tr("The new sync key cannot be kept on this host: %1").arg(stored.error().message));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    store::SyncKeyRecord record;
    record.keyId = fresh->id();
    record.createdAt = now;
    record.checkValue = fresh->checkValue();
    const sync::SyncKey &from = *old;
    const sync::SyncKey &to = *fresh;
    auto moved = records.rotate(
        from.id(), record,
        [&from, &to, now](const store::SecretRecord &before) -> Expected<store::SecretRecord> {
            if (before.keyId != from.id())
                return Error {Tr::tr("The secret %1 is under the sync key %2, which this host does not hold.").arg(before.name, before.keyId)};
            auto plain = from.open(before.name, {before.nonce, before.ciphertext});
            if (!plain)
                return plain.error();
            const sync::SyncKey::Sealed sealed = to.seal(before.name, *plain);
            plain->fill('\0');
            store::SecretRecord after = before;
            after.keyId = to.id();
            after.nonce = sealed.nonce;
            after.ciphertext = sealed.ciphertext;
            after.updatedAt = now;
            return after;
        },
        now);
    if (!moved) {
        (void)host.keys->remove(sync::hostKeyName(fresh->id()));
        return context.fail(Tr::tr("The sync key was not rotated: %1 Nothing was changed.").arg(moved.error().message));
    }
    // Nothing is encrypted with the old key any more.
    (void)host.keys->remove(sync::hostKeyName(from.id()));
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {option("key_id"), to.id()}, {option("retired"), from.id()}, {option("secrets"), *moved}, {option("kept_in"), host.keys->spec()}}));
    } else {
        context.out(Tr::tr("The sync key %1 replaced %2; %3 secrets were encrypted again with it, in one transaction. This host keeps it in %4.")
                        .arg(to.id(), from.id())
                        .arg(*moved)
                        .arg(host.where));
        context.out(Tr::tr("The other sync hosts cannot read the tokens until they import the new key: export it (--export FILE) and "
                           "import it there (--import FILE)."));
    }
    return ExitOk;
}

} // namespace

QList<QCommandLineOption> syncKeyOptions()
{
    QCommandLineOption cost(option("key-file-cost"), Tr::tr("sync-key --export: interactive makes a weaker but faster key file (tests only)."),
                            option("moderate|interactive"));
    cost.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        QCommandLineOption(option("generate"), Tr::tr("sync-key: make the province's sync key and keep it on this host.")),
        QCommandLineOption(option("export"), Tr::tr("sync-key: write the sync key to FILE, protected by a passphrase."), option("FILE")),
        QCommandLineOption(option("import"), Tr::tr("sync-key: take the sync key from FILE onto this host."), option("FILE")),
        QCommandLineOption(option("rotate"), Tr::tr("sync-key: replace the sync key, encrypting every secret again.")),
        QCommandLineOption(option("passphrase-file"), Tr::tr("sync-key: the key file's passphrase, from FILE or - for standard input."),
                           option("FILE")),
        cost,
    };
}

int runSyncKey(CliContext &context, const QCommandLineParser &parser)
{
    int actions = 0;
    for (const char *name : {"generate", "export", "import", "rotate"})
        actions += parser.isSet(option(name)) ? 1 : 0;
    if (actions != 1)
        return context.usageError(Tr::tr("database sync-key does one of --generate, --export FILE, --import FILE or --rotate."));
    if (parser.isSet(option("key-file-cost"))) {
        const QString cost = parser.value(option("key-file-cost"));
        if (cost != QLatin1String("moderate") && cost != QLatin1String("interactive"))
            return context.usageError(Tr::tr("--key-file-cost takes moderate or interactive, not \"%1\".").arg(cost));
    }
    if (!store::Database::isServerAddress(DataFolder(context.dataDir()).databasePath()))
        return context.usageError(Tr::tr("database sync-key works on the province's database: give its address with --database URL "
                                         "(or CASEDESK_DATABASE). A single PC keeps its tokens in its keychain."));
    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    auto host = openHost(context);
    if (!host)
        return context.fail(host.error().message);
    if (parser.isSet(option("generate")))
        return generate(context, **db, *host);
    if (parser.isSet(option("export")))
        return exportKey(context, parser, **db, *host);
    if (parser.isSet(option("import")))
        return importKey(context, parser, **db, *host);
    return rotate(context, **db, *host);
}

} // namespace casedesk::cli
