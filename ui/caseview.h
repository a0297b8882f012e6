#pragma once

#include "core/domain/casetypes.h"
#include "core/domain/officerscope.h"
#include "core/store/actionerror.h"
#include "core/store/casewriter.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QTreeView;
class QVBoxLayout;

namespace casedesk {
class Clock;
}

namespace casedesk::store {
class CaseStore;
class Database;
class SuggestionStore;
class TemplateStore;
} // namespace casedesk::store

namespace casedesk::ui {

class Services;

/// The right pane of the main window: one case — its facts (code, category, urgency, unit,
/// status, assignee, deadline, Zalo reply window), the conversation as a thread (all citizen
/// text as plain text), the answer editor (NFC character counter, quote, templates,
/// suggestions), the officer's actions and the history. Every action goes through
/// store::CaseWriter, so the GUI enforces nothing the core does not. Half-written answers are
/// kept per case in memory and in the store (drafts), and survive switching cases and restarts.
class CaseView final : public QWidget
{
    Q_OBJECT

public:
    /// Asks a yes/no question (billed answer, changed case); replaceable for tests.
    using ConfirmFunction = std::function<bool(const QString &title, const QString &text)>;
    /// Asks for a text (reason, note, officer name); nullopt = cancelled. Replaceable for tests.
    using TextFunction = std::function<std::optional<QString>(const QString &title, const QString &label, bool multiLine)>;

    explicit CaseView(Services &services, QWidget *parent = nullptr);
    ~CaseView() override;

    void setConfirmFunction(ConfirmFunction confirm);
    void setTextFunction(TextFunction ask);

    qint64 caseId() const { return m_caseId; }
    /// What is shown (empty summary when no case).
    const domain::CaseDetail &detail() const { return m_detail; }

    // Widgets, for MainWindow's shortcuts and for tests.
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *counterLabel() const { return m_counter; }
    QLabel *replyWindowLabel() const { return m_window; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *categoryBox() const { return m_category; }
    QStandardItemModel *historyModel() const { return m_historyModel; }

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

Q_SIGNALS:
    /// An action of this view changed the case: the queue reloads that row.
    void caseChanged(qint64 caseId);

private:
    void buildUi();
    void render();
    void renderHeader();
    void renderConversation();
    void renderHistory();
    void updateCounter();
    void updateButtons();
    void saveDraftNow();
    void onEditorChanged();
    void loadTemplates();
    void insertTemplate(int index);
    void showSuggestions();
    void showError(const QString &text);
    /// Runs an action; on success reloads, keeps the officer "up to date" and emits caseChanged.
    bool act(const std::function<store::ActionStatus()> &action);
    std::optional<QString> askText(const QString &title, const QString &label, bool multiLine);
    bool confirm(const QString &title, const QString &text);
    void onCategoryChosen(int index);
    void forward();
    void escalate();
    void accept();
    void returnToSender();
    void assign();
    void note();
    void closeCase();
    void reopenCase();
    void revealIdentity();
    void manageTemplates();
    QString unitPath(const QString &unitId) const;

    Services &m_services;
    store::Database &m_db;
    const Clock &m_clock;
    const domain::OfficerScope &m_scope;
    store::CaseStore &m_cases;
    store::CaseWriter &m_writer;
    store::TemplateStore &m_templates;
    store::SuggestionStore &m_suggestions;
    ConfirmFunction m_confirm;
    TextFunction m_ask;

    qint64 m_caseId = 0;
    domain::CaseDetail m_detail;
    int m_loadedVersion = -1; // what the screen shows
    int m_seenVersion = -1; // what the officer acknowledged (opened, or confirmed)
    QString m_revealedName; // the reporter's name after a logged reveal, for this case only
    QHash<QString, QString> m_unitPaths;

    struct DraftState
    {
        QString text;
        QString quote;
    };
    QHash<qint64, DraftState> m_drafts;
    QString m_quote;
    bool m_loadingEditor = false;
    QTimer *m_draftTimer = nullptr;

    QLabel *m_code = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_urgency = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_citizen = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_window = nullptr;
    QWidget *m_thread = nullptr;
    QVBoxLayout *m_threadLayout = nullptr;
    QLabel *m_quoteLabel = nullptr;
    QPushButton *m_clearQuote = nullptr;
    QComboBox *m_templateBox = nullptr;
    QPushButton *m_suggest = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_forward = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reopen = nullptr;
    QStandardItemModel *m_historyModel = nullptr;
    QTreeView *m_history = nullptr;
};

} // namespace casedesk::ui
