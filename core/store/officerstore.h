#pragma once

#include "core/common/expected.h"
#include "core/domain/officerscope.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace casedesk::store {

class Database;

/// One officer as stored: never the password, only whether one is set.
struct OfficerRecord
{
    qint64 id = 0;
    QString name;
    QSet<domain::Role> roles;
    QString unitId;
    bool canReveal = false;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 disabledAt = 0; // 0: enabled
    int failedAttempts = 0;
    qint64 lockedUntil = 0; // 0: not locked

    bool enabled() const { return disabledAt == 0; }
};

struct NewOfficer
{
    QString name;
    QSet<domain::Role> roles;
    QString unitId;
    bool canReveal = false;
};

/// Why a sign-in was refused. The message never says which of name or password was wrong.
struct SignInError
{
    enum class Code {
        BadCredentials,
        TooSoon, // a failed attempt was too recent: wait retryAfterMs
        Locked, // too many failures: locked until lockedUntil
        Disabled,
        Storage,
    };
    Code code = Code::Storage;
    QString message;
    qint64 retryAfterMs = 0;
};

/// The officers of a data folder or province: who may sign in, with which roles and unit.
/// Passwords are kept only as Argon2id hashes (libsodium crypto_pwhash_str, interactive limits);
/// a failed sign-in makes the next one wait (1 s more each time) and the fifth in a row locks the
/// officer for 15 minutes (a new password set by an administrator unlocks). Every change of an
/// officer is an event of the history chain (no case), naming who made it; a password never is.
class OfficerStore final
{
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kFailuresBeforeLock = 5;
    static constexpr qint64 kLockMs = 15 * 60 * 1000;

    explicit OfficerStore(Database &db);

    /// Officers stored, disabled ones included: with none, the folder is in open mode (no sign-in).
    Expected<int> count() const;
    /// Whether this connection may work without officers (open mode): a PC's file may; on a
    /// province's server only the server's own logins (its owner, a sync host), never a PC's
    /// login in casedesk_officer, which must wait for database init --admin.
    Expected<bool> mayWorkWithoutOfficers() const;
    Expected<QVector<OfficerRecord>> list() const;
    Expected<std::optional<OfficerRecord>> find(const QString &name) const;

    /// Checks @p officer and @p password (the unit must exist, the name be new, at least one role,
    /// the password long enough); then stores the officer and an officer_added event by @p by.
    Expected<OfficerRecord> add(const NewOfficer &officer, const QByteArray &password, const QString &by, qint64 nowMs);
    /// Disables @p name (it can no longer sign in; its history stays). The last enabled
    /// administrator cannot be disabled.
    Status disable(const QString &name, const QString &by, qint64 nowMs);
    /// Sets a new password for @p name (also unlocks it).
    Status setPassword(const QString &name, const QByteArray &password, const QString &by, qint64 nowMs);

    /// Checks @p password for @p name, counting failures as described above (a PC's file).
    Expected<OfficerRecord, SignInError> signIn(const QString &name, const QByteArray &password, qint64 nowMs);

    /// A province's server: the officer signs in as their own login (cd_<id>), with the same
    /// slowing down and lock kept by the server (a locked login is NOLOGIN). On success, the
    /// officer's own connection: every later query runs as them.
    struct ServerSignIn
    {
        OfficerRecord officer;
        std::unique_ptr<Database> connection;
    };
    Expected<ServerSignIn, SignInError> signInToServer(const QString &name, const QByteArray &password);
    /// Checks @p name's password as a sign-in does on either engine (counting a failure), without
    /// keeping a connection: e.g. the current password before changing it.
    Expected<OfficerRecord, SignInError> confirmPassword(const QString &name, const QByteArray &password, qint64 nowMs);

    /// The scope of @p officer: its roles, unit and the units below it.
    Expected<domain::OfficerScope> scopeOf(const OfficerRecord &officer) const;
    /// Whether @p officer may act on the cases of @p unitId (enabled, and the unit is theirs, or
    /// an editor's). Reads nothing: the units an officer acts on do not depend on the tree below.
    static bool mayActOn(const OfficerRecord &officer, const QString &unitId);

    /// The key officers are told apart by: the name NFC, trimmed, case-folded.
    static QString nameKey(const QString &name);
    /// "admin,editor" as stored, from roles (and back; nullopt on an unknown key or none).
    static QString rolesText(const QSet<domain::Role> &roles);
    static std::optional<QSet<domain::Role>> rolesFromText(const QString &text);

    /// An Argon2id hash of @p password, and its check (both constant in what they reveal).
    static Expected<QByteArray> hashPassword(const QByteArray &password);
    static bool verifyPassword(const QByteArray &hash, const QByteArray &password);

private:
    /// The officer named @p name; an error saying so when there is none.
    Expected<OfficerRecord> named(const QString &name) const;
    Status record(qint64 nowMs, const QString &by, const char *kind, const OfficerRecord &officer, const QJsonObject &extra = {});
    Database &m_db;
};

} // namespace casedesk::store
