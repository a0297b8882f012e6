#include "urgency.h"

#include "core/domain/textfold.h"

#include <QStringList>

namespace casedesk::triage {

using domain::FoldedText;
using domain::foldForIndex;
using domain::foldQuery;
using domain::TextFold;

namespace {

// Phrases are matched as whole words in the folded text. Text typed with diacritics is matched
// against the accented lists, where "đang" is not "đăng" and "dao" is not "đảo"; text typed
// without them against the plain lists, which avoid the syllables that plain typing confuses.
struct Phrases
{
    QStringList now; ///< happening now: urgent even beside a past marker ("hôm qua nó đánh, giờ đang đánh nữa")
    QStringList hazard; ///< danger words: urgent unless the report says it is past
    QStringList past; ///< "đêm qua", "tuần trước": the report is about the past
    QStringList notNow; ///< "đang nằm viện": "đang" that does not mean the danger is now
};

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.push_back(QLatin1Char(' ') + QString::fromUtf8(w) + QLatin1Char(' '));
    return out;
}

const Phrases &accented()
{
    static const Phrases p {
        words({"đang", "bây giờ", "hiện giờ", "lúc này", "vừa xảy ra", "vừa mới", "vừa bị", "vừa có", "cứu", "khẩn cấp", "tới ngay", "đến ngay",
               "tới gấp", "đến gấp", "xuống ngay", "xuống gấp"}),
        words({"dao",       "súng",   "mã tấu",   "hung khí", "cháy",    "hỏa hoạn", "tai nạn", "bắt cóc",   "đâm",
               "chém",      "nổ",     "bất tỉnh", "chảy máu", "giết",    "gấp",      "ngay",    "đánh nhau", "nhảy cầu",
               "đuối nước", "xô xát", "đập phá",  "rượt",     "cầm cây", "lựu đạn",  "axit"}),
        words({"hôm qua",   "đêm qua",  "tối qua", "chiều qua", "sáng qua",  "hôm kia",   "tuần trước", "tháng trước", "năm ngoái", "năm trước",
               "hôm trước", "cách đây", "đã lâu",  "từ lâu",    "lần trước", "trước đây", "ngày trước", "tuần rồi",    "tháng rồi", "năm rồi"}),
        words({"đang nằm viện", "đang điều trị", "đang chờ", "đang làm đơn", "đang sinh sống", "đang sống", "đang làm việc", "đang học",
               "đang làm thủ tục", "đang mang thai"}),
    };
    return p;
}

const Phrases &plain()
{
    static const Phrases p {
        words({"dang danh", "dang chay", "dang co", "dang bi", "bay gio",    "hien gio", "luc nay",   "vua xay ra",
               "vua moi",   "vua bi",    "vua co",  "cuu voi", "cuu toi",    "cuu em",   "cuu nguoi", "khan cap",
               "toi ngay",  "den ngay",  "toi gap", "den gap", "xuong ngay", "xuong gap"}),
        words({"cam dao",  "dao phay", "dao gam", "dao kiem",  "sung",         "ma tau",    "hung khi", "hoa hoan",  "tai nan",
               "bat coc",  "dam chet", "bi dam",  "chem",      "bat tinh",     "chay mau",  "giet",     "gap gap",   "giup gap",
               "gap giup", "can gap",  "gap lam", "xu ly gap", "ngay lap tuc", "danh nhau", "nhay cau", "duoi nuoc", "xo xat",
               "dap pha",  "ruot",     "cam cay", "luu dan",   "axit",         "bi chay",   "dam chay", "chay nha",  "chay lon"}),
        words({"hom qua",   "dem qua",  "toi qua", "chieu qua", "sang qua",  "hom kia",   "tuan truoc", "thang truoc", "nam ngoai", "nam truoc",
               "hom truoc", "cach day", "da lau",  "tu lau",    "lan truoc", "truoc day", "ngay truoc", "tuan roi",    "thang roi", "nam roi"}),
        words({"dang nam vien", "dang dieu tri", "dang cho", "dang lam don", "dang sinh song", "dang song", "dang lam viec", "dang hoc",
               "dang lam thu tuc", "dang mang thai"}),
    };
    return p;
}

bool containsAny(const QString &padded, const QStringList &phrases)
{
    for (const QString &p : phrases) {
        if (padded.contains(p))
            return true;
    }
    return false;
}

bool containsNow(const QString &padded, const Phrases &p)
{
    for (const QString &phrase : p.now) {
        int from = 0;
        while ((from = padded.indexOf(phrase, from)) >= 0) {
            bool excused = false;
            for (const QString &n : p.notNow) {
                if (padded.mid(from, n.size()) == n) {
                    excused = true;
                    break;
                }
            }
            if (!excused)
                return true;
            from += phrase.size() - 1;
        }
    }
    return false;
}

} // namespace

bool Urgency::soundsUrgent(const QString &text)
{
    const FoldedText folded = TextFold::fold(text);
    const Phrases &p = folded.hasDiacritics ? accented() : plain();
    const QString padded = QLatin1Char(' ') + (folded.hasDiacritics ? folded.lower : folded.plain) + QLatin1Char(' ');
    if (containsNow(padded, p))
        return true;
    return containsAny(padded, p.hazard) && !containsAny(padded, p.past);
}

bool Urgency::isUrgent(const QString &text, Category category)
{
    if (category != Category::CrimeReport && category != Category::SecurityReport)
        return false;
    return soundsUrgent(text);
}

} // namespace casedesk::triage
