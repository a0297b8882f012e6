#include "caseactions.h"

#include "casebanner.h"
#include "caseprompts.h"
#include "casesession.h"
#include "caseviewstrings.h"
#include "escalatedialog.h"
#include "forwarddialog.h"
#include "services.h"
#include "templatedialog.h"

#include "core/common/clock.h"
#include "core/domain/replywindow.h"
#include "core/store/casewriter.h"
#include "core/store/officerstore.h"
#include "core/store/templatestore.h"
#include "core/store/unitstore.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace casedesk::ui {

namespace {

using domain::CaseStatus;
using Code = store::ActionError::Code;

} // namespace

CaseActions::CaseActions(Services &services, CaseSession &session, const CasePrompts &prompts, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_services(services)
    , m_session(session)
    , m_prompts(prompts)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("caseActions"));
    m_actions.resize(ActionCount);
    add(Answer, CaseViewStrings::tr("Answer"), "answer", &CaseActions::answer);
    add(Forward, CaseViewStrings::tr("Forward to competent unit…"), "forward", &CaseActions::forward);
    add(Escalate, CaseViewStrings::tr("Escalate…"), "escalate", &CaseActions::escalate);
    add(Accept, CaseViewStrings::tr("Accept"), "accept", &CaseActions::accept);
    add(Return, CaseViewStrings::tr("Return…"), "return", &CaseActions::returnToSender);
    add(Assign, CaseViewStrings::tr("Assign to…"), "assign", &CaseActions::assign);
    add(Note, CaseViewStrings::tr("Internal note…"), "note", &CaseActions::note);
    add(Close, CaseViewStrings::tr("Close case"), "close", &CaseActions::closeCase);
    add(Reopen, CaseViewStrings::tr("Reopen"), "reopen", &CaseActions::reopenCase);
    add(RevealIdentity, CaseViewStrings::tr("Show identity…"), "reveal", &CaseActions::revealIdentity);
    add(ManageTemplates, CaseViewStrings::tr("Templates…"), "manageTemplates", &CaseActions::manageTemplates);
    add(ApproveAnswer, CaseViewStrings::tr("Approve answer…"), "approveAnswer", &CaseActions::approveAnswer)
        ->setToolTip(CaseViewStrings::tr("The answer waits for an editor's approval: approved, as written or corrected, it is sent to the citizen."));
    add(RejectAnswer, CaseViewStrings::tr("Send answer back…"), "rejectAnswer", &CaseActions::rejectAnswer)
        ->setToolTip(CaseViewStrings::tr("The answer is not sent; its officer reads your reason and writes another."));
    // Shown in the Case menu and in the tooltips.
    action(Answer)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    action(Forward)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    action(Escalate)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action(Assign)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    action(Note)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    update();
}

QAction *CaseActions::add(Action which, const QString &text, const char *name, void (CaseActions::*run)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name) + QStringLiteral("Action"));
    if (which == ManageTemplates) {
        connect(action, &QAction::triggered, this, run); // the library, not the case: its dialog says what fails
    } else {
        // Refused before any dialog while the data server is away: nobody types a reason or a
        // note that cannot be kept.
        connect(action, &QAction::triggered, this, [this, run] {
            if (!m_session.refuseWhileServerLost())
                (this->*run)();
        });
    }
    m_actions[which] = action;
    return action;
}

