#include "casejson.h"
#include "commands.h"

#include "core/common/terminaltext.h"
#include "core/domain/officetime.h"

#include "core/domain/casetypes.h"
#include "core/domain/textfold.h"
#include "core/domain/unit.h"
#include "core/store/queuestore.h"
#include "core/store/unitstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::QueueCommand)
};

constexpr int kDefaultLimit = 50;

/// A citizen's text or name as one inert cell: escaped (a newline cannot start a forged row), then cut.
QString clipped(const QString &raw, int width)
{
    QString text = terminaltext::line(raw).simplified();
    if (text.size() > width)
        text = text.left(width - 1) + QChar(0x2026);
    return text;
}

/// "0:48", "-2:05" (overdue), "" (no deadline or answered).
QString deadlineText(const domain::CaseSummary &c, qint64 now)
{
    if (c.dueAt <= 0 || c.firstResponseAt > 0 || c.status == domain::CaseStatus::Closed)
        return {};
    const qint64 minutes = (c.dueAt - now) / 60000;
    const qint64 absolute = minutes < 0 ? -minutes : minutes;
    return QStringLiteral("%1%2:%3")
        .arg(minutes < 0 ? QStringLiteral("-") : QString())
        .arg(absolute / 60)
        .arg(absolute % 60, 2, 10, QLatin1Char('0'));
}

void printTable(CliContext &context, const QVector<domain::CaseSummary> &cases, qint64 total, qint64 now, const QTimeZone &zone)
{
    const QStringList headers {Tr::tr("Code"), Tr::tr("!"),      Tr::tr("Received"), Tr::tr("Left"),   Tr::tr("Category"),
                               Tr::tr("Unit"), Tr::tr("Status"), Tr::tr("Citizen"),  Tr::tr("Message")};
    QVector<QStringList> rows;
    for (const domain::CaseSummary &c : cases) {
        rows.push_back({
            c.code,
            c.urgent ? Tr::tr("URGENT") : QString(),
            QDateTime::fromMSecsSinceEpoch(c.openedAt, zone).toString(QStringLiteral("dd/MM HH:mm")),
            deadlineText(c, now),
            domain::categoryShortName(c.category),
            terminaltext::line(c.unitId),
            domain::caseStatusName(c.status),
            clipped(domain::citizenForDisplay(c.reporterProtected, c.citizenName), 24),
            clipped(c.preview, 60),
        });
    }
    QVector<int> widths;
    for (const QString &h : headers)
        widths.push_back(int(h.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                text += QStringLiteral("  ");
            text += i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i));
        }
        return text;
    };
    context.out(line(headers));
    for (const QStringList &row : rows)
        context.out(line(row));
    context.out(Tr::tr("%1 of %n case(s).", nullptr, int(total)).arg(cases.size()));
}

} // namespace

