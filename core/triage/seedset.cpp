#include "seedset.h"

#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QFile>

namespace casedesk::triage {

using domain::FoldedText;
using domain::foldForIndex;
using domain::foldQuery;
using domain::TextFold;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::triage::SeedSet)
};

} // namespace

Expected<QVector<LabelledText>> SeedSet::parse(const QByteArray &tsv, const QString &sourceName)
{
    QVector<LabelledText> samples;
    const QList<QByteArray> lines = tsv.split('\n');
    bool headerSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> columns = line.split('\t');
        if (!headerSeen && columns.value(0) == "text" && columns.value(1) == "category") {
            headerSeen = true;
            continue;
        }
        if (columns.size() != 3 && columns.size() != 4)
            return Error {Tr::tr("%1, line %2: expected 3 or 4 tab-separated columns (text, category, competent[, group]), found %3.")
                              .arg(sourceName)
                              .arg(i + 1)
                              .arg(columns.size())};
        const QString key = QString::fromUtf8(columns.at(1)).trimmed();
        const auto category = categoryFromKey(key);
        if (!category)
            return Error {Tr::tr("%1, line %2: unknown category \"%3\".").arg(sourceName).arg(i + 1).arg(key)};
        // A department as the rules name it: "PC02" also where a file names the unit ("84-PC02").
        QString code = QString::fromUtf8(columns.at(2)).trimmed().section(QLatin1Char('-'), -1);
        const QString group = columns.size() == 4 ? QString::fromUtf8(columns.at(3)).trimmed() : QString();
        samples.push_back(LabelledText {QString::fromUtf8(columns.at(0)), *category, code, group, sourceName});
    }
    return samples;
}

Expected<QVector<LabelledText>> SeedSet::read(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("Cannot read %1: %2").arg(fileName, file.errorString())};
    return parse(file.readAll(), fileName);
}

Expected<QVector<LabelledText>> SeedSet::shipped()
{
    return read(QString::fromLatin1(ShippedPath));
}

Expected<QVector<LabelledText>> SeedSet::corpus()
{
    QVector<LabelledText> all;
    for (const char *part : CorpusPaths) {
        auto rows = read(QString::fromLatin1(part));
        if (!rows)
            return rows.error();
        all += *rows;
    }
    return all;
}

bool SeedSet::isHeldOut(const QString &text)
{
    // FNV-1a over the NFC UTF-8 bytes: stable across platforms, runs and Qt versions
    // (qHash is seeded per process and may change).
    const QByteArray bytes = TextFold::nfc(text).toUtf8();
    quint32 hash = 2166136261u;
    for (char b : bytes) {
        hash ^= quint8(b);
        hash *= 16777619u;
    }
    return hash % 5 == 0;
}

QVector<LabelledText> SeedSet::trainingPart(const QVector<LabelledText> &all)
{
    QVector<LabelledText> part;
    for (const LabelledText &s : all) {
        if (!isHeldOut(s.text))
            part.push_back(s);
    }
    return part;
}

QVector<LabelledText> SeedSet::heldOutPart(const QVector<LabelledText> &all)
{
    QVector<LabelledText> part;
    for (const LabelledText &s : all) {
        if (isHeldOut(s.text))
            part.push_back(s);
    }
    return part;
}

} // namespace casedesk::triage