void CaseActions::update()
{
    const bool has = m_session.caseId() != 0;
    const domain::CaseSummary &c = m_session.detail().summary;
    const bool mine = m_session.actionable();
    const bool closed = c.status == CaseStatus::Closed;
    const bool transferred = c.status == CaseStatus::Transferred;
    action(Answer)->setEnabled(mine);
    action(Forward)->setEnabled(mine && !closed);
    action(Escalate)->setEnabled(mine && !closed);
    action(Accept)->setEnabled(mine && transferred);
    action(Return)->setEnabled(mine && transferred && !c.transferFrom.isEmpty());
    action(Assign)->setEnabled(mine && !closed);
    action(Note)->setEnabled(mine);
    action(Close)->setEnabled(mine && !closed);
    action(Reopen)->setEnabled(mine && closed);
    // Why the case's actions are off for this officer (a supervisor, a unit below), on each.
    const QString why = m_session.notActionableReason();
    for (const Action a : {Answer, Forward, Escalate, Accept, Return, Assign, Note, Close, Reopen}) {
        QAction *act = action(a);
        const QString shortcut = act->shortcut().toString(QKeySequence::NativeText);
        const QString name = act->text().remove(QLatin1Char('&'));
        act->setToolTip(!why.isEmpty() ? why : shortcut.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, shortcut));
    }
    // Offered to whoever may reveal and sees the case: the store decides and logs the reveal.
    const domain::OfficerScope &scope = m_services.scope();
    const bool mayReveal = scope.may(domain::Permission::RevealIdentity);
    action(RevealIdentity)->setEnabled(mayReveal && has && c.reporterProtected && m_session.revealedName().isEmpty());
    action(RevealIdentity)
        ->setToolTip(mayReveal ? CaseViewStrings::tr("The reporter's identity is hidden by law; showing it needs a reason and is logged.")
                               : scope.refusal(domain::Permission::RevealIdentity));
    action(ManageTemplates)->setEnabled(true);
    const bool approves = has && m_services.scope().may(domain::Permission::ApproveAnswers) && heldAnswer().has_value();
    action(ApproveAnswer)->setEnabled(approves && !closed);
    action(RejectAnswer)->setEnabled(approves);
}

std::optional<domain::OutboxItem> CaseActions::heldAnswer() const
{
    for (const domain::OutboxItem &o : m_session.detail().outbox) {
        if (o.state == QLatin1String(domain::outboxstate::kPendingApproval))
            return o;
    }
    return std::nullopt;
}

void CaseActions::actConfirmingBilled(const QString &title, const std::function<store::ActionStatus(bool confirmBilled)> &action)
{
    bool confirmBilled = false;
    for (int round = 0; round < 2; ++round) {
        store::ActionError error;
        const bool ok = m_session.act([&]() -> store::ActionStatus {
            auto r = action(confirmBilled);
            if (!r)
                error = r.error();
            return r;
        });
        if (ok || error.code != Code::NeedsBilledConfirmation || confirmBilled)
            return;
        if (!m_prompts.confirm(title, error.message))
            return;
        confirmBilled = true;
    }
}

void CaseActions::approveAnswer()
{
    const auto held = heldAnswer();
    if (!held)
        return;
    // The editor reads the answer as it will go out, and may correct it before approving.
    const QString title = CaseViewStrings::tr("Approve answer");
    const auto text = m_prompts.askText(
        title, CaseViewStrings::tr("The answer of %1, as it will be sent to the citizen (correct it if needed):").arg(held->officer), true,
        held->text);
    if (!text)
        return;
    actConfirmingBilled(title, [&](bool confirmBilled) {
        store::CaseWriter::ApproveRequest request;
        request.outboxId = held->id;
        if (*text != held->text)
            request.text = *text;
        request.confirmBilled = confirmBilled;
        return m_services.writer().approveAnswer(m_services.scope(), m_session.caseId(), request);
    });
}

void CaseActions::rejectAnswer()
{
    const auto held = heldAnswer();
    if (!held)
        return;
    const auto reason = m_prompts.askText(CaseViewStrings::tr("Send answer back"),
                                          CaseViewStrings::tr("Why does the answer of %1 go back? They read your reason.").arg(held->officer), true);
    if (!reason)
        return;
    m_session.act([&] { return m_services.writer().rejectAnswer(m_services.scope(), m_session.caseId(), held->id, *reason); });
}

bool CaseActions::categorize(domain::Category category)
{
    if (!m_session.caseId() || category == m_session.detail().summary.category)
        return true;
    return m_session.act([&] { return m_services.writer().categorize(m_services.scope(), m_session.caseId(), category); });
}

QString CaseActions::unitName(const QString &unitId) const
{
    return m_session.unitPath(unitId).section(QStringLiteral(" / "), -1);
}

