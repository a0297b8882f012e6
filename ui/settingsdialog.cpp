#include "settingsdialog.h"

#include "casebanner.h"
#include "databaseserverdialog.h"
#include "formwidgets.h"
#include "services.h"

#include "core/common/datafolder.h"
#include "core/domain/officerscope.h"
#include "core/domain/satisfaction.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/sync/syncoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace casedesk::ui {

namespace {

using domain::DeadlinePolicy;
using domain::DeadlineRule;

} // namespace

SettingsDialog::SettingsDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_pcLoaded(PcSettings::load())
    , m_mayAdminister(services.scope().may(domain::Permission::Administer))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    m_banner = new CaseBanner(this);
    m_banner->setObjectName(QStringLiteral("settingsRefusal"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createPcPage(), tr("This &PC"));
    m_tabs->addTab(createProvincePage(), m_services.database().isShared() ? tr("The &province (data server)") : tr("The &unit (this PC's data)"));
    m_tabs->addTab(createSatisfactionPage(), tr("Citizens' &satisfaction"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    showPc(m_pcLoaded);
    auto province = store::ProvinceSettingsStore(m_services.database()).read();
    if (province)
        m_provinceLoaded = *province;
    else
        m_banner->showMessage(province.error().message, MessageKind::Error);
    showProvince(m_provinceLoaded);
    // A wrapped refusal must not make the layout demand the height of its narrowest wrapping
    // (off a 768-pixel screen): the dialog keeps the minimum it opened with and grows in refuse().
    setMinimumSize(minimumSizeHint());
    layout->setSizeConstraint(QLayout::SetNoConstraint);
}

QWidget *SettingsDialog::createPcPage()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    outer->addStretch(1); // the rows stay together at the top, however tall the other page makes the tabs

    m_dataFolder = new QLineEdit(page);
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    m_dataFolder->setPlaceholderText(QDir::toNativeSeparators(DataFolder::defaultPath()));
    m_dataFolder->setClearButtonEnabled(true);
    m_dataFolder->setAccessibleName(tr("Data folder"));
    auto *choose = new QPushButton(tr("C&hoose…"), page);
    choose->setObjectName(QStringLiteral("chooseDataFolder"));
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("&Data folder:"), folderRow);
    form->addRow(QString(),
                 hintLabel(tr("Where this PC keeps its cases, or its link to the data server. Empty: %1. "
                              "Used from the next start; the folder in use now is %2.")
                               .arg(QDir::toNativeSeparators(DataFolder::defaultPath()), QDir::toNativeSeparators(m_services.dataFolder())),
                           page));
    static_cast<QLabel *>(form->labelForField(folderRow))->setBuddy(m_dataFolder);

    const DataFolder folder(m_services.dataFolder());
    m_serverText = new QLabel(m_services.database().isShared() || folder.usesServer()
                                  ? tr("The province's data server: %1")
                                        .arg(DataFolder::databaseAddress().isEmpty() ? m_services.database().path() : DataFolder::databaseAddress())
                                  : tr("This PC (a file in the data folder)"),
                              page);
    m_serverText->setObjectName(QStringLiteral("dataServerText"));
    m_serverText->setTextFormat(Qt::PlainText);
    m_serverText->setWordWrap(true);
    auto *change = new QPushButton(tr("Cha&nge…"), page);
    change->setObjectName(QStringLiteral("changeDataServer"));
    change->setEnabled(m_mayAdminister && !m_services.dataFolder().isEmpty());
    if (!m_mayAdminister)
        change->setToolTip(m_services.scope().refusal(domain::Permission::Administer));
    connect(change, &QPushButton::clicked, this, [this] { DatabaseServerDialog::run(m_services.dataFolder(), this); });
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverText, 1);
    serverRow->addWidget(change);
    form->addRow(tr("Cases kept on:"), serverRow);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hintLabel(tr("Used from the next start. --lang on the command line still wins."), page));

    m_defaultUnit = new QComboBox(page);
    m_defaultUnit->setObjectName(QStringLiteral("defaultUnit"));
    m_defaultUnit->setAccessibleName(tr("Unit shown at start"));
    m_defaultUnit->addItem(tr("(the unit chosen last time)"), QString());
    if (auto units = m_services.units().list(); units) {
        for (const domain::Unit &u : *units) {
            const int depth = int(u.path.count(QStringLiteral(" / ")));
            m_defaultUnit->addItem(QString(depth * 2, QLatin1Char(' ')) + u.name, u.id);
            m_defaultUnit->setItemData(m_defaultUnit->count() - 1, u.path.isEmpty() ? u.name : u.path, Qt::ToolTipRole);
        }
    }
    form->addRow(tr("Unit shown at s&tart:"), m_defaultUnit);
    if (m_services.scope().signedIn()) {
        m_defaultUnit->setEnabled(false);
        form->addRow(QString(), hintLabel(tr("A signed-in officer's own unit is shown at start."), page));
    }

    m_notifications = new QCheckBox(tr("A desktop &notification when a crime report or an urgent security report arrives"), page);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_sound = new QCheckBox(tr("…with the desktop's &sound"), page);
    m_sound->setObjectName(QStringLiteral("sound"));
    connect(m_notifications, &QCheckBox::toggled, m_sound, &QWidget::setEnabled);
    form->addRow(tr("Alerts:"), m_notifications);
    form->addRow(QString(), m_sound);
    return page;
}

