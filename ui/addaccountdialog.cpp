#include "addaccountdialog.h"

#include "core/common/datafolder.h"

#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/sync/accountenrolment.h"
#include "core/zalo/pkce.h"
#include "core/zalo/zaloclient.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <memory>

namespace casedesk::ui {

AddAccountDialog::AddAccountDialog(const QVector<domain::Unit> &units, Settings settings, sync::EnrolmentService &enrolment, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_enrolment(enrolment)
{
    setObjectName(QStringLiteral("AddAccountDialog"));
    connect(&m_enrolment, &sync::EnrolmentService::finished, this, &AddAccountDialog::enrolmentFinished);
    setWindowTitle(tr("Add Zalo account"));

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    for (const domain::Unit &u : units)
        m_unit->addItem(u.path.isEmpty() ? u.name : u.path, u.id);
    m_oaId = new QLineEdit(this);
    m_oaId->setObjectName(QStringLiteral("oaId"));
    m_appId = new QLineEdit(this);
    m_appId->setObjectName(QStringLiteral("appId"));
    m_secretKey = new QLineEdit(this);
    m_secretKey->setObjectName(QStringLiteral("secretKey"));
    m_secretKey->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&OA id:"), m_oaId);
    form->addRow(tr("&App id:"), m_appId);
    form->addRow(tr("App &secret key:"), m_secretKey);

    m_withToken = new QRadioButton(tr("I have a &refresh token"), this);
    m_withToken->setObjectName(QStringLiteral("withToken"));
    m_withConsent = new QRadioButton(tr("The OA admin grants access through the &consent link"), this);
    m_withConsent->setObjectName(QStringLiteral("withConsent"));
    m_withToken->setChecked(true);

    m_tokenPage = new QWidget(this);
    auto *tokenForm = new QFormLayout(m_tokenPage);
    m_refreshToken = new QLineEdit(m_tokenPage);
    m_refreshToken->setObjectName(QStringLiteral("refreshToken"));
    m_refreshToken->setEchoMode(QLineEdit::Password);
    tokenForm->addRow(tr("Refresh &token:"), m_refreshToken);

    m_consentPage = new QWidget(this);
    auto *consentForm = new QFormLayout(m_consentPage);
    m_redirectUri = new QLineEdit(m_consentPage);
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setPlaceholderText(tr("The app's callback address registered with Zalo (https://…)"));
    m_consentUrl = new QLineEdit(m_consentPage);
    m_consentUrl->setObjectName(QStringLiteral("consentUrl"));
    m_consentUrl->setReadOnly(true);
    m_copyLink = new QPushButton(tr("Co&py link"), m_consentPage);
    m_openLink = new QPushButton(tr("Open in &browser"), m_consentPage);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_consentUrl, 1);
    linkRow->addWidget(m_copyLink);
    linkRow->addWidget(m_openLink);
    m_code = new QLineEdit(m_consentPage);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("The \"code\" Zalo gave the callback address (valid 10 minutes)"));
    consentForm->addRow(tr("Callback &address:"), m_redirectUri);
    consentForm->addRow(tr("Consent &link:"), linkRow);
    consentForm->addRow(tr("Pasted &code:"), m_code);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_withToken);
    layout->addWidget(m_withConsent);
    layout->addWidget(m_tokenPage);
    layout->addWidget(m_consentPage);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_withToken, &QRadioButton::toggled, this, [this] { updateMode(); });
    connect(m_appId, &QLineEdit::textChanged, this, [this] { updateConsentLink(); });
    connect(m_redirectUri, &QLineEdit::textChanged, this, [this] { updateConsentLink(); });
    connect(m_copyLink, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_consentUrl->text()); });
    connect(m_openLink, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_consentUrl->text())); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] { reject(); });

    // One verifier per dialog: the code pasted back must come from the link shown here.
    m_verifier = zalo::pkce::makeVerifier();
    m_state = zalo::pkce::makeState();
    updateMode();
    updateConsentLink();
    resize(640, sizeHint().height());
}

AddAccountDialog::~AddAccountDialog() = default;

