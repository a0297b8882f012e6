#include "casesession.h"

#include "caseviewstrings.h"
#include "services.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/domain/category.h"
#include "core/domain/officetime.h"
#include "core/store/casestore.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"

namespace casedesk::ui {

namespace {

/// When the server went away, as the office reads it: "14:32", with the day when it is not today.
QString lostAtText(qint64 sinceMs, qint64 nowMs)
{
    const QDateTime since = domain::officeDateTime(sinceMs);
    if (since.date() == domain::officeDateTime(nowMs).date())
        return since.toString(QStringLiteral("HH:mm"));
    return since.toString(QStringLiteral("HH:mm dd/MM"));
}

} // namespace

CaseSession::CaseSession(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    connect(&m_services.changes(), &store::ChangeFeed::serverBack, this, &CaseSession::onServerBack);
    if (auto all = m_services.units().list(true)) {
        QHash<QString, QString> names;
        for (const domain::Unit &u : *all)
            names.insert(u.id, u.name);
        // A unit closed by a reorganisation says where its work went: "… (nay là Công an tỉnh …)".
        for (const domain::Unit &u : *all)
            m_unitPaths.insert(u.id, u.successors.isEmpty() ? u.path : tr("%1 (now %2)").arg(u.path, names.value(u.successors.constFirst())));
    } else {
        qCWarning(lcUi) << "unit paths not read:" << all.error().message;
    }
}

QString CaseSession::citizenName() const
{
    if (!m_revealedName.isEmpty())
        return m_revealedName;
    const domain::CaseSummary &c = m_detail.summary;
    return domain::citizenForDisplay(c.reporterProtected, c.citizenName);
}

QString CaseSession::unitPath(const QString &unitId) const
{
    return m_unitPaths.value(unitId, unitId);
}

bool CaseSession::actionable() const
{
    return m_caseId != 0 && m_services.scope().mayActOn(m_detail.summary.unitId);
}

QString CaseSession::notActionableReason() const
{
    if (m_caseId == 0 || actionable())
        return {};
    const domain::OfficerScope &scope = m_services.scope();
    if (!scope.may(domain::Permission::ActOnCases))
        return scope.refusal(domain::Permission::ActOnCases);
    return tr("You may read this case; only %1 acts on it.").arg(unitPath(m_detail.summary.unitId));
}

qint64 CaseSession::serverLostSince() const
{
    return m_services.changes().serverLostSince();
}

QString CaseSession::serverLostRefusal() const
{
    const qint64 since = serverLostSince();
    if (since <= 0)
        return {};
    return CaseViewStrings::tr("Not done: no connection to the data server since %1. Nothing was changed; try again when the "
                               "connection is back.")
        .arg(lostAtText(since, QDateTime::currentMSecsSinceEpoch()));
}

bool CaseSession::refuseWhileServerLost()
{
    const QString refused = serverLostRefusal();
    if (refused.isEmpty())
        return false;
    Q_EMIT message(refused, MessageKind::Error);
    return true;
}

bool CaseSession::noticeLostServer()
{
    if (serverLostSince() <= 0 && !m_services.database().isUsable())
        m_services.changes().check(); // finds the connection gone and says so
    return serverLostSince() > 0;
}

void CaseSession::onServerBack()
{
    Q_EMIT message(QString(), MessageKind::Info); // a refusal of the time away is no longer true
    if (m_unreadCase && !m_caseId)
        open(m_unreadCase);
    else
        reload();
}

void CaseSession::open(qint64 caseId)
{
    m_caseId = caseId;
    m_unreadCase = 0;
    m_revealedName.clear();
    Q_EMIT message(QString(), MessageKind::Info);
    m_loadedVersion = -1;
    m_seenVersion = -1;
    m_detail = domain::CaseDetail();
    if (caseId) {
        auto d = m_services.cases().detail(m_services.scope(), caseId);
        if (!d) {
            m_caseId = 0;
            if (noticeLostServer()) {
                m_unreadCase = caseId;
                Q_EMIT message(CaseViewStrings::tr("The case cannot be read: no connection to the data server since %1. It is shown when "
                                                   "the connection is back.")
                                   .arg(lostAtText(serverLostSince(), QDateTime::currentMSecsSinceEpoch())),
                               MessageKind::Error);
            } else {
                Q_EMIT message(d.error().message, MessageKind::Error);
            }
        } else {
            m_detail = *d;
            m_loadedVersion = m_seenVersion = d->summary.version;
            acknowledge(true);
        }
    }
    Q_EMIT loaded();
}

void CaseSession::reload()
{
    if (!m_caseId)
        return;
    auto d = m_services.cases().detail(m_services.scope(), m_caseId);
    if (!d) {
        if (!noticeLostServer()) // away: what is shown stays, and the window says why
            Q_EMIT message(d.error().message, MessageKind::Error);
        return;
    }
    m_detail = *d;
    m_loadedVersion = d->summary.version;
    Q_EMIT loaded();
}

void CaseSession::refreshIfChanged()
{
    if (!m_caseId)
        return;
    auto v = m_services.cases().version(m_services.scope(), m_caseId);
    if (v && *v != m_loadedVersion)
        reload();
}

bool CaseSession::act(const std::function<store::ActionStatus()> &action, store::ActionError *refusal)
{
    if (!m_caseId)
        return false;
    if (refusal) {
        if (const QString lost = serverLostRefusal(); !lost.isEmpty()) {
            *refusal = {store::ActionError::Code::Storage, lost};
            return false;
        }
    } else if (refuseWhileServerLost()) {
        return false;
    }
    const qint64 caseId = m_caseId;
    const bool wasUpToDate = upToDate();
    auto r = action();
    if (!r) {
        // Lost during the action: the store's words stand (whether the server committed it
        // before the line broke is unknown), and the window says the server is away.
        noticeLostServer();
        if (refusal)
            *refusal = r.error();
        else
            Q_EMIT message(r.error().message, MessageKind::Error);
        return false;
    }
    Q_EMIT message(QString(), MessageKind::Info);
    reload();
    if (wasUpToDate)
        m_seenVersion = m_loadedVersion;
    m_services.changes().check(); // the queue and the counts follow at once
    Q_EMIT acted(caseId);
    return true;
}

void CaseSession::acknowledge(bool seen)
{
    if (!m_caseId)
        return;
    if (seen)
        m_seenVersion = m_loadedVersion;
    // Only the "changed since you looked" question depends on it: a failure costs a question.
    if (auto r = m_services.cases().markShown(m_services.scope(), m_caseId, m_seenVersion, m_services.clock().nowMs()); !r)
        qCWarning(lcUi) << "case" << m_caseId << "not marked shown:" << r.error().message;
}

void CaseSession::setRevealedName(const QString &name)
{
    m_revealedName = name;
    Q_EMIT loaded();
}

} // namespace casedesk::ui
