#include "databaseserverdialog.h"

#include "formwidgets.h"

#include "core/common/datafolder.h"
#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace casedesk::ui {

namespace {

/// The store's sentence for a server that wants a password (core/store/pgconnection.cpp), as
/// its source reads; translated at run time, so that the sentence is recognised in either language.
const char *const kNeedsPasswordSource = "The database server %1 asks for a password that CaseDesk was not given (%2). "
                                         "Put it in ~/.pgpass (or the file PGPASSFILE names), or enter it in the window.";

} // namespace

/// What a connection test found; filled on the worker thread, read on the GUI thread once the
/// worker has finished.
struct DatabaseServerDialog::Probe
{
    QString address;
    bool withPassword = false;
    bool opened = false;
    int schema = 0;
    int units = 0;
    QString error;
};

DatabaseServerDialog::DatabaseServerDialog(QString dataFolder, QWidget *parent)
    : QDialog(parent)
    , m_dataFolder(std::move(dataFolder))
{
    setObjectName(QStringLiteral("DatabaseServerDialog"));
    setWindowTitle(tr("Data server"));
    const DataFolder folder(m_dataFolder);

    auto *intro = new QLabel(tr("Where the cases of the data folder %1 are kept:").arg(QDir::toNativeSeparators(folder.path())), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_thisPc = new QRadioButton(tr("&This PC"), this);
    m_thisPc->setObjectName(QStringLiteral("thisPc"));
    m_server = new QRadioButton(tr("The province's &data server"), this);
    m_server->setObjectName(QStringLiteral("server"));

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("postgresql://HOST:PORT/DATABASE?sslmode=verify-full"));
    m_address->setClearButtonEnabled(true);
    m_test = new QPushButton(tr("Test &connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_test);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);

    auto *serverForm = new QFormLayout;
    serverForm->setContentsMargins(24, 0, 0, 0);
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    serverForm->addRow(addressLabel, addressRow);
    serverForm->addRow(QString(),
                       hintLabel(tr("No password in the address: CaseDesk reads it from ~/.pgpass (or the file PGPASSFILE "
                                    "names) or asks for it, and never keeps it."),
                                 this));
    serverForm->addRow(m_passwordLabel, m_password);

    m_statusIcon = new QLabel(this);
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // server and libpq messages are text, never markup
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_thisPc);
    auto *thisPcHint = hintLabel(tr("The file %1, on this PC alone.").arg(QDir::toNativeSeparators(folder.localDatabaseFile())), this);
    thisPcHint->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(thisPcHint);
    layout->addWidget(m_server);
    layout->addLayout(serverForm);
    if (const QString given = DataFolder::databaseAddress(); !given.isEmpty()) {
        // --database and CASEDESK_DATABASE go before the folder's choice; saying so avoids a
        // restart that changes nothing.
        auto *givenNote = hintLabel(tr("This CaseDesk was started with the database %1 (--database or CASEDESK_DATABASE): "
                                       "it goes before the choice saved here.")
                                        .arg(given),
                                    this);
        givenNote->setObjectName(QStringLiteral("givenAddress"));
        layout->addWidget(givenNote);
    }
    layout->addLayout(statusRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QString saved = folder.savedDatabaseAddress();
    m_address->setText(saved);
    (saved.isEmpty() ? m_thisPc : m_server)->setChecked(true);
    showPasswordRow(false);

    connect(m_server, &QRadioButton::toggled, this, [this] { updateMode(); });
    connect(m_address, &QLineEdit::textEdited, this, [this] { addressEdited(); });
    connect(m_test, &QPushButton::clicked, this, &DatabaseServerDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DatabaseServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DatabaseServerDialog::reject);
    // Enter in the address or password field tests the connection; it never saves by surprise.
    m_test->setDefault(true);
    updateMode();
    resize(620, sizeHint().height());
}

// A test still running finishes on its own: its answer is dropped with the dialog's connection.
DatabaseServerDialog::~DatabaseServerDialog() = default;

void DatabaseServerDialog::run(const QString &dataFolder, QWidget *parent)
{
    DatabaseServerDialog dialog(dataFolder, parent);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(parent, dialog.windowTitle(), dialog.restartNotice());
}

bool DatabaseServerDialog::asksForPassword(const QString &errorMessage)
{
    // libpq's own reason, when it is in the message, is the plainest sign.
    if (errorMessage.contains(QLatin1String("no password supplied")))
        return true;
    // Else the store's sentence in the language in use: every fixed part of it must be there.
    const QString sentence = QCoreApplication::translate("casedesk::store::Database", kNeedsPasswordSource);
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    bool any = false;
    for (const QString &part : sentence.split(placeholder)) {
        const QString fixed = part.trimmed();
        if (fixed.size() < 4)
            continue;
        if (!errorMessage.contains(fixed))
            return false;
        any = true;
    }
    return any;
}

QString DatabaseServerDialog::statusText() const
{
    return m_status->text();
}

void DatabaseServerDialog::updateMode()
{
    const bool server = m_server->isChecked();
    m_address->setEnabled(server);
    m_test->setEnabled(server && !m_testing);
    m_password->setEnabled(server);
    if (server && m_address->text().isEmpty())
        m_address->setFocus();
}

void DatabaseServerDialog::addressEdited()
{
    // A password typed for one server is not offered to another.
    if (!m_password->isHidden()) {
        m_password->clear();
        showPasswordRow(false);
    }
}

void DatabaseServerDialog::showPasswordRow(bool visible)
{
    m_passwordLabel->setVisible(visible);
    m_password->setVisible(visible);
    fitHeight();
}

void DatabaseServerDialog::fitHeight()
{
    // A top-level window does not grow by itself for wrapped text or a row that appears.
    QLayout *box = layout();
    if (!box || !isVisible())
        return;
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void DatabaseServerDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    if (text.isEmpty()) {
        m_statusIcon->clear();
        return;
    }
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr, this);
    m_statusIcon->setPixmap(icon.pixmap(side, side));
    fitHeight();
}

bool DatabaseServerDialog::addressAcceptable(const QString &address)
{
    QString why = store::Database::addressProblem(address);
    if (address.isEmpty())
        why = tr("Write the data server's address, as postgresql://HOST:PORT/DATABASE.");
    if (why.isEmpty())
        return true;
    setStatus(why, true);
    m_address->setFocus();
    return false;
}

void DatabaseServerDialog::testConnection()
{
    if (m_testing || !m_server->isChecked())
        return;
    const QString address = m_address->text().trimmed();
    if (!addressAcceptable(address))
        return;

    auto probe = std::make_shared<Probe>();
    probe->address = address;
    const QString password = m_password->isHidden() ? QString() : m_password->text();
    probe->withPassword = !password.isEmpty();
    // Reaching a server can take seconds (libpq waits up to its connect_timeout): a worker
    // thread opens it, with a connection of its own that it closes again.
    QThread *worker = QThread::create([probe, password] {
        auto db = password.isEmpty() ? store::Database::open(probe->address) : store::Database::openWithPassword(probe->address, password);
        if (!db) {
            probe->error = db.error().message;
            return;
        }
        probe->opened = true;
        probe->schema = db->userVersion();
        probe->units = store::UnitStore(*db).count();
    });
    connect(worker, &QThread::finished, this, [this, probe] { showProbe(*probe); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_testing = true;
    m_test->setEnabled(false);
    setStatus(tr("Connecting to %1…").arg(address), false);
    worker->start();
}

void DatabaseServerDialog::showProbe(const Probe &probe)
{
    m_testing = false;
    updateMode();
    if (probe.opened) {
        qCInfo(lcUi).noquote() << "Data server test: connected to" << probe.address;
        QString text = tr("Connected to %1: schema version %2, %n unit(s).", nullptr, probe.units).arg(probe.address, QString::number(probe.schema));
        if (probe.withPassword)
            text += QLatin1Char(' ') + tr("The password is not kept: CaseDesk asks for it at each start unless ~/.pgpass holds it.");
        setStatus(text, false);
    } else if (asksForPassword(probe.error) && !probe.withPassword) {
        qCInfo(lcUi).noquote() << "Data server test:" << probe.address << "asks for a password";
        showPasswordRow(true);
        setStatus(probe.error.simplified() + QLatin1Char(' ') + tr("Enter the password below and test again."), true);
        m_password->setFocus();
    } else {
        qCInfo(lcUi).noquote() << "Data server test failed:" << probe.error;
        setStatus(probe.error.simplified(), true); // libpq's reasons come on several indented lines
        if (probe.withPassword) {
            m_password->selectAll();
            m_password->setFocus();
        }
    }
    Q_EMIT testFinished(probe.opened);
}

void DatabaseServerDialog::accept()
{
    const bool server = m_server->isChecked();
    const QString address = server ? m_address->text().trimmed() : QString();
    if (server && !addressAcceptable(address))
        return;
    const DataFolder folder(m_dataFolder);
    if (!folder.saveDatabaseAddress(address)) {
        setStatus(
            tr("The choice could not be saved in %1: check that the data folder can be written.").arg(QDir::toNativeSeparators(folder.serverFile())),
            true);
        return;
    }
    qCInfo(lcUi).noquote() << "Data server saved for" << folder.path() << ":" << (server ? address : QStringLiteral("this PC"));
    m_restartNotice = server ? tr("Saved. Restart CaseDesk to use the data server %1.").arg(address)
                             : tr("Saved. Restart CaseDesk to use this PC's file %1.").arg(QDir::toNativeSeparators(folder.localDatabaseFile()));
    if (!DataFolder::databaseAddress().isEmpty())
        m_restartNotice += QLatin1Char(' ') + tr("Start it without --database and CASEDESK_DATABASE, which go before the saved choice.");
    QDialog::accept();
}

} // namespace casedesk::ui
