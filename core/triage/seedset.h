#pragma once

#include "core/common/expected.h"
#include "core/triage/category.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace casedesk::triage {

/// One message with the category an officer gave it and, where clear, its competent
/// department's code (empty where the receiving unit handles it).
struct LabelledText
{
    QString text;
    Category category = Category::Other;
    QString departmentCode;
    QString group; ///< the corpus' template or group id; empty where a file has none
    QString source; ///< the file it was read from: one writer, or one round of writing
};

/// The labelled seed set shipped in resources (text<TAB>category<TAB>code-or-dash, '#' comments,
/// a header row) and its fixed held-out part: a message is held out by a hash of its text, so
/// the split never depends on the order of the file and a held-out message is never trained on.
class SeedSet final
{
public:
    static constexpr const char *ShippedPath = ":/casedesk/triage/seed-messages.tsv";

    static Expected<QVector<LabelledText>> parse(const QByteArray &tsv, const QString &sourceName);
    static Expected<QVector<LabelledText>> read(const QString &fileName);
    /// The whole shipped set.
    static Expected<QVector<LabelledText>> shipped();
    /// The hand-written corpus shipped beside it (resources/triage/corpus, issue 15): trained on
    /// whole, it has no held-out part (the held-out sets are tests/data/triage-heldout*.tsv).
    static constexpr const char *CorpusPaths[]
        = {":/casedesk/triage/corpus/part-a.tsv", ":/casedesk/triage/corpus/part-b.tsv", ":/casedesk/triage/corpus/part-c.tsv",
           ":/casedesk/triage/corpus/part-d.tsv", ":/casedesk/triage/corpus/part-e.tsv", ":/casedesk/triage/corpus/part-f.tsv",
           ":/casedesk/triage/corpus/part-g.tsv", ":/casedesk/triage/corpus/part-h.tsv", ":/casedesk/triage/corpus/part-i.tsv",
           ":/casedesk/triage/corpus/part-j.tsv", ":/casedesk/triage/corpus/part-l.tsv", ":/casedesk/triage/corpus/part-m.tsv",
           ":/casedesk/triage/corpus/part-n.tsv", ":/casedesk/triage/corpus/part-o.tsv", ":/casedesk/triage/corpus/part-p.tsv",
           ":/casedesk/triage/corpus/part-q.tsv", ":/casedesk/triage/corpus/part-r.tsv", ":/casedesk/triage/corpus/part-s.tsv",
           ":/casedesk/triage/corpus/part-t.tsv", ":/casedesk/triage/corpus/part-u.tsv", ":/casedesk/triage/corpus/part-v.tsv",
           ":/casedesk/triage/corpus/part-w.tsv", ":/casedesk/triage/corpus/part-x.tsv", ":/casedesk/triage/corpus/part-y.tsv",
           ":/casedesk/triage/corpus/part-z.tsv"};
    static Expected<QVector<LabelledText>> corpus();

    /// True for the fixed ~20% of texts kept out of training.
    static bool isHeldOut(const QString &text);
    static QVector<LabelledText> trainingPart(const QVector<LabelledText> &all);
    static QVector<LabelledText> heldOutPart(const QVector<LabelledText> &all);
};

} // namespace casedesk::triage
