#pragma once

#include "casehistorymodel.h"
#include "caseprompts.h"

#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"
#include "core/store/actionerror.h"
#include "core/store/casewriter.h" // the writer's requests and hooks, for the view's callers

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace casedesk::ui {

class AnswerEditor;
class CaseActions;
class CaseBanner;
class CaseConversation;
class CaseHeader;
class CaseSession;
class Services;

/// The right pane of the main window: one case, composed of its parts — the facts
/// (CaseHeader), the conversation (CaseConversation), the answer (AnswerEditor), the officer's
/// actions (CaseActions, shown as buttons here and available to the window's menus) and the
/// history (CaseHistoryModel). The parts share the case shown through a CaseSession; the view
/// follows the change feed, so the case reloads when anyone changes it.
class CaseView final : public QWidget
{
    Q_OBJECT

public:
    /// Asks a yes/no question (billed answer, changed case); replaceable for tests.
    using ConfirmFunction = CasePrompts::ConfirmFunction;
    /// Asks for a text (reason, note, officer name); nullopt = cancelled. Replaceable for tests.
    using TextFunction = CasePrompts::TextFunction;
    /// Asks to choose an item (the officer to assign); replaceable for tests.
    using ChoiceFunction = CasePrompts::ChoiceFunction;

    explicit CaseView(Services &services, QWidget *parent = nullptr);
    ~CaseView() override;

    void setConfirmFunction(ConfirmFunction confirm);
    void setTextFunction(TextFunction ask);
    void setChoiceFunction(ChoiceFunction choose);

    qint64 caseId() const;
    /// What is shown (empty summary when no case).
    const domain::CaseDetail &detail() const;
    /// The officer's actions on the case shown, for the window's menus and toolbars.
    CaseActions *caseActions() const { return m_actions; }

    // Widgets, for MainWindow's shortcuts and for tests.
    QPlainTextEdit *editor() const;
    QPushButton *sendButton() const;
    QLabel *counterLabel() const;
    QLabel *replyWindowLabel() const;
    /// The text of the banner at the top (what happened, or an error).
    QLabel *messageLabel() const;
    /// The banner at the top of the case view (named "caseBanner"; hidden while it has nothing to say).
    CaseBanner *banner() const { return m_banner; }
    QComboBox *categoryBox() const;
    CaseHistoryModel *historyModel() const { return m_historyModel; }

public Q_SLOTS:
    /// Shows case @p caseId (0 = none); the draft of the case shown before is kept.
    void showCase(qint64 caseId);
    /// Reads the case shown again from the store; the draft in the editor stays.
    void reload();
    /// Reloads when the case's version changed (sync stored a message, another window acted).
    void refreshIfChanged();
    /// Queues the editor's answer (asks before a billed answer or when the case changed).
    void send();
    /// Quotes the citizen's message @p messageId in the next answer (empty = no quote).
    void setQuote(const QString &messageId);
    /// Shows case @p caseId (when not shown) with @p text in the answer editor, which takes the
    /// focus (a failed answer taken back to be corrected).
    void editAnswer(qint64 caseId, const QString &text);

Q_SIGNALS:
    /// An action of this view changed the case: the queue reloads that row.
    void caseChanged(qint64 caseId);

private:
    QWidget *createActionButtons(QWidget *parent);
    void render();

    Services &m_services;
    CasePrompts m_prompts;
    CaseSession *m_session = nullptr;
    CaseActions *m_actions = nullptr;
    CaseBanner *m_banner = nullptr;
    CaseHeader *m_header = nullptr;
    CaseConversation *m_conversation = nullptr;
    AnswerEditor *m_answer = nullptr;
    CaseHistoryModel *m_historyModel = nullptr;
    QTreeView *m_history = nullptr;
};

} // namespace casedesk::ui
