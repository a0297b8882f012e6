#include "synckey.h"

#include "core/common/privatefiles.h"
#include "core/zalo/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace casedesk::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::SyncKey)
};

constexpr int kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char kCheckText[] = "casedesk sync key check";
constexpr char kFileFormat[] = "casedesk-sync-key";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytesOf(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

unsigned char *bytesOf(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    randombytes_buf(out.data(), size_t(n));
    return out;
}

QByteArray secretAd(const QString &name, const QString &keyId)
{
    return QByteArrayLiteral("secret:") + keyId.toUtf8() + '\0' + name.toUtf8();
}

QByteArray checkAd(const QString &keyId)
{
    return QByteArrayLiteral("check:") + keyId.toUtf8();
}

QByteArray fileAd(const QString &keyId)
{
    return QByteArrayLiteral("file:") + keyId.toUtf8();
}

/// nonce || ciphertext+tag
QByteArray encrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &plain, const QByteArray &ad)
{
    QByteArray out(plain.size() + kTagBytes, '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytesOf(out), &length, bytesOf(plain), quint64(plain.size()), bytesOf(ad), quint64(ad.size()), nullptr,
                                               bytesOf(nonce), bytesOf(key));
    out.resize(int(length));
    return out;
}

std::optional<QByteArray> decrypt(const QByteArray &key, const QByteArray &nonce, const QByteArray &cipher, const QByteArray &ad)
{
    if (nonce.size() != kNonceBytes || cipher.size() < kTagBytes)
        return std::nullopt;
    QByteArray out(cipher.size() - kTagBytes, '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytesOf(out), &length, nullptr, bytesOf(cipher), quint64(cipher.size()), bytesOf(ad),
                                                   quint64(ad.size()), bytesOf(nonce), bytesOf(key))
        != 0)
        return std::nullopt;
    out.resize(int(length));
    return out;
}

std::optional<QByteArray> fromBase64(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

Expected<QByteArray> derive(const QByteArray &passphrase, const QByteArray &salt, quint64 ops, quint64 mem)
{
    QByteArray key(kKeyBytes, '\0');
    if (crypto_pwhash(bytesOf(key), quint64(key.size()), passphrase.constData(), quint64(passphrase.size()), bytesOf(salt), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error {Tr::tr("Not enough memory to derive the key file's key from the passphrase.")};
    return key;
}

} // namespace

SyncKey::SyncKey(QByteArray key)
    : m_key(std::move(key))
{
    QByteArray hash(16, '\0');
    crypto_generichash(bytesOf(hash), size_t(hash.size()), bytesOf(m_key), quint64(m_key.size()), nullptr, 0);
    m_id = QString::fromLatin1(hash.left(8).toHex());
}

Expected<SyncKey> SyncKey::generate()
{
    if (!sodiumReady())
        return Error {Tr::tr("The cryptography library (libsodium) cannot start.")};
    return SyncKey(randomBytes(kKeyBytes));
}

Expected<SyncKey> SyncKey::fromBytes(const QByteArray &raw)
{
    if (!sodiumReady())
        return Error {Tr::tr("The cryptography library (libsodium) cannot start.")};
    if (raw.size() != kKeyBytes)
        return Error {Tr::tr("A sync key has %1 bytes; this one has %2.").arg(kKeyBytes).arg(raw.size())};
    return SyncKey(raw);
}

QByteArray SyncKey::checkValue() const
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    return QByteArray(nonce + encrypt(m_key, nonce, QByteArray(kCheckText), checkAd(m_id))).toBase64();
}

bool SyncKey::matches(const QByteArray &checkValue) const
{
    const auto raw = fromBase64(checkValue);
    if (!raw || raw->size() < kNonceBytes)
        return false;
    const auto plain = decrypt(m_key, raw->left(kNonceBytes), raw->mid(kNonceBytes), checkAd(m_id));
    return plain && *plain == QByteArray(kCheckText);
}

SyncKey::Sealed SyncKey::seal(const QString &name, const QByteArray &plain) const
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    return {nonce.toBase64(), encrypt(m_key, nonce, plain, secretAd(name, m_id)).toBase64()};
}

