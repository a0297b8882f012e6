#pragma once

#include "pcsettings.h"

#include "core/store/provincesettings.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace casedesk::ui {

class CaseBanner;
class Services;

/// Công cụ ▸ Thiết lập…: on one tab what belongs to this PC (data folder and data server,
/// language, the unit shown at start, notifications), kept in the user's settings; on the other
/// what belongs to the unit or the whole province (pause between two polls, first-response
/// deadlines per category, days after which a quiet answered case closes, the units that ask
/// citizens whether they were satisfied), kept with the cases and changed by an administrator only. Everything is checked before anything is saved; a
/// refusal says why in a banner and keeps what was typed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Services &services, QWidget *parent = nullptr);

    /// What the dialog shows now.
    PcSettings pcSettings() const;
    store::ProvinceSettings provinceSettings() const;
    /// Why the last OK was refused; empty when it was not.
    QString refusalText() const;
    /// What the officer is told after a save (what needs a restart); empty when nothing.
    QString savedNotice() const { return m_savedNotice; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget *createPcPage();
    QWidget *createProvincePage();
    QWidget *createSatisfactionPage();
    void showPc(const PcSettings &pc);
    void showProvince(const store::ProvinceSettings &province);
    void chooseFolder();
    void refuse(const QString &why, int tab);

    struct DeadlineRow
    {
        const char *key; // the JSON key of DeadlinePolicy
        QComboBox *kind = nullptr;
        QSpinBox *amount = nullptr;
    };

    Services &m_services;
    PcSettings m_pcLoaded;
    store::ProvinceSettings m_provinceLoaded;
    bool m_mayAdminister = false;
    QString m_savedNotice;

    QTabWidget *m_tabs = nullptr;
    CaseBanner *m_banner = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QLabel *m_serverText = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_defaultUnit = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_sound = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QSpinBox *m_autoCloseDays = nullptr;
    QVector<DeadlineRow> m_deadlines;
    QTimeEdit *m_officeCloses = nullptr;
    QCheckBox *m_satisfactionAll = nullptr;
    QListWidget *m_satisfactionUnits = nullptr; // checkable: the units whose closed cases ask
};

} // namespace casedesk::ui