AddAccountDialog::Settings AddAccountDialog::settingsFor(const store::Database &db)
{
    Settings s;
    // A shared database has no folder of its own: the PC's default data folder keeps the tokens.
    s.dataFolder = db.isShared() ? DataFolder::defaultPath() : QFileInfo(db.path()).absolutePath();
    s.openapiBase = qEnvironmentVariable("CASEDESK_OPENAPI_BASE");
    s.oauthBase = qEnvironmentVariable("CASEDESK_OAUTH_BASE");
    return s;
}

bool AddAccountDialog::run(store::UnitStore &units, const store::Database &db, sync::EnrolmentService &enrolment, QWidget *parent)
{
    auto list = units.list();
    AddAccountDialog dialog(list ? *list : QVector<domain::Unit>(), settingsFor(db), enrolment, parent);
    return dialog.exec() == QDialog::Accepted;
}

QString AddAccountDialog::consentLink() const
{
    return m_consentUrl->text();
}

void AddAccountDialog::updateMode()
{
    const bool token = m_withToken->isChecked();
    m_tokenPage->setVisible(token);
    m_consentPage->setVisible(!token);
}

void AddAccountDialog::updateConsentLink()
{
    const QString appId = m_appId->text().trimmed();
    const QString redirect = m_redirectUri->text().trimmed();
    const bool ready = !appId.isEmpty() && !redirect.isEmpty();
    const QString oauthBase = m_settings.oauthBase.isEmpty() ? zalo::defaultOauthBase() : m_settings.oauthBase;
    m_consentUrl->setText(
        ready ? zalo::pkce::consentUrl(oauthBase, appId, redirect, zalo::pkce::challengeFor(m_verifier), m_state).toString(QUrl::FullyEncoded)
              : QString());
    m_copyLink->setEnabled(ready);
    m_openLink->setEnabled(ready);
}

void AddAccountDialog::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_unit, m_oaId, m_appId, m_secretKey, m_withToken, m_withConsent, m_tokenPage, m_consentPage, m_buttons})
        w->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void AddAccountDialog::reject()
{
    if (m_enrolment.isBusy())
        return; // the check with Zalo is in flight; its answer must be stored or undone first
    QDialog::reject();
}

void AddAccountDialog::submit()
{
    if (m_enrolment.isBusy())
        return;
    sync::EnrolmentRequest request;
    request.dataFolder = m_settings.dataFolder;
    request.unitId = m_unit->currentData().toString();
    request.oaId = m_oaId->text().trimmed();
    request.appId = m_appId->text().trimmed();
    request.appSecret = m_secretKey->text().trimmed();
    request.openapiBase = m_settings.openapiBase;
    request.oauthBase = m_settings.oauthBase;
    request.secretStoreSpec = m_settings.secretStoreSpec;
    if (m_withToken->isChecked()) {
        request.refreshToken = m_refreshToken->text().trimmed();
        if (request.refreshToken.isEmpty()) {
            m_status->setText(tr("Paste the refresh token."));
            m_refreshToken->setFocus();
            return;
        }
    } else {
        request.code = m_code->text().trimmed();
        request.codeVerifier = m_verifier;
        if (request.code.isEmpty()) {
            m_status->setText(tr("Open the consent link, let the OA admin grant access, and paste the code Zalo gives."));
            m_code->setFocus();
            return;
        }
    }

    m_status->setText(tr("Checking the token with Zalo…"));
    setBusy(true);
    if (!m_enrolment.start(request)) {
        setBusy(false);
        m_status->setText(tr("Another Zalo account is being connected; try again when it is done."));
    }
}

void AddAccountDialog::enrolmentFinished(const Expected<sync::EnrolmentResult> &r)
{
    setBusy(false);
    if (!r) {
        m_status->setText(r.error().message);
        return;
    }
    m_added = r->account;
    qCInfo(lcUi) << "Zalo account" << r->account.oaId << "added for unit" << r->account.unitId;
    Q_EMIT accountAdded(r->account.oaId);
    accept();
}

} // namespace casedesk::ui