std::pair<bool, QString> CaseActions::acknowledgementOffer(const domain::CaseSummary &c) const
{
    const qint64 now = m_services.clock().nowMs();
    const domain::ReplyWindow w = domain::replyWindowAt(c.lastCitizenAt, now);
    switch (w.state) {
    case domain::ReplyWindowState::Free:
        return {true, CaseViewStrings::tr("Zalo: %1.").arg(domain::replyWindowText(w, now))};
    case domain::ReplyWindowState::Billed:
        return {true,
                CaseViewStrings::tr("Zalo: %1. You are asked to confirm the billed message before the case is forwarded.")
                    .arg(domain::replyWindowText(w, now))};
    case domain::ReplyWindowState::Closed:
        break;
    }
    return {false,
            CaseViewStrings::tr("Not possible: Zalo's reply window is closed (the citizen last wrote more than 7 days ago). The case "
                                "is forwarded without it; record any other contact as an internal note.")};
}

void CaseActions::forward()
{
    const qint64 caseId = m_session.caseId();
    if (!caseId)
        return;
    const domain::CaseSummary c = m_session.detail().summary;
    auto *dialog = new ForwardDialog(m_services.units(), c.unitId, c.competentUnit, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto [offered, note] = acknowledgementOffer(c);
    dialog->setAcknowledgementOffer(offered, note);
    dialog->setSubmit([this, dialog, caseId]() -> QString {
        if (m_session.caseId() != caseId)
            return CaseViewStrings::tr("Another case is shown now: close this dialog and forward from that case.");
        const domain::CaseSummary now = m_session.detail().summary;
        store::CaseWriter::ForwardRequest request;
        request.toUnit = dialog->unitId();
        request.reason = dialog->reason();
        if (dialog->acknowledge())
            request.acknowledgementText = m_services.templates().acknowledgement(now.category, now.code, unitName(now.unitId));
        qint64 ackId = 0;
        store::ActionError refusal;
        for (int round = 0; round < 2; ++round) {
            const bool done = m_session.act(
                [&]() -> store::ActionStatus {
                    auto r = m_services.writer().forward(m_services.scope(), caseId, request);
                    if (!r)
                        return r.error();
                    ackId = *r;
                    return {};
                },
                &refusal);
            if (done)
                break;
            if (refusal.code != Code::NeedsBilledConfirmation || request.confirmBilled)
                return refusal.message;
            if (!m_prompts.confirm(CaseViewStrings::tr("Billed acknowledgement"), refusal.message, dialog))
                return CaseViewStrings::tr("Not forwarded: the acknowledgement would be billed. Untick it to forward without it, or "
                                           "forward again and confirm.");
            request.confirmBilled = true;
        }
        QString said
            = CaseViewStrings::tr("Case %1 forwarded to %2: it waits for that unit to accept it.").arg(now.code, m_session.unitPath(request.toUnit));
        if (ackId) {
            bool held = false;
            for (const domain::OutboxItem &o : m_session.detail().outbox)
                held = held || (o.id == ackId && o.state == QLatin1String(domain::outboxstate::kPendingApproval));
            said += QLatin1Char(' ')
                + (held ? CaseViewStrings::tr("The acknowledgement to the citizen waits for an editor's approval.")
                        : CaseViewStrings::tr("The acknowledgement to the citizen is queued for sending."));
        }
        m_session.showMessage(said);
        return {};
    });
    dialog->open();
}

void CaseActions::escalate()
{
    const qint64 caseId = m_session.caseId();
    if (!caseId)
        return;
    const domain::CaseSummary c = m_session.detail().summary;
    // The unit above the case's own: named in the dialog, so the officer knows where it goes.
    QString parent;
    if (auto unit = m_services.units().find(c.unitId))
        parent = unit->parentId;
    if (parent.isEmpty()) {
        m_session.showMessage(CaseViewStrings::tr("%1 is at the top of the tree: there is no higher level. Forward the case to a competent "
                                                  "unit instead.")
                                  .arg(unitName(c.unitId)),
                              MessageKind::Error);
        return;
    }
    auto *dialog = new EscalateDialog(c.code, unitName(parent), m_session.unitPath(parent), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog, caseId]() -> QString {
        if (m_session.caseId() != caseId)
            return CaseViewStrings::tr("Another case is shown now: close this dialog and escalate from that case.");
        const QString code = m_session.detail().summary.code;
        QString to;
        store::ActionError refusal;
        const bool done = m_session.act(
            [&]() -> store::ActionStatus {
                auto r = m_services.writer().escalate(m_services.scope(), caseId, dialog->reason());
                if (!r)
                    return r.error();
                to = *r;
                return {};
            },
            &refusal);
        if (!done)
            return refusal.message;
        m_session.showMessage(CaseViewStrings::tr("Case %1 escalated to %2: it waits for that unit to accept it.").arg(code, m_session.unitPath(to)));
        return {};
    });
    dialog->open();
}

