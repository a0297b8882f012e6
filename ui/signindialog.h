#pragma once

#include "core/store/officerstore.h"

#include <QDeadlineTimer>
#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace casedesk {
class Clock;
}

namespace casedesk::ui {

/// Asks who uses CaseDesk before the window opens, in a data folder that has officers: the
/// officer's name and password, checked by the program's sign-in (store::OfficerStore::signIn()
/// on a PC's file; the program may check them another way). A refusal is shown in
/// the dialog, which stays open; after a wrong password the button waits as long as the store
/// makes the next attempt wait. Cancelling quits the program. The password never leaves the
/// field except to be checked, and the field is emptied after each attempt.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Checks a name and password: the officer, or why not.
    using Attempt = std::function<Expected<store::OfficerRecord, store::SignInError>(const QString &name, const QByteArray &password)>;

    explicit SignInDialog(Attempt attempt, QWidget *parent = nullptr);
    /// Checks with @p officers at @p clock's time (fileSignIn()).
    SignInDialog(store::OfficerStore &officers, const Clock &clock, QWidget *parent = nullptr);
    ~SignInDialog() override;

    /// The sign-in of a PC's file: store::OfficerStore::signIn() at @p clock's time.
    static Attempt fileSignIn(store::OfficerStore &officers, const Clock &clock);

    /// Fills the officer's name (from --officer); the password field then has the focus.
    void setOfficerName(const QString &name);
    /// Shows why an earlier attempt (outside the dialog) was refused.
    void showRefusal(const store::SignInError &error);
    /// The officer who signed in, once the dialog is accepted.
    const std::optional<store::OfficerRecord> &officer() const { return m_officer; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    /// Why the last attempt was refused (named "signInError"; hidden when there is none).
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    /// Checks the name and password typed; accepts the dialog when they are right.
    void trySignIn();

private:
    void updateButton();
    void waitBeforeRetry(qint64 ms);

    Attempt m_attempt;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer *m_wait = nullptr; // ticks while the button waits
    QDeadlineTimer m_retryAt; // when the store takes the next attempt
    std::optional<store::OfficerRecord> m_officer;
};

} // namespace casedesk::ui
