#include "features.h"

#include "core/domain/textfold.h"

#include <algorithm>
#include <cmath>

namespace casedesk::triage {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ull;
constexpr quint64 FnvPrime = 1099511628211ull;

// How much each family counts once it is of unit length: words carry the topic, bigrams and
// trigrams the phrases ("bi trom", "chua mat tien", "dang danh nhau"), character n-grams the
// misspelt and run-together words.
constexpr float WordFamily = 1.0f;
constexpr float BigramFamily = 1.0f;
constexpr float TrigramFamily = 1.0f;
constexpr float CharFamily = 1.0f;
constexpr float ExtraFamily = 1.0f;

inline quint64 mix(quint64 h, char16_t u)
{
    h ^= quint8(u & 0xff);
    h *= FnvPrime;
    h ^= quint8(u >> 8);
    h *= FnvPrime;
    return h;
}

quint64 hashOf(char tag, const QChar *data, qsizetype size)
{
    quint64 h = (FnvOffset ^ quint8(tag)) * FnvPrime;
    for (qsizetype i = 0; i < size; ++i)
        h = mix(h, data[i].unicode());
    return h;
}

/// Sub-linear weights of one family's hashes, scaled to length @p family, appended to @p out.
void addFamily(std::vector<quint64> &hashes, float family, quint32 mask, std::vector<std::pair<quint32, float>> &out)
{
    if (hashes.empty())
        return;
    std::sort(hashes.begin(), hashes.end());
    const size_t first = out.size();
    double norm = 0;
    for (size_t i = 0; i < hashes.size();) {
        size_t j = i;
        while (j < hashes.size() && hashes[j] == hashes[i])
            ++j;
        const float w = 1.0f + std::log(float(j - i));
        // The top bits of a 64-bit FNV hash spread better than its low ones.
        out.emplace_back(quint32((hashes[i] ^ (hashes[i] >> 32)) & mask), w);
        norm += double(w) * w;
        i = j;
    }
    const float scale = family / float(std::sqrt(norm));
    for (size_t i = first; i < out.size(); ++i)
        out[i].second *= scale;
}

} // namespace

SparseVector TextFeatures::extract(const QString &text, int hashBits, const QStringList &extraTokens, int longestPhrase)
{
    const quint32 mask = (quint32(1) << hashBits) - 1;
    const QStringList words = domain::TextFold::plainWords(text);
    SparseVector result;
    if (words.isEmpty())
        return result;

    std::vector<std::pair<quint32, float>> features;
    std::vector<quint64> hashes;
    hashes.reserve(size_t(words.size()));
    for (const QString &w : words)
        hashes.push_back(hashOf('u', w.constData(), w.size()));
    addFamily(hashes, WordFamily, mask, features);

    hashes.clear();
    for (int i = 0; i + 1 < words.size(); ++i) {
        quint64 h = hashOf('b', words.at(i).constData(), words.at(i).size());
        h = mix(h, u' ');
        const QString &next = words.at(i + 1);
        for (QChar c : next)
            h = mix(h, c.unicode());
        hashes.push_back(h);
    }
    addFamily(hashes, BigramFamily, mask, features);

    if (longestPhrase >= 3) {
        hashes.clear();
        for (int i = 0; i + 2 < words.size(); ++i) {
            quint64 h = hashOf('t', words.at(i).constData(), words.at(i).size());
            for (int k = 1; k <= 2; ++k) {
                h = mix(h, u' ');
                for (QChar c : words.at(i + k))
                    h = mix(h, c.unicode());
            }
            hashes.push_back(h);
        }
        addFamily(hashes, TrigramFamily, mask, features);
    }

    // Character n-grams run over the words joined by single spaces, with a space at each end,
    // so that "trom" inside "bitrom" and at a word's start are both seen.
    const QString line = QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
    hashes.clear();
    hashes.reserve(size_t(line.size()) * 4);
    for (qsizetype s = 0; s + 2 <= line.size(); ++s) {
        quint64 h = (FnvOffset ^ quint8('c')) * FnvPrime;
        h = mix(h, line.at(s).unicode());
        for (qsizetype n = 2; n <= 5 && s + n <= line.size(); ++n) {
            h = mix(h, line.at(s + n - 1).unicode());
            hashes.push_back(h);
        }
    }
    addFamily(hashes, CharFamily, mask, features);

    if (!extraTokens.isEmpty()) {
        hashes.clear();
        for (const QString &t : extraTokens)
            hashes.push_back(hashOf('x', t.constData(), t.size()));
        addFamily(hashes, ExtraFamily, mask, features);
    }

    // Families may meet in one bucket: add them up, then scale the whole to unit length.
    std::sort(features.begin(), features.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    double norm = 0;
    for (size_t i = 0; i < features.size();) {
        size_t j = i;
        float sum = 0;
        while (j < features.size() && features[j].first == features[i].first)
            sum += features[j++].second;
        result.index.push_back(features[i].first);
        result.value.push_back(sum);
        norm += double(sum) * sum;
        i = j;
    }
    const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
    for (float &v : result.value)
        v *= scale;
    return result;
}

} // namespace casedesk::triage
