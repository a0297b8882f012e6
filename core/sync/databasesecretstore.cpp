#include "databasesecretstore.h"

#include "core/store/database.h"
#include "core/store/secretrecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>

namespace casedesk::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::DatabaseSecretStore)
};

} // namespace

QString noSyncKeyMessage()
{
    return Tr::tr("This PC holds no sync key: run this on a sync host (or import the key with casedesk-cli database sync-key --import FILE).");
}

DatabaseSecretStore::DatabaseSecretStore(QString databaseLocation, std::unique_ptr<zalo::SecretStore> hostKeys)
    : m_location(std::move(databaseLocation))
    , m_hostKeys(std::move(hostKeys))
{
}

DatabaseSecretStore::~DatabaseSecretStore() = default;

Expected<SyncKey> DatabaseSecretStore::keyFor(const QString &keyId, const QByteArray &checkValue)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_keys.constFind(keyId); it != m_keys.constEnd())
        return *it;
    auto key = loadHostKey(*m_hostKeys, keyId);
    if (!key)
        return key.error();
    if (!key->has_value())
        return Error {noSyncKeyMessage()};
    if (!(*key)->matches(checkValue))
        return Error {Tr::tr("The sync key %1 this host holds is not the database's key of that name.").arg(keyId)};
    m_keys.insert(keyId, **key);
    return **key;
}

Expected<SyncKey> DatabaseSecretStore::currentKey()
{
    auto db = store::Database::open(m_location);
    if (!db)
        return db.error();
    auto current = store::SecretRecords(*db).currentKey();
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error {Tr::tr("The database has no sync key yet: run casedesk-cli database sync-key --generate on a sync host.")};
    return keyFor((*current)->keyId, (*current)->checkValue);
}

Expected<std::optional<QByteArray>> DatabaseSecretStore::read(const QString &key)
{
    auto db = store::Database::open(m_location);
    if (!db)
        return db.error();
    store::SecretRecords records(*db);
    auto row = records.read(key);
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QByteArray>();
    auto keyRow = records.key((*row)->keyId);
    if (!keyRow)
        return keyRow.error();
    if (!keyRow->has_value())
        return Error {Tr::tr("The secret %1 names a sync key the database does not know.").arg(key)};
    auto syncKey = keyFor((*row)->keyId, (*keyRow)->checkValue);
    if (!syncKey)
        return syncKey.error();
    auto plain = syncKey->open(key, {(*row)->nonce, (*row)->ciphertext});
    if (!plain)
        return plain.error();
    return std::optional<QByteArray>(*plain);
}

Status DatabaseSecretStore::write(const QString &key, const QByteArray &secret)
{
    // Twice at most: a key rotated by another host since this one looked is looked up again.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto syncKey = currentKey();
        if (!syncKey)
            return syncKey.error();
        auto db = store::Database::open(m_location);
        if (!db)
            return db.error();
        const SyncKey::Sealed sealed = syncKey->seal(key, secret);
        store::SecretRecord record;
        record.name = key;
        record.keyId = syncKey->id();
        record.nonce = sealed.nonce;
        record.ciphertext = sealed.ciphertext;
        record.updatedAt = QDateTime::currentMSecsSinceEpoch();
        auto written = store::SecretRecords(*db).write(record);
        if (!written)
            return written.error();
        if (*written)
            return {};
    }
    return Error {Tr::tr("The secret %1 was not stored: the database's sync key keeps changing.").arg(key)};
}

Status DatabaseSecretStore::remove(const QString &key)
{
    auto db = store::Database::open(m_location);
    if (!db)
        return db.error();
    return store::SecretRecords(*db).remove(key);
}

Expected<std::unique_ptr<zalo::SecretStore>> openSecretStoreFor(const QString &spec, const QString &databaseLocation, const QString &hostSecretsFile)
{
    if (spec != DatabaseSecretStore::specName())
        return zalo::openSecretStore(spec);
    auto hostKeys = zalo::openSecretStore(zalo::secretStoreSpec(hostSecretsFile));
    if (!hostKeys)
        return hostKeys.error();
    return std::unique_ptr<zalo::SecretStore>(std::make_unique<DatabaseSecretStore>(databaseLocation, std::move(*hostKeys)));
}

} // namespace casedesk::sync
