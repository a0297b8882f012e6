#include "filesecretstore.h"

#include "core/common/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutexLocker>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace casedesk::zalo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::zalo::SecretStore)
};

constexpr auto kOthersMayTouch = QFileDevice::Permissions() | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

Expected<QJsonObject> load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (file.permissions() & kOthersMayTouch)
        return Error {Tr::tr("The secrets file %1 can be read or changed by other users; CaseDesk refuses to use it. "
                             "Make it private (chmod 600 %1) and try again.")
                          .arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("The secrets file %1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error {Tr::tr("The secrets file %1 is damaged (not the JSON CaseDesk writes).").arg(path)};
    return doc.object().value(QStringLiteral("secrets")).toObject();
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path)
    : m_path(QDir::cleanPath(QDir::current().absoluteFilePath(path)))
{
}

Expected<std::optional<QByteArray>> FileSecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto secrets = load(m_path);
    if (!secrets)
        return secrets.error();
    const QJsonValue value = secrets->value(key);
    if (!value.isString())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(value.toString().toUtf8());
}

Status FileSecretStore::write(const QString &key, const QByteArray &secret)
{
    return update(key, secret);
}

Status FileSecretStore::remove(const QString &key)
{
    return update(key, std::nullopt);
}

Status FileSecretStore::update(const QString &key, const std::optional<QByteArray> &secret)
{
    QMutexLocker lock(&m_mutex);
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {Tr::tr("The folder of the secrets file %1 cannot be created.").arg(m_path)};
    // Other processes (the GUI and casedesk-cli) may write the same file.
    QLockFile fileLock(m_path + QStringLiteral(".lock"));
    fileLock.setStaleLockTime(0);
    if (!fileLock.tryLock(20000))
        return Error {Tr::tr("The secrets file %1 is locked by another program.").arg(m_path)};
    privatefiles::restrictFile(fileLock.fileName());

    auto secrets = load(m_path);
    if (!secrets)
        return secrets.error();
    if (secret)
        secrets->insert(key, QString::fromUtf8(*secret));
    else if (!secrets->contains(key))
        return {};
    else
        secrets->remove(key);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Tr::tr("The secrets file %1 cannot be written: %2").arg(m_path, file.errorString())};
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error {Tr::tr("The secrets file %1 cannot be made private.").arg(m_path)};
    }
    const QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("secrets"), *secrets}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    // QSaveFile writes a temporary file, syncs it to disk and renames it over the old one.
    if (!file.commit())
        return Error {Tr::tr("The secrets file %1 cannot be written: %2").arg(m_path, file.errorString())};
    syncFolder(info.absolutePath());
    if (QFile::permissions(m_path) & kOthersMayTouch) {
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return {};
}

} // namespace casedesk::zalo
