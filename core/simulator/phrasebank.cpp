#include "phrasebank.h"

#include <algorithm>

#include <QCoreApplication>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::simulator {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::simulator::PhraseBank)
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

} // namespace

Expected<PhraseBank> PhraseBank::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error {Tr::tr("The simulator's phrase bank is not valid JSON: %1.").arg(parseError.errorString())};
    const QJsonObject root = doc.object();
    PhraseBank bank;
    const QJsonObject weights = root.value(QStringLiteral("category_weights")).toObject();
    const QJsonObject categories = root.value(QStringLiteral("categories")).toObject();
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        Category c;
        c.key = it.key();
        c.weight = it.value().toInt();
        const QJsonObject texts = categories.value(c.key).toObject();
        c.messages = strings(texts.value(QStringLiteral("messages")));
        c.followUps = strings(texts.value(QStringLiteral("followups")));
        if (c.weight <= 0 || c.messages.isEmpty() || c.followUps.isEmpty())
            return Error {Tr::tr("The simulator's phrase bank has no messages for category \"%1\".").arg(c.key)};
        bank.m_totalWeight += c.weight;
        bank.m_categories.append(c);
    }
    const QJsonObject slots = root.value(QStringLiteral("slots")).toObject();
    for (auto it = slots.begin(); it != slots.end(); ++it)
        bank.m_slots.insert(it.key(), strings(it.value()));
    bank.m_greetings = strings(root.value(QStringLiteral("greetings")));
    bank.m_extras = strings(root.value(QStringLiteral("extras")));
    bank.m_closings = strings(root.value(QStringLiteral("closings")));
    const QJsonObject teen = root.value(QStringLiteral("teen")).toObject();
    for (auto it = teen.begin(); it != teen.end(); ++it)
        bank.m_teen.insert(it.key(), it.value().toString());
    bank.m_answers = strings(root.value(QStringLiteral("answers")));
    bank.m_captions = strings(root.value(QStringLiteral("photo_captions")));
    const QJsonObject names = root.value(QStringLiteral("names")).toObject();
    bank.m_family = strings(names.value(QStringLiteral("family")));
    bank.m_middleMale = strings(names.value(QStringLiteral("middle_male")));
    bank.m_middleFemale = strings(names.value(QStringLiteral("middle_female")));
    bank.m_givenMale = strings(names.value(QStringLiteral("given_male")));
    bank.m_givenFemale = strings(names.value(QStringLiteral("given_female")));
    bank.m_nicknames = strings(names.value(QStringLiteral("nicknames")));
    bank.m_districts = strings(root.value(QStringLiteral("districts")));
    const QList<const QStringList *> required
        = {&bank.m_greetings,  &bank.m_extras,       &bank.m_closings,  &bank.m_answers,     &bank.m_captions,  &bank.m_family,
           &bank.m_middleMale, &bank.m_middleFemale, &bank.m_givenMale, &bank.m_givenFemale, &bank.m_nicknames, &bank.m_districts};
    if (bank.m_categories.isEmpty() || std::any_of(required.begin(), required.end(), [](const QStringList *l) { return l->isEmpty(); })
        || bank.m_slots.value(QStringLiteral("hamlet")).isEmpty())
        return Error {Tr::tr("The simulator's phrase bank is incomplete.")};
    return bank;
}

