#include "deadlinepolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::domain::DeadlinePolicy)
};

struct Unit
{
    const char *key;
    DeadlineRule::Kind kind;
};

const Unit kUnits[] = {
    {"hours", DeadlineRule::Kind::Hours},
    {"calendar_days", DeadlineRule::Kind::CalendarDays},
    {"working_days", DeadlineRule::Kind::WorkingDays},
};

} // namespace

const DeadlinePolicy::Slot DeadlinePolicy::ruleSlots[7] = {
    {"crime_report_urgent", &DeadlinePolicy::urgentCrime},
    {"crime_report", &DeadlinePolicy::crime},
    {"security_report_urgent", &DeadlinePolicy::urgentSecurity},
    {"security_report", &DeadlinePolicy::security},
    {"petition", &DeadlinePolicy::petition},
    {"procedure_question", &DeadlinePolicy::procedureQuestion},
    {"other", &DeadlinePolicy::other},
};

Expected<DeadlinePolicy> DeadlinePolicy::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error {Tr::tr("%1: expected a JSON object of deadlines (%2).").arg(sourceName, error.errorString())};
    const QJsonObject root = doc.object();
    DeadlinePolicy policy;
    QStringList known {QStringLiteral("office_closes")};
    for (const Slot &slot : ruleSlots) {
        const QString key = QString::fromLatin1(slot.key);
        known << key;
        if (!root.contains(key))
            continue;
        const QJsonValue v = root.value(key);
        if (v.isNull()) {
            policy.*slot.rule = DeadlineRule::none();
            continue;
        }
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.size() != 1)
            return Error {
                Tr::tr("%1: \"%2\" takes one of {\"hours\": N}, {\"calendar_days\": N}, {\"working_days\": N} or null.").arg(sourceName, key)};
        bool found = false;
        for (const Unit &unit : kUnits) {
            const QJsonValue amount = o.value(QString::fromLatin1(unit.key));
            if (amount.isUndefined())
                continue;
            const int n = amount.toInt(-1);
            if (!amount.isDouble() || n <= 0 || n > 365 || double(n) != amount.toDouble())
                return Error {Tr::tr("%1: \"%2\" needs a whole number from 1 to 365, not %3.")
                                  .arg(sourceName, key,
                                       QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("v"), amount}}).toJson(QJsonDocument::Compact)))};
            policy.*slot.rule = DeadlineRule {unit.kind, n};
            found = true;
        }
        if (!found)
            return Error {
                Tr::tr("%1: \"%2\" takes one of {\"hours\": N}, {\"calendar_days\": N}, {\"working_days\": N} or null.").arg(sourceName, key)};
    }
    if (root.contains(QStringLiteral("office_closes"))) {
        const QTime t = QTime::fromString(root.value(QStringLiteral("office_closes")).toString(), QStringLiteral("HH:mm"));
        if (!t.isValid())
            return Error {Tr::tr("%1: \"office_closes\" takes a time of day as \"HH:MM\".").arg(sourceName)};
        policy.officeCloses = t;
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return Error {Tr::tr("%1: unknown key \"%2\"; the keys are %3.").arg(sourceName, it.key(), known.join(QStringLiteral(", ")))};
    }
    return policy;
}

QByteArray DeadlinePolicy::toJson() const
{
    QJsonObject root;
    for (const Slot &slot : ruleSlots) {
        const DeadlineRule rule = this->*slot.rule;
        if (rule.kind == DeadlineRule::Kind::None) {
            root.insert(QString::fromLatin1(slot.key), QJsonValue::Null);
            continue;
        }
        for (const Unit &unit : kUnits) {
            if (unit.kind == rule.kind)
                root.insert(QString::fromLatin1(slot.key), QJsonObject {{QString::fromLatin1(unit.key), rule.amount}});
        }
    }
    root.insert(QStringLiteral("office_closes"), officeCloses.toString(QStringLiteral("HH:mm")));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace casedesk::domain