Expected<QByteArray> SyncKey::open(const QString &name, const Sealed &sealed) const
{
    const auto nonce = fromBase64(sealed.nonce);
    const auto cipher = fromBase64(sealed.ciphertext);
    std::optional<QByteArray> plain;
    if (nonce && cipher)
        plain = decrypt(m_key, *nonce, *cipher, secretAd(name, m_id));
    if (!plain)
        return Error {Tr::tr("The secret %1 in the database cannot be decrypted with the sync key %2: it was not written with this key "
                             "for this name, or it was changed.")
                          .arg(name, m_id)};
    return *plain;
}

Expected<QByteArray> SyncKey::exportFile(const QByteArray &passphrase, KdfCost cost) const
{
    if (passphrase.isEmpty())
        return Error {Tr::tr("The passphrase is empty.")};
    const quint64 ops = cost == KdfCost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 mem = cost == KdfCost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MODERATE;
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    auto fileKey = derive(passphrase, salt, ops, mem);
    if (!fileKey)
        return fileKey.error();
    const QByteArray nonce = randomBytes(kNonceBytes);
    const QByteArray cipher = encrypt(*fileKey, nonce, m_key, fileAd(m_id));
    sodium_memzero(fileKey->data(), size_t(fileKey->size()));
    const QJsonObject o {
        {QStringLiteral("format"), QString::fromLatin1(kFileFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("key_id"), m_id},
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
        {QStringLiteral("opslimit"), QString::number(ops)},
        {QStringLiteral("memlimit"), QString::number(mem)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64())},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Expected<SyncKey> SyncKey::importFile(const QByteArray &file, const QByteArray &passphrase)
{
    if (!sodiumReady())
        return Error {Tr::tr("The cryptography library (libsodium) cannot start.")};
    if (passphrase.isEmpty())
        return Error {Tr::tr("The passphrase is empty.")};
    const QJsonObject o = QJsonDocument::fromJson(file).object();
    const Error damaged {Tr::tr("This is not a CaseDesk sync key file, or it is damaged.")};
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFileFormat) || o.value(QStringLiteral("version")).toInt() != 1
        || o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
        return damaged;
    const QString keyId = o.value(QStringLiteral("key_id")).toString();
    bool opsOk = false;
    bool memOk = false;
    const quint64 ops = o.value(QStringLiteral("opslimit")).toString().toULongLong(&opsOk);
    const quint64 mem = o.value(QStringLiteral("memlimit")).toString().toULongLong(&memOk);
    const auto salt = fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    const auto nonce = fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    const auto cipher = fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
    // Limits beyond libsodium's "sensitive" would only make a damaged file hang this host.
    if (!opsOk || !memOk || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE || !salt || salt->size() != crypto_pwhash_SALTBYTES || !nonce || !cipher)
        return damaged;
    auto fileKey = derive(passphrase, *salt, ops, mem);
    if (!fileKey)
        return fileKey.error();
    const auto raw = decrypt(*fileKey, *nonce, *cipher, fileAd(keyId));
    sodium_memzero(fileKey->data(), size_t(fileKey->size()));
    if (!raw)
        return Error {Tr::tr("The passphrase is wrong, or the key file was changed.")};
    auto key = fromBytes(*raw);
    if (!key)
        return key.error();
    if (key->id() != keyId)
        return damaged;
    return key;
}

QString hostKeyName(const QString &keyId)
{
    return QStringLiteral("casedesk-sync-key:") + keyId;
}

Expected<std::optional<SyncKey>> loadHostKey(zalo::SecretStore &hostStore, const QString &keyId)
{
    auto stored = hostStore.read(hostKeyName(keyId));
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return std::optional<SyncKey>();
    const auto raw = fromBase64(**stored);
    if (!raw)
        return Error {Tr::tr("The sync key %1 kept on this host is damaged.").arg(keyId)};
    auto key = SyncKey::fromBytes(*raw);
    if (!key)
        return key.error();
    if (key->id() != keyId)
        return Error {Tr::tr("The sync key %1 kept on this host is damaged.").arg(keyId)};
    return std::optional<SyncKey>(*key);
}

Status storeHostKey(zalo::SecretStore &hostStore, const SyncKey &key)
{
    return hostStore.write(hostKeyName(key.id()), key.bytes().toBase64());
}

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    if (!privatefiles::createFileIfMissing(path))
        return Error {Tr::tr("Cannot create %1.").arg(path)};
    privatefiles::restrictFile(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush())
        return Error {Tr::tr("Cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

} // namespace casedesk::sync
