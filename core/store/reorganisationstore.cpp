#include "reorganisationstore.h"

#include "database.h"
#include "eventlog.h"
#include "statement.h"
#include "unitstore.h"

#include "core/domain/caseevent.h"
#include "core/domain/officetime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace casedesk::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::ReorganisationStore)
};

using domain::UnitChange;

struct StoredUnit
{
    QString parentId;
    QString name;
    bool closed = false;
};

/// 00:00 of @p date in the office's time zone, as UTC ms.
qint64 dayStartMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), domain::officeTimeZone()).toMSecsSinceEpoch();
}

} // namespace

ReorganisationStore::ReorganisationStore(Database &db)
    : m_db(db)
{
}

Expected<ReorganisationPlan> ReorganisationStore::plan(const domain::Reorganisation &r)
{
    QHash<QString, StoredUnit> units;
    {
        Statement st(m_db, "SELECT id, parent_id, name, valid_to FROM units");
        while (st.next())
            units.insert(st.text(0), {st.text(1), st.text(2), !st.text(3).isEmpty()});
        if (st.failed())
            return Error {st.error()};
    }

    ReorganisationPlan p;
    QSet<QString> changed;
    QSet<QString> closing;
    QHash<QString, QString> parentAfter; // unit → parent once the file is applied (open units only)
    for (auto it = units.constBegin(); it != units.constEnd(); ++it) {
        if (!it->closed)
            parentAfter.insert(it.key(), it->parentId);
    }
    // First the units the file makes, so that later changes may name them.
    for (const UnitChange &c : r.changes) {
        if (c.action != UnitChange::Action::Create)
            continue;
        if (units.contains(c.unitId) || parentAfter.contains(c.unitId))
            return Error {Tr::tr("Unit %1 already exists: a new unit needs an id of its own.").arg(c.unitId)};
        parentAfter.insert(c.unitId, c.created.parentId);
        p.created.push_back({c.unitId, c.created.name, c.created.parentId});
    }
    const auto exists = [&parentAfter](const QString &id) {
        return parentAfter.contains(id);
    };
    for (const UnitChange &c : r.changes) {
        if (c.action == UnitChange::Action::Create) {
            if (!c.created.parentId.isEmpty() && !exists(c.created.parentId))
                return Error {Tr::tr("New unit %1: its parent %2 is not in the tree.").arg(c.unitId, c.created.parentId)};
            continue;
        }
        const auto stored = units.constFind(c.unitId);
        if (stored == units.constEnd())
            return Error {Tr::tr("Unit %1 is not in the tree.").arg(c.unitId)};
        if (stored->closed)
            return Error {Tr::tr("Unit %1 is already closed.").arg(c.unitId)};
        if (changed.contains(c.unitId))
            return Error {Tr::tr("Unit %1 is changed twice: give one change for each unit.").arg(c.unitId)};
        changed.insert(c.unitId);
        switch (c.action) {
        case UnitChange::Action::Rename:
            p.renamed.push_back({c.unitId, stored->name, c.name});
            break;
        case UnitChange::Action::Move:
            if (!exists(c.parentId))
                return Error {Tr::tr("Unit %1 cannot move under %2: that unit is not in the tree.").arg(c.unitId, c.parentId)};
            parentAfter.insert(c.unitId, c.parentId);
            p.moved.push_back({c.unitId, stored->name, c.parentId});
            break;
        case UnitChange::Action::Merge:
        case UnitChange::Action::Split:
        case UnitChange::Action::Abolish:
            closing.insert(c.unitId);
            p.closed.push_back({c.unitId, stored->name, c.successors.join(QStringLiteral(", "))});
            break;
        case UnitChange::Action::Create:
            break;
        }
    }
    // Successors and officers' units: open after the change, and not the closed unit itself.
    for (const UnitChange &c : r.changes) {
        if (!c.closes())
            continue;
        QStringList targets = c.successors;
        if (!c.officersTo.isEmpty())
            targets.push_back(c.officersTo);
        for (const QString &s : std::as_const(targets)) {
            if (!exists(s))
                return Error {Tr::tr("Unit %1's successor %2 is not in the tree.").arg(c.unitId, s)};
            if (closing.contains(s))
                return Error {Tr::tr("Unit %1's successor %2 is closed by the same reorganisation: name the unit that remains.").arg(c.unitId, s)};
        }
    }
    for (const QString &id : std::as_const(closing))
        parentAfter.remove(id);
    // Every unit that remains hangs under a unit that remains, without a cycle.
    for (auto it = parentAfter.constBegin(); it != parentAfter.constEnd(); ++it) {
        QString at = it.key();
        QSet<QString> seen;
        while (true) {
            const QString parent = parentAfter.value(at, QStringLiteral("\x01"));
            if (parent == QStringLiteral("\x01"))
                break;
            if (parent.isEmpty())
                break;
            if (closing.contains(parent))
                return Error {Tr::tr("Unit %1 would stay under %2, which is closed: move it under the unit that remains.").arg(at, parent)};
            if (!parentAfter.contains(parent))
                return Error {Tr::tr("Unit %1 would hang under %2, which is not in the tree.").arg(at, parent)};
            if (seen.contains(parent))
                return Error {Tr::tr("The tree would have a cycle through unit %1.").arg(parent)};
            seen.insert(parent);
            at = parent;
        }
    }

    // What hangs on the closed units: cases (open ones, and any opened there since the
    // effective date), Zalo accounts, officers.
    const qint64 since = dayStartMs(r.effective);
    Statement cases(m_db, "SELECT id, code, is_open FROM cases WHERE unit_id = ?1 AND (is_open = 1 OR opened_at >= ?2) ORDER BY id");
    Statement accounts(m_db, "SELECT oa_id FROM accounts WHERE unit_id = ?1 ORDER BY oa_id");
    Statement officers(m_db, "SELECT id, name FROM officers WHERE unit_id = ?1 ORDER BY id");
    for (const UnitChange &c : r.changes) {
        if (!c.closes())
            continue;
        const QString to = c.successors.constFirst();
        cases.bind(1, c.unitId).bind(2, since);
        while (cases.next())
            p.cases.push_back({cases.int64(0), cases.text(1), c.unitId, to, cases.int64(2) != 0});
        if (cases.failed())
            return Error {cases.error()};
        cases.reset();
        accounts.bind(1, c.unitId);
        while (accounts.next())
            p.accounts.push_back({accounts.text(0), c.unitId, c.disableAccounts ? QString() : to});
        if (accounts.failed())
            return Error {accounts.error()};
        accounts.reset();
        officers.bind(1, c.unitId);
        while (officers.next())
            p.officers.push_back({officers.int64(0), officers.text(1), c.unitId, c.officersTo.isEmpty() ? to : c.officersTo});
        if (officers.failed())
            return Error {officers.error()};
        officers.reset();
    }
    return p;
}

