#include "commands.h"

#include "core/common/datafolder.h"
#include "core/domain/unittreefile.h"
#include "core/store/feedbackstore.h"
#include "core/store/unitstore.h"
#include "core/triage/classifier.h"
#include "core/triage/competentunitrules.h"

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

/// The unit tree suggestions resolve against: the data folder's when it has a database,
/// else the shipped one. The classifier also learns the data folder's category corrections.
struct Knowledge
{
    QVector<domain::Unit> units;
    int corrections = 0;
};

Expected<Knowledge> loadKnowledge(CliContext &context, triage::Classifier &classifier)
{
    Knowledge k;
    const DataFolder folder(context.dataDir());
    if (folder.usesServer() || QFile::exists(folder.localDatabaseFile())) {
        auto db = context.database();
        if (!db)
            return db.error();
        auto rows = store::FeedbackStore(**db).all();
        if (!rows)
            return rows.error();
        for (const store::FeedbackRow &row : *rows) {
            if (const auto category = triage::categoryFromKey(row.category)) {
                classifier.learn(row.text, *category);
                ++k.corrections;
            }
        }
        auto units = store::UnitStore(**db).list();
        if (!units)
            return units.error();
        k.units = *units;
        return k;
    }
    auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    if (!units)
        return units.error();
    k.units = *units;
    return k;
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

    triage::Classifier classifier;
    if (!classifier.isTrained())
        return context.fail(Tr::tr("The classifier's seed set is missing from this build; reinstall CaseDesk."));
    auto rules = triage::CompetentUnitRules::shipped();
    if (!rules)
        return context.fail(rules.error().message);
    auto knowledge = loadKnowledge(context, classifier);
    if (!knowledge)
        return context.fail(knowledge.error().message);

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
        const triage::Classification c = classifier.classify(text);
        const QString unit = rules->suggest(text, knowledge->units, QString(), c.category);
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
