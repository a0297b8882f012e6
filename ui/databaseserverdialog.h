#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace casedesk::ui {

/// "Data server": where a data folder's cases are kept, this PC's file or the province's
/// PostgreSQL server, with a connection test that runs off the GUI thread and asks for the
/// server's password when it wants one. The choice is saved in the folder (server.json) and used
/// from the next start; a password never is.
class DatabaseServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseServerDialog(QString dataFolder, QWidget *parent = nullptr);
    ~DatabaseServerDialog() override;

    /// Opens the dialog over @p parent for @p dataFolder; after a save, says that the change
    /// needs a restart.
    static void run(const QString &dataFolder, QWidget *parent);

    /// True when @p errorMessage (from Database::open) says that the server wants a password
    /// CaseDesk was not given: the window may ask for one and use Database::openWithPassword.
    static bool asksForPassword(const QString &errorMessage);

    /// What the last connection test found, in words; empty before one finished.
    QString statusText() const;
    /// True while a connection test runs.
    bool isTesting() const { return m_testing; }
    /// What the officer is told once the choice is saved ("Restart CaseDesk to use …").
    QString restartNotice() const { return m_restartNotice; }

Q_SIGNALS:
    /// A connection test finished; @p opened: the database opened and was read.
    void testFinished(bool opened);

public Q_SLOTS:
    /// Opens the database at the address shown on a worker thread; the answer comes back in
    /// the status line (and testFinished()).
    void testConnection();
    /// Saves the choice when it is complete and acceptable, then closes.
    void accept() override;

private:
    /// Says on the status line why @p address cannot be the server's (empty, a password in it…).
    bool addressAcceptable(const QString &address);
    struct Probe;

    void updateMode();
    void addressEdited();
    void showProbe(const Probe &probe);
    void setStatus(const QString &text, bool problem);
    void showPasswordRow(bool visible);
    void fitHeight();

    QString m_dataFolder;
    QRadioButton *m_thisPc = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_testing = false;
    QString m_restartNotice;
};

} // namespace casedesk::ui