Expected<ReorganisationPlan> ReorganisationStore::apply(const domain::Reorganisation &r, const QString &officer, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    // Checked inside the transaction: nothing changes between the check and the changes.
    auto p = plan(r);
    if (!p)
        return p.error();
    if (auto st = m_db.exec(m_db.dialect() == Dialect::Sqlite ? "PRAGMA defer_foreign_keys = ON" : "SET CONSTRAINTS ALL DEFERRED"); !st)
        return st.error();
    const QString effective = r.effective.toString(Qt::ISODate);
    const auto failed = [](const QString &what, const Status &s) {
        return Error {Tr::tr("%1: %2").arg(what, s.error().message)};
    };

    Statement create(m_db, "INSERT INTO units (id, parent_id, level, name, area, code, valid_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    // What a renamed or moved unit was stays readable for the days before (UnitStore::listAt).
    UnitStore unitStore(m_db);
    QHash<QString, domain::Unit> before;
    if (auto units = unitStore.list(true); units) {
        for (const domain::Unit &u : std::as_const(*units))
            before.insert(u.id, u);
    } else {
        return units.error();
    }
    Statement rename(m_db, "UPDATE units SET name = ?2 WHERE id = ?1");
    Statement move(m_db, "UPDATE units SET parent_id = ?2 WHERE id = ?1");
    Statement close(m_db, "UPDATE units SET valid_to = ?2, successors = ?3 WHERE id = ?1");
    for (const UnitChange &c : r.changes) {
        Status done;
        switch (c.action) {
        case UnitChange::Action::Create:
            done = create.bind(1, c.unitId)
                       .bindOptional(2, c.created.parentId)
                       .bind(3, domain::unitLevelKey(c.created.level))
                       .bind(4, c.created.name)
                       .bindOptional(5, c.created.area)
                       .bindOptional(6, c.created.code)
                       .bind(7, effective)
                       .exec();
            break;
        case UnitChange::Action::Rename:
            done = unitStore.keepVersion(before.value(c.unitId), r.effective);
            if (done)
                done = rename.bind(1, c.unitId).bind(2, c.name).exec();
            break;
        case UnitChange::Action::Move:
            done = unitStore.keepVersion(before.value(c.unitId), r.effective);
            if (done)
                done = move.bind(1, c.unitId).bind(2, c.parentId).exec();
            break;
        case UnitChange::Action::Merge:
        case UnitChange::Action::Split:
        case UnitChange::Action::Abolish:
            done = close.bind(1, c.unitId)
                       .bind(2, effective)
                       .bind(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.successors)).toJson(QJsonDocument::Compact)))
                       .exec();
            break;
        }
        if (!done)
            return failed(Tr::tr("Unit %1 cannot be changed").arg(c.unitId), done);
    }

    EventLog log(m_db);
    Statement moveCase(m_db, "UPDATE cases SET unit_id = ?2, version = version + 1 WHERE id = ?1");
    for (const ReorganisationPlan::CaseMove &m : std::as_const(p->cases)) {
        if (auto s = moveCase.bind(1, m.caseId).bind(2, m.to).exec(); !s)
            return failed(Tr::tr("Case %1 cannot move").arg(m.code), s);
        const QJsonObject detail {
            {QStringLiteral("from"), m.from},
            {QStringLiteral("to"), m.to},
            {QStringLiteral("unit_before"), m.from},
            {QStringLiteral("unit_after"), m.to},
            {QStringLiteral("reorganisation"), r.title},
            {QStringLiteral("effective"), effective},
        };
        if (auto e = log.append(m.caseId, nowMs, officer, QString::fromLatin1(domain::events::kReorganised), detail); !e)
            return e.error();
    }
    Statement moveAccount(m_db, "UPDATE accounts SET unit_id = ?2 WHERE oa_id = ?1");
    Statement disableAccount(m_db, "UPDATE accounts SET state = 'disabled' WHERE oa_id = ?1");
    for (const ReorganisationPlan::AccountChange &a : std::as_const(p->accounts)) {
        const Status s = a.to.isEmpty() ? disableAccount.bind(1, a.oaId).exec() : moveAccount.bind(1, a.oaId).bind(2, a.to).exec();
        if (!s)
            return failed(Tr::tr("Zalo account %1 cannot change").arg(a.oaId), s);
    }
    Statement moveOfficer(m_db, "UPDATE officers SET unit_id = ?2 WHERE id = ?1");
    for (const ReorganisationPlan::OfficerMove &o : std::as_const(p->officers)) {
        if (auto s = moveOfficer.bind(1, o.officerId).bind(2, o.to).exec(); !s)
            return failed(Tr::tr("Officer %1 cannot move").arg(o.name), s);
    }
    const QJsonObject summary {
        {QStringLiteral("title"), r.title},
        {QStringLiteral("effective"), effective},
        {QStringLiteral("created"), int(p->created.size())},
        {QStringLiteral("renamed"), int(p->renamed.size())},
        {QStringLiteral("moved"), int(p->moved.size())},
        {QStringLiteral("closed"), int(p->closed.size())},
        {QStringLiteral("cases_moved"), int(p->cases.size())},
        {QStringLiteral("accounts_changed"), int(p->accounts.size())},
        {QStringLiteral("officers_moved"), int(p->officers.size())},
    };
    if (auto e = log.append(0, nowMs, officer, QString::fromLatin1(domain::events::kUnitsReorganised), summary); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return Error {Tr::tr("The reorganisation was not saved: %1").arg(c.error().message)};
    return p;
}

} // namespace casedesk::store
