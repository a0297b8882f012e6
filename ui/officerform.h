#pragma once

#include "core/domain/officerscope.h"
#include "core/store/officerstore.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk::ui {

class Services;

/// The form of Tools ▸ Officers: adds an officer (name, roles, unit, may reveal, password typed
/// twice) or sets an officer's new password. It checks what a person can see at once (a name,
/// a role, eight characters, the same password twice), then store::OfficerStore decides and
/// records the change under the signed-in officer's name; a refusal stays in the form as plain
/// text and nothing is stored.
class OfficerForm final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Add, // an administrator adds an officer
        FirstAdministrator, // open mode: the first officer, an administrator, without sign-in
        SetPassword, // an administrator sets a new password for an officer
        OwnPassword, // the signed-in officer changes their own, typing the current one first
    };

    /// @p officerName: whose password (SetPassword; OwnPassword changes the signed-in officer's).
    OfficerForm(Services &services, Mode mode, const QString &officerName = {}, QWidget *parent = nullptr);
    ~OfficerForm() override;

    /// The officer added, once the form is accepted (the add modes).
    const std::optional<store::OfficerRecord> &added() const { return m_added; }

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *roleBox(domain::Role role) const { return m_roles.value(role); }
    QComboBox *unitBox() const { return m_unit; }
    QCheckBox *revealBox() const { return m_reveal; }
    /// The officer's current password (OwnPassword only; null otherwise).
    QLineEdit *currentPasswordEdit() const { return m_current; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    /// Why the form was not stored (named "officerFormError").
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

public Q_SLOTS:
    /// Checks and stores; accepts the form when stored, else says why and stays open.
    void submit();

private:
    void fillUnits();
    /// Why the form cannot be stored as typed, or empty.
    QString problem() const;
    void showError(const QString &text);
    bool store();

    Services &m_services;
    const Mode m_mode;
    const QString m_officerName;
    QLineEdit *m_name = nullptr;
    QHash<domain::Role, QCheckBox *> m_roles;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    std::optional<store::OfficerRecord> m_added;
};

} // namespace casedesk::ui
