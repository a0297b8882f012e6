#pragma once

#include "core/domain/category.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace casedesk::ui {

class CasePrompts;
class CaseSession;
class LocalDrafts;
class Services;

/// The answer to the citizen: the editor with its NFC character counter, the quoted message,
/// the template box and the suggested answers, and Send; what happens to the answer is said in
/// the case view's banner (CaseSession::showMessage()). Half-written answers
/// are kept per case in memory and in the store (drafts), and survive switching cases and
/// restarts. On a shared database they are kept on this PC too (LocalDrafts): what is typed
/// while the server is away survives, and goes to the store once it is back.
class AnswerEditor final : public QWidget
{
    Q_OBJECT

public:
    AnswerEditor(Services &services, CaseSession &session, const CasePrompts &prompts, QWidget *parent = nullptr);
    ~AnswerEditor() override;

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *counterLabel() const { return m_counter; }
    /// The button beside the template box runs @p manage (the library of templates).
    void setManageTemplatesAction(QAction *manage);
    /// The drafts kept on this PC; null on a PC's own file (or without a data folder).
    LocalDrafts *localDrafts() const { return m_local; }

public Q_SLOTS:
    /// Follows the session's case: on another case the draft of the one before is kept and the
    /// new one's is shown; the counter, the quote and Send follow the case.
    void render();
    /// Queues the editor's answer (asks before a billed answer or when the case changed).
    void send();
    /// Quotes the citizen's message @p messageId in the next answer (empty = no quote).
    void setQuote(const QString &messageId);
    /// Reads the templates for the case's category again.
    void loadTemplates();
    /// Saves every draft of this session to the store now (later, while the server is away).
    void saveDraftNow();

Q_SIGNALS:
    /// An answer was queued for case @p caseId.
    void answerQueued(qint64 caseId);

private:
    struct DraftState
    {
        QString text;
        QString quote;
        qint64 updatedAt = 0; // UTC ms of the last edit
    };

    void switchCase();
    void keepDraft();
    void updateCounter();
    void updateSend();
    void onEditorChanged();
    void insertTemplate(int index);
    void showSuggestions();
    void setEditorText(const QString &text);
    /// Takes the drafts kept on this PC that the store lacks, or has older, into this session
    /// (the editor too, for the case shown); true when any was taken.
    bool restoreLocalDrafts();
    void onServerBack();

    Services &m_services;
    CaseSession &m_session;
    const CasePrompts &m_prompts;

    qint64 m_caseId = 0; // the case whose draft the editor holds
    QHash<qint64, DraftState> m_drafts;
    QString m_quote;
    bool m_loadingEditor = false;
    QTimer *m_draftTimer = nullptr;
    LocalDrafts *m_local = nullptr;
    std::optional<domain::Category> m_templatesCategory;

    QComboBox *m_templateBox = nullptr;
    QPushButton *m_suggest = nullptr;
    QToolButton *m_manage = nullptr;
    QLabel *m_quoteLabel = nullptr;
    QPushButton *m_clearQuote = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace casedesk::ui
