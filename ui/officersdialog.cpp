#include "officersdialog.h"

#include "officerform.h"
#include "officerlistmodel.h"
#include "services.h"

#include "core/common/clock.h"
#include "core/store/officerstore.h"
#include "core/store/unitstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk::ui {

OfficersDialog::OfficersDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_model(new OfficerListModel(this))
{
    setObjectName(QStringLiteral("officersDialog"));
    setWindowTitle(tr("Officers"));
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Who may sign in to CaseDesk on this data, with which roles and unit. A disabled officer can no longer "
                                "sign in; what they did stays in the history."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("officersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OfficerListModel::UnitColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OfficersDialog::updateButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("officersMessage"));
    m_message->setTextFormat(Qt::PlainText); // officers' names are typed by people
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addOfficerButton"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("disableOfficerButton"));
    m_password = new QPushButton(tr("Set &password…"), this);
    m_password->setObjectName(QStringLiteral("setPasswordButton"));
    row->addWidget(m_add);
    row->addWidget(m_disable);
    row->addWidget(m_password);
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, &OfficersDialog::addOfficer);
    connect(m_disable, &QPushButton::clicked, this, &OfficersDialog::disableSelected);
    connect(m_password, &QPushButton::clicked, this, &OfficersDialog::setPasswordOfSelected);

    reload();
    // The window offers this dialog to administrators only; should anyone else reach it, it
    // changes nothing and says why.
    if (!m_services.scope().may(domain::Permission::Administer)) {
        m_add->setEnabled(false);
        say(m_services.scope().refusal(domain::Permission::Administer), true);
    }
    resize(900, 480);
}

OfficersDialog::~OfficersDialog() = default;

void OfficersDialog::reload()
{
    const QString selected = selectedName();
    auto officers = m_services.officers().list();
    if (!officers) {
        say(officers.error().message, true);
        return;
    }
    QHash<QString, QString> unitNames;
    if (auto units = m_services.units().list(true)) {
        for (const domain::Unit &u : std::as_const(*units))
            unitNames.insert(u.id, u.name);
    }
    m_model->setOfficers(*officers, unitNames, m_services.clock().nowMs());
    if (!selected.isEmpty())
        selectOfficer(selected);
    updateButtons();
}

bool OfficersDialog::selectOfficer(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

int OfficersDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

QString OfficersDialog::selectedName() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_model->officer(row).name;
}

void OfficersDialog::updateButtons()
{
    const int row = m_services.scope().may(domain::Permission::Administer) ? selectedRow() : -1;
    m_disable->setEnabled(row >= 0 && m_model->officer(row).enabled());
    m_password->setEnabled(row >= 0);
}

void OfficersDialog::say(const QString &text, bool refused)
{
    QPalette pal = palette();
    if (refused)
        pal.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    m_message->setPalette(pal);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OfficersDialog::addOfficer()
{
    OfficerForm form(m_services, OfficerForm::Mode::Add, {}, this);
    if (form.exec() != QDialog::Accepted || !form.added())
        return;
    const QString name = form.added()->name;
    reload();
    selectOfficer(name);
    say(tr("%1 is now an officer and can sign in.").arg(name), false);
}

void OfficersDialog::disableSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!m_confirm(tr("Disable officer"), tr("Disable %1? They can no longer sign in; what they did stays in the history.").arg(name)))
        return;
    if (auto r = m_services.officers().disable(name, m_services.scope().officer, m_services.clock().nowMs()); !r) {
        say(tr("%1 Nothing was changed.").arg(r.error().message), true);
        return;
    }
    reload();
    say(tr("%1 is disabled: they can no longer sign in.").arg(name), false);
}

void OfficersDialog::setPasswordOfSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    OfficerForm form(m_services, OfficerForm::Mode::SetPassword, name, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    say(tr("The password of %1 is changed; if they were locked out, they can sign in again.").arg(name), false);
}

} // namespace casedesk::ui
