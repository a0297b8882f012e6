#include "keychainsecretstore.h"

#include "filesecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QMutexLocker>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace casedesk::zalo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::zalo::SecretStore)
};

constexpr int kKeychainTimeoutMs = 60000;

// Runs a keychain job to its end in a local event loop; false when it timed out.
bool runJob(QKeychain::Job &job)
{
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

} // namespace

QString secretStoreSpec(const QString &secretsFile)
{
    if (secretsFile.isEmpty())
        return QStringLiteral("keychain");
    return QStringLiteral("file:") + QDir::cleanPath(QDir::current().absoluteFilePath(secretsFile));
}

Expected<std::unique_ptr<SecretStore>> openSecretStore(const QString &spec)
{
    if (spec == QLatin1String("keychain"))
        return std::unique_ptr<SecretStore>(std::make_unique<KeychainSecretStore>());
    if (spec.startsWith(QLatin1String("file:")) && spec.size() > 5)
        return std::unique_ptr<SecretStore>(std::make_unique<FileSecretStore>(spec.mid(5)));
    return Error {Tr::tr("Unknown secret store \"%1\".").arg(spec)};
}

Expected<std::unique_ptr<SecretStore>> openAccountSecretStore(const QString &accountSpec, const QString &oaId, const QString &commandSecretsFile)
{
    const QString wanted = secretStoreSpec(commandSecretsFile);
    if (wanted != accountSpec) {
        if (accountSpec == QLatin1String("keychain"))
            return Error {Tr::tr("The Zalo account %1 keeps its tokens in the OS keychain, but this command was given --secrets-file %2. "
                                 "Run it without --secrets-file.")
                              .arg(oaId, commandSecretsFile)};
        const QString file = accountSpec.startsWith(QLatin1String("file:")) ? accountSpec.mid(5) : accountSpec;
        if (commandSecretsFile.isEmpty())
            return Error {Tr::tr("The Zalo account %1 keeps its tokens in the file %2, but this command would use the OS keychain. "
                                 "Run it with --secrets-file %2.")
                              .arg(oaId, file)};
        return Error {Tr::tr("The Zalo account %1 keeps its tokens in the file %2, not in %3. Run the command with --secrets-file %2.")
                          .arg(oaId, file, wanted.mid(5))};
    }
    return openSecretStore(accountSpec);
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

Expected<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!runJob(job))
        return Error {Tr::tr("The OS keychain did not answer in time.")};
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError)
        return Error {Tr::tr("The OS keychain cannot be read: %1").arg(job.errorString())};
    return std::optional<QByteArray>(job.binaryData());
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    QMutexLocker lock(&m_mutex);
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setBinaryData(secret);
    if (!runJob(job))
        return Error {Tr::tr("The OS keychain did not answer in time.")};
    if (job.error() != QKeychain::NoError)
        return Error {Tr::tr("The OS keychain cannot store the secret: %1").arg(job.errorString())};
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!runJob(job))
        return Error {Tr::tr("The OS keychain did not answer in time.")};
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error {Tr::tr("The OS keychain cannot remove the secret: %1").arg(job.errorString())};
    return {};
}

} // namespace casedesk::zalo
