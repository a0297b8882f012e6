#include "commands.h"

#include "core/common/datafolder.h"
#include "core/domain/unittreefile.h"
#include "core/sync/synccontext.h"
#include "core/triage/triageengine.h"

#include <QFile>
#include <QJsonObject>

#include <cmath>
#include <iostream>
#include <string>

namespace casedesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::cli::ClassifyCommand)
};

/// What classify decides with: the data folder's triage (its unit tree, officers' corrections and
/// forwards, its additions) when it has a database, else the shipped model and unit tree.
Expected<std::shared_ptr<triage::TriageEngine>> loadEngine(CliContext &context)
{
    const DataFolder folder(context.dataDir());
    if (folder.usesServer() || QFile::exists(folder.localDatabaseFile())) {
        auto db = context.database();
        if (!db)
            return db.error();
        return sync::loadTriageEngine(**db, context.dataDir());
    }
    auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    if (!units)
        return units.error();
    return triage::TriageEngine::create(*units);
}

} // namespace

int runClassify(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("casedesk-cli classify [--json]\nReads one message a line on standard input and writes one line per message, in order: "
               "its category, confidence, urgency and the suggested competent unit."));
    if (auto code = context.parse(parser, {}))
        return *code;
    if (!context.positionals(parser, 1).isEmpty())
        return context.usageError(Tr::tr("classify takes no argument: it reads messages from standard input, one a line."));

    auto engine = loadEngine(context);
    if (!engine)
        return context.fail(engine.error().message);
    if (!(*engine)->isTrained())
        return context.fail(Tr::tr("The triage model is missing from this build; reinstall CaseDesk."));

    int nameWidth = 0;
    for (triage::Category c : triage::allCategories())
        nameWidth = std::max(nameWidth, int(triage::categoryName(c).size()));

    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        // Invalid UTF-8 becomes U+FFFD: the message is still classified by what can be read.
        const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
        const triage::Classification c = (*engine)->classify(text);
        const QString unit = (*engine)->suggestUnit(text, c.category);
        const double confidence = std::round(c.confidence * 100.0) / 100.0;
        if (context.json()) {
            context.outJson(QJsonDocument(QJsonObject {
                {QStringLiteral("category"), triage::categoryKey(c.category)},
                {QStringLiteral("confidence"), confidence},
                {QStringLiteral("urgent"), c.urgent},
                {QStringLiteral("check_category"), c.checkCategory},
                {QStringLiteral("competent_unit"), unit.isEmpty() ? QJsonValue() : QJsonValue(unit)},
            }));
        } else {
            context.out(QStringLiteral("%1  %2  %3  %4")
                            .arg(triage::categoryName(c.category), -nameWidth)
                            .arg(confidence, 4, 'f', 2)
                            .arg(c.urgent ? Tr::tr("urgent") : Tr::tr("-"), -8)
                            .arg(unit.isEmpty() ? Tr::tr("-") : unit));
        }
    }
    return ExitOk;
}

} // namespace casedesk::cli
