#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace casedesk::triage {

/// A message as a linear model sees it: a sparse vector of hashed feature indices with their
/// values, indices ascending and distinct.
struct SparseVector
{
    std::vector<quint32> index;
    std::vector<float> value;
    bool isEmpty() const { return index.empty(); }
};

/// Turns a message into features for the linear triage model (issue 15): word unigrams,
/// bigrams and trigrams and character 2–5-grams of the folded text (TextFold: NFC, lower case, no
/// diacritics, đ → d, shorthand expanded), each family weighted sub-linearly (1 + ln tf) and
/// scaled to unit length, hashed into 2^bits buckets, the whole vector of unit length. Folding
/// first makes "cccd", "căn cước" and "can cuoc" one feature, however the citizen typed them.
class TextFeatures final
{
public:
    static constexpr int DefaultHashBits = 20;

    /// The features of @p text; @p extraTokens are added as whole-word features (for example
    /// the category when the department is predicted); word phrases up to @p longestPhrase words
    /// (2 or 3). Empty for a message without words.
    static SparseVector extract(const QString &text, int hashBits = DefaultHashBits, const QStringList &extraTokens = {}, int longestPhrase = 3);
};

} // namespace casedesk::triage
