// A second (and third) process acting on the same cases at once, for test_race.cpp: for ROUNDS
// rounds, on every case given, an internal note, an assignment (to itself, by round) and a category change,
// each through CaseWriter as the window and casedesk-cli act. Prints one line per case,
// "CASE NOTES ASSIGNS CATEGORIZES", of the actions that were committed; exit 1 on an error
// other than a refusal a user could meet.
#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/domain/officerscope.h"
#include "core/store/casewriter.h"
#include "core/store/database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace casedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setQuietLogging();
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: casedesk_race_worker DATABASE OFFICER ROUNDS CASE...\n");
        return 2;
    }
    auto db = store::Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(db.error().message));
        return 1;
    }
    domain::OfficerScope scope;
    scope.officer = args.at(2);
    scope.everyUnit = true;
    const int rounds = args.at(3).toInt();
    QVector<qint64> cases;
    for (int i = 4; i < args.size(); ++i)
        cases << args.at(i).toLongLong();
    SystemClock clock;
    store::CaseWriter writer(*db, clock);
    QHash<qint64, std::array<int, 3>> done;
    const domain::Category categories[] = {domain::Category::Petition, domain::Category::ProcedureQuestion};
    for (int round = 0; round < rounds; ++round) {
        for (const qint64 id : std::as_const(cases)) {
            if (auto r = writer.note(scope, id, QStringLiteral("%1, vòng %2").arg(scope.officer).arg(round)); !r) {
                std::fprintf(stderr, "note %lld: %s\n", static_cast<long long>(id), qUtf8Printable(r.error().message));
                return 1;
            }
            ++done[id][0];
            if (auto r = writer.assign(scope, id, QStringLiteral("%1 (%2)").arg(scope.officer).arg(round)); !r) {
                std::fprintf(stderr, "assign %lld: %s\n", static_cast<long long>(id), qUtf8Printable(r.error().message));
                return 1;
            }
            ++done[id][1];
            // The other process may have set this very category a moment ago: that refusal is
            // the one a user meets too ("already in that category"), anything else is an error.
            if (auto r = writer.categorize(scope, id, categories[round % 2]); r)
                ++done[id][2];
            else if (r.error().code != store::ActionError::Code::Invalid) {
                std::fprintf(stderr, "categorize %lld: %s\n", static_cast<long long>(id), qUtf8Printable(r.error().message));
                return 1;
            }
        }
    }
    for (const qint64 id : std::as_const(cases))
        std::printf("%lld %d %d %d\n", static_cast<long long>(id), done[id][0], done[id][1], done[id][2]);
    return 0;
}
