#include "officerstore.h"

#include "database.h"
#include "eventlog.h"
#include "statement.h"

#include "core/domain/caseevent.h"
#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <sodium.h>

#include <algorithm>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::OfficerStore)
};

#define OFFICER_COLUMNS "id, name, roles, unit_id, can_reveal, created_at, created_by, disabled_at, failed_attempts, locked_until"

OfficerRecord fromRow(const Statement &st)
{
    OfficerRecord o;
    o.id = st.int64(0);
    o.name = st.text(1);
    o.roles = OfficerStore::rolesFromText(st.text(2)).value_or(QSet<domain::Role>());
    o.unitId = st.text(3);
    o.canReveal = st.int64(4) != 0;
    o.createdAt = st.int64(5);
    o.createdBy = st.text(6);
    o.disabledAt = st.isNull(7) ? 0 : st.int64(7);
    o.failedAttempts = int(st.int64(8));
    o.lockedUntil = st.isNull(9) ? 0 : st.int64(9);
    return o;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

/// A refusal of the server's officer functions in words: the permission it needed, or the error.
QString serverRefusal(const QString &error)
{
    if (error.contains(QLatin1String("only an administrator")))
        return Tr::tr("Only an administrator manages officers.");
    if (error.contains(QLatin1String("casedesk_")) && error.contains(QLatin1String("does not exist")))
        return Tr::tr("This server cannot make officers' logins yet: a superuser must run casedesk-cli database init once.");
    return error;
}

Status checkPassword(const QByteArray &password)
{
    if (QString::fromUtf8(password).size() < OfficerStore::kMinPasswordLength)
        return Error {Tr::tr("The password must have at least %1 characters.").arg(OfficerStore::kMinPasswordLength)};
    if (password.contains('\n') || password.contains('\r') || password.contains('\0'))
        return Error {Tr::tr("The password must be one line.")};
    return {};
}

} // namespace

OfficerStore::OfficerStore(Database &db)
    : m_db(db)
{
}

QString OfficerStore::nameKey(const QString &name)
{
    return domain::TextFold::nfc(name.simplified()).toCaseFolded();
}

QString OfficerStore::rolesText(const QSet<domain::Role> &roles)
{
    QStringList keys;
    for (const QString &key : domain::roleKeys()) {
        if (roles.contains(*domain::roleFromKey(key)))
            keys << key;
    }
    return keys.join(QLatin1Char(','));
}

std::optional<QSet<domain::Role>> OfficerStore::rolesFromText(const QString &text)
{
    QSet<domain::Role> roles;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = domain::roleFromKey(part.trimmed());
        if (!role)
            return std::nullopt;
        roles.insert(*role);
    }
    if (roles.isEmpty())
        return std::nullopt;
    return roles;
}

