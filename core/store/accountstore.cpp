#include "accountstore.h"

#include "database.h"
#include "leasestore.h"
#include "statement.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::AccountStore)
};

#define ACCOUNT_COLUMNS                                                                                                                              \
    "oa_id, unit_id, app_id, name, openapi_base, oauth_base, secret_store, state, refresh_started_at, "                                              \
    "access_expires_at, first_sync_done, sync_high_water, last_attempt_at, last_success_at, last_error, created_at"

Account accountFromRow(const Statement &st)
{
    Account a;
    a.oaId = st.text(0);
    a.unitId = st.text(1);
    a.appId = st.text(2);
    a.name = st.text(3);
    a.openapiBase = st.text(4);
    a.oauthBase = st.text(5);
    a.secretStore = st.text(6);
    a.state = accountStateFromKey(st.text(7)).value_or(AccountState::Disabled);
    a.refreshStartedAt = st.isNull(8) ? 0 : st.int64(8);
    a.accessExpiresAt = st.isNull(9) ? 0 : st.int64(9);
    a.firstSyncDone = st.int64(10) != 0;
    a.syncHighWater = st.isNull(11) ? 0 : st.int64(11);
    a.lastAttemptAt = st.isNull(12) ? 0 : st.int64(12);
    a.lastSuccessAt = st.isNull(13) ? 0 : st.int64(13);
    a.lastError = st.isNull(14) ? QString() : st.text(14);
    a.createdAt = st.int64(15);
    return a;
}

} // namespace

QString accountStateKey(AccountState state)
{
    switch (state) {
    case AccountState::Ok:
        return QStringLiteral("ok");
    case AccountState::NeedsConsent:
        return QStringLiteral("needs_consent");
    case AccountState::Disabled:
        break;
    }
    return QStringLiteral("disabled");
}

std::optional<AccountState> accountStateFromKey(const QString &key)
{
    if (key == QLatin1String("ok"))
        return AccountState::Ok;
    if (key == QLatin1String("needs_consent"))
        return AccountState::NeedsConsent;
    if (key == QLatin1String("disabled"))
        return AccountState::Disabled;
    return std::nullopt;
}

AccountStore::AccountStore(Database &db)
    : m_db(db)
{
}

Status AccountStore::add(const Account &a)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    {
        Statement unit(m_db, "SELECT count(*) FROM units WHERE id = ?1");
        unit.bind(1, a.unitId);
        if (!unit.next() || unit.int64(0) == 0)
            return Error {Tr::tr("There is no unit with id %1.").arg(a.unitId)};
        Statement existing(m_db, "SELECT unit_id FROM accounts WHERE oa_id = ?1");
        existing.bind(1, a.oaId);
        if (existing.next())
            return Error {Tr::tr("The Zalo account %1 is already connected (unit %2).").arg(a.oaId, existing.text(0))};
    }
    Statement insert(m_db,
                     "INSERT INTO accounts (oa_id, unit_id, app_id, name, openapi_base, oauth_base, secret_store, state, "
                     "refresh_started_at, access_expires_at, last_error, created_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    insert.bind(1, a.oaId)
        .bind(2, a.unitId)
        .bind(3, a.appId)
        .bind(4, a.name.isNull() ? QString(QLatin1String("")) : a.name)
        .bind(5, a.openapiBase)
        .bind(6, a.oauthBase)
        .bind(7, a.secretStore)
        .bind(8, accountStateKey(a.state))
        .bindOptionalMs(9, a.refreshStartedAt)
        .bindOptionalMs(10, a.accessExpiresAt)
        .bindOptional(11, a.lastError)
        .bind(12, a.createdAt);
    if (auto r = insert.exec(); !r)
        return Error {Tr::tr("The Zalo account %1 cannot be stored: %2").arg(a.oaId, r.error().message)};
    return tx.commit();
}

Status AccountStore::remove(const QString &oaId)
{
    Statement st(m_db, "DELETE FROM accounts WHERE oa_id = ?1");
    st.bind(1, oaId);
    return st.exec();
}

Expected<QVector<Account>> AccountStore::list() const
{
    Statement st(m_db, "SELECT " ACCOUNT_COLUMNS " FROM accounts ORDER BY unit_id, oa_id");
    QVector<Account> all;
    while (st.next())
        all.push_back(accountFromRow(st));
    if (st.failed())
        return Error {st.error()};
    return all;
}

