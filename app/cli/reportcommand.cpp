#include "commands.h"

#include "core/common/terminaltext.h"

#include "core/report/dailyreportbuilder.h"
#include "core/report/periodreportbuilder.h"
#include "core/report/reportwriters.h"
#include "ui/periodreportdocument.h"
#include "ui/reportdocument.h"

#include <QApplication>
#include <QDate>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::ReportCommand)
};

Status writeFile(const QString &fileName, const QByteArray &data)
{
    if (fileName == QLatin1String("-")) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error {Tr::tr("%1 cannot be written: %2").arg(fileName, file.errorString())};
    return {};
}

} // namespace

bool needsGuiApplication(const QStringList &arguments)
{
    // `report … --format pdf` draws the document (Qt Gui, Qt Charts); nothing else needs Qt Gui.
    if (!arguments.contains(QStringLiteral("report")))
        return false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("--format") || a == QLatin1String("-format")) && i + 1 < arguments.size()
            && arguments.at(i + 1) == QLatin1String("pdf"))
            return true;
        if (a == QLatin1String("--format=pdf"))
            return true;
    }
    return false;
}

// The unit a report covers for the signed-in officer: a supervisor's covers their unit's subtree,
// their unit unless they name one in it. Empty optional = refused (the exit code is in @p code).
std::optional<QString> reportUnit(CliContext &context, const QString &requested, int &code)
{
    auto signedIn = context.signInFor(domain::Permission::PrintReports);
    if (!signedIn) {
        code = signedIn.error();
        return std::nullopt;
    }
    QString unitId = requested;
    if (!signedIn->everyUnit) {
        if (unitId.isEmpty()) {
            unitId = signedIn->unitId;
        } else if (!signedIn->allows(unitId)) {
            code = context.fail(Tr::tr("Unit %1 is outside your unit's subtree: %2 may print the summary of %3 and the units below it.")
                                    .arg(unitId, signedIn->officer, signedIn->unitId));
            return std::nullopt;
        }
    }
    return unitId;
}

// `report period`: the A4 document (PDF), its HTML page, JSON and CSV.
int runPeriodReport(CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &fromOption, const QCommandLineOption &toOption,
                    const QCommandLineOption &unitOption, const QCommandLineOption &formatOption, const QCommandLineOption &outOption,
                    const report::PeriodReportBuilder::Options &options)
{
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return context.usageError(Tr::tr("report period needs --from YYYY-MM-DD and --to YYYY-MM-DD (its first and last day)."));
    const QDate from = QDate::fromString(parser.value(fromOption), QStringLiteral("yyyy-MM-dd"));
    if (!from.isValid())
        return context.usageError(Tr::tr("--from takes a day as YYYY-MM-DD, not \"%1\".").arg(parser.value(fromOption)));
    const QDate to = QDate::fromString(parser.value(toOption), QStringLiteral("yyyy-MM-dd"));
    if (!to.isValid())
        return context.usageError(Tr::tr("--to takes a day as YYYY-MM-DD, not \"%1\".").arg(parser.value(toOption)));
    if (const QString wrong = report::PeriodReportBuilder::checkDates(from, to); !wrong.isEmpty())
        return context.usageError(wrong);
    const QString format = parser.value(formatOption);
    const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("csv")};
    if (!formats.contains(format))
        return context.usageError(format.isEmpty() ? Tr::tr("report period needs --format pdf, html, json or csv.")
                                                   : Tr::tr("--format takes pdf, html, json or csv, not \"%1\".").arg(format));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return context.usageError(Tr::tr("report period needs --out FILE (- for standard output)."));
    if (format == QLatin1String("pdf") && out == QLatin1String("-"))
        return context.usageError(Tr::tr("A PDF needs a file: --out FILE.pdf."));

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    int refused = ExitFailure;
    const std::optional<QString> unitId = reportUnit(context, parser.value(unitOption), refused);
    if (!unitId)
        return refused;
    const SystemClock clock;
    report::PeriodReportBuilder builder(**db, clock, options);
    auto built = builder.build(from, to, *unitId);
    if (!built)
        return context.fail(built.error().message);
    const report::PeriodReport &r = *built;

    if (format == QLatin1String("pdf")) {
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return context.fail(Tr::tr("The PDF cannot be drawn: the program was started without its drawing support."));
        if (auto written = ui::PeriodReportDocument(r).writePdf(out); !written)
            return context.fail(written.error().message);
    } else {
        QByteArray data;
        if (format == QLatin1String("json"))
            data = QJsonDocument(report::periodReportToJson(r)).toJson(QJsonDocument::Indented);
        else if (format == QLatin1String("csv"))
            data = report::periodReportToCsv(r);
        else
            data = report::periodReportToHtml(r).toUtf8();
        if (auto written = writeFile(out, data); !written)
            return context.fail(written.error().message);
    }
    if (out == QLatin1String("-"))
        return ExitOk;
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("unit"), r.unit.id},
            {QStringLiteral("format"), format},
            {QStringLiteral("out"), out},
            {QStringLiteral("received"), r.current.totals.received},
        }));
    } else {
        context.out(Tr::tr("Period report of %1 for %2 to %3 (%n day(s)) written to %4.", nullptr, r.current.days())
                        .arg(terminaltext::line(r.unit.name), from.toString(Qt::ISODate), to.toString(Qt::ISODate), out));
    }
    return ExitOk;
}