Expected<QByteArray> OfficerStore::hashPassword(const QByteArray &password)
{
    if (sodium_init() < 0)
        return Error {Tr::tr("The cryptography library cannot start.")};
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password.constData(), quint64(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error {Tr::tr("The password cannot be hashed: not enough memory.")};
    return QByteArray(hash);
}

bool OfficerStore::verifyPassword(const QByteArray &hash, const QByteArray &password)
{
    if (sodium_init() < 0)
        return false;
    return crypto_pwhash_str_verify(hash.constData(), password.constData(), quint64(password.size())) == 0;
}

Expected<int> OfficerStore::count() const
{
    Statement st(m_db, "SELECT count(*) FROM officers");
    const qint64 n = st.next() ? st.int64(0) : 0;
    if (st.failed())
        return Error {Tr::tr("The officers cannot be read: %1").arg(st.error())};
    return int(n);
}

Expected<bool> OfficerStore::mayWorkWithoutOfficers() const
{
    if (!m_db.isShared())
        return true;
    Statement st(m_db, "SELECT pg_has_role(current_user, 'casedesk_officer', 'MEMBER') AND NOT rolsuper FROM pg_roles WHERE rolname = current_user");
    const bool officerLogin = st.next() && st.int64(0) != 0;
    if (st.failed())
        return Error {Tr::tr("The officers cannot be read: %1").arg(st.error())};
    return !officerLogin;
}

Expected<QVector<OfficerRecord>> OfficerStore::list() const
{
    Statement st(m_db, "SELECT " OFFICER_COLUMNS " FROM officers ORDER BY name_key");
    QVector<OfficerRecord> out;
    while (st.next())
        out << fromRow(st);
    if (st.failed())
        return Error {Tr::tr("The officers cannot be read: %1").arg(st.error())};
    return out;
}

Expected<std::optional<OfficerRecord>> OfficerStore::find(const QString &name) const
{
    Statement st(m_db, "SELECT " OFFICER_COLUMNS " FROM officers WHERE name_key = ?1");
    st.bind(1, nameKey(name));
    std::optional<OfficerRecord> found;
    if (st.next())
        found = fromRow(st);
    if (st.failed())
        return Error {Tr::tr("The officers cannot be read: %1").arg(st.error())};
    return found;
}

Expected<OfficerRecord> OfficerStore::named(const QString &name) const
{
    auto found = find(name);
    if (!found)
        return found.error();
    if (!*found)
        return Error {Tr::tr("There is no officer named %1.").arg(name)};
    return **found;
}

bool OfficerStore::mayActOn(const OfficerRecord &officer, const QString &unitId)
{
    return officer.enabled()
        && domain::scopeForOfficer(officer.id, officer.name, officer.roles, officer.unitId, officer.canReveal, {}).mayActOn(unitId);
}

Status OfficerStore::record(qint64 nowMs, const QString &by, const char *kind, const OfficerRecord &officer, const QJsonObject &extra)
{
    QJsonObject detail = extra;
    detail.insert(QStringLiteral("officer"), officer.name);
    detail.insert(QStringLiteral("officer_id"), officer.id);
    auto appended = EventLog(m_db).append(0, nowMs, by, QString::fromLatin1(kind), detail);
    if (!appended)
        return appended.error();
    return {};
}

Expected<OfficerRecord> OfficerStore::add(const NewOfficer &officer, const QByteArray &password, const QString &by, qint64 nowMs)
{
    const QString name = domain::TextFold::nfc(officer.name.simplified());
    if (name.isEmpty())
        return Error {Tr::tr("The officer needs a name.")};
    if (name.size() > 100)
        return Error {Tr::tr("The officer's name is longer than 100 characters.")};
    if (officer.roles.isEmpty())
        return Error {Tr::tr("The officer needs a role: one or more of %1.").arg(domain::roleKeys().join(QStringLiteral(", ")))};
    if (auto ok = checkPassword(password); !ok)
        return ok.error();
    // On a server the password is the login's (SCRAM); a PC's file keeps an Argon2id hash.
    auto hash = m_db.isShared() ? Expected<QByteArray>(QByteArray()) : hashPassword(password);
    if (!hash)
        return hash.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.beginError()};
    {
        Statement unit(m_db, "SELECT valid_to FROM units WHERE id = ?1");
        unit.bind(1, officer.unitId);
        if (!unit.next()) {
            if (unit.failed())
                return Error {unit.error()};
            return Error {Tr::tr("There is no unit %1: see casedesk-cli units list.").arg(officer.unitId)};
        }
        if (!unit.isNull(0))
            return Error {Tr::tr("The unit %1 is closed: choose the unit that took its work over.").arg(officer.unitId)};
    }
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error {Tr::tr("There is already an officer named %1.").arg((*existing)->name)};

    Expected<qint64> id = qint64(0);
    if (m_db.isShared()) {
        // A login of its own on the server, made by the server's function; only its SCRAM
        // verifier crosses the network.
        auto verifier = m_db.scramVerifier(password, QStringLiteral("cd_new"));
        if (!verifier)
            return verifier.error();
        Statement make(m_db, "SELECT casedesk_add_officer(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        make.bind(1, name).bind(2, nameKey(name)).bind(3, rolesText(officer.roles)).bind(4, officer.unitId).bind(5, officer.canReveal);
        make.bind(6, QString::fromLatin1(*verifier)).bind(7, by);
        id = make.next() ? Expected<qint64>(make.int64(0)) : Expected<qint64>(Error {serverRefusal(make.error())});
    } else {
        Statement ins(m_db,
                      "INSERT INTO officers (name, name_key, roles, unit_id, can_reveal, password_hash, created_at, created_by) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
        ins.bind(1, name).bind(2, nameKey(name)).bind(3, rolesText(officer.roles)).bind(4, officer.unitId).bind(5, officer.canReveal);
        ins.bind(6, QString::fromLatin1(*hash)).bind(7, nowMs).bind(8, by);
        id = ins.execReturningId();
    }
    if (!id)
        return id.error();
    OfficerRecord made;
    made.id = *id;
    made.name = name;
    made.roles = officer.roles;
    made.unitId = officer.unitId;
    made.canReveal = officer.canReveal;
    made.createdAt = nowMs;
    made.createdBy = by;
    if (auto r = record(nowMs, by, domain::events::kOfficerAdded, made,
                        {{QStringLiteral("roles"), rolesText(officer.roles)},
                         {QStringLiteral("unit"), officer.unitId},
                         {QStringLiteral("can_reveal"), officer.canReveal}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return made;
}

Status OfficerStore::disable(const QString &name, const QString &by, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.beginError()};
    auto found = named(name);
    if (!found)
        return found.error();
    const OfficerRecord &o = *found;
    if (!o.enabled())
        return Error {Tr::tr("%1 is already disabled.").arg(o.name)};
    if (o.roles.contains(domain::Role::Admin)) {
        auto all = list();
        if (!all)
            return all.error();
        const auto admins
            = std::count_if(all->cbegin(), all->cend(), [](const OfficerRecord &r) { return r.enabled() && r.roles.contains(domain::Role::Admin); });
        if (admins <= 1)
            return Error {Tr::tr("%1 is the last administrator and cannot be disabled: add another administrator first.").arg(o.name)};
    }
    // On a server the function also makes the login NOLOGIN and ends its open sessions.
    Statement st(m_db, m_db.isShared() ? "SELECT casedesk_disable_officer(?1)" : "UPDATE officers SET disabled_at = ?2 WHERE id = ?1");
    st.bind(1, o.id);
    if (!m_db.isShared())
        st.bind(2, nowMs);
    st.next();
    if (st.failed())
        return Error {serverRefusal(st.error())};
    if (auto r = record(nowMs, by, domain::events::kOfficerDisabled, o); !r)
        return r;
    return tx.commit();
}

Status OfficerStore::setPassword(const QString &name, const QByteArray &password, const QString &by, qint64 nowMs)
{
    if (auto ok = checkPassword(password); !ok)
        return ok;
    auto hash = m_db.isShared() ? m_db.scramVerifier(password, QStringLiteral("cd_new")) : hashPassword(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.beginError()};
    auto found = named(name);
    if (!found)
        return found.error();
    Statement st(m_db,
                 m_db.isShared()
                     ? "SELECT casedesk_set_officer_password(?1, ?2)"
                     : "UPDATE officers SET password_hash = ?2, failed_attempts = 0, next_attempt_at = NULL, locked_until = NULL WHERE id = ?1");
    st.bind(1, found->id).bind(2, QString::fromLatin1(*hash));
    st.next();
    if (st.failed())
        return Error {serverRefusal(st.error())};
    if (auto r = record(nowMs, by, domain::events::kOfficerPasswordSet, *found); !r)
        return r;
    return tx.commit();
}

Expected<OfficerRecord, SignInError> OfficerStore::signIn(const QString &name, const QByteArray &password, qint64 nowMs)
{
    using Code = SignInError::Code;
    const auto storage = [](const QString &why) {
        return SignInError {Code::Storage, Tr::tr("The officers cannot be read: %1").arg(why), 0};
    };
    const SignInError bad {Code::BadCredentials, Tr::tr("Wrong officer name or password."), 0};
    if (m_db.isShared())
        return SignInError {Code::Storage, Tr::tr("On a province's server officers sign in with their own login (signInToServer)."), 0};
    Transaction tx(m_db);
    if (!tx.isActive())
        return storage(tx.beginError());
    Statement st(m_db, "SELECT " OFFICER_COLUMNS ", password_hash, next_attempt_at FROM officers WHERE name_key = ?1");
    st.bind(1, nameKey(name));
    if (!st.next()) {
        if (st.failed())
            return storage(st.error());
        // As long as a wrong password: the answer does not tell which names exist.
        static const Expected<QByteArray> dummy = hashPassword(QByteArrayLiteral("no such officer"));
        if (dummy)
            (void)verifyPassword(*dummy, password);
        return bad;
    }
    const OfficerRecord o = fromRow(st);
    const QByteArray hash = st.text(10).toLatin1();
    const qint64 nextAttemptAt = st.isNull(11) ? 0 : st.int64(11);
    st.reset();
    if (o.lockedUntil > nowMs)
        return SignInError {Code::Locked,
                            Tr::tr("Too many wrong passwords: %1 cannot sign in until %2, or until an administrator sets a new password.")
                                .arg(o.name, timeText(o.lockedUntil)),
                            o.lockedUntil - nowMs};
    if (nextAttemptAt > nowMs)
        return SignInError {Code::TooSoon, Tr::tr("Wait %1 s before trying again.").arg((nextAttemptAt - nowMs + 999) / 1000), nextAttemptAt - nowMs};
    if (verifyPassword(hash, password)) {
        if (!o.enabled())
            return SignInError {Code::Disabled, Tr::tr("%1 is disabled: ask an administrator.").arg(o.name), 0};
        if (o.failedAttempts != 0 || o.lockedUntil != 0) {
            Statement reset(m_db, "UPDATE officers SET failed_attempts = 0, next_attempt_at = NULL, locked_until = NULL WHERE id = ?1");
            reset.bind(1, o.id);
            if (auto r = reset.exec(); !r)
                return storage(r.error().message);
            if (auto r = tx.commit(); !r)
                return storage(r.error().message);
        }
        OfficerRecord signedIn = o;
        signedIn.failedAttempts = 0;
        signedIn.lockedUntil = 0;
        return signedIn;
    }
    // A wrong password: the next attempt waits a second longer each time; the fifth in a row locks.
    const int failures = o.failedAttempts + 1;
    const bool lock = failures >= kFailuresBeforeLock;
    Statement fail(m_db, "UPDATE officers SET failed_attempts = ?2, next_attempt_at = ?3, locked_until = ?4 WHERE id = ?1");
    fail.bind(1, o.id).bind(2, lock ? 0 : failures).bind(3, nowMs + qint64(failures) * 1000).bindOptionalMs(4, lock ? nowMs + kLockMs : 0);
    if (auto r = fail.exec(); !r)
        return storage(r.error().message);
    if (lock) {
        if (auto r = record(nowMs, QString::fromLatin1(domain::events::kSystemOfficer), domain::events::kOfficerLocked, o,
                            {{QStringLiteral("failures"), failures}, {QStringLiteral("until"), nowMs + kLockMs}});
            !r)
            return storage(r.error().message);
    }
    if (auto r = tx.commit(); !r)
        return storage(r.error().message);
    if (lock)
        return SignInError {Code::Locked,
                            Tr::tr("Too many wrong passwords: %1 cannot sign in until %2, or until an administrator sets a new password.")
                                .arg(o.name, timeText(nowMs + kLockMs)),
                            kLockMs};
    SignInError e = bad;
    e.retryAfterMs = qint64(failures) * 1000;
    return e;
}

Expected<OfficerStore::ServerSignIn, SignInError> OfficerStore::signInToServer(const QString &name, const QByteArray &password)
{
    using Code = SignInError::Code;
    const QString key = nameKey(name);
    const SignInError bad {Code::BadCredentials, Tr::tr("Wrong officer name or password."), 0};
    // Never an empty password: the connection would fall back on one typed earlier in this process.
    if (password.isEmpty())
        return bad;
    Statement check(m_db, "SELECT login, state, wait_ms FROM casedesk_signin_check(?1)");
    check.bind(1, key);
    if (!check.next())
        return SignInError {Code::Storage, serverRefusal(check.error()), 0};
    const QString login = check.text(0);
    const QString state = check.text(1);
    const qint64 waitMs = check.int64(2);
    check.reset();
    if (state == QLatin1String("unknown"))
        return bad;
    if (state == QLatin1String("disabled"))
        return SignInError {Code::Disabled, Tr::tr("%1 is disabled: ask an administrator.").arg(name.simplified()), 0};
    if (state == QLatin1String("locked"))
        return SignInError {Code::Locked,
                            Tr::tr("Too many wrong passwords: %1 cannot sign in until %2, or until an administrator sets a new password.")
                                .arg(name.simplified(), timeText(QDateTime::currentMSecsSinceEpoch() + waitMs)),
                            waitMs};
    if (state == QLatin1String("too_soon"))
        return SignInError {Code::TooSoon, Tr::tr("Wait %1 s before trying again.").arg((waitMs + 999) / 1000), waitMs};

    QUrl url(m_db.path());
    url.setUserName(login);
    auto own = Database::openWithPassword(url.toString(), QString::fromUtf8(password));
    if (!own) {
        if (!own.error().message.contains(QLatin1String("password authentication failed")))
            return SignInError {Code::Storage, own.error().message, 0};
        Statement failed(m_db, "SELECT state, wait_ms FROM casedesk_signin_failed(?1)");
        failed.bind(1, key);
        if (!failed.next())
            return SignInError {Code::Storage, serverRefusal(failed.error()), 0};
        const bool locked = failed.text(0) == QLatin1String("locked");
        const qint64 retry = failed.int64(1);
        failed.reset();
        if (!locked) {
            SignInError e = bad;
            e.retryAfterMs = retry;
            return e;
        }
        // The server recorded the lock in the history itself.
        return SignInError {Code::Locked,
                            Tr::tr("Too many wrong passwords: %1 cannot sign in until %2, or until an administrator sets a new password.")
                                .arg(name.simplified(), timeText(QDateTime::currentMSecsSinceEpoch() + retry)),
                            retry};
    }
    auto connection = std::make_unique<Database>(std::move(*own));
    Statement succeeded(*connection, "SELECT casedesk_signin_succeeded()");
    succeeded.next();
    if (succeeded.failed())
        return SignInError {Code::Storage, succeeded.error(), 0};
    succeeded.reset();
    auto record = OfficerStore(*connection).find(name);
    if (!record)
        return SignInError {Code::Storage, record.error().message, 0};
    if (!*record)
        return bad;
    ServerSignIn result;
    result.officer = **record;
    result.connection = std::move(connection);
    return result;
}

Expected<OfficerRecord, SignInError> OfficerStore::confirmPassword(const QString &name, const QByteArray &password, qint64 nowMs)
{
    if (!m_db.isShared())
        return signIn(name, password, nowMs);
    auto signedIn = signInToServer(name, password);
    if (!signedIn)
        return signedIn.error();
    return signedIn->officer;
}

Expected<domain::OfficerScope> OfficerStore::scopeOf(const OfficerRecord &officer) const
{
    QHash<QString, QStringList> children;
    Statement st(m_db, "SELECT id, parent_id FROM units");
    while (st.next())
        children[st.text(1)] << st.text(0);
    if (st.failed())
        return Error {Tr::tr("The unit tree cannot be read: %1").arg(st.error())};
    QSet<QString> subtree;
    QStringList todo {officer.unitId};
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (subtree.contains(id))
            continue;
        subtree.insert(id);
        todo << children.value(id);
    }
    return domain::scopeForOfficer(officer.id, officer.name, officer.roles, officer.unitId, officer.canReveal, subtree);
}

} // namespace casedesk::store
