#pragma once

#include "casewidgets.h"

#include "core/domain/casetypes.h"
#include "core/store/actionerror.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace casedesk::ui {

class Services;

/// The case the case view shows, shared by its parts: what was read from the store, which
/// version of it the screen shows and which one the officer acknowledged (an answer to a case
/// that changed since is asked about), the reporter's name after a logged reveal, and the unit
/// paths its texts name. Officers' actions run through act(), which reloads the case and tells
/// the rest of the window.
class CaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit CaseSession(Services &services, QObject *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    /// What is shown (empty summary when no case).
    const domain::CaseDetail &detail() const { return m_detail; }
    /// The officer has acknowledged what the screen shows.
    bool upToDate() const { return m_seenVersion == m_loadedVersion; }
    int seenVersion() const { return m_seenVersion; }
    /// The reporter's name after a logged reveal, for this case only; empty before.
    const QString &revealedName() const { return m_revealedName; }
    /// The citizen's name as it may be shown: masked for a protected reporter until revealed.
    QString citizenName() const;
    /// The unit's path ("Công an tỉnh / Công an phường A"), or its id when unknown.
    QString unitPath(const QString &unitId) const;
    /// Whether the officer may act on the case shown (they act on cases, and on its unit's).
    bool actionable() const;
    /// Why the officer may not act on the case shown, for a tooltip; empty when they may (or no case).
    QString notActionableReason() const;
    /// Since when (UTC ms) the data server is away; 0 while it answers (always, on a PC's file).
    qint64 serverLostSince() const;
    /// Refuses an officer's action while the data server is away: says why (the loss and since
    /// when, and that nothing changed) and returns true, and the action is not tried at all. Every
    /// action asks this first, before any dialog; act() asks it too. False: the action may run.
    bool refuseWhileServerLost();

    /// Reads case @p caseId (0 = none) and marks it shown to the officer.
    void open(qint64 caseId);
    /// Reads the case shown again.
    void reload();
    /// Reloads when the case's version changed (sync stored a message, another window acted).
    void refreshIfChanged();
    /// Runs an officer's action on the case shown; on success reloads, keeps the officer "up to
    /// date" when they were, has the window follow at once and emits acted(). A refusal is said
    /// as an error message, or — when @p refusal is given (a dialog shows it itself) — put there.
    bool act(const std::function<store::ActionStatus()> &action, store::ActionError *refusal = nullptr);
    /// After the officer's own answer: what they saw is what is shown when they were up to date
    /// (or confirmed the change), and the store learns what they saw.
    void acknowledge(bool seen);
    /// Shows the reporter's name @p name (after a logged reveal) until another case is opened.
    void setRevealedName(const QString &name);
    /// Says @p text in the case view's banner (what happened, or an error); empty clears it.
    void showMessage(const QString &text, casedesk::ui::MessageKind kind = casedesk::ui::MessageKind::Info) { Q_EMIT message(text, kind); }

Q_SIGNALS:
    /// The case shown, or what is known about it, changed: the parts render again.
    void loaded();
    /// A message for the officer (empty: clear it).
    void message(const QString &text, casedesk::ui::MessageKind kind);
    /// An action of the officer changed case @p caseId.
    void acted(qint64 caseId);

private:
    /// The server answers again: the case shown is read again, or the one that could not be
    /// opened meanwhile is opened now.
    void onServerBack();
    /// A read or a write failed: when the connection is why, the change feed learns it now (the
    /// window says so at once). True when the server is away.
    bool noticeLostServer();
    /// Why an action is not tried now (the server is away, since when); empty while it answers.
    QString serverLostRefusal() const;

    Services &m_services;
    qint64 m_caseId = 0;
    qint64 m_unreadCase = 0; // opened while the server was away: read once it is back
    domain::CaseDetail m_detail;
    int m_loadedVersion = -1; // what the screen shows
    int m_seenVersion = -1; // what the officer acknowledged (opened, or confirmed)
    QString m_revealedName;
    QHash<QString, QString> m_unitPaths;
};

} // namespace casedesk::ui
