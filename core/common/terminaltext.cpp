#include "terminaltext.h"

namespace casedesk::terminaltext {

namespace {

bool needsEscape(char16_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n';
    if (c >= 0x7f && c <= 0x9f)
        return true;
    switch (c) {
    case 0x061c: // arabic letter mark
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        break;
    }
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void appendEscape(QString &out, char16_t c)
{
    if (c == u'\r') {
        out += QLatin1String("\\r");
        return;
    }
    if (c < 0x80)
        out += QLatin1String("\\x") + QString::number(c, 16).rightJustified(2, QLatin1Char('0'));
    else
        out += QLatin1String("\\u") + QString::number(c, 16).rightJustified(4, QLatin1Char('0'));
}

QString escaped(const QString &text, bool keepNewlines, const QString &indent)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'\n') {
            if (keepNewlines)
                out += QLatin1Char('\n') + indent;
            else
                out += QLatin1String("\\n");
        } else if (needsEscape(c)) {
            appendEscape(out, c);
        } else {
            out += qc;
        }
    }
    return out;
}

} // namespace

QString line(const QString &text)
{
    return escaped(text, false, QString());
}

QString lines(const QString &text, const QString &indent)
{
    return escaped(text, true, indent);
}

} // namespace casedesk::terminaltext