Expected<std::optional<Account>> AccountStore::find(const QString &oaId) const
{
    Statement st(m_db, "SELECT " ACCOUNT_COLUMNS " FROM accounts WHERE oa_id = ?1");
    st.bind(1, oaId);
    if (st.next())
        return std::optional<Account>(accountFromRow(st));
    if (st.failed())
        return Error {st.error()};
    return std::optional<Account>();
}

Status AccountStore::update(const char *sql, const QString &oaId, const std::function<void(Statement &)> &bindRest)
{
    std::optional<Transaction> tx;
    if (m_fence) {
        tx.emplace(m_db);
        if (!tx->isActive())
            return Error {Tr::tr("The database is busy: %1").arg(tx->beginError())};
        if (auto r = m_fence->check(m_db); !r)
            return r.error();
    }
    {
        Statement st(m_db, sql);
        if (!st.isValid())
            return Error {st.prepareError()};
        st.bind(1, oaId);
        if (bindRest)
            bindRest(st);
        if (auto r = st.exec(); !r)
            return r;
    }
    return tx ? tx->commit() : Status();
}

Status AccountStore::setName(const QString &oaId, const QString &name)
{
    return update("UPDATE accounts SET name = ?2 WHERE oa_id = ?1", oaId,
                  [&](Statement &st) { st.bind(2, name.isNull() ? QString(QLatin1String("")) : name); });
}

Status AccountStore::setState(const QString &oaId, AccountState state, const QString &lastError)
{
    return update("UPDATE accounts SET state = ?2, last_error = ?3 WHERE oa_id = ?1", oaId,
                  [&](Statement &st) { st.bind(2, accountStateKey(state)).bindOptional(3, lastError); });
}

Status AccountStore::setAddresses(const QString &oaId, const QString &openapiBase, const QString &oauthBase)
{
    return update("UPDATE accounts SET openapi_base = ?2, oauth_base = ?3 WHERE oa_id = ?1", oaId,
                  [&](Statement &st) { st.bind(2, openapiBase).bind(3, oauthBase); });
}

Status AccountStore::markRefreshStarted(const QString &oaId, qint64 atMs)
{
    return update("UPDATE accounts SET refresh_started_at = ?2 WHERE oa_id = ?1", oaId, [&](Statement &st) { st.bind(2, atMs); });
}

Status AccountStore::finishRefresh(const QString &oaId, qint64 accessExpiresAt)
{
    return update("UPDATE accounts SET refresh_started_at = NULL, access_expires_at = ?2, "
                  "state = CASE state WHEN 'needs_consent' THEN 'ok' ELSE state END, "
                  "last_error = CASE state WHEN 'needs_consent' THEN NULL ELSE last_error END WHERE oa_id = ?1",
                  oaId, [&](Statement &st) { st.bind(2, accessExpiresAt); });
}

Status AccountStore::clearRefreshMarker(const QString &oaId)
{
    return update("UPDATE accounts SET refresh_started_at = NULL WHERE oa_id = ?1", oaId, {});
}

Status AccountStore::markNeedsConsent(const QString &oaId, const QString &message)
{
    return update("UPDATE accounts SET refresh_started_at = NULL, state = 'needs_consent', last_error = ?2 WHERE oa_id = ?1", oaId,
                  [&](Statement &st) { st.bind(2, message); });
}

Status AccountStore::recordSyncAttempt(const QString &oaId, qint64 atMs)
{
    return update("UPDATE accounts SET last_attempt_at = ?2 WHERE oa_id = ?1", oaId, [&](Statement &st) { st.bind(2, atMs); });
}

Status AccountStore::recordSyncSuccess(const QString &oaId, qint64 atMs, qint64 highWater, bool firstSyncDone)
{
    return update("UPDATE accounts SET last_success_at = ?2, sync_high_water = greatest(coalesce(sync_high_water, 0), ?3), "
                  "first_sync_done = greatest(first_sync_done, ?4), last_error = CASE state WHEN 'ok' THEN NULL ELSE last_error END "
                  "WHERE oa_id = ?1",
                  oaId, [&](Statement &st) { st.bind(2, atMs).bind(3, highWater).bind(4, firstSyncDone); });
}

Status AccountStore::recordSyncFailure(const QString &oaId, qint64 atMs, const QString &error)
{
    return update("UPDATE accounts SET last_attempt_at = ?2, last_error = ?3 WHERE oa_id = ?1", oaId,
                  [&](Statement &st) { st.bind(2, atMs).bind(3, error); });
}

} // namespace casedesk::store
