#include <catch2/catch.hpp>

#include "core/domain/category.h"
#include "core/domain/textfold.h"
#include "core/domain/unittreefile.h"
#include "core/triage/seedset.h"
#include "tests/triage/heldoutsets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringList>

#include <string>
#include <vector>

// The held-out sets (tests/triage/heldoutsets.h) are kept what they are: unchanged (their SHA-256),
// well formed, large enough, and apart from the training rows (no equal text, no shared run of
// eight words once folded).

using namespace casedesk;
using casedesk::triage::HeldOutSet;
using casedesk::triage::kHeldOutSets;

namespace {

constexpr int kNearDuplicateWords = 8;

struct HeldOutRow
{
    int line = 0; ///< 1-based line in the file
    QStringList fields;
};

QByteArray heldOutBytes(const HeldOutSet &set)
{
    QFile f(QStringLiteral(CASEDESK_TEST_DATA "/") + QString::fromLatin1(set.file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// The rows after the comments and the header, each with its line number.
std::vector<HeldOutRow> heldOutRows(const QByteArray &bytes, QString *header)
{
    std::vector<HeldOutRow> rows;
    const QList<QByteArray> lines = bytes.split('\n');
    bool headerSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            *header = line;
            continue;
        }
        rows.push_back({i + 1, line.split(QLatin1Char('\t'))});
    }
    return rows;
}

QString folded(const QString &text)
{
    return domain::TextFold::fold(text).plain.trimmed();
}

/// Every run of kNearDuplicateWords consecutive folded words of @p text.
QStringList wordRuns(const QString &text)
{
    const QStringList words = domain::TextFold::plainWords(text);
    QStringList runs;
    for (int i = 0; i + kNearDuplicateWords <= words.size(); ++i)
        runs.append(words.mid(i, kNearDuplicateWords).join(QLatin1Char(' ')));
    return runs;
}

std::string lineList(const std::vector<int> &lines)
{
    std::string s;
    for (int line : lines)
        s += (s.empty() ? "" : ", ") + std::to_string(line);
    return s;
}

/// Checks one held-out file's rows: four fields, a known category and department, no repeated
/// text, at least 400 rows with 80 crime and 60 security reports, every category present.
void checkWellFormed(const QByteArray &bytes)
{
    QString header;
    const std::vector<HeldOutRow> rows = heldOutRows(bytes, &header);
    CHECK(header == QStringLiteral("text\tcategory\tcompetent\tgroup"));

    auto tree = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    REQUIRE(tree);
    QSet<QString> departments;
    for (const domain::Unit &unit : *tree) {
        if (unit.level == domain::UnitLevel::Department)
            departments.insert(unit.id);
    }
    REQUIRE_FALSE(departments.isEmpty());

    int perCategory[5] = {};
    QSet<QString> texts;
    std::vector<int> bad, duplicates;
    for (const HeldOutRow &row : rows) {
        if (row.fields.size() != 4) {
            bad.push_back(row.line);
            continue;
        }
        const QString &text = row.fields.at(0);
        const auto category = domain::categoryFromKey(row.fields.at(1));
        const QString &competent = row.fields.at(2);
        const bool competentKnown = competent == QLatin1String("-") || departments.contains(competent);
        if (text.trimmed().isEmpty() || !category || !competentKnown || row.fields.at(3).trimmed().isEmpty()) {
            bad.push_back(row.line);
            continue;
        }
        ++perCategory[int(*category)];
        if (texts.contains(text))
            duplicates.push_back(row.line);
        texts.insert(text);
    }
    INFO("malformed lines: " << lineList(bad));
    CHECK(bad.empty());
    INFO("lines repeating an earlier text: " << lineList(duplicates));
    CHECK(duplicates.empty());

    CHECK(rows.size() >= 400);
    CHECK(perCategory[int(domain::Category::CrimeReport)] >= 80);
    CHECK(perCategory[int(domain::Category::SecurityReport)] >= 60);
    for (int count : perCategory)
        CHECK(count > 0);
}

} // namespace

TEST_CASE("The held-out sets are the ones recorded: their SHA-256 has not changed", "[triage][heldout]")
{
    for (const HeldOutSet &set : kHeldOutSets) {
        const QByteArray sum = QCryptographicHash::hash(heldOutBytes(set), QCryptographicHash::Sha256).toHex();
        INFO("tests/data/" << set.file << " hashes to " << sum.toStdString() << "; a held-out set is never edited to fit a model");
        CHECK(sum.toStdString() == std::string(set.sha256));
    }
}

TEST_CASE("Each held-out set is well formed, labelled in known categories and departments, and large enough", "[triage][heldout]")
{
    for (const HeldOutSet &set : kHeldOutSets) {
        INFO("tests/data/" << set.file);
        checkWellFormed(heldOutBytes(set));
    }
}

TEST_CASE("The held-out sets are apart from the training data and from each other: no equal text and no shared run of eight words",
          "[triage][heldout]")
{
    auto seed = triage::SeedSet::shipped();
    REQUIRE(seed);
    auto sample = triage::SeedSet::read(QStringLiteral(CASEDESK_TEST_DATA "/sample-messages.tsv"));
    REQUIRE(sample);

    QSet<QString> earlierTexts;
    QSet<QString> earlierRuns;
    for (const auto *set : {&*seed, &*sample}) {
        for (const triage::LabelledText &labelled : *set) {
            earlierTexts.insert(folded(labelled.text));
            for (const QString &run : wordRuns(labelled.text))
                earlierRuns.insert(run);
        }
    }
    REQUIRE(earlierTexts.size() > 100);
    // Each set against the training rows and the sets before it.
    for (const HeldOutSet &set : kHeldOutSets) {
        QString header;
        const std::vector<HeldOutRow> rows = heldOutRows(heldOutBytes(set), &header);
        REQUIRE(rows.size() >= 400);
        // Only the held-out line numbers are printed: whoever rewrites a held-out message does it
        // without reading the training row it met.
        std::vector<int> equal, near;
        for (const HeldOutRow &row : rows) {
            const QString &text = row.fields.at(0);
            if (earlierTexts.contains(folded(text))) {
                equal.push_back(row.line);
                continue;
            }
            const QStringList runs = wordRuns(text);
            for (const QString &run : runs) {
                if (earlierRuns.contains(run)) {
                    near.push_back(row.line);
                    break;
                }
            }
        }
        INFO("tests/data/" << set.file << " lines equal to an earlier row once folded: " << lineList(equal));
        CHECK(equal.empty());
        INFO("tests/data/" << set.file << " lines sharing " << kNearDuplicateWords
                           << " consecutive folded words with an earlier row: " << lineList(near));
        CHECK(near.empty());
        for (const HeldOutRow &row : rows) {
            earlierTexts.insert(folded(row.fields.at(0)));
            for (const QString &run : wordRuns(row.fields.at(0)))
                earlierRuns.insert(run);
        }
    }
}

TEST_CASE("The corpus written for training is well formed and apart from the held-out sets", "[triage][heldout][corpus]")
{
    // resources/triage/corpus/*.tsv: text, category, competent, group, like the held-out set.
    QSet<QString> units;
    auto tree = domain::UnitTreeFile::read(QStringLiteral(CASEDESK_RESOURCES "/units-travinh.json"));
    REQUIRE(tree);
    for (const domain::Unit &u : *tree)
        units.insert(u.id);

    QString header;
    QSet<QString> heldOutTexts, heldOutRuns;
    for (const HeldOutSet &set : kHeldOutSets) {
        for (const HeldOutRow &row : heldOutRows(heldOutBytes(set), &header)) {
            heldOutTexts.insert(folded(row.fields.at(0)));
            for (const QString &run : wordRuns(row.fields.at(0)))
                heldOutRuns.insert(run);
        }
    }
    REQUIRE(heldOutTexts.size() >= 800);

    const QDir dir(QStringLiteral(CASEDESK_RESOURCES "/triage/corpus"));
    const QStringList parts = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(parts.isEmpty());
    int total = 0;
    QSet<QString> seen;
    for (const QString &part : parts) {
        QFile f(dir.filePath(part));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QString partHeader;
        std::vector<int> malformed, duplicate, equal, near;
        for (const HeldOutRow &row : heldOutRows(f.readAll(), &partHeader)) {
            const QStringList &c = row.fields;
            if (c.size() != 4 || !domain::categoryFromKey(c.at(1)) || (c.at(2) != QLatin1String("-") && !units.contains(c.at(2)))
                || c.at(3).trimmed().isEmpty()) {
                malformed.push_back(row.line);
                continue;
            }
            ++total;
            const QString key = folded(c.at(0));
            if (seen.contains(key))
                duplicate.push_back(row.line);
            seen.insert(key);
            // Only the corpus' line numbers are printed: the held-out set is not to be read to
            // write the corpus.
            if (heldOutTexts.contains(key)) {
                equal.push_back(row.line);
                continue;
            }
            for (const QString &run : wordRuns(c.at(0))) {
                if (heldOutRuns.contains(run)) {
                    near.push_back(row.line);
                    break;
                }
            }
        }
        INFO(part.toStdString() << ": header " << partHeader.toStdString());
        CHECK(partHeader == QStringLiteral("text\tcategory\tcompetent\tgroup"));
        INFO(part.toStdString() << " malformed lines: " << lineList(malformed));
        CHECK(malformed.empty());
        INFO(part.toStdString() << " lines repeating an earlier text once folded: " << lineList(duplicate));
        CHECK(duplicate.empty());
        INFO(part.toStdString() << " lines equal to a held-out message once folded: " << lineList(equal));
        CHECK(equal.empty());
        INFO(part.toStdString() << " lines sharing " << kNearDuplicateWords
                                << " consecutive folded words with a held-out message: " << lineList(near));
        CHECK(near.empty());
    }
    CHECK(total >= 1000);
}
