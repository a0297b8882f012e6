#include "secretrecords.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::SecretRecords)
};

SyncKeyRecord keyRow(const Statement &st)
{
    SyncKeyRecord k;
    k.keyId = st.text(0);
    k.createdAt = st.int64(1);
    k.retiredAt = st.isNull(2) ? 0 : st.int64(2);
    k.checkValue = st.blob(3);
    return k;
}

SecretRecord secretRow(const Statement &st)
{
    SecretRecord r;
    r.name = st.text(0);
    r.keyId = st.text(1);
    r.nonce = st.blob(2);
    r.ciphertext = st.blob(3);
    r.updatedAt = st.int64(4);
    return r;
}

Error readError(const QString &why)
{
    return Error {Tr::tr("The sync keys and secrets cannot be read: %1").arg(why)};
}

/// The first row of @p st as a T (nullopt: none).
template<typename T> Expected<std::optional<T>> firstRow(Statement &st, T (*row)(const Statement &))
{
    if (st.next())
        return std::optional<T>(row(st));
    if (st.failed())
        return readError(st.error());
    return std::optional<T>();
}

/// Every row of @p st as a T.
template<typename T> Expected<QVector<T>> everyRow(Statement &st, T (*row)(const Statement &))
{
    QVector<T> out;
    while (st.next())
        out.push_back(row(st));
    if (st.failed())
        return readError(st.error());
    return out;
}

} // namespace

SecretRecords::SecretRecords(Database &db)
    : m_db(db)
{
}

Expected<std::optional<SyncKeyRecord>> SecretRecords::currentKey()
{
    Statement st(m_db, "SELECT key_id, created_at, retired_at, check_value FROM sync_keys WHERE retired_at IS NULL ORDER BY created_at DESC");
    return firstRow(st, keyRow);
}

Expected<std::optional<SyncKeyRecord>> SecretRecords::key(const QString &keyId)
{
    Statement st(m_db, "SELECT key_id, created_at, retired_at, check_value FROM sync_keys WHERE key_id = ?1");
    st.bind(1, keyId);
    return firstRow(st, keyRow);
}

Expected<QVector<SyncKeyRecord>> SecretRecords::keys()
{
    Statement st(m_db, "SELECT key_id, created_at, retired_at, check_value FROM sync_keys ORDER BY created_at");
    return everyRow(st, keyRow);
}

Status SecretRecords::addKey(const SyncKeyRecord &key)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.beginError()};
    auto current = currentKey();
    if (!current)
        return current.error();
    if (current->has_value())
        return Error {Tr::tr("The database has a sync key already (%1).").arg((*current)->keyId)};
    Statement st(m_db, "INSERT INTO sync_keys (key_id, created_at, retired_at, check_value) VALUES (?1, ?2, NULL, ?3)");
    st.bind(1, key.keyId).bind(2, key.createdAt).bind(3, key.checkValue);
    if (auto r = st.exec(); !r)
        return r;
    return tx.commit();
}

Expected<std::optional<SecretRecord>> SecretRecords::read(const QString &name)
{
    Statement st(m_db, "SELECT name, key_id, nonce, ciphertext, updated_at FROM secrets WHERE name = ?1");
    st.bind(1, name);
    return firstRow(st, secretRow);
}

Expected<QVector<SecretRecord>> SecretRecords::all()
{
    Statement st(m_db, "SELECT name, key_id, nonce, ciphertext, updated_at FROM secrets ORDER BY name");
    return everyRow(st, secretRow);
}

Expected<bool> SecretRecords::write(const SecretRecord &record)
{
    // A transaction of its own, so that it is ordered with a rotation (both take the writers' lock).
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.beginError()};
    // Written only under the current key: a host that still holds a retired one writes nothing.
    Statement st(m_db,
                 "INSERT INTO secrets (name, key_id, nonce, ciphertext, updated_at) "
                 "SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM sync_keys WHERE key_id = ?2 AND retired_at IS NULL) "
                 "ON CONFLICT (name) DO UPDATE SET key_id = excluded.key_id, nonce = excluded.nonce, ciphertext = excluded.ciphertext, "
                 "updated_at = excluded.updated_at");
    st.bind(1, record.name).bind(2, record.keyId).bind(3, record.nonce).bind(4, record.ciphertext).bind(5, record.updatedAt);
    if (auto r = st.exec(); !r)
        return Error {Tr::tr("The secret %1 cannot be stored in the database: %2").arg(record.name, r.error().message)};
    const bool written = m_db.changes() == 1;
    if (auto r = tx.commit(); !r)
        return r.error();
    return written;
}

Status SecretRecords::remove(const QString &name)
{
    Statement st(m_db, "DELETE FROM secrets WHERE name = ?1");
    st.bind(1, name);
    return st.exec();
}

Expected<int> SecretRecords::count()
{
    Statement st(m_db, "SELECT count(*) FROM secrets");
    if (st.next())
        return int(st.int64(0));
    return readError(st.error());
}

Expected<int> SecretRecords::rotate(const QString &oldKeyId, const SyncKeyRecord &newKey,
                                    const std::function<Expected<SecretRecord>(const SecretRecord &)> &reencrypt, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.beginError()};
    auto current = currentKey();
    if (!current)
        return current.error();
    if (!current->has_value() || (*current)->keyId != oldKeyId)
        return Error {Tr::tr("The database's sync key is no longer %1; nothing was rotated.").arg(oldKeyId)};
    auto existing = all();
    if (!existing)
        return existing.error();
    Statement retire(m_db, "UPDATE sync_keys SET retired_at = ?2 WHERE key_id = ?1 AND retired_at IS NULL");
    retire.bind(1, oldKeyId).bind(2, nowMs);
    if (auto r = retire.exec(); !r)
        return r.error();
    Statement add(m_db, "INSERT INTO sync_keys (key_id, created_at, retired_at, check_value) VALUES (?1, ?2, NULL, ?3)");
    add.bind(1, newKey.keyId).bind(2, newKey.createdAt).bind(3, newKey.checkValue);
    if (auto r = add.exec(); !r)
        return r.error();
    Statement put(m_db, "UPDATE secrets SET key_id = ?2, nonce = ?3, ciphertext = ?4, updated_at = ?5 WHERE name = ?1");
    for (const SecretRecord &before : *existing) {
        auto after = reencrypt(before);
        if (!after)
            return after.error();
        put.bind(1, before.name).bind(2, newKey.keyId).bind(3, after->nonce).bind(4, after->ciphertext).bind(5, after->updatedAt);
        if (auto done = put.exec(); !done)
            return done.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return int(existing->size());
}

} // namespace casedesk::store
