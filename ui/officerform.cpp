#include "officerform.h"

#include "formwidgets.h"
#include "services.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/store/unitstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk::ui {

OfficerForm::OfficerForm(Services &services, Mode mode, const QString &officerName, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_mode(mode)
    , m_officerName(mode == Mode::OwnPassword ? services.scope().officer : officerName)
{
    setObjectName(QStringLiteral("officerForm"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const bool passwordOnly = mode == Mode::SetPassword || mode == Mode::OwnPassword;
    if (passwordOnly) {
        setWindowTitle(tr("New password for %1").arg(m_officerName));
        auto *who = new QLabel(m_officerName, this);
        who->setTextFormat(Qt::PlainText);
        form->addRow(tr("Officer"), who);
        if (mode == Mode::OwnPassword) {
            // Whoever finds the PC signed in cannot lock its officer out.
            m_current = passwordField("currentPassword", this);
            form->addRow(tr("&Current password"), m_current);
        }
    } else {
        setWindowTitle(mode == Mode::FirstAdministrator ? tr("Add the first administrator") : tr("Add an officer"));
        if (mode == Mode::FirstAdministrator) {
            auto *why = new QLabel(tr("Once an administrator exists, CaseDesk asks everyone who they are at start, and each officer sees "
                                      "only their units' cases. The administrator adds the other officers in Tools ▸ Officers."),
                                   this);
            why->setTextFormat(Qt::PlainText);
            why->setWordWrap(true);
            layout->insertWidget(0, why);
        }
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("newOfficerName"));
        m_name->setMaxLength(100);
        form->addRow(tr("&Name"), m_name);

        auto *roles = new QGroupBox(tr("Roles (at least one)"), this);
        auto *grid = new QGridLayout(roles);
        int i = 0;
        for (const QString &key : domain::roleKeys()) {
            const domain::Role role = *domain::roleFromKey(key);
            auto *box = new QCheckBox(domain::roleName(role), roles);
            box->setObjectName(key + QStringLiteral("Role"));
            m_roles.insert(role, box);
            grid->addWidget(box, i / 3, i % 3);
            ++i;
        }
        if (mode == Mode::FirstAdministrator) {
            // The first officer must be an administrator (possibly with a case role as well).
            m_roles.value(domain::Role::Admin)->setChecked(true);
            m_roles.value(domain::Role::Admin)->setEnabled(false);
        }
        form->addRow(roles);

        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("newOfficerUnit"));
        m_unit->setEditable(true);
        m_unit->setInsertPolicy(QComboBox::NoInsert);
        m_unit->completer()->setFilterMode(Qt::MatchContains);
        m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_unit->setMinimumContentsLength(40);
        fillUnits();
        form->addRow(tr("&Unit"), m_unit);

        m_reveal = new QCheckBox(tr("May see who reported a crime (each time with a reason, logged)"), this);
        m_reveal->setObjectName(QStringLiteral("newOfficerCanReveal"));
        form->addRow(m_reveal);
    }
    m_password = passwordField("newPassword", this);
    form->addRow(passwordOnly ? tr("&New password") : tr("&Password"), m_password);
    m_repeat = passwordField("repeatPassword", this);
    form->addRow(tr("&Repeat the password"), m_repeat);
    auto *hint = new QLabel(
        mode == Mode::OwnPassword
            ? tr("At least %1 characters.").arg(store::OfficerStore::kMinPasswordLength)
            : tr("At least %1 characters. Tell it to the officer in person, never in a message.").arg(store::OfficerStore::kMinPasswordLength),
        this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    form->addRow(hint);

    m_error = refusalLabel("officerFormError", this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("officerFormOk"));
    m_ok->setText(passwordOnly ? tr("Set password") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficerForm::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

OfficerForm::~OfficerForm()
{
    // What was typed does not outlive the form.
    if (m_current)
        m_current->clear();
    m_password->clear();
    m_repeat->clear();
}

void OfficerForm::fillUnits()
{
    auto units = m_services.units().list();
    if (!units) {
        showError(units.error().message);
        return;
    }
    // Paths without the province's name, which every one of them starts with.
    const QString root = units->isEmpty() ? QString() : units->constFirst().path + QStringLiteral(" / ");
    for (const domain::Unit &u : std::as_const(*units)) {
        const QString shown = u.path.startsWith(root) ? u.path.mid(root.size()) : u.path;
        m_unit->addItem(shown.isEmpty() ? u.name : shown, u.id);
        m_unit->setItemData(m_unit->count() - 1, u.path, Qt::ToolTipRole);
    }
    const QString own = m_services.scope().unitId;
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(own)));
}

QString OfficerForm::problem() const
{
    if (m_mode == Mode::OwnPassword && m_current->text().isEmpty())
        return tr("Type your current password.");
    if (m_mode == Mode::Add || m_mode == Mode::FirstAdministrator) {
        if (m_name->text().trimmed().isEmpty())
            return tr("Type the officer's name.");
        if (std::none_of(m_roles.cbegin(), m_roles.cend(), [](const QCheckBox *box) { return box->isChecked(); }))
            return tr("Tick at least one role.");
        // An edited combo whose text names no unit has no data.
        if (m_unit->findText(m_unit->currentText()) < 0 || m_unit->currentData().toString().isEmpty())
            return tr("Choose the officer's unit from the list.");
    }
    if (m_password->text().size() < store::OfficerStore::kMinPasswordLength)
        return tr("The password must have at least %1 characters.").arg(store::OfficerStore::kMinPasswordLength);
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ: type the same password twice.");
    return {};
}

void OfficerForm::showError(const QString &text)
{
    showRefusal(m_error, text);
}

void OfficerForm::submit()
{
    if (const QString why = problem(); !why.isEmpty()) {
        showError(why);
        return;
    }
    if (store())
        accept();
}

bool OfficerForm::store()
{
    store::OfficerStore &officers = m_services.officers();
    const qint64 now = m_services.clock().nowMs();
    QByteArray password = m_password->text().toUtf8();
    const auto forget = qScopeGuard([&password] { password.fill('\0'); });
    if (m_mode == Mode::OwnPassword) {
        QByteArray current = m_current->text().toUtf8();
        auto checked = officers.confirmPassword(m_officerName, current, now);
        current.fill('\0');
        m_current->clear();
        if (!checked) {
            showError(tr("The password was not changed: %1").arg(checked.error().message));
            m_current->setFocus();
            return false;
        }
    }
    if (m_mode == Mode::SetPassword || m_mode == Mode::OwnPassword) {
        if (auto r = officers.setPassword(m_officerName, password, m_services.scope().officer, now); !r) {
            showError(tr("The password was not changed: %1").arg(r.error().message));
            return false;
        }
        return true;
    }
    store::NewOfficer o;
    o.name = m_name->text();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            o.roles.insert(it.key());
    }
    o.unitId = m_unit->currentData().toString();
    o.canReveal = m_reveal->isChecked();
    QString by = m_services.scope().officer;
    if (m_mode == Mode::FirstAdministrator) {
        // Nobody can sign in yet: the first administrator adds themself, as on the command line.
        auto count = officers.count();
        if (!count) {
            showError(count.error().message);
            return false;
        }
        if (*count > 0) {
            showError(tr("Officers were added meanwhile: restart CaseDesk and sign in as an administrator to add more."));
            return false;
        }
        by = o.name.simplified();
    }
    auto made = officers.add(o, password, by, now);
    if (!made) {
        showError(tr("The officer was not added: %1").arg(made.error().message));
        return false;
    }
    qCInfo(lcUi) << "officer added, id" << made->id;
    m_added = *made;
    return true;
}

} // namespace casedesk::ui
