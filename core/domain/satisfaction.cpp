#include "satisfaction.h"

#include "core/domain/textfold.h"

#include <QRegularExpression>
#include <QStringList>

namespace casedesk::domain {

QString satisfactionQuestion()
{
    return QStringLiteral("Anh/chị có hài lòng với trả lời của chúng tôi không? Xin trả lời bằng một số từ 1 đến 5 "
                          "(1: không hài lòng, 5: rất hài lòng). Cảm ơn anh/chị.");
}

std::optional<int> satisfactionRating(const QString &text)
{
    // Folded as the search index folds (no diacritics, đ → d, "ko" → "khong", punctuation as
    // spaces); polite words around the rating carry nothing.
    QString folded = foldForIndex(text).simplified();
    if (folded.isEmpty() || folded.size() > 60)
        return std::nullopt;
    static const QStringList polite = {
        QStringLiteral("a"),   QStringLiteral("da"),    QStringLiteral("vang"),   QStringLiteral("nhe"),  QStringLiteral("nha"),
        QStringLiteral("ak"),  QStringLiteral("em"),    QStringLiteral("toi"),    QStringLiteral("minh"), QStringLiteral("cam"),
        QStringLiteral("on"),  QStringLiteral("nhieu"), QStringLiteral("cac"),    QStringLiteral("anh"),  QStringLiteral("chi"),
        QStringLiteral("cho"), QStringLiteral("xin"),   QStringLiteral("thanks"), QStringLiteral("ok"),   QStringLiteral("diem"),
        QStringLiteral("sao"), QStringLiteral("muc"),   QStringLiteral("chon"),   QStringLiteral("danh"), QStringLiteral("gia"),
        QStringLiteral("la"),
    };
    QStringList words;
    for (const QString &w : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!polite.contains(w))
            words << w;
    }
    // "5/5" folds to "5 5".
    if (words.size() == 2 && words.at(1) == QLatin1String("5"))
        words.removeLast();
    const QString rest = words.join(QLatin1Char(' '));
    static const QRegularExpression digit(QStringLiteral("^[1-5]$"));
    if (digit.match(rest).hasMatch())
        return rest.toInt();
    static const QList<std::pair<QString, int>> phrases = {
        {QStringLiteral("rat hai long"), 5},   {QStringLiteral("hai long"), 4},           {QStringLiteral("binh thuong"), 3},
        {QStringLiteral("tam duoc"), 3},       {QStringLiteral("chua hai long"), 2},      {QStringLiteral("khong hai long lam"), 2},
        {QStringLiteral("khong hai long"), 1}, {QStringLiteral("rat khong hai long"), 1},
    };
    for (const auto &[phrase, rating] : phrases) {
        if (rest == phrase)
            return rating;
    }
    return std::nullopt;
}

bool asksSatisfaction(const CaseSummary &c, bool unitAsks, bool alreadyAsked, qint64 nowMs)
{
    return unitAsks && !alreadyAsked && c.category != Category::CrimeReport && !c.reporterProtected && c.firstResponseAt > 0
        && replyWindowAt(c.lastCitizenAt, nowMs).state == ReplyWindowState::Free;
}

} // namespace casedesk::domain
