#pragma once

#include "core/common/expected.h"
#include "core/simulator/simrandom.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace casedesk::simulator {

/// The simulator's invented Vietnamese: citizen messages of every category with their
/// variants (greetings, no diacritics, teen shorthand, decomposed Unicode), OA answers, names.
/// Read from resources/simulator/phrases.json.
class PhraseBank final
{
public:
    static Expected<PhraseBank> fromJson(const QByteArray &json);
    /// The bank shipped in the program's resources.
    static Expected<PhraseBank> shipped();

    QString category(SimRandom &random) const;
    /// A first message of @p category, styled at random.
    QString firstMessage(const QString &category, SimRandom &random) const;
    QString followUp(const QString &category, SimRandom &random) const;
    QString answer(SimRandom &random) const;
    QString photoCaption(SimRandom &random) const;
    QString personName(SimRandom &random) const;
    QString displayName(SimRandom &random) const;
    QString hamlet(SimRandom &random) const;
    QString district(SimRandom &random) const;

    static QString withoutDiacritics(const QString &text);

private:
    struct Category
    {
        QString key;
        int weight = 0;
        QStringList messages;
        QStringList followUps;
    };

    QString fill(const QString &pattern, SimRandom &random, int depth = 0) const;
    QString styled(QString text, SimRandom &random) const;
    QString teen(const QString &text) const;
    const Category *find(const QString &key) const;

    QVector<Category> m_categories;
    int m_totalWeight = 0;
    QHash<QString, QStringList> m_slots;
    QStringList m_greetings;
    QStringList m_extras;
    QStringList m_closings;
    QHash<QString, QString> m_teen;
    QStringList m_answers;
    QStringList m_captions;
    QStringList m_family;
    QStringList m_middleMale;
    QStringList m_middleFemale;
    QStringList m_givenMale;
    QStringList m_givenFemale;
    QStringList m_nicknames;
    QStringList m_districts;
};

} // namespace casedesk::simulator
