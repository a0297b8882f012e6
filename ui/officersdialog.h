#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace casedesk::ui {

class OfficerListModel;
class Services;

/// Tools ▸ Officers: the data folder's officers (name, roles, unit, state, may reveal) and what an
/// administrator does with them: add one, disable one, set one's password. Every change goes
/// through store::OfficerStore under the signed-in officer's name, which also refuses what is not
/// allowed (the last administrator stays); its refusals are shown in the dialog as plain text.
class OfficersDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Asks a yes/no question (a message box; tests answer it themselves).
    using ConfirmFunction = std::function<bool(const QString &title, const QString &text)>;

    explicit OfficersDialog(Services &services, QWidget *parent = nullptr);
    ~OfficersDialog() override;

    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }

    OfficerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *passwordButton() const { return m_password; }
    /// What the last change did or why it was refused (named "officersMessage").
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    /// Reads the officers again.
    void reload();
    /// Selects the officer named @p name; false when there is none.
    bool selectOfficer(const QString &name);
    void addOfficer();
    void disableSelected();
    void setPasswordOfSelected();

private:
    int selectedRow() const;
    /// The selected officer's name, or empty.
    QString selectedName() const;
    void updateButtons();
    void say(const QString &text, bool refused);

    Services &m_services;
    OfficerListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_password = nullptr;
    QLabel *m_message = nullptr;
    ConfirmFunction m_confirm;
};

} // namespace casedesk::ui
