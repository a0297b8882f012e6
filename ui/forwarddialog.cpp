#include "forwarddialog.h"

#include "casebanner.h"
#include "unittreemodel.h"

#include "core/store/unitstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk::ui {

ForwardDialog::ForwardDialog(store::UnitStore &units, const QString &currentUnit, const QString &suggestedUnit, QWidget *parent)
    : ActionDialog(parent)
    , m_currentUnit(currentUnit)
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Forward to competent unit"));
    auto *layout = new QVBoxLayout(this);

    QVector<domain::Unit> all;
    if (auto list = units.list())
        all = *list;
    QString suggestedPath;
    for (const domain::Unit &u : all)
        if (u.id == suggestedUnit && u.id != currentUnit)
            suggestedPath = u.path;
    if (!suggestedPath.isEmpty()) {
        auto *suggested = new QPushButton(tr("Suggested: %1").arg(suggestedPath), this);
        suggested->setObjectName(QStringLiteral("suggestedUnit"));
        connect(suggested, &QPushButton::clicked, this, [this, suggestedUnit] { selectUnit(suggestedUnit); });
        layout->addWidget(suggested);
    }

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Find a unit…"));
    layout->addWidget(m_filter);
    m_model = new UnitTreeModel(this);
    m_model->setUnits(all);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("forwardUnits"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    for (int c = 1; c < UnitTreeModel::ColumnCount; ++c)
        m_tree->setColumnHidden(c, true);
    m_tree->expandToDepth(1);
    layout->addWidget(m_tree, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });

    auto *reasonLabel = new QLabel(tr("Reason (required):"), this);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("forwardReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(3 * fontMetrics().lineSpacing());
    m_reason->setMaximumHeight(6 * fontMetrics().lineSpacing());
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_acknowledge = new QCheckBox(tr("Tell the citizen the case was received, with its code"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeBox"));
    m_acknowledge->setChecked(true);
    layout->addWidget(m_acknowledge);
    m_acknowledgeNote = new QLabel(this);
    m_acknowledgeNote->setObjectName(QStringLiteral("acknowledgementNote"));
    m_acknowledgeNote->setTextFormat(Qt::PlainText);
    m_acknowledgeNote->setWordWrap(true);
    m_acknowledgeNote->setIndent(m_acknowledge->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4);
    m_acknowledgeNote->hide();
    layout->addWidget(m_acknowledgeNote);
    layout->addWidget(refusal());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Forward"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ForwardDialog::updateOk);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ForwardDialog::updateOk);
    if (!suggestedPath.isEmpty())
        selectUnit(suggestedUnit);
    updateOk();
    resize(560, 540); // room on a 768-pixel screen for the refusal strip when it shows
}

QString ForwardDialog::unitId() const
{
    return m_tree->currentIndex().data(UnitTreeModel::UnitIdRole).toString();
}

QString ForwardDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool ForwardDialog::acknowledge() const
{
    return m_acknowledge->isEnabled() && m_acknowledge->isChecked();
}

void ForwardDialog::setAcknowledgementOffer(bool offered, const QString &note)
{
    m_acknowledge->setEnabled(offered);
    m_acknowledge->setChecked(offered);
    m_acknowledge->setToolTip(note);
    m_acknowledgeNote->setText(note);
    m_acknowledgeNote->setVisible(!note.isEmpty());
}

void ForwardDialog::selectUnit(const QString &unitId)
{
    const QModelIndex source = m_model->indexOfUnit(unitId);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    updateOk();
}

void ForwardDialog::updateOk()
{
    const QString unit = unitId();
    m_ok->setEnabled(!unit.isEmpty() && unit != m_currentUnit && !reason().isEmpty());
}

} // namespace casedesk::ui