QWidget *SettingsDialog::createProvincePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    const bool shared = m_services.database().isShared();
    layout->addWidget(hintLabel(shared ? tr("These settings are the province's: every PC and sync host uses them, from its next start.")
                                       : tr("These settings are kept with this PC's cases and used from the next start."),
                                page));
    if (!m_mayAdminister) {
        auto *why = hintLabel(m_services.scope().refusal(domain::Permission::Administer), page);
        why->setObjectName(QStringLiteral("provinceReadOnly"));
        layout->addWidget(why);
    }

    auto *form = new QFormLayout;
    m_syncInterval = new QSpinBox(page);
    m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
    m_syncInterval->setRange(1, 24 * 3600); // check() says what it accepts; the box does not hide it
    m_syncInterval->setSuffix(tr(" s"));
    form->addRow(tr("Pause between two &polls of an account:"), m_syncInterval);
    m_autoCloseDays = new QSpinBox(page);
    m_autoCloseDays->setObjectName(QStringLiteral("autoCloseDays"));
    m_autoCloseDays->setRange(1, 10000);
    m_autoCloseDays->setSuffix(tr(" days"));
    form->addRow(tr("An answered case with no new message &closes after:"), m_autoCloseDays);
    m_officeCloses = new QTimeEdit(page);
    m_officeCloses->setObjectName(QStringLiteral("officeCloses"));
    m_officeCloses->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("The &office closes at:"), m_officeCloses);
    layout->addLayout(form);

    auto *title = new QLabel(tr("First-response deadlines"), page);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    auto *grid = new QGridLayout;
    const QString names[] = {
        tr("Crime report, urgent"), tr("Crime report"), tr("Security report, urgent"), tr("Security report"), tr("Petition"),
        tr("Procedure question"),   tr("Other"),
    };
    int row = 0;
    for (const DeadlinePolicy::Slot &slot : DeadlinePolicy::ruleSlots) {
        DeadlineRow r {slot.key};
        r.kind = new QComboBox(page);
        r.kind->setObjectName(QStringLiteral("deadlineKind_") + QLatin1String(slot.key));
        r.kind->addItem(tr("no deadline"), int(DeadlineRule::Kind::None));
        r.kind->addItem(tr("hours"), int(DeadlineRule::Kind::Hours));
        r.kind->addItem(tr("calendar days"), int(DeadlineRule::Kind::CalendarDays));
        r.kind->addItem(tr("working days"), int(DeadlineRule::Kind::WorkingDays));
        r.kind->setAccessibleName(tr("%1: unit of the deadline").arg(names[row]));
        r.amount = new QSpinBox(page);
        r.amount->setObjectName(QStringLiteral("deadlineAmount_") + QLatin1String(slot.key));
        r.amount->setRange(1, 10000);
        r.amount->setAccessibleName(tr("%1: deadline").arg(names[row]));
        QSpinBox *amount = r.amount;
        QComboBox *kind = r.kind;
        connect(r.kind, &QComboBox::currentIndexChanged, amount,
                [amount, kind] { amount->setEnabled(kind->currentData().toInt() != int(DeadlineRule::Kind::None) && kind->isEnabled()); });
        auto *label = new QLabel(names[row], page);
        label->setBuddy(r.amount);
        grid->addWidget(label, row, 0);
        grid->addWidget(r.amount, row, 1);
        grid->addWidget(r.kind, row, 2);
        m_deadlines.push_back(r);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addWidget(hintLabel(tr("A new deadline counts for cases received after it is used; a case keeps the deadline it was given."), page));
    layout->addStretch(1);

    if (!m_mayAdminister) {
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (qobject_cast<QSpinBox *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QTimeEdit *>(w))
                w->setEnabled(false);
        }
    }
    return page;
}

