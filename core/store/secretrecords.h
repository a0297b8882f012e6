#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace casedesk::store {

class Database;

/// One secret as the database keeps it: encrypted by a sync host (core/sync/synckey.h) with the
/// province's sync key @p keyId; nonce and ciphertext are base64 text. The store never sees a
/// plaintext or a key.
struct SecretRecord
{
    QString name;
    QString keyId;
    QByteArray nonce; // base64
    QByteArray ciphertext; // base64
    qint64 updatedAt = 0;
};

/// A sync key as the database knows it: its id and a check value only.
struct SyncKeyRecord
{
    QString keyId;
    qint64 createdAt = 0;
    qint64 retiredAt = 0; // 0 while current
    QByteArray checkValue; // base64
};

/// The SQL of the tables `secrets` and `sync_keys` (schema 7).
class SecretRecords final
{
public:
    explicit SecretRecords(Database &db);

    /// The key secrets are written with now (the one not retired), nullopt when there is none.
    Expected<std::optional<SyncKeyRecord>> currentKey();
    Expected<std::optional<SyncKeyRecord>> key(const QString &keyId);
    Expected<QVector<SyncKeyRecord>> keys();
    /// Records a new current key; refused when there is one already.
    Status addKey(const SyncKeyRecord &key);

    Expected<std::optional<SecretRecord>> read(const QString &name);
    Expected<QVector<SecretRecord>> all();
    /// Stores @p record (insert or replace), only while its key is the current one: false (and
    /// nothing written) when that key was retired or is unknown.
    Expected<bool> write(const SecretRecord &record);
    Status remove(const QString &name);
    Expected<int> count();

    /// In one transaction (serialised with every write): @p newKey becomes the current key, every
    /// secret is replaced by what @p reencrypt makes of it (the record under @p oldKeyId in, the
    /// same secret under the new key out), and @p oldKeyId is retired at @p nowMs. Nothing changes
    /// when @p oldKeyId is not the current key or @p reencrypt fails for any secret. The number of
    /// secrets re-encrypted.
    Expected<int> rotate(const QString &oldKeyId, const SyncKeyRecord &newKey,
                         const std::function<Expected<SecretRecord>(const SecretRecord &)> &reencrypt, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace casedesk::store