int runReport(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli report daily --date YYYY-MM-DD [--unit ID] --format pdf|html|json|csv --out FILE\n"
               "casedesk-cli report period --from YYYY-MM-DD --to YYYY-MM-DD [--unit ID] --format pdf|html|json|csv --out FILE\n"
               "The daily summary of a unit and every unit under it (default: the province), for the office's local day;\n"
               "the period report: the same figures over the days from --from to --to (at most 366), beside the\n"
               "period of as many days before, and the units ranked by first answers within deadline.\n"
               "--out - writes html, json and csv to standard output."));
    const QCommandLineOption dateOption(QStringLiteral("date"), Tr::tr("The day (YYYY-MM-DD), in the office's time zone."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption fromOption(QStringLiteral("from"), Tr::tr("The period's first day (YYYY-MM-DD)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), Tr::tr("The period's last day (YYYY-MM-DD), included."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), Tr::tr("The unit (id), with every unit under it; default: the province."),
                                        QStringLiteral("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("pdf, html, json or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"), Tr::tr("The office's time zone (default Asia/Ho_Chi_Minh)."),
                                        QStringLiteral("ZONE"));
    if (auto code = context.parse(parser, {dateOption, fromOption, toOption, unitOption, formatOption, outOption, zoneOption}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("report: say which report: \"daily\" or \"period\"."));
    const QString kind = args.constFirst();
    if (kind != QLatin1String("daily") && kind != QLatin1String("period"))
        return context.usageError(Tr::tr("report: unknown report \"%1\"; there are \"daily\" and \"period\".").arg(kind));
    if (args.size() > 1)
        return context.usageError(Tr::tr("report %1 takes no argument besides its options (\"%2\").").arg(kind, args.at(1)));

    report::DailyReportBuilder::Options options;
    if (parser.isSet(zoneOption)) {
        const QTimeZone zone(parser.value(zoneOption).toUtf8());
        if (!zone.isValid())
            return context.usageError(Tr::tr("--time-zone: \"%1\" is not a known time zone (e.g. Asia/Ho_Chi_Minh).").arg(parser.value(zoneOption)));
        options.timeZone = zone;
    }
    if (kind == QLatin1String("period")) {
        if (parser.isSet(dateOption))
            return context.usageError(Tr::tr("report period takes --from and --to, not --date."));
        return runPeriodReport(context, parser, fromOption, toOption, unitOption, formatOption, outOption, options);
    }
    if (parser.isSet(fromOption) || parser.isSet(toOption))
        return context.usageError(Tr::tr("report daily takes --date, not --from or --to (report period covers several days)."));

    if (!parser.isSet(dateOption))
        return context.usageError(Tr::tr("report daily needs --date YYYY-MM-DD."));
    const QDate date = QDate::fromString(parser.value(dateOption), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return context.usageError(Tr::tr("--date takes a day as YYYY-MM-DD, not \"%1\".").arg(parser.value(dateOption)));
    const QString format = parser.value(formatOption);
    const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("csv")};
    if (!formats.contains(format))
        return context.usageError(format.isEmpty() ? Tr::tr("report daily needs --format pdf, html, json or csv.")
                                                   : Tr::tr("--format takes pdf, html, json or csv, not \"%1\".").arg(format));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return context.usageError(Tr::tr("report daily needs --out FILE."));
    if (format == QLatin1String("pdf") && out == QLatin1String("-"))
        return context.usageError(Tr::tr("A PDF needs a file: --out FILE.pdf."));

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    int refused = ExitFailure;
    const std::optional<QString> unitId = reportUnit(context, parser.value(unitOption), refused);
    if (!unitId)
        return refused;
    const SystemClock clock;
    report::DailyReportBuilder builder(**db, clock, options);
    auto built = builder.build(date, *unitId);
    if (!built)
        return context.fail(built.error().message);
    const report::DailyReport &r = *built;

    if (format == QLatin1String("pdf")) {
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return context.fail(Tr::tr("The PDF cannot be drawn: the program was started without its drawing support."));
        if (auto written = ui::ReportDocument(r).writePdf(out); !written)
            return context.fail(written.error().message);
    } else {
        QByteArray data;
        if (format == QLatin1String("json"))
            data = QJsonDocument(report::dailyReportToJson(r)).toJson(QJsonDocument::Indented);
        else if (format == QLatin1String("csv"))
            data = report::dailyReportToCsv(r);
        else
            data = report::dailyReportToHtml(r).toUtf8();
        if (auto written = writeFile(out, data); !written)
            return context.fail(written.error().message);
    }

    if (out == QLatin1String("-"))
        return ExitOk;
    if (context.json()) {
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
            {QStringLiteral("unit"), r.unit.id},
            {QStringLiteral("format"), format},
            {QStringLiteral("out"), out},
            {QStringLiteral("cases"), int(r.cases.size())},
        }));
    } else {
        context.out(Tr::tr("Daily summary of %1 for %2 written to %3.").arg(r.date.toString(Qt::ISODate), terminaltext::line(r.unit.name), out));
    }
    return ExitOk;
}

} // namespace casedesk::cli
