#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace casedesk::zalo {
class SecretStore;
}

namespace casedesk::sync {

/// The province's sync key: 32 random bytes that only sync hosts hold (in their keychain or
/// --secrets-file), with which every account's tokens and the Zalo app's secret are encrypted in
/// a shared database (libsodium's XChaCha20-Poly1305, the secret's name and the key's id as
/// associated data, a random nonce per write). The database knows its id and a check value only.
class SyncKey final
{
public:
    /// How hard an exported key file's passphrase is to guess per try (libsodium's argon2id limits).
    enum class KdfCost {
        Interactive, // for tests
        Moderate, // the default
    };

    /// A new random key.
    static Expected<SyncKey> generate();
    /// The key of @p raw (32 bytes).
    static Expected<SyncKey> fromBytes(const QByteArray &raw);

    /// A short hex name of the key (a hash of it), safe to show and to keep in the database.
    QString id() const { return m_id; }
    /// The encryption of a fixed text with this key (associated data "check:" + id), base64: what
    /// the database keeps so that a host can tell that its key is the database's.
    QByteArray checkValue() const;
    /// True when @p checkValue was made by this key.
    bool matches(const QByteArray &checkValue) const;

    /// One encrypted secret: nonce and ciphertext, base64.
    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext;
    };
    /// Encrypts @p plain as the secret @p name, with a new random nonce.
    Sealed seal(const QString &name, const QByteArray &plain) const;
    /// Decrypts the secret @p name sealed with this key; refused when the key, the name or the
    /// bytes are not those it was sealed with.
    Expected<QByteArray> open(const QString &name, const Sealed &sealed) const;

    /// The key, encrypted with @p passphrase (argon2id), as the JSON of a key file.
    Expected<QByteArray> exportFile(const QByteArray &passphrase, KdfCost cost = KdfCost::Moderate) const;
    /// The key of a file exportFile() wrote; refused with a wrong passphrase or a damaged file.
    static Expected<SyncKey> importFile(const QByteArray &file, const QByteArray &passphrase);

    /// The 32 bytes, for the host's secret store only.
    QByteArray bytes() const { return m_key; }

private:
    explicit SyncKey(QByteArray key);
    QByteArray m_key;
    QString m_id;
};

/// The name under which a sync host keeps the key @p keyId in its secret store.
QString hostKeyName(const QString &keyId);
/// The key @p keyId from @p hostStore, nullopt when this host does not hold it.
Expected<std::optional<SyncKey>> loadHostKey(zalo::SecretStore &hostStore, const QString &keyId);
/// Keeps @p key in @p hostStore.
Status storeHostKey(zalo::SecretStore &hostStore, const SyncKey &key);

/// Writes @p bytes to @p path readable by its owner only (0600), replacing what was there.
Status writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace casedesk::sync
