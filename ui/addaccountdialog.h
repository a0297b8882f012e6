#pragma once

#include "core/common/expected.h"
#include "core/domain/unit.h"
#include "core/store/accountstore.h"

#include <QDialog>
#include <QVector>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace casedesk::store {
class UnitStore;
class Database;
} // namespace casedesk::store

namespace casedesk::sync {
class EnrolmentService;
struct EnrolmentResult;
} // namespace casedesk::sync

namespace casedesk::ui {

/// "Add Zalo account": connects a unit's Official Account with either a refresh token or the
/// consent link (PKCE) and the code the OA admin pastes back. The check with Zalo runs in the
/// program's enrolment service, off the GUI thread; the dialog stays responsive and closes when
/// the account is stored.
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Where the account goes and which Zalo it talks to.
    struct Settings
    {
        QString dataFolder;
        /// "keychain" or "file:<absolute path>".
        QString secretStoreSpec = QStringLiteral("keychain");
        /// Empty: the real Zalo hosts.
        QString openapiBase;
        QString oauthBase;
    };

    AddAccountDialog(const QVector<domain::Unit> &units, Settings settings, sync::EnrolmentService &enrolment, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    /// The settings of the data folder of @p db, with CASEDESK_OPENAPI_BASE / CASEDESK_OAUTH_BASE.
    static Settings settingsFor(const store::Database &db);
    /// Opens the dialog over @p parent for the data folder of @p db; true when an account was added.
    static bool run(store::UnitStore &units, const store::Database &db, sync::EnrolmentService &enrolment, QWidget *parent);

    /// The account stored, once the dialog was accepted.
    const std::optional<store::Account> &addedAccount() const { return m_added; }

    /// The consent link shown for the current app id and callback address (empty until both are given).
    QString consentLink() const;

Q_SIGNALS:
    void accountAdded(const QString &oaId);

public Q_SLOTS:
    void reject() override;

private:
    void updateMode();
    void updateConsentLink();
    void submit();
    void enrolmentFinished(const Expected<sync::EnrolmentResult> &result);
    void setBusy(bool busy);

    Settings m_settings;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_oaId = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QRadioButton *m_withToken = nullptr;
    QRadioButton *m_withConsent = nullptr;
    QWidget *m_tokenPage = nullptr;
    QWidget *m_consentPage = nullptr;
    QLineEdit *m_refreshToken = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QLineEdit *m_consentUrl = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_openLink = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_verifier;
    QString m_state;
    sync::EnrolmentService &m_enrolment;
    std::optional<store::Account> m_added;
};

} // namespace casedesk::ui
