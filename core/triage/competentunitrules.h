#pragma once

#include "core/common/expected.h"
#include "core/domain/unit.h"
#include "core/triage/category.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace casedesk::triage {

/// Suggests the competent unit for a message: phrase rules shipped in resources
/// (resources/triage/competent-units.json: phrases with weights → a department code) resolved
/// against the unit tree, plus what officers' forwards teach (token → unit counts).
class CompetentUnitRules final
{
public:
    static constexpr const char *ShippedPath = ":/casedesk/triage/competent-units.json";

    /// No rules.
    CompetentUnitRules();
    static Expected<CompetentUnitRules> shipped();

    /// Adds the rules of a file of the shipped shape; refused as a whole when malformed.
    Status merge(const QByteArray &json, const QString &sourceName);
    Status mergeFile(const QString &fileName);
    int ruleCount() const { return int(m_rules.size()); }

    /// The department code the rules give @p text ("PC06"), or an empty string. @p category,
    /// when given, leaves out the rules written for other categories.
    QString suggestCode(const QString &text, std::optional<Category> category = std::nullopt) const;

    /// The suggested unit id ("84-PC06"), or an empty string: the rules' code resolved to the open
    /// unit with that code under @p provinceId (default: the tree's province), or a unit that
    /// forwards of similar messages went to when they say more than the rules.
    /// @p code, when given, is the department the triage model is sure of; it stands in for the
    /// phrase rules' code.
    QString suggest(const QString &text, const QVector<domain::Unit> &units, const QString &provinceId = {},
                    std::optional<Category> category = std::nullopt, const QString &code = {}) const;

    /// Learns that an officer forwarded @p text to @p unitId.
    void learnForward(const QString &text, const QString &unitId);

    /// The open unit with department @p code under @p provinceId (the first province when empty).
    static QString resolveCode(const QString &code, const QVector<domain::Unit> &units, const QString &provinceId = {});

private:
    struct Phrase
    {
        QString lower;
        QString plain;
        double weight = 1.0;
    };
    struct Rule
    {
        QString code;
        QVector<Category> categories; // empty: every category
        QVector<Phrase> phrases;
    };
    QHash<QString, double> codeScores(const QString &text, std::optional<Category> category) const;

    QVector<Rule> m_rules;
    QHash<QString, QHash<QString, double>> m_forwards; // plain word → unit id → forwards
};

} // namespace casedesk::triage
