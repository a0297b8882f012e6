#include "templatedialog.h"

#include "core/store/templatestore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace casedesk::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

TemplateDialog::TemplateDialog(store::TemplateStore &templates, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
{
    setWindowTitle(tr("Answer templates"));
    auto *layout = new QHBoxLayout(this);
    m_model = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_category = new QComboBox(this);
    for (const QString &key : domain::categoryKeys())
        m_category->addItem(domain::categoryName(*domain::categoryFromKey(key)), key);
    m_text = new QPlainTextEdit(this);
    m_text->setPlaceholderText(tr("{code} is replaced by the case code, {unit} by the unit's name."));
    m_legal = new QLineEdit(this);
    m_review = new QDateEdit(this);
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("Legal basis:"), m_legal);
    form->addRow(tr("Review by:"), m_review);
    right->addLayout(form, 1);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    auto *add = buttons->addButton(tr("New"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    auto *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Close);
    // Enter saves what is being written; deleting takes a click and a "No" by default.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    }
    saveButton->setDefault(true);
    remove->setObjectName(QStringLiteral("deleteTemplateButton"));
    saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    connect(add, &QPushButton::clicked, this, &TemplateDialog::startNew);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_currentId
            && QMessageBox::question(this, tr("Delete template"), tr("Delete the template \"%1\"?").arg(m_title->text()),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes)
            removeCurrent();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right, 2);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TemplateDialog::showTemplate);
    reloadList();
    startNew();
    resize(900, 560);
}

void TemplateDialog::reloadList(qint64 select)
{
    m_model->clear();
    auto all = m_templates.list();
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    const QDate today = QDate::currentDate();
    for (const domain::AnswerTemplate &t : *all) {
        QString title = t.title;
        if (t.reviewDate.isValid() && t.reviewDate < today)
            title += QLatin1Char(' ') + tr("(review due)");
        auto *item = new QStandardItem(title);
        item->setData(t.id, kIdRole);
        m_model->appendRow(item);
        if (t.id == select)
            m_list->setCurrentIndex(item->index());
    }
}

void TemplateDialog::showTemplate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    auto t = m_templates.find(index.data(kIdRole).toLongLong());
    if (!t) {
        m_message->setText(t.error().message);
        return;
    }
    m_currentId = t->id;
    m_currentSlug = t->slug;
    m_title->setText(t->title);
    m_category->setCurrentIndex(m_category->findData(domain::categoryKey(t->category)));
    m_text->setPlainText(t->text);
    m_legal->setText(t->legalBasis);
    m_review->setDate(t->reviewDate.isValid() ? t->reviewDate : QDate::currentDate().addYears(1));
    m_message->clear();
}

void TemplateDialog::startNew()
{
    m_currentId = 0;
    m_currentSlug.clear();
    m_list->clearSelection();
    m_title->clear();
    m_category->setCurrentIndex(m_category->findData(QStringLiteral("procedure_question")));
    m_text->clear();
    m_legal->clear();
    m_review->setDate(QDate::currentDate().addYears(1));
    m_message->clear();
    m_title->setFocus();
}

bool TemplateDialog::save()
{
    domain::AnswerTemplate t;
    t.id = m_currentId;
    t.slug = m_currentSlug;
    t.title = m_title->text();
    t.text = m_text->toPlainText();
    t.category = domain::categoryFromKey(m_category->currentData().toString()).value_or(domain::Category::Other);
    t.legalBasis = m_legal->text();
    t.reviewDate = m_review->date();
    if (m_currentId) {
        if (auto r = m_templates.update(t); !r) {
            m_message->setText(r.error().message);
            return false;
        }
    } else {
        auto id = m_templates.add(t);
        if (!id) {
            m_message->setText(id.error().message);
            return false;
        }
        m_currentId = *id;
    }
    reloadList(m_currentId);
    m_message->setText(tr("Saved."));
    return true;
}

bool TemplateDialog::removeCurrent()
{
    if (!m_currentId)
        return false;
    if (auto r = m_templates.remove(m_currentId); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    reloadList();
    startNew();
    return true;
}

} // namespace casedesk::ui