Expected<PhraseBank> PhraseBank::shipped()
{
    QFile file(QStringLiteral(":/casedesk/simulator/phrases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("The simulator's phrase bank is missing from the program's resources.")};
    return fromJson(file.readAll());
}

const PhraseBank::Category *PhraseBank::find(const QString &key) const
{
    for (const Category &c : m_categories) {
        if (c.key == key)
            return &c;
    }
    return &m_categories.constFirst();
}

QString PhraseBank::category(SimRandom &random) const
{
    int roll = random.below(m_totalWeight);
    for (const Category &c : m_categories) {
        if (roll < c.weight)
            return c.key;
        roll -= c.weight;
    }
    return m_categories.constLast().key;
}

QString PhraseBank::fill(const QString &pattern, SimRandom &random, int depth) const
{
    if (!pattern.contains(QLatin1Char('{')))
        return pattern;
    QString out;
    out.reserve(pattern.size() + 32);
    int i = 0;
    while (i < pattern.size()) {
        const int open = pattern.indexOf(QLatin1Char('{'), i);
        const int close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += QStringView(pattern).mid(i);
            break;
        }
        out += QStringView(pattern).mid(i, open - i);
        const QString name = pattern.mid(open + 1, close - open - 1);
        const auto slot = m_slots.constFind(name);
        if (slot == m_slots.constEnd() || slot->isEmpty() || depth > 3)
            out += QStringView(pattern).mid(open, close - open + 1);
        else
            out += fill(random.pick(*slot), random, depth + 1);
        i = close + 1;
    }
    return out;
}

QString PhraseBank::withoutDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && u <= 0x036F)
            continue;
        if (u == 0x0111)
            out += QLatin1Char('d');
        else if (u == 0x0110)
            out += QLatin1Char('D');
        else
            out += c;
    }
    return out;
}

QString PhraseBank::teen(const QString &text) const
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &w : words) {
        const auto it = m_teen.constFind(w.toLower());
        if (it != m_teen.constEnd())
            w = *it;
    }
    QString joined = words.join(QLatin1Char(' '));
    if (!joined.isEmpty())
        joined[0] = joined.at(0).toLower();
    return joined;
}

QString PhraseBank::styled(QString text, SimRandom &random) const
{
    if (random.chance(0.12))
        text = teen(text);
    if (random.chance(0.15))
        text = withoutDiacritics(text);
    // Some phones and web forms send decomposed Unicode; the client must not care.
    if (random.chance(0.10))
        text = text.normalized(QString::NormalizationForm_D);
    return text;
}

QString PhraseBank::firstMessage(const QString &category, SimRandom &random) const
{
    const Category *c = find(category);
    QString text = fill(random.pick(c->messages), random);
    const double shape = random.unit();
    if (shape < 0.01) {
        // A very long message: a citizen pasting a whole account of events.
        QString longText = fill(random.pick(m_greetings), random) + QLatin1Char(' ') + text + QLatin1Char('.');
        while (longText.size() < 1200)
            longText += QLatin1Char(' ') + fill(random.pick(m_extras), random) + QLatin1Char(' ') + fill(random.pick(c->followUps), random)
                + QLatin1Char('.');
        text = longText;
    } else if (shape < 0.10) {
        text = fill(random.pick(m_greetings), random) + QLatin1Char(' ') + text + QLatin1Char(' ') + fill(random.pick(m_extras), random)
            + QLatin1Char(' ') + fill(random.pick(m_extras), random) + QLatin1Char(' ') + random.pick(m_closings);
    } else {
        if (random.chance(0.25))
            text = fill(random.pick(m_greetings), random) + QLatin1Char(' ') + text;
        if (random.chance(0.2))
            text += QLatin1Char(' ') + fill(random.pick(m_extras), random);
        if (random.chance(0.3))
            text += QLatin1Char(' ') + random.pick(m_closings);
    }
    return styled(text, random);
}

QString PhraseBank::followUp(const QString &category, SimRandom &random) const
{
    return styled(fill(random.pick(find(category)->followUps), random), random);
}

QString PhraseBank::answer(SimRandom &random) const
{
    return random.pick(m_answers);
}

QString PhraseBank::photoCaption(SimRandom &random) const
{
    return random.pick(m_captions);
}

QString PhraseBank::personName(SimRandom &random) const
{
    const bool female = random.chance(0.5);
    return random.pick(m_family) + QLatin1Char(' ') + random.pick(female ? m_middleFemale : m_middleMale) + QLatin1Char(' ')
        + random.pick(female ? m_givenFemale : m_givenMale);
}

QString PhraseBank::displayName(SimRandom &random) const
{
    if (random.chance(0.22))
        return random.pick(m_nicknames);
    return personName(random);
}

QString PhraseBank::hamlet(SimRandom &random) const
{
    return random.pick(m_slots.value(QStringLiteral("hamlet")));
}

QString PhraseBank::district(SimRandom &random) const
{
    return random.pick(m_districts);
}

} // namespace casedesk::simulator
