#include "caseactions.h"

#include "caseprompts.h"
#include "casesession.h"
#include "caseviewstrings.h"
#include "forwarddialog.h"
#include "services.h"
#include "templatedialog.h"

#include "core/store/casewriter.h"
#include "core/store/officerstore.h"
#include "core/store/templatestore.h"

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
    for (const Action a : {Forward, Escalate, Accept, Return, Assign, Note, Close, Reopen}) {
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

void CaseActions::forward()
{
    if (!m_session.caseId())
        return;
    const domain::CaseSummary c = m_session.detail().summary;
    ForwardDialog dialog(m_services.units(), c.unitId, c.competentUnit, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store::CaseWriter::ForwardRequest request;
    request.toUnit = dialog.unitId();
    request.reason = dialog.reason();
    if (dialog.acknowledge()) {
        const QString unitName = m_session.unitPath(c.unitId).section(QStringLiteral(" / "), -1);
        request.acknowledgementText = m_services.templates().acknowledgement(c.category, c.code, unitName);
    }
    actConfirmingBilled(CaseViewStrings::tr("Billed acknowledgement"), [&](bool confirmBilled) -> store::ActionStatus {
        request.confirmBilled = confirmBilled;
        auto r = m_services.writer().forward(m_services.scope(), m_session.caseId(), request);
        if (!r)
            return r.error();
        return {};
    });
}

void CaseActions::escalate()
{
    const auto reason = m_prompts.askText(CaseViewStrings::tr("Escalate"), CaseViewStrings::tr("Why does the case go to the higher level?"), true);
    if (!reason)
        return;
    m_session.act([&]() -> store::ActionStatus {
        auto r = m_services.writer().escalate(m_services.scope(), m_session.caseId(), *reason);
        if (!r)
            return r.error();
        return {};
    });
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
