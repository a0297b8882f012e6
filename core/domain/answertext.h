#pragma once

#include <QString>

namespace casedesk::domain {

/// Zalo accepts at most this many characters in one answer, counted after NFC normalisation.
inline constexpr int kMaxAnswerLength = 2000;

/// An answer as it is stored and sent: NFC-normalised (composed and decomposed Vietnamese meet).
inline QString normalizedAnswer(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

/// The length Zalo's limit applies to: characters (code points) after NFC normalisation.
inline int answerLength(const QString &text)
{
    const QString nfc = normalizedAnswer(text);
    int count = 0;
    for (int i = 0; i < nfc.size(); ++i) {
        if (nfc.at(i).isHighSurrogate() && i + 1 < nfc.size() && nfc.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace casedesk::domain
