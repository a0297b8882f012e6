#include "urlforlog.h"

#include <algorithm>

namespace casedesk {

namespace {

// A path longer than this is not one CaseDesk built: cut it so one odd URL cannot flood a log.
constexpr qsizetype kMaxLoggedChars = 200;

} // namespace

QString urlForLog(const QByteArray &url)
{
    // Cut by hand rather than through QUrl: a URL QUrl refuses must still lose its query.
    qsizetype end = url.size();
    for (const char cut : {'?', '#'}) {
        const qsizetype at = url.indexOf(cut);
        if (at >= 0)
            end = std::min(end, at);
    }
    QByteArray kept = url.left(end);
    const qsizetype schemeEnd = kept.indexOf("://");
    const qsizetype authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype authorityEnd = kept.indexOf('/', authorityStart);
    if (authorityEnd < 0)
        authorityEnd = kept.size();
    if (authorityEnd > authorityStart) {
        const qsizetype at = kept.lastIndexOf('@', authorityEnd - 1);
        if (at >= authorityStart)
            kept.remove(authorityStart, at + 1 - authorityStart);
    }
    if (kept.size() > kMaxLoggedChars) {
        kept.truncate(kMaxLoggedChars);
        kept += "...";
    }
    return QString::fromUtf8(kept);
}

} // namespace casedesk
