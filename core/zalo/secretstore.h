#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace casedesk::zalo {

/// Where tokens and app secrets live: never in the SQLite file. Implementations are thread-safe.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// The secret under @p key, nullopt when there is none, or why it cannot be read.
    virtual Expected<std::optional<QByteArray>> read(const QString &key) = 0;
    /// Stores @p secret under @p key durably before returning.
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    virtual Status remove(const QString &key) = 0;
    /// How an account row names this store: "keychain" or "file:<absolute path>".
    virtual QString spec() const = 0;
};

/// The spec of the store a command would use: "file:<absolute path>" for @p secretsFile, else "keychain".
QString secretStoreSpec(const QString &secretsFile);

/// Opens the store named by @p spec ("keychain" or "file:<absolute path>").
Expected<std::unique_ptr<SecretStore>> openSecretStore(const QString &spec);

/// Opens the store an account recorded, refusing with a plain message when the command would use
/// another one (@p commandSecretsFile: its --secrets-file, empty for the keychain).
Expected<std::unique_ptr<SecretStore>> openAccountSecretStore(const QString &accountSpec, const QString &oaId, const QString &commandSecretsFile);

} // namespace casedesk::zalo
