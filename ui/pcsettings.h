#pragma once

#include <QString>

namespace casedesk::ui {

/// What belongs to this PC and its user, kept in the user's settings (QSettings), apart from what
/// belongs to the unit or the province (store::ProvinceSettings, kept with the cases): the data
/// folder, the language, the unit shown at start, the desktop notifications. The data server of a
/// folder is the folder's own (server.json, see DatabaseServerDialog).
struct PcSettings
{
    QString language = QStringLiteral("vi"); // "vi" or "en"
    QString dataFolder; // empty: the default folder (DataFolder::defaultPath())
    QString defaultUnit; // empty: the unit chosen last time
    bool notifications = true; // a desktop notification for each new crime or urgent security report
    bool sound = true; // …with the desktop's sound for a new message

    static PcSettings load();
    void save() const;

    /// Why these cannot be saved, in words (the first problem found), or empty: a known language,
    /// a data folder given as a whole path that is (or can become) a folder.
    QString problem() const;
};

} // namespace casedesk::ui
