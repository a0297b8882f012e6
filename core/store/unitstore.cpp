#include "unitstore.h"

#include "database.h"
#include "statement.h"

#include "core/domain/unittreefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <QSet>

#include <algorithm>
#include <functional>

namespace casedesk::store {

using domain::Unit;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::UnitStore)
};

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Unit unitFromRow(const Statement &st)
{
    Unit u;
    u.id = st.text(0);
    u.parentId = st.text(1);
    u.level = domain::unitLevelFromKey(st.text(2)).value_or(domain::UnitLevel::Commune);
    u.name = st.text(3);
    u.area = st.text(4);
    u.code = st.text(5);
    u.validFrom = QDate::fromString(st.text(6), Qt::ISODate);
    u.validTo = QDate::fromString(st.text(7), Qt::ISODate);
    return u;
}

} // namespace

UnitStore::UnitStore(Database &db)
    : m_db(db)
{
}

Expected<UnitImportSummary> UnitStore::importTree(const QVector<Unit> &units, const QDate &today)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    // Parents may come after their children in the file (on a server, units.parent_id is the
    // one deferrable reference).
    if (auto st = m_db.exec(m_db.dialect() == Dialect::Sqlite ? "PRAGMA defer_foreign_keys = ON" : "SET CONSTRAINTS ALL DEFERRED"); !st)
        return st.error();

    QHash<QString, Unit> existing;
    {
        Statement st(m_db, "SELECT id, parent_id, level, name, area, code, valid_from, valid_to FROM units");
        while (st.next())
            existing.insert(st.text(0), unitFromRow(st));
        if (st.failed())
            return Error {st.error()};
    }

    Statement insert(m_db,
                     "INSERT INTO units (id, parent_id, level, name, area, code, valid_from, valid_to) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    Statement update(m_db,
                     "UPDATE units SET parent_id = ?2, level = ?3, name = ?4, area = ?5, code = ?6, "
                     "valid_from = ?7, valid_to = ?8 WHERE id = ?1");
    Statement close(m_db, "UPDATE units SET valid_to = ?2 WHERE id = ?1 AND valid_to IS NULL");

    UnitImportSummary summary;
    QSet<QString> inFile;
    for (const Unit &u : units) {
        inFile.insert(u.id);
        const auto it = existing.constFind(u.id);
        const bool isNew = it == existing.constEnd();
        if (!isNew) {
            const Unit &old = *it;
            if (old.parentId == u.parentId && old.level == u.level && old.name == u.name && old.area == u.area && old.code == u.code
                && old.validFrom == u.validFrom && old.validTo == u.validTo) {
                ++summary.unchanged;
                continue;
            }
        }
        if (!isNew && (it->parentId != u.parentId || it->level != u.level || it->name != u.name)) {
            if (auto kept = keepVersion(*it, today); !kept)
                return kept.error();
        }
        Statement &st = isNew ? insert : update;
        st.bind(1, u.id)
            .bindOptional(2, u.parentId)
            .bind(3, domain::unitLevelKey(u.level))
            .bind(4, u.name)
            .bindOptional(5, u.area)
            .bindOptional(6, u.code)
            .bindOptional(7, dateText(u.validFrom))
            .bindOptional(8, dateText(u.validTo));
        if (auto r = st.exec(); !r)
            return Error {Tr::tr("Unit %1 cannot be stored: %2").arg(u.id, r.error().message)};
        ++(isNew ? summary.added : summary.updated);
    }
    Statement openCases(m_db, "SELECT count(*) FROM cases WHERE unit_id = ?1 AND is_open = 1");
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (inFile.contains(it.key()) || it->isClosed())
            continue;
        // Its open cases would stay at a unit nobody watches: a reorganisation says where they go.
        openCases.bind(1, it.key());
        const qint64 open = openCases.next() ? openCases.int64(0) : 0;
        if (openCases.failed())
            return Error {openCases.error()};
        openCases.reset();
        if (open > 0)
            return Error {Tr::tr("Unit %1 (%2) is missing from the new tree but still has %n open case(s); nothing was imported. "
                                 "Close it with casedesk-cli units reorganise FILE, which says where its cases and Zalo accounts go.",
                                 nullptr, int(open))
                              .arg(it.key(), it->name)};
        close.bind(1, it.key()).bind(2, dateText(today));
        if (auto r = close.exec(); !r)
            return Error {Tr::tr("Unit %1 cannot be closed: %2").arg(it.key(), r.error().message)};
        ++summary.closed;
    }
    if (auto r = tx.commit(); !r)
        return Error {Tr::tr("The unit tree was not saved: %1").arg(r.error().message)};
    return summary;
}

Status UnitStore::seedIfEmpty(const QDate &today)
{
    if (count() > 0)
        return {};
    auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    if (!units)
        return units.error();
    auto summary = importTree(*units, today);
    if (!summary)
        return summary.error();
    return {};
}

