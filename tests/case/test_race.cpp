// Many writers: two processes act on the same cases at the same moment (casedesk_race_worker),
// on the PC's file and on the shared server. Nothing is lost or doubled: every committed action
// is one event, each assignment and category change starts from the one before it (no write
// based on a stale read), the versions add up, and the history's chain holds.
#include "clifixture.h"

#include "core/domain/caseevent.h"
#include "core/store/auditstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace casedesk;
using casetest::CliFixture;

namespace {

struct Tally
{
    int notes = 0;
    int assigns = 0;
    int categorizes = 0;
};

/// The events of @p kind of case @p caseId, oldest first, as their detail objects.
QVector<QJsonObject> events(store::Database &db, qint64 caseId, const char *kind)
{
    store::Statement st(db, "SELECT detail FROM case_events WHERE case_id = ?1 AND kind = ?2 ORDER BY id");
    st.bind(1, caseId).bind(2, QString::fromLatin1(kind));
    QVector<QJsonObject> out;
    while (st.next())
        out << QJsonDocument::fromJson(st.blob(0)).object();
    REQUIRE_FALSE(st.failed());
    return out;
}

qint64 scalar(store::Database &db, const char *sql, qint64 caseId)
{
    store::Statement st(db, sql);
    st.bind(1, caseId);
    REQUIRE(st.next());
    return st.int64(0);
}

/// Each event's "before" is the previous one's "after": no action wrote over one it did not see.
void checkChained(const QVector<QJsonObject> &list, const QString &first)
{
    QString expected = first;
    for (const QJsonObject &e : list) {
        CHECK(e.value(QStringLiteral("before")).toString() == expected);
        expected = e.value(QStringLiteral("after")).toString();
    }
}

} // namespace

TEST_CASE("Two processes acting on the same cases at once lose and double nothing", "[case][race]")
{
    CliFixture f;
    QVector<qint64> cases;
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        cases << f.citizenWrites(QStringLiteral("race-%1").arg(i), QStringLiteral("Cho hỏi thủ tục cấp căn cước %1").arg(i), 3600000);
        ids << QString::number(cases.constLast());
    }
    QHash<qint64, qint64> versionBefore;
    for (const qint64 id : cases)
        versionBefore[id] = scalar(*f.db, "SELECT version FROM cases WHERE id = ?1", id);

    const int rounds = 30;
    const QStringList officers {QStringLiteral("Phạm Thu"), QStringLiteral("Lê Văn Tám")};
    std::vector<std::unique_ptr<QProcess>> workers;
    for (const QString &officer : officers) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(CASEDESK_RACE_WORKER), QStringList {f.db->path(), officer, QString::number(rounds)} + ids);
        REQUIRE(p->waitForStarted());
        workers.push_back(std::move(p));
    }
    QHash<qint64, Tally> tally;
    for (auto &p : workers) {
        REQUIRE(p->waitForFinished(240000));
        INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
        REQUIRE(p->exitStatus() == QProcess::NormalExit);
        REQUIRE(p->exitCode() == 0);
        const QStringList lines = QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == cases.size());
        for (const QString &line : lines) {
            const QStringList v = line.split(QLatin1Char(' '));
            REQUIRE(v.size() == 4);
            Tally &t = tally[v.at(0).toLongLong()];
            t.notes += v.at(1).toInt();
            t.assigns += v.at(2).toInt();
            t.categorizes += v.at(3).toInt();
        }
    }

    for (const qint64 id : cases) {
        INFO("case " << id);
        const Tally t = tally.value(id);
        CHECK(t.notes == 2 * rounds);
        CHECK(t.assigns == 2 * rounds);
        CHECK(events(*f.db, id, domain::events::kNoted).size() == t.notes);
        const auto assigned = events(*f.db, id, domain::events::kAssigned);
        CHECK(assigned.size() == t.assigns);
        checkChained(assigned, QString());
        const auto categorized = events(*f.db, id, domain::events::kCategorized);
        CHECK(categorized.size() == t.categorizes);
        checkChained(categorized, QStringLiteral("procedure_question"));
        CHECK(scalar(*f.db, "SELECT version FROM cases WHERE id = ?1", id) == versionBefore[id] + t.notes + t.assigns + t.categorizes);
    }
    store::AuditStore audit(*f.db);
    auto report = audit.verify();
    REQUIRE(report.ok());
    CHECK(report->ok());
}
