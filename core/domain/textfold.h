#pragma once

#include <QString>
#include <QStringList>

namespace casedesk::domain {

/// A message folded for matching: both forms are lower-case, with citizens' shorthand
/// expanded ("ko" → "không", "cccd" → "căn cước công dân") and every run of punctuation,
/// symbols or spaces turned into one space.
struct FoldedText
{
    QString lower; ///< NFC, with diacritics ("cho em hỏi làm căn cước công dân")
    QString plain; ///< without diacritics, đ → d ("cho em hoi lam can cuoc cong dan")
    bool hasDiacritics = false; ///< the input carried Vietnamese marks or đ (so "dao" is not "dao" of "lừa đảo")
};

/// Vietnamese-aware text folding shared by the classifier, the triage rules and full-text
/// search, so that composed and decomposed Unicode, upper and lower case, text typed with or
/// without diacritics and common shorthand all meet in one form.
class TextFold final
{
public:
    /// Folds @p text into both forms in one pass (no regular expressions: ingest folds every message).
    static FoldedText fold(const QString &text);

    /// NFC normalisation (a no-op copy for text that is already NFC).
    static QString nfc(const QString &text);
    /// Lower-case without diacritics, đ → d; keeps punctuation and spacing; no shorthand expansion.
    static QString stripDiacritics(const QString &text);
    /// True when @p text holds a Vietnamese diacritic or đ/Đ, composed or decomposed.
    static bool hasDiacritics(const QString &text);
    /// The words of fold(text).plain.
    static QStringList plainWords(const QString &text);
};

/// The form stored in the FTS index (messages_fts.folded): NFC, lower-case, no diacritics,
/// đ → d, shorthand expanded, punctuation as spaces. FTS5's unicode61 tokenizer does not fold
/// đ, so the store must index and query this form, not the raw text.
QString foldForIndex(const QString &text);
/// A search box's text folded exactly like foldForIndex(), so both sides meet.
QString foldQuery(const QString &text);

} // namespace casedesk::domain