void SettingsDialog::showPc(const PcSettings &pc)
{
    m_dataFolder->setText(pc.dataFolder);
    m_language->setCurrentIndex(std::max(0, m_language->findData(pc.language)));
    m_defaultUnit->setCurrentIndex(std::max(0, m_defaultUnit->findData(pc.defaultUnit)));
    m_notifications->setChecked(pc.notifications);
    m_sound->setChecked(pc.sound);
    m_sound->setEnabled(pc.notifications);
}

QWidget *SettingsDialog::createSatisfactionPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("When a unit below closes a case after an answer, and the citizen wrote within Zalo's free 48 hours, "
                                   "CaseDesk sends one question. A reply of 1 to 5 (or words such as \"rất hài lòng\") is recorded "
                                   "on the case, and the period reports show the ratings; any other reply opens a case as before. "
                                   "Never for crime reports or a protected reporter, never twice for a case."),
                                page));
    auto *question = new QLabel(page);
    question->setObjectName(QStringLiteral("satisfactionQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    question->setText(tr("The question: %1").arg(domain::satisfactionQuestion()));
    layout->addWidget(question);
    m_satisfactionAll = new QCheckBox(tr("&Every unit asks"), page);
    m_satisfactionAll->setObjectName(QStringLiteral("satisfactionAll"));
    layout->addWidget(m_satisfactionAll);
    auto *label = new QLabel(tr("&Units that ask:"), page);
    layout->addWidget(label);
    m_satisfactionUnits = new QListWidget(page);
    m_satisfactionUnits->setObjectName(QStringLiteral("satisfactionUnits"));
    label->setBuddy(m_satisfactionUnits);
    if (auto units = m_services.units().list(); units) {
        for (const domain::Unit &u : std::as_const(*units)) {
            auto *item = new QListWidgetItem(u.path, m_satisfactionUnits);
            item->setData(Qt::UserRole, u.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
        }
    }
    layout->addWidget(m_satisfactionUnits, 1);
    connect(m_satisfactionAll, &QCheckBox::toggled, m_satisfactionUnits,
            [this](bool all) { m_satisfactionUnits->setEnabled(!all && m_mayAdminister); });
    if (!m_mayAdminister) {
        m_satisfactionAll->setEnabled(false);
        m_satisfactionUnits->setEnabled(false);
    }
    return page;
}

void SettingsDialog::showProvince(const store::ProvinceSettings &province)
{
    const sync::SyncOptions defaults;
    m_syncInterval->setValue(province.syncIntervalSeconds.value_or(int(defaults.intervalMs / 1000)));
    m_autoCloseDays->setValue(province.autoCloseDays.value_or(defaults.autoCloseDays));
    const DeadlinePolicy policy = province.deadlines.value_or(DeadlinePolicy());
    m_officeCloses->setTime(policy.officeCloses);
    for (int i = 0; i < m_deadlines.size(); ++i) {
        const DeadlineRule rule = policy.*DeadlinePolicy::ruleSlots[i].rule;
        m_deadlines[i].kind->setCurrentIndex(std::max(0, m_deadlines[i].kind->findData(int(rule.kind))));
        m_deadlines[i].amount->setValue(rule.kind == DeadlineRule::Kind::None ? 1 : rule.amount);
        m_deadlines[i].amount->setEnabled(rule.kind != DeadlineRule::Kind::None && m_mayAdminister);
    }
    const QStringList asking = province.satisfactionUnits.value_or(QStringList());
    m_satisfactionAll->setChecked(asking.contains(QStringLiteral("*")));
    m_satisfactionUnits->setEnabled(!m_satisfactionAll->isChecked() && m_mayAdminister);
    for (int i = 0; i < m_satisfactionUnits->count(); ++i) {
        QListWidgetItem *item = m_satisfactionUnits->item(i);
        item->setCheckState(asking.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

PcSettings SettingsDialog::pcSettings() const
{
    PcSettings pc;
    pc.dataFolder = m_dataFolder->text();
    pc.language = m_language->currentData().toString();
    pc.defaultUnit = m_defaultUnit->currentData().toString();
    pc.notifications = m_notifications->isChecked();
    pc.sound = m_sound->isChecked();
    return pc;
}

store::ProvinceSettings SettingsDialog::provinceSettings() const
{
    store::ProvinceSettings s;
    s.syncIntervalSeconds = m_syncInterval->value();
    s.autoCloseDays = m_autoCloseDays->value();
    DeadlinePolicy policy = m_provinceLoaded.deadlines.value_or(DeadlinePolicy());
    policy.officeCloses = m_officeCloses->time();
    for (int i = 0; i < m_deadlines.size(); ++i) {
        const auto kind = DeadlineRule::Kind(m_deadlines[i].kind->currentData().toInt());
        policy.*DeadlinePolicy::ruleSlots[i].rule
            = kind == DeadlineRule::Kind::None ? DeadlineRule::none() : DeadlineRule {kind, m_deadlines[i].amount->value()};
    }
    s.deadlines = policy;
    QStringList asking;
    if (m_satisfactionAll->isChecked()) {
        asking << QStringLiteral("*");
    } else {
        for (int i = 0; i < m_satisfactionUnits->count(); ++i) {
            if (m_satisfactionUnits->item(i)->checkState() == Qt::Checked)
                asking << m_satisfactionUnits->item(i)->data(Qt::UserRole).toString();
        }
    }
    s.satisfactionUnits = asking;
    return s;
}

QString SettingsDialog::refusalText() const
{
    return m_banner->isVisibleTo(this) && m_banner->kind() == MessageKind::Error ? m_banner->textLabel()->text() : QString();
}

void SettingsDialog::refuse(const QString &why, int tab)
{
    m_tabs->setCurrentIndex(tab);
    m_banner->showMessage(why, MessageKind::Error);
    layout()->activate();
    // Tall enough for the refusal, never taller than the screen.
    int wanted = std::max(height(), sizeHint().height());
    if (const QScreen *s = screen())
        wanted = std::min(wanted, s->availableGeometry().height() - (frameGeometry().height() - height()));
    resize(width(), wanted);
}

void SettingsDialog::chooseFolder()
{
    const QString start = m_dataFolder->text().isEmpty() ? m_services.dataFolder() : m_dataFolder->text();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Data folder"), start);
    if (!chosen.isEmpty())
        m_dataFolder->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::accept()
{
    // Everything is checked before anything is saved: a refusal changes nothing.
    PcSettings pc = pcSettings();
    pc.dataFolder = QDir::fromNativeSeparators(pc.dataFolder);
    if (const QString why = pc.problem(); !why.isEmpty())
        return refuse(why, 0);
    const store::ProvinceSettings province = provinceSettings();
    const store::ProvinceSettings loaded = [this] {
        // What the page showed when it opened, as it would be stored.
        store::ProvinceSettings s = m_provinceLoaded;
        const sync::SyncOptions defaults;
        s.syncIntervalSeconds = s.syncIntervalSeconds.value_or(int(defaults.intervalMs / 1000));
        s.autoCloseDays = s.autoCloseDays.value_or(defaults.autoCloseDays);
        s.deadlines = s.deadlines.value_or(DeadlinePolicy());
        s.satisfactionUnits = s.satisfactionUnits.value_or(QStringList());
        return s;
    }();
    const bool provinceChanged = province.syncIntervalSeconds != loaded.syncIntervalSeconds || province.autoCloseDays != loaded.autoCloseDays
        || province.deadlines->toJson() != loaded.deadlines->toJson() || province.satisfactionUnits != loaded.satisfactionUnits;
    if (provinceChanged) {
        if (auto checked = store::ProvinceSettings::check(province); !checked)
            return refuse(checked.error().message, 1);
        if (auto written = store::ProvinceSettingsStore(m_services.database()).write(province, m_services.scope()); !written)
            return refuse(written.error().message, 1);
    }
    pc.save();

    QStringList notice;
    if (pc.language != m_pcLoaded.language)
        notice << tr("The language changes at the next start.");
    if (QDir::cleanPath(pc.dataFolder) != QDir::cleanPath(m_pcLoaded.dataFolder))
        notice << tr("The data folder changes at the next start.");
    if (provinceChanged)
        notice << (m_services.database().isShared() ? tr("The province's settings are saved; every PC and sync host uses them from its next start.")
                                                    : tr("The unit's settings are saved; CaseDesk uses them from its next start."));
    m_savedNotice = notice.join(QLatin1Char(' '));
    QDialog::accept();
}

} // namespace casedesk::ui
