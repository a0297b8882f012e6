#include "textfold.h"

#include <QHash>

#include <array>

namespace casedesk::domain {

namespace {

// Characters below this bound are folded through a table; Vietnamese lives in Latin-1,
// Latin Extended-A/B and Latin Extended Additional (U+1E00–U+1EFF).
constexpr char16_t TableEnd = 0x1F00;
constexpr char16_t Drop = 0xFFFF;

struct PlainTable
{
    std::array<char16_t, TableEnd> plain {};
    std::array<bool, TableEnd> marked {};
};

const PlainTable &plainTable()
{
    static const PlainTable table = [] {
        PlainTable t;
        for (char16_t u = 0; u < TableEnd; ++u) {
            const QChar c(u);
            if (c.category() == QChar::Mark_NonSpacing) {
                t.plain[u] = Drop;
                t.marked[u] = true;
                continue;
            }
            char16_t out = c.toLower().unicode();
            if (u >= 0x80) {
                const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
                const QChar base = decomposed.at(0);
                if (decomposed.size() > 1 && base.unicode() < 0x80 && base.isLetter()) {
                    out = base.toLower().unicode();
                    t.marked[u] = true;
                }
            }
            t.plain[u] = out;
        }
        for (char16_t d : {char16_t(0x0110), char16_t(0x0111)}) { // Đ đ: no decomposition in Unicode
            t.plain[d] = u'd';
            t.marked[d] = true;
        }
        return t;
    }();
    return table;
}

/// When a shorthand token is expanded.
enum class When {
    Always,
    NotLast, ///< not before a full stop or at the end: "a" is "anh" mid-sentence, "ạ" typed plainly at the end
};

struct Expansion
{
    QString lower;
    QString plain;
    When when = When::Always;
};

// Keys are the token as typed (lower-case, with its diacritics): "đc" and "dc" both mean "được",
// but "ạ" is never "anh" and "ê" is never "em".
const QHash<QString, Expansion> &shorthand()
{
    static const QHash<QString, Expansion> table = [] {
        QHash<QString, Expansion> t;
        auto add = [&t](std::initializer_list<const char *> keys, const char *full, When when = When::Always) {
            const QString lower = QString::fromUtf8(full);
            const QString plain = TextFold::stripDiacritics(lower);
            for (const char *k : keys)
                t.insert(QString::fromUtf8(k), Expansion {lower, plain, when});
        };
        add({"ko", "k", "hok", "hông", "khg", "khong"}, "không");
        add({"dc", "đc", "duoc"}, "được");
        add({"đk", "dk", "đky", "dky"}, "đăng ký");
        add({"cccd"}, "căn cước công dân");
        add({"cmnd", "cmt"}, "chứng minh nhân dân");
        add({"gplx"}, "giấy phép lái xe");
        add({"pccc"}, "phòng cháy chữa cháy");
        add({"antt"}, "an ninh trật tự");
        add({"e"}, "em");
        add({"a"}, "anh", When::NotLast);
        add({"mk", "mik", "mh"}, "mình");
        add({"ad", "adm"}, "admin");
        add({"j", "gj"}, "gì");
        add({"ntn"}, "như thế nào");
        add({"bn", "bnhiu", "bnh"}, "bao nhiêu");
        add({"sdt", "sđt"}, "số điện thoại");
        add({"tk"}, "tài khoản");
        add({"vs"}, "với");
        add({"r", "rùi"}, "rồi");
        add({"trc"}, "trước");
        add({"bít"}, "biết");
        add({"ng"}, "người");
        add({"cx"}, "cũng");
        add({"oy", "thoy"}, "thôi");
        add({"ak", "ah"}, "à");
        add({"nc"}, "nước");
        add({"mn", "mng"}, "mọi người");
        add({"csgt"}, "cảnh sát giao thông");
        add({"ctv"}, "cộng tác viên");
        add({"stk"}, "số tài khoản");
        return t;
    }();
    return table;
}

bool isPasswordVerb(const QString &plainWord)
{
    return plainWord == QLatin1String("quen") || plainWord == QLatin1String("doi") || plainWord == QLatin1String("nhap")
        || plainWord == QLatin1String("lay") || plainWord == QLatin1String("dat") || plainWord == QLatin1String("sai");
}

bool endsClause(char16_t u)
{
    return u == u'.' || u == u'!' || u == u'?' || u == u';' || u == u'\n' || u == u'\r';
}

void appendWord(QString &out, const QString &word)
{
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    out += word;
}

} // namespace

QString TextFold::nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString TextFold::stripDiacritics(const QString &text)
{
    const PlainTable &t = plainTable();
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char16_t p = u < TableEnd ? t.plain[u] : c.toLower().unicode();
        if (p != Drop)
            out += QChar(p);
    }
    return out;
}

bool TextFold::hasDiacritics(const QString &text)
{
    const PlainTable &t = plainTable();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < TableEnd && t.marked[u])
            return true;
    }
    return false;
}

FoldedText TextFold::fold(const QString &text)
{
    const PlainTable &t = plainTable();
    const QString composed = nfc(text);
    FoldedText result;
    result.lower.reserve(composed.size());
    result.plain.reserve(composed.size());

    QString lowerWord;
    QString plainWord;
    QString previousPlain;
    const auto &table = shorthand();

    auto flush = [&](bool clauseEnd) {
        if (plainWord.isEmpty())
            return;
        const auto it = table.constFind(lowerWord);
        if (it != table.constEnd() && !(it->when == When::NotLast && clauseEnd)) {
            if ((lowerWord == QLatin1String("mk") || lowerWord == QLatin1String("mik")) && isPasswordVerb(previousPlain)) {
                appendWord(result.lower, QStringLiteral("mật khẩu"));
                appendWord(result.plain, QStringLiteral("mat khau"));
            } else {
                appendWord(result.lower, it->lower);
                appendWord(result.plain, it->plain);
            }
        } else {
            appendWord(result.lower, lowerWord);
            appendWord(result.plain, plainWord);
        }
        previousPlain = plainWord;
        lowerWord.clear();
        plainWord.clear();
    };

    for (int i = 0; i < composed.size(); ++i) {
        const QChar c = composed.at(i);
        const char16_t u = c.unicode();
        if (u < TableEnd) {
            const char16_t p = t.plain[u];
            if (p == Drop) { // a combining mark left over after NFC: part of the word, not of its plain form
                if (!plainWord.isEmpty()) {
                    lowerWord += c;
                    result.hasDiacritics = true;
                }
                continue;
            }
            if (c.isLetterOrNumber()) {
                lowerWord += c.toLower();
                plainWord += QChar(p);
                result.hasDiacritics = result.hasDiacritics || t.marked[u];
                continue;
            }
        } else if (!c.isSurrogate() && c.isLetterOrNumber()) {
            lowerWord += c.toLower();
            plainWord += c.toLower();
            continue;
        }
        // Anything else (punctuation, symbols, emoji, spaces) separates words.
        bool clauseEnd = endsClause(u);
        if (!clauseEnd && u == u' ') {
            // "a." and "a ." both end a clause: look past spaces.
            int j = i + 1;
            while (j < composed.size() && composed.at(j) == QLatin1Char(' '))
                ++j;
            clauseEnd = j >= composed.size() || endsClause(composed.at(j).unicode());
        }
        flush(clauseEnd);
    }
    flush(true);
    return result;
}

QStringList TextFold::plainWords(const QString &text)
{
    return fold(text).plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString foldForIndex(const QString &text)
{
    return TextFold::fold(text).plain;
}

QString foldQuery(const QString &text)
{
    return TextFold::fold(text).plain;
}

} // namespace casedesk::domain
