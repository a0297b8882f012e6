#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace casedesk::domain {
struct OutboxItem;
}

namespace casedesk::ui {

class CaseSession;

/// The conversation of the case as a thread of bubbles: the citizen's messages on the left
/// (each with a Quote button), the unit's answers on the right with their outbox state, and
/// answers not yet seen in the conversation at the end. All text is shown as plain text.
class CaseConversation final : public QScrollArea
{
    Q_OBJECT

public:
    explicit CaseConversation(const CaseSession &session, QWidget *parent = nullptr);

    /// What an outbox state reads as ("Queued", "Failed: …").
    static QString outboxStateText(const domain::OutboxItem &item);

public Q_SLOTS:
    /// Shows the session's conversation, scrolled to its end.
    void render();

Q_SIGNALS:
    /// The officer wants to quote the citizen's message @p messageId in the answer.
    void quoteRequested(const QString &messageId);

private:
    void addBubble(bool incoming, const QString &meta, const QString &text, const QString &messageId, const QString &url);

    const CaseSession &m_session;
    QWidget *m_thread = nullptr;
    QVBoxLayout *m_threadLayout = nullptr;
};

} // namespace casedesk::ui
