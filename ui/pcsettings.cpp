#include "pcsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace casedesk::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::ui::PcSettings)
};

constexpr const char *kLanguageKey = "pc/language";
constexpr const char *kDataFolderKey = "pc/dataFolder";
constexpr const char *kDefaultUnitKey = "pc/defaultUnit";
// The same key the alerts read and the View menu's toggle writes.
constexpr const char *kNotificationsKey = "alerts/notifications";
constexpr const char *kSoundKey = "alerts/sound";

QString knownLanguage(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
}

} // namespace

PcSettings PcSettings::load()
{
    const QSettings s;
    PcSettings p;
    p.language = knownLanguage(s.value(QLatin1String(kLanguageKey), p.language).toString());
    p.dataFolder = s.value(QLatin1String(kDataFolderKey)).toString();
    p.defaultUnit = s.value(QLatin1String(kDefaultUnitKey)).toString();
    p.notifications = s.value(QLatin1String(kNotificationsKey), true).toBool();
    p.sound = s.value(QLatin1String(kSoundKey), true).toBool();
    return p;
}

void PcSettings::save() const
{
    QSettings s;
    s.setValue(QLatin1String(kLanguageKey), language);
    if (dataFolder.isEmpty())
        s.remove(QLatin1String(kDataFolderKey));
    else
        s.setValue(QLatin1String(kDataFolderKey), QDir::cleanPath(dataFolder));
    if (defaultUnit.isEmpty())
        s.remove(QLatin1String(kDefaultUnitKey));
    else
        s.setValue(QLatin1String(kDefaultUnitKey), defaultUnit);
    s.setValue(QLatin1String(kNotificationsKey), notifications);
    s.setValue(QLatin1String(kSoundKey), sound);
}

QString PcSettings::problem() const
{
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return Tr::tr("The language is Vietnamese (vi) or English (en), not \"%1\".").arg(language);
    if (dataFolder.isEmpty())
        return {};
    const QString path = dataFolder.trimmed();
    if (path != dataFolder)
        return Tr::tr("The data folder's name begins or ends with a space: \"%1\".").arg(dataFolder);
    if (QDir::isRelativePath(path))
        return Tr::tr("Give the data folder as a whole path (such as %1), not \"%2\".")
            .arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/CaseDesk")), path);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Tr::tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path));
    if (info.exists() && !info.isWritable())
        return Tr::tr("CaseDesk may not write in %1.").arg(QDir::toNativeSeparators(path));
    if (!info.exists()) {
        // The nearest folder that exists must be one CaseDesk may make folders in.
        QFileInfo parent(info.absolutePath());
        while (!parent.exists() && parent.absoluteFilePath() != parent.absolutePath())
            parent = QFileInfo(parent.absolutePath());
        if (!parent.isDir() || !parent.isWritable())
            return Tr::tr("The folder %1 cannot be made there: CaseDesk may not write in %2.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(parent.absoluteFilePath()));
    }
    return {};
}

} // namespace casedesk::ui