Expected<QVector<Unit>> UnitStore::list(bool includeClosed) const
{
    auto all = readAll();
    if (!all)
        return all.error();
    return treeOrder(*all, includeClosed);
}

Expected<QVector<Unit>> UnitStore::listAt(const QDate &date) const
{
    if (!date.isValid())
        return Error {Tr::tr("The tree of a day needs a valid date (YYYY-MM-DD).")};
    auto all = readAll();
    if (!all)
        return all.error();
    // The earliest version kept until after that day is what the unit was then.
    QHash<QString, Unit> then;
    Statement st(m_db, "SELECT unit_id, parent_id, level, name FROM unit_versions WHERE valid_until > ?1 ORDER BY unit_id, valid_until");
    st.bind(1, dateText(date));
    while (st.next()) {
        if (then.contains(st.text(0)))
            continue;
        Unit v;
        v.parentId = st.text(1);
        v.level = domain::unitLevelFromKey(st.text(2)).value_or(domain::UnitLevel::Commune);
        v.name = st.text(3);
        then.insert(st.text(0), v);
    }
    if (st.failed())
        return Error {st.error()};
    QVector<Unit> existing;
    for (Unit u : std::as_const(*all)) {
        if ((u.validFrom.isValid() && u.validFrom > date) || (u.validTo.isValid() && u.validTo <= date))
            continue;
        if (const auto it = then.constFind(u.id); it != then.constEnd()) {
            u.parentId = it->parentId;
            u.level = it->level;
            u.name = it->name;
        }
        existing.push_back(u);
    }
    return treeOrder(existing, true);
}

Status UnitStore::keepVersion(const Unit &before, const QDate &until)
{
    Statement st(m_db,
                 "INSERT INTO unit_versions (unit_id, valid_until, parent_id, level, name) VALUES (?1, ?2, ?3, ?4, ?5) "
                 "ON CONFLICT (unit_id, valid_until) DO NOTHING");
    if (auto r = st.bind(1, before.id)
                     .bind(2, dateText(until))
                     .bindOptional(3, before.parentId)
                     .bind(4, domain::unitLevelKey(before.level))
                     .bind(5, before.name)
                     .exec();
        !r)
        return Error {Tr::tr("What unit %1 was before cannot be kept: %2").arg(before.id, r.error().message)};
    return {};
}

Expected<QVector<Unit>> UnitStore::readAll() const
{
    Statement st(m_db, "SELECT id, parent_id, level, name, area, code, valid_from, valid_to, successors FROM units");
    QVector<Unit> all;
    while (st.next()) {
        Unit u = unitFromRow(st);
        for (const QJsonValue &s : QJsonDocument::fromJson(st.text(8).toUtf8()).array())
            u.successors.push_back(s.toString());
        all.push_back(u);
    }
    if (st.failed())
        return Error {st.error()};
    return all;
}

QVector<Unit> UnitStore::treeOrder(const QVector<Unit> &all, bool includeClosed)
{
    QHash<QString, int> index;
    for (int i = 0; i < all.size(); ++i)
        index.insert(all[i].id, i);
    QHash<QString, QVector<int>> children;
    QVector<int> roots;
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].parentId.isEmpty() || !index.contains(all[i].parentId))
            roots.push_back(i);
        else
            children[all[i].parentId].push_back(i);
    }
    const auto bySiblingOrder = [&all](int a, int b) {
        if (all[a].level != all[b].level)
            return int(all[a].level) < int(all[b].level);
        return QString::localeAwareCompare(all[a].name, all[b].name) < 0 || (all[a].name == all[b].name && all[a].id < all[b].id);
    };

    QVector<Unit> ordered;
    ordered.reserve(all.size());
    // Depth-first, so that parents come before their children.
    std::function<void(int, const QString &)> visit = [&](int i, const QString &parentPath) {
        Unit u = all[i];
        u.path = parentPath.isEmpty() ? u.name : parentPath + QStringLiteral(" / ") + u.name;
        if (includeClosed || !u.isClosed())
            ordered.push_back(u);
        QVector<int> kids = children.value(u.id);
        std::sort(kids.begin(), kids.end(), bySiblingOrder);
        for (int k : kids)
            visit(k, u.path);
    };
    std::sort(roots.begin(), roots.end(), bySiblingOrder);
    for (int r : roots)
        visit(r, QString());
    return ordered;
}

Expected<Unit> UnitStore::find(const QString &id) const
{
    auto units = list(true);
    if (!units)
        return units.error();
    for (const Unit &u : *units) {
        if (u.id == id)
            return u;
    }
    return Error {Tr::tr("There is no unit with id %1.").arg(id)};
}

int UnitStore::count() const
{
    Statement st(m_db, "SELECT count(*) FROM units");
    return st.next() ? int(st.int64(0)) : 0;
}

} // namespace casedesk::store
