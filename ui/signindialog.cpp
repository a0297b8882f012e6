#include "signindialog.h"

#include "formwidgets.h"

#include "core/common/clock.h"
#include "core/common/logging.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk::ui {

namespace {

constexpr int kTickMs = 250;

} // namespace

SignInDialog::Attempt SignInDialog::fileSignIn(store::OfficerStore &officers, const Clock &clock)
{
    return [&officers, &clock](const QString &name, const QByteArray &password) {
        return officers.signIn(name, password, clock.nowMs());
    };
}

SignInDialog::SignInDialog(store::OfficerStore &officers, const Clock &clock, QWidget *parent)
    : SignInDialog(fileSignIn(officers, clock), parent)
{
}

SignInDialog::SignInDialog(Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("CaseDesk — sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sign in with your officer name and password. What you do is recorded under your name."), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("officerName"));
    m_name->setMaxLength(100);
    form->addRow(tr("&Officer"), m_name);
    m_password = passwordField("officerPassword", this);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);

    m_error = refusalLabel("signInError", this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    // The button signs in; the dialog is accepted only by a sign-in that succeeded.
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_wait = new QTimer(this);
    m_wait->setInterval(kTickMs);
    connect(m_wait, &QTimer::timeout, this, &SignInDialog::updateButton);
    connect(m_name, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
    setMinimumWidth(420);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setOfficerName(const QString &name)
{
    m_name->setText(name);
    m_password->setFocus();
}

void SignInDialog::showRefusal(const store::SignInError &error)
{
    ui::showRefusal(m_error, error.message);
    // A lock lasts minutes: the officer may still sign in under another name meanwhile.
    if (error.code != store::SignInError::Code::Locked)
        waitBeforeRetry(error.retryAfterMs);
}

void SignInDialog::trySignIn()
{
    if (!m_signIn->isEnabled())
        return;
    QByteArray password = m_password->text().toUtf8();
    auto signedIn = m_attempt(m_name->text(), password);
    password.fill('\0');
    m_password->clear();
    if (!signedIn) {
        qCInfo(lcUi) << "sign-in refused, code" << int(signedIn.error().code);
        showRefusal(signedIn.error());
        m_password->setFocus();
        return;
    }
    m_officer = *signedIn;
    m_error->hide();
    accept();
}

void SignInDialog::waitBeforeRetry(qint64 ms)
{
    if (ms <= 0)
        return;
    m_retryAt = QDeadlineTimer(ms);
    m_wait->start();
    updateButton();
}

void SignInDialog::updateButton()
{
    const qint64 left = m_wait->isActive() ? m_retryAt.remainingTime() : 0;
    if (left <= 0)
        m_wait->stop();
    const bool typed = !m_name->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_signIn->setEnabled(left <= 0 && typed);
    m_signIn->setText(left > 0 ? tr("Sign in (%1 s)").arg((left + 999) / 1000) : tr("Sign in"));
}

} // namespace casedesk::ui
