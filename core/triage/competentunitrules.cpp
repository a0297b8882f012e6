#include "competentunitrules.h"

#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace casedesk::triage {

using domain::FoldedText;
using domain::foldForIndex;
using domain::foldQuery;
using domain::TextFold;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::triage::CompetentUnitRules)
};

// A word that forwards went to one unit at least this often counts as evidence for it …
constexpr double MinForwardsPerWord = 2.0;
// … and forwards win over the rules when this share of the message's words point to one unit
// (they fill in for the rules whenever the rules say nothing).
constexpr double ForwardShare = 0.6;

QString padded(const QString &s)
{
    return QLatin1Char(' ') + s + QLatin1Char(' ');
}

} // namespace

CompetentUnitRules::CompetentUnitRules() = default;

Expected<CompetentUnitRules> CompetentUnitRules::shipped()
{
    CompetentUnitRules rules;
    if (auto s = rules.mergeFile(QString::fromLatin1(ShippedPath)); !s)
        return s.error();
    return rules;
}

Status CompetentUnitRules::mergeFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("Cannot read the competent-unit rules %1: %2").arg(fileName, file.errorString())};
    return merge(file.readAll(), fileName);
}

Status CompetentUnitRules::merge(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {Tr::tr("%1 is not valid JSON at byte %2: %3").arg(sourceName).arg(parseError.offset).arg(parseError.errorString())};
    const QJsonValue list = doc.object().value(QStringLiteral("rules"));
    if (!list.isArray())
        return Error {Tr::tr("%1: expected an object with a \"rules\" list.").arg(sourceName)};
    QVector<Rule> rules;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        Rule rule;
        rule.code = o.value(QStringLiteral("code")).toString().trimmed();
        if (rule.code.isEmpty())
            return Error {Tr::tr("%1: rule %2 has no department \"code\".").arg(sourceName).arg(index)};
        for (const QJsonValue &c : o.value(QStringLiteral("categories")).toArray()) {
            const auto category = categoryFromKey(c.toString());
            if (!category)
                return Error {Tr::tr("%1: rule %2 names an unknown category \"%3\".").arg(sourceName).arg(index).arg(c.toString())};
            rule.categories.push_back(*category);
        }
        const QJsonObject phrases = o.value(QStringLiteral("phrases")).toObject();
        for (auto it = phrases.begin(); it != phrases.end(); ++it) {
            const FoldedText folded = TextFold::fold(it.key());
            const double weight = it.value().toDouble(0.0);
            if (folded.plain.isEmpty() || weight <= 0)
                return Error {Tr::tr("%1: rule %2 has a phrase without words or a weight that is not positive: \"%3\".")
                                  .arg(sourceName)
                                  .arg(index)
                                  .arg(it.key())};
            rule.phrases.push_back(Phrase {padded(folded.lower), padded(folded.plain), weight});
        }
        if (rule.phrases.isEmpty())
            return Error {Tr::tr("%1: rule %2 has no phrases.").arg(sourceName).arg(index)};
        rules.push_back(rule);
    }
    m_rules += rules;
    return {};
}

QHash<QString, double> CompetentUnitRules::codeScores(const QString &text, std::optional<Category> category) const
{
    QHash<QString, double> scores;
    const FoldedText folded = TextFold::fold(text);
    // Text typed with diacritics is matched in its accented form, where "lừa đảo" holds no "dao".
    const QString haystack = padded(folded.hasDiacritics ? folded.lower : folded.plain);
    for (const Rule &rule : m_rules) {
        if (category && !rule.categories.isEmpty() && !rule.categories.contains(*category))
            continue;
        double score = 0;
        for (const Phrase &p : rule.phrases) {
            if (haystack.contains(folded.hasDiacritics ? p.lower : p.plain))
                score += p.weight;
        }
        if (score > 0)
            scores[rule.code] += score;
    }
    return scores;
}

QString CompetentUnitRules::suggestCode(const QString &text, std::optional<Category> category) const
{
    if (category == Category::Other)
        return {};
    const QHash<QString, double> scores = codeScores(text, category);
    QString best;
    double bestScore = 0;
    // Deterministic: the higher score, then the earlier rule.
    for (const Rule &rule : m_rules) {
        const double s = scores.value(rule.code);
        if (s > bestScore) {
            best = rule.code;
            bestScore = s;
        }
    }
    return best;
}

QString CompetentUnitRules::resolveCode(const QString &code, const QVector<domain::Unit> &units, const QString &provinceId)
{
    if (code.isEmpty())
        return {};
    QString province = provinceId;
    if (province.isEmpty()) {
        for (const domain::Unit &u : units) {
            if (u.level == domain::UnitLevel::Province && !u.isClosed()) {
                province = u.id;
                break;
            }
        }
    }
    QHash<QString, QString> parents;
    for (const domain::Unit &u : units)
        parents.insert(u.id, u.parentId);
    for (const domain::Unit &u : units) {
        if (u.isClosed() || u.code.compare(code, Qt::CaseInsensitive) != 0)
            continue;
        QString at = u.id;
        for (int depth = 0; !at.isEmpty() && depth < 32; ++depth) {
            if (at == province)
                return u.id;
            at = parents.value(at);
        }
    }
    return {};
}

QString CompetentUnitRules::suggest(const QString &text, const QVector<domain::Unit> &units, const QString &provinceId,
                                    std::optional<Category> category, const QString &code) const
{
    if (category == Category::Other)
        return {};
    const QString byRule = resolveCode(code.isEmpty() ? suggestCode(text, category) : code, units, provinceId);

    if (!m_forwards.isEmpty()) {
        QSet<QString> openUnits;
        for (const domain::Unit &u : units) {
            if (!u.isClosed())
                openUnits.insert(u.id);
        }
        QHash<QString, double> evidence;
        const QStringList words = TextFold::plainWords(text);
        for (const QString &w : QSet<QString>(words.cbegin(), words.cend())) {
            const auto it = m_forwards.constFind(w);
            if (it == m_forwards.constEnd())
                continue;
            double total = 0;
            for (double n : *it)
                total += n;
            for (auto u = it->cbegin(); u != it->cend(); ++u) {
                if (u.value() >= MinForwardsPerWord && openUnits.contains(u.key()))
                    evidence[u.key()] += u.value() / total;
            }
        }
        QString bestUnit;
        double best = 0;
        for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < bestUnit)) {
                best = it.value();
                bestUnit = it.key();
            }
        }
        const double share = words.isEmpty() ? 0.0 : best / double(QSet<QString>(words.cbegin(), words.cend()).size());
        if (!bestUnit.isEmpty() && (byRule.isEmpty() || share >= ForwardShare))
            return bestUnit;
    }
    return byRule;
}

void CompetentUnitRules::learnForward(const QString &text, const QString &unitId)
{
    if (unitId.isEmpty())
        return;
    const QStringList words = TextFold::plainWords(text);
    for (const QString &w : QSet<QString>(words.cbegin(), words.cend())) {
        if (w.size() >= 2)
            m_forwards[w][unitId] += 1.0;
    }
}

} // namespace casedesk::triage