int runQueue(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli queue [--category C] [--level L] [--unit ID] [--status S|open|all] [--search TEXT] [--assignee NAME] "
               "[--reply-window-closing] [--awaiting-approval] [--limit N] [--json]\n"
               "The triage queue: urgent first, then earliest deadline; with --search, newest first."));
    const QCommandLineOption category(QStringLiteral("category"), Tr::tr("crime_report, security_report, petition, procedure_question or other."),
                                      QStringLiteral("C"));
    const QCommandLineOption level(QStringLiteral("level"), Tr::tr("Level of the case's current unit: province, department, district or commune."),
                                   QStringLiteral("L"));
    const QCommandLineOption unit(QStringLiteral("unit"), Tr::tr("This unit and every unit under it (the case's current unit)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Tr::tr("new, open, transferred, answered, closed (several separated by commas), \"open\" for every status "
                                           "but closed (default) or \"all\"."),
                                    QStringLiteral("S"));
    const QCommandLineOption search(QStringLiteral("search"), Tr::tr("Words of the messages, with or without diacritics."), QStringLiteral("TEXT"));
    const QCommandLineOption assignee(QStringLiteral("assignee"), Tr::tr("Cases assigned to this officer."), QStringLiteral("NAME"));
    const QCommandLineOption closing(QStringLiteral("reply-window-closing"), Tr::tr("Only cases whose citizen wrote last 24 hours to 7 days ago."));
    const QCommandLineOption awaiting(QStringLiteral("awaiting-approval"),
                                      Tr::tr("Only cases with an answer waiting for an editor's approval, by deadline."));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N cases (default %1).").arg(kDefaultLimit), QStringLiteral("N"));
    if (auto code = context.parse(parser, {category, level, unit, status, search, assignee, closing, awaiting, limit}))
        return *code;
    if (!context.positionals(parser, 1).isEmpty())
        return context.usageError(Tr::tr("queue takes no argument; filters are options (see --help)."));

    domain::QueueFilter filter;
    filter.now = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(category)) {
        filter.category = domain::categoryFromKey(parser.value(category));
        if (!filter.category)
            return context.usageError(
                Tr::tr("Unknown category \"%1\"; use one of: %2.").arg(parser.value(category), domain::categoryKeys().join(QStringLiteral(", "))));
    }
    if (parser.isSet(level)) {
        if (!domain::unitLevelFromKey(parser.value(level)))
            return context.usageError(Tr::tr("Unknown level \"%1\"; use province, department, district or commune.").arg(parser.value(level)));
        filter.level = parser.value(level);
    }
    if (parser.isSet(status)) {
        const QString value = parser.value(status).trimmed();
        if (value == QLatin1String("all")) {
            for (const domain::CaseStatus s : {domain::CaseStatus::New, domain::CaseStatus::Open, domain::CaseStatus::Transferred,
                                               domain::CaseStatus::Answered, domain::CaseStatus::Closed})
                filter.statuses.push_back(domain::caseStatusKey(s));
        } else if (value != QLatin1String("open")) {
            // "open" alone is every status but closed, as in the contract; in a list it is the status.
            for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!domain::caseStatusFromKey(key.trimmed()))
                    return context.usageError(
                        Tr::tr("Unknown status \"%1\"; use new, open, transferred, answered, closed, or all.").arg(key.trimmed()));
                filter.statuses.push_back(key.trimmed());
            }
            if (filter.statuses.isEmpty())
                return context.usageError(Tr::tr("--status needs a status."));
        }
    }
    int maxCases = kDefaultLimit;
    if (parser.isSet(limit)) {
        bool ok = false;
        maxCases = parser.value(limit).toInt(&ok);
        if (!ok || maxCases <= 0)
            return context.usageError(Tr::tr("--limit takes a positive whole number, not \"%1\".").arg(parser.value(limit)));
    }
    filter.assignee = parser.value(assignee);
    filter.replyWindowClosing = parser.isSet(closing);
    filter.awaitingApproval = parser.isSet(awaiting);
    filter.search = parser.value(search).trimmed(); // the store folds it as it folds the index

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    if (parser.isSet(unit)) {
        store::UnitStore units(**db);
        if (!units.find(parser.value(unit)))
            return context.usageError(Tr::tr("There is no unit with the id \"%1\" (see \"casedesk-cli units list\").").arg(parser.value(unit)));
        filter.unitIds = QStringList {parser.value(unit)};
    }

    auto signedIn = context.signInFor(domain::Permission::ReadCases);
    if (!signedIn)
        return signedIn.error();
    const domain::OfficerScope scope = *signedIn;
    store::QueueStore queue(**db);
    auto total = queue.total(filter, scope);
    if (!total)
        return context.fail(total.error().message);
    QVector<domain::CaseSummary> cases;
    domain::QueueCursor cursor;
    while (cases.size() < maxCases) {
        auto page = queue.page(filter, scope, cursor, std::min(maxCases - int(cases.size()), 500));
        if (!page)
            return context.fail(page.error().message);
        cases += page->cases;
        if (!page->next.valid)
            break;
        cursor = page->next;
    }

    if (context.json()) {
        QJsonArray array;
        for (const domain::CaseSummary &c : std::as_const(cases))
            array.append(caseJson(c, filter.now));
        context.outJson(QJsonDocument(QJsonObject {{QStringLiteral("total"), *total}, {QStringLiteral("cases"), array}}));
        return ExitOk;
    }
    printTable(context, cases, *total, filter.now, domain::officeTimeZone());
    return ExitOk;
}

} // namespace casedesk::cli
