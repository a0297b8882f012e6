#include "commands.h"
#include "stopsignals.h"

#include "core/domain/unittreefile.h"
#include "core/simulator/zalosimulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::SimulatorCommand)
};

} // namespace

int runSimulator(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli simulator [--port P] [--seed S] [--units FILE] [--rate MSGS_PER_MINUTE] [--history N] [--no-rate-limit] "
               "[--fault KIND[:N]] [--json]\nPlays Zalo (the OA Open API and OAuth) on 127.0.0.1 for demos, training and tests, "
               "until stopped with Ctrl+C."));
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port on 127.0.0.1 (0, the default, picks a free one)."), QStringLiteral("P"),
                                  QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the generated citizens and messages (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption units(QStringLiteral("units"), Tr::tr("Unit tree file; every open unit gets an OA (default: the shipped tree)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption rate(QStringLiteral("rate"), Tr::tr("New citizen messages per minute over all OAs (default 0: none)."),
                                  QStringLiteral("MSGS_PER_MINUTE"), QStringLiteral("0"));
    const QCommandLineOption history(QStringLiteral("history"), Tr::tr("Messages of history per OA (default 40)."), QStringLiteral("N"),
                                     QStringLiteral("40"));
    const QCommandLineOption historyDays(QStringLiteral("history-days"), Tr::tr("Days the history spans (default 30)."), QStringLiteral("DAYS"),
                                         QStringLiteral("30"));
    const QCommandLineOption apps(QStringLiteral("apps"), Tr::tr("Number of Zalo apps the OAs are spread over (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption noRateLimit(QStringLiteral("no-rate-limit"), Tr::tr("Do not refuse requests over 4,000 a minute per app."));
    const QCommandLineOption idsAsNumbers(QStringLiteral("ids-as-numbers"), Tr::tr("Send ids as JSON numbers instead of strings."));
    const QCommandLineOption billingFunded(QStringLiteral("billing-funded"),
                                           Tr::tr("The province has a funded Zalo Cloud Account: accept answers 48 hours to 7 days late."));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   Tr::tr("Play a fault on the next N requests (default 1; \"always\"); repeatable. KIND: %1.")
                                       .arg(simulator::faultKindKeys().join(QStringLiteral(", "))),
                                   QStringLiteral("KIND[:N]"));
    if (auto code = context.parse(parser, {port, seed, units, rate, history, historyDays, apps, noRateLimit, idsAsNumbers, billingFunded, fault}))
        return *code;
    if (!context.positionals(parser, 1).isEmpty())
        return context.usageError(Tr::tr("simulator takes no argument."));

    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return context.usageError(Tr::tr("--port must be a number from 0 to 65535."));
    simulator::SimulatorConfig config;
    config.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usageError(Tr::tr("--seed must be a whole number."));
    config.newMessagesPerMinute = parser.value(rate).toDouble(&ok);
    if (!ok || config.newMessagesPerMinute < 0 || config.newMessagesPerMinute > 60000)
        return context.usageError(Tr::tr("--rate must be a number of messages per minute from 0 to 60000."));
    config.historyMessagesPerAccount = parser.value(history).toInt(&ok);
    if (!ok || config.historyMessagesPerAccount < 0 || config.historyMessagesPerAccount > 100000)
        return context.usageError(Tr::tr("--history must be a number of messages from 0 to 100000."));
    config.historyDays = parser.value(historyDays).toInt(&ok);
    if (!ok || config.historyDays < 1 || config.historyDays > 3650)
        return context.usageError(Tr::tr("--history-days must be a number of days from 1 to 3650."));
    config.appCount = parser.value(apps).toInt(&ok);
    if (!ok || config.appCount < 1 || config.appCount > 10000)
        return context.usageError(Tr::tr("--apps must be a number from 1 to 10000."));
    config.rateLimit = !parser.isSet(noRateLimit);
    config.idsAsNumbers = parser.isSet(idsAsNumbers);
    config.billingFunded = parser.isSet(billingFunded);
    QVector<simulator::FaultPlan> faults;
    for (const QString &spec : parser.values(fault)) {
        auto plan = simulator::ZaloSimulator::parseFault(spec);
        if (!plan)
            return context.usageError(plan.error().message);
        faults.append(*plan);
    }

    const QString unitFile = parser.isSet(units) ? parser.value(units) : QStringLiteral(":/casedesk/units-travinh.json");
    auto tree = domain::UnitTreeFile::read(unitFile);
    if (!tree)
        return context.fail(Tr::tr("%1 was refused: %2").arg(unitFile, tree.error().message));
    for (const domain::Unit &u : *tree) {
        if (!u.isClosed())
            config.units.append(simulator::SimUnit {u.id, u.name, u.area});
    }

    // Catch the stop signals before printing: a script may send one as soon as it has read us.
    QEventLoop loop;
    const StopSignals stopSignals([&loop] { loop.quit(); });
    simulator::ZaloSimulator sim(config);
    for (const simulator::FaultPlan &plan : faults)
        sim.injectFaults(plan);
    auto listening = sim.listen(quint16(portValue));
    if (!listening)
        return context.fail(listening.error().message);

    const QVector<simulator::SimulatedAccount> accounts = sim.accounts();
    const QString base = sim.baseUrl().toString();
    if (context.json()) {
        QJsonArray list;
        for (const simulator::SimulatedAccount &a : accounts) {
            list.append(QJsonObject {
                {QStringLiteral("unit"), a.unitId},
                {QStringLiteral("unit_name"), a.unitName},
                {QStringLiteral("oa_id"), a.oaId},
                {QStringLiteral("app_id"), a.appId},
                {QStringLiteral("secret_key"), a.secretKey},
                {QStringLiteral("refresh_token"), a.refreshToken},
            });
        }
        context.outJson(QJsonDocument(QJsonObject {
            {QStringLiteral("port"), int(*listening)},
            {QStringLiteral("openapi_base"), base},
            {QStringLiteral("oauth_base"), base},
            {QStringLiteral("accounts"), list},
        }));
    } else {
        context.out(Tr::tr("Port: %1").arg(*listening));
        context.out(Tr::tr("Zalo simulator at %1 (use it as both --openapi-base and --oauth-base); %2 OAs.").arg(base).arg(accounts.size()));
        context.out(QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(Tr::tr("Unit"), -10)
                        .arg(Tr::tr("OA id"), -19)
                        .arg(Tr::tr("App id"), -19)
                        .arg(Tr::tr("Secret key"), -20)
                        .arg(Tr::tr("Refresh token")));
        for (const simulator::SimulatedAccount &a : accounts)
            context.out(
                QStringLiteral("%1  %2  %3  %4  %5").arg(a.unitId, -10).arg(a.oaId, -19).arg(a.appId, -19).arg(a.secretKey, -20).arg(a.refreshToken));
        context.out(Tr::tr("Serving until Ctrl+C (SIGINT) or SIGTERM."));
    }

    loop.exec();
    return ExitOk;
}

} // namespace casedesk::cli
