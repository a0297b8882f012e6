#include "commands.h"

#include "core/common/terminaltext.h"

#include "core/report/dailyreportbuilder.h"
#include "core/report/reportwriters.h"
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

int runReport(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli report daily --date YYYY-MM-DD [--unit ID] --format pdf|html|json|csv --out FILE\n"
               "The daily summary of a unit and every unit under it (default: the province), for the office's local day.\n"
               "--out - writes html, json and csv to standard output."));
    const QCommandLineOption dateOption(QStringLiteral("date"), Tr::tr("The day (YYYY-MM-DD), in the office's time zone."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), Tr::tr("The unit (id), with every unit under it; default: the province."),
                                        QStringLiteral("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("pdf, html, json or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"), Tr::tr("The office's time zone (default Asia/Ho_Chi_Minh)."),
                                        QStringLiteral("ZONE"));
    if (auto code = context.parse(parser, {dateOption, unitOption, formatOption, outOption, zoneOption}))
        return *code;
    const QStringList args = context.positionals(parser, 1);
    if (args.isEmpty())
        return context.usageError(Tr::tr("report: say which report: \"daily\"."));
    if (args.constFirst() != QLatin1String("daily"))
        return context.usageError(Tr::tr("report: unknown report \"%1\"; there is \"daily\".").arg(args.constFirst()));
    if (args.size() > 1)
        return context.usageError(Tr::tr("report daily takes no argument besides its options (\"%1\").").arg(args.at(1)));

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

    report::DailyReportBuilder::Options options;
    if (parser.isSet(zoneOption)) {
        const QTimeZone zone(parser.value(zoneOption).toUtf8());
        if (!zone.isValid())
            return context.usageError(Tr::tr("--time-zone: \"%1\" is not a known time zone (e.g. Asia/Ho_Chi_Minh).").arg(parser.value(zoneOption)));
        options.timeZone = zone;
    }

    auto db = context.database();
    if (!db)
        return context.fail(db.error().message);
    auto signedIn = context.signInFor(domain::Permission::PrintReports);
    if (!signedIn)
        return signedIn.error();
    // A supervisor's summary covers their unit's subtree: their unit unless they name one in it.
    QString unitId = parser.value(unitOption);
    if (!signedIn->everyUnit) {
        if (unitId.isEmpty())
            unitId = signedIn->unitId;
        else if (!signedIn->allows(unitId))
            return context.fail(Tr::tr("Unit %1 is outside your unit's subtree: %2 may print the summary of %3 and the units below it.")
                                    .arg(unitId, signedIn->officer, signedIn->unitId));
    }
    const SystemClock clock;
    report::DailyReportBuilder builder(**db, clock, options);
    auto built = builder.build(date, unitId);
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