void CaseActions::accept()
{
    m_session.act([&] { return m_services.writer().accept(m_services.scope(), m_session.caseId()); });
}

void CaseActions::returnToSender()
{
    const QString from = m_session.unitPath(m_session.detail().summary.transferFrom);
    const auto reason = m_prompts.askText(CaseViewStrings::tr("Return"), CaseViewStrings::tr("Why does the case go back to %1?").arg(from), true);
    if (!reason)
        return;
    m_session.act([&] { return m_services.writer().returnToSender(m_services.scope(), m_session.caseId(), *reason); });
}

void CaseActions::assign()
{
    std::optional<QString> officer;
    if (m_services.scope().signedIn()) {
        // With officers, the case goes to one who may act on it: the choice is among them.
        const QString unit = m_session.detail().summary.unitId;
        const QString nobody = CaseViewStrings::tr("(nobody)");
        QStringList names;
        if (auto all = m_services.officers().list()) {
            for (const store::OfficerRecord &o : *all) {
                if (store::OfficerStore::mayActOn(o, unit))
                    names << o.name;
            }
        }
        officer = m_prompts.askChoice(CaseViewStrings::tr("Assign to"), CaseViewStrings::tr("Officer who handles the case:"),
                                      QStringList {nobody} + names);
        if (officer && *officer == nobody)
            officer = QString();
    } else {
        officer = m_prompts.askText(CaseViewStrings::tr("Assign to"), CaseViewStrings::tr("Officer's name (empty: nobody):"), false);
    }
    if (!officer)
        return;
    m_session.act([&] { return m_services.writer().assign(m_services.scope(), m_session.caseId(), *officer); });
}

void CaseActions::note()
{
    const auto text = m_prompts.askText(CaseViewStrings::tr("Internal note"),
                                        CaseViewStrings::tr("The note stays in the history; it is never sent to the citizen."), true);
    if (!text)
        return;
    m_session.act([&] { return m_services.writer().note(m_services.scope(), m_session.caseId(), *text); });
}

void CaseActions::closeCase()
{
    if (!m_prompts.confirm(CaseViewStrings::tr("Close case"), CaseViewStrings::tr("Close case %1?").arg(m_session.detail().summary.code)))
        return;
    m_session.act([&] { return m_services.writer().close(m_services.scope(), m_session.caseId()); });
}

void CaseActions::reopenCase()
{
    m_session.act([&] { return m_services.writer().reopen(m_services.scope(), m_session.caseId()); });
}

void CaseActions::revealIdentity()
{
    const auto reason = m_prompts.askText(CaseViewStrings::tr("Show the reporter's identity"),
                                          CaseViewStrings::tr("Why do you need it? The reason is logged."), false);
    if (!reason)
        return;
    QString name;
    const bool ok = m_session.act([&]() -> store::ActionStatus {
        auto r = m_services.writer().revealIdentity(m_services.scope(), m_session.caseId(), *reason);
        if (!r)
            return r.error();
        name = r->displayName.isEmpty() ? CaseViewStrings::tr("(no name)") : r->displayName;
        return {};
    });
    if (ok)
        m_session.setRevealedName(name);
}

void CaseActions::manageTemplates()
{
    TemplateDialog dialog(m_services.templates(), m_dialogParent);
    dialog.exec();
    Q_EMIT templatesChanged();
}

} // namespace casedesk::ui
