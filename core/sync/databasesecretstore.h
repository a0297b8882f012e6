#pragma once

#include "core/sync/synckey.h"
#include "core/zalo/secretstore.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace casedesk::sync {

/// Secrets kept once in a shared database (table `secrets`), encrypted with the province's sync
/// key, which this host holds in its own secret store (keychain or --secrets-file): encrypted on
/// write with the current key, decrypted on read with the key the row names. A row's name and
/// key id are its associated data, so a row copied under another name does not decrypt.
/// Thread-safe: each call opens its own connection.
class DatabaseSecretStore final : public zalo::SecretStore
{
public:
    /// The spec an account row names this store by.
    static QString specName() { return QStringLiteral("database"); }

    /// @p databaseLocation: the database's address; @p hostKeys: where this host keeps the key.
    DatabaseSecretStore(QString databaseLocation, std::unique_ptr<zalo::SecretStore> hostKeys);
    ~DatabaseSecretStore() override;

    Expected<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;
    QString spec() const override { return specName(); }

    /// The database's current key, checked against its check value, when this host holds it;
    /// refused in plain words otherwise ("this PC holds no sync key: run this on a sync host").
    Expected<SyncKey> currentKey();

private:
    Expected<SyncKey> keyFor(const QString &keyId, const QByteArray &checkValue);

    QString m_location;
    std::unique_ptr<zalo::SecretStore> m_hostKeys;
    QMutex m_mutex;
    QHash<QString, SyncKey> m_keys;
};

/// Opens the secret store @p spec names: "database" (the secrets of the database at
/// @p databaseLocation, with the key from the host's store @p hostSecretsFile, empty = the
/// keychain), or what zalo::openSecretStore() opens.
Expected<std::unique_ptr<zalo::SecretStore>> openSecretStoreFor(const QString &spec, const QString &databaseLocation, const QString &hostSecretsFile);

/// The message given where a command needs the sync key and this host has none.
QString noSyncKeyMessage();

} // namespace casedesk::sync
