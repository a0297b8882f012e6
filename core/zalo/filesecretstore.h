#pragma once

#include "secretstore.h"

#include <QMutex>

namespace casedesk::zalo {

/// Secrets in a JSON file readable by its owner only (0600), for headless machines whose user
/// chose it explicitly. Refuses a file others can read; every write is atomic and synced to disk,
/// and serialised across threads and processes.
class FileSecretStore final : public SecretStore
{
public:
    /// @p path should be absolute; a relative one is made absolute against the current folder.
    explicit FileSecretStore(const QString &path);

    QString path() const { return m_path; }

    Expected<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;
    QString spec() const override { return QStringLiteral("file:") + m_path; }

private:
    Status update(const QString &key, const std::optional<QByteArray> &secret);

    QString m_path;
    QMutex m_mutex;
};

} // namespace casedesk::zalo
