#pragma once

#include "secretstore.h"

#include <QMutex>

namespace casedesk::zalo {

/// Secrets in the operating system's keychain (qtkeychain), service "CaseDesk". Each call runs
/// the keychain job synchronously in a local event loop, so it works on worker threads too.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("CaseDesk"));

    Expected<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;
    QString spec() const override { return QStringLiteral("keychain"); }

private:
    QString m_service;
    QMutex m_mutex;
};

} // namespace casedesk::zalo
