#pragma once

#include "caseprompts.h"

#include "core/store/actionerror.h"
#include "core/store/queuestore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk::ui {

class Services;

/// "Gửi lỗi": the answers of the officer's units that failed to send (the status bar's failed
/// count and Case ▸ Failed answers… open it), with the case, its unit, when, Zalo's error and the
/// answer's first words. For the selected one: Send again (back in the outbox, refused when
/// Zalo's reply window closed), Edit (the answer is taken back and put in the case's editor) and
/// Note and close (the citizen was reached another way: the answer is given up, the case closed).
/// Every action is the store's (CaseWriter), which checks the officer may act on the case.
class FailedAnswersDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { CaseColumn, UnitColumn, WhenColumn, ErrorColumn, AnswerColumn, ColumnCount };

    explicit FailedAnswersDialog(Services &services, QWidget *parent = nullptr);
    ~FailedAnswersDialog() override;

    /// Asks for the note and confirms a billed answer; tests put functions of their own here.
    CasePrompts &prompts() { return m_prompts; }

    QTableWidget *table() const { return m_table; }
    /// The failed answers shown, in the table's order.
    const QVector<store::FailedAnswer> &answers() const { return m_answers; }
    /// What the last action said (named "failedAnswersMessage").
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    /// Reads the failed answers again (it also follows the change feed).
    void reload();
    /// The actions on the answer in @p row (the buttons act on the selected row); true when done.
    bool retry(int row);
    bool edit(int row);
    bool noteAndClose(int row);

Q_SIGNALS:
    /// Edit: show case @p caseId with @p text in its answer editor.
    void editRequested(qint64 caseId, const QString &text);
    /// An action changed the case.
    void caseChanged(qint64 caseId);

private:
    int selectedRow() const;
    void updateButtons();
    /// Why the officer cannot act on @p row's case, or empty.
    QString refusal(int row) const;
    bool report(const store::ActionStatus &result, qint64 caseId, const QString &done);

    Services &m_services;
    CasePrompts m_prompts;
    QVector<store::FailedAnswer> m_answers;
    QHash<QString, QString> m_unitNames;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace casedesk::ui
