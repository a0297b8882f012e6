#pragma once

#include "core/domain/casetypes.h"
#include "core/domain/category.h"
#include "core/store/actionerror.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QWidget;

namespace casedesk::ui {

class CasePrompts;
class CaseSession;
class Services;

/// The officer's actions on the case shown, as QActions: the case view shows them as buttons,
/// the main window can put them in its Case menu or a toolbar. Their enabled state follows the
/// case (update()); each runs through store::CaseWriter and CaseSession::act(), so the GUI
/// enforces nothing the core does not. While the data server is away they stay enabled and are
/// refused at once, saying why (CaseSession::refuseWhileServerLost()). Forward and escalate open
/// their dialog (window-modal, not blocking: findChild<ForwardDialog *>() finds it while open),
/// which runs the action itself and stays open on a refusal, keeping what was typed.
class CaseActions final : public QObject
{
    Q_OBJECT

public:
    enum Action {
        Answer, // puts the cursor in the answer (the case view does)
        Forward,
        Escalate,
        Accept,
        Return,
        Assign,
        Note,
        Close,
        Reopen,
        RevealIdentity,
        ManageTemplates,
        ApproveAnswer, // an editor sends the case's held answer (the oldest) to the citizen
        RejectAnswer, // an editor sends it back to its officer with a reason
        ActionCount
    };

    /// Dialogs open over @p dialogParent.
    CaseActions(Services &services, CaseSession &session, const CasePrompts &prompts, QWidget *dialogParent);

    QAction *action(Action which) const { return m_actions.at(which); }
    /// Every action, in the order of the enum (for a menu or a toolbar).
    QList<QAction *> actions() const { return m_actions; }

public Q_SLOTS:
    /// Enables what the officer may do to the session's case now.
    void update();
    /// Changes the case's category (the classifier learns from it); false when refused.
    bool categorize(casedesk::domain::Category category);

Q_SIGNALS:
    /// The library of answer templates was edited.
    void templatesChanged();
    /// The officer asked to write the answer (Trả lời, Ctrl+R).
    void answerRequested();

private:
    QAction *add(Action which, const QString &text, const char *name, void (CaseActions::*run)());
    void answer() { Q_EMIT answerRequested(); }
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
    void approveAnswer();
    void rejectAnswer();
    /// The case's oldest answer waiting for an editor's approval.
    std::optional<domain::OutboxItem> heldAnswer() const;
    /// Runs @p action (given whether the officer agreed to a billed answer) and, when it is
    /// refused for want of that agreement, asks and runs it again.
    void actConfirmingBilled(const QString &title, const std::function<store::ActionStatus(bool confirmBilled)> &action);
    /// Whether the forward's acknowledgement can reach the citizen now, and the words saying how
    /// or why not (the forward dialog's note).
    std::pair<bool, QString> acknowledgementOffer(const domain::CaseSummary &c) const;
    /// The unit's name, its last path element ("Công an huyện Càng Long").
    QString unitName(const QString &unitId) const;

    Services &m_services;
    CaseSession &m_session;
    const CasePrompts &m_prompts;
    QWidget *m_dialogParent;
    QList<QAction *> m_actions;
};

} // namespace casedesk::ui
