#pragma once

#include "core/domain/casetypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStandardItemModel;

namespace casedesk::store {
class TemplateStore;
}

namespace casedesk::ui {

/// The answer library for the editorial team: list, add, edit and delete templates (title,
/// category, text with {code} and {unit}, legal basis, review date).
class TemplateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateDialog(store::TemplateStore &templates, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *messageLabel() const { return m_message; }

    /// Saves the form: a new template, or the one selected.
    bool save();
    void startNew();
    bool removeCurrent();

private:
    void reloadList(qint64 select = 0);
    void showTemplate(const QModelIndex &index);

    store::TemplateStore &m_templates;
    QStandardItemModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_category = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_legal = nullptr;
    QDateEdit *m_review = nullptr;
    QLabel *m_message = nullptr;
    qint64 m_currentId = 0;
    QString m_currentSlug;
};

} // namespace casedesk::ui
