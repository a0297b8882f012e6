// The one place that makes outside text inert for a terminal (core/common/terminaltext.h).

#include "core/common/terminaltext.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

QString u(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

TEST_CASE("Control characters become visible escapes, and ordinary Vietnamese text and tabs are left alone", "[terminaltext]")
{
    const QString vietnamese = QStringLiteral("Cho em hỏi thủ tục đăng ký tạm trú ạ\tcảm ơn");
    CHECK(terminaltext::line(vietnamese) == vietnamese);
    CHECK(terminaltext::lines(vietnamese, QStringLiteral("    ")) == vietnamese);
    CHECK(terminaltext::line(QStringLiteral("a\\x1b b")) == QStringLiteral("a\\x1b b")); // text that only looks like an escape

    // OSC (set the window title, ended by BEL), CSI (clear the screen), NUL, DEL, CR.
    CHECK(terminaltext::line(u(u"\x1b]0;pwned\x07"
                               u"x"))
          == QStringLiteral("\\x1b]0;pwned\\x07x"));
    CHECK(terminaltext::line(u(u"\x1b[2J")) == QStringLiteral("\\x1b[2J"));
    CHECK(terminaltext::line(QString(QChar(0)) + QStringLiteral("a")) == QStringLiteral("\\x00a"));
    CHECK(terminaltext::line(u(u"a\x7f"
                               u"b\rc"))
          == QStringLiteral("a\\x7fb\\rc"));
    // C1 controls: CSI as one character, NEL.
    CHECK(terminaltext::line(u(u"\x9b"
                               u"2J\x85"))
          == QStringLiteral("\\u009b2J\\u0085"));
}

TEST_CASE("Bidirectional overrides, isolates and marks become visible escapes", "[terminaltext]")
{
    CHECK(terminaltext::line(u(u"abc\u202Etxt.exe")) == QStringLiteral("abc\\u202etxt.exe"));
    CHECK(terminaltext::line(u(u"\u202A\u202B\u202C\u202D")) == QStringLiteral("\\u202a\\u202b\\u202c\\u202d"));
    CHECK(terminaltext::line(u(u"\u2066\u2067\u2068\u2069")) == QStringLiteral("\\u2066\\u2067\\u2068\\u2069"));
    CHECK(terminaltext::line(u(u"\u200E\u200F\u061C")) == QStringLiteral("\\u200e\\u200f\\u061c"));
    CHECK(terminaltext::line(u(u"a\u2028b\u2029c")) == QStringLiteral("a\\u2028b\\u2029c"));
}

TEST_CASE("A one-line field escapes newlines, and text of several lines is indented after its first line", "[terminaltext]")
{
    const QString forged = QStringLiteral("hello\nTV-2026-000001  URGENT  30/11 08:00  forged row");
    CHECK(terminaltext::line(forged) == QStringLiteral("hello\\nTV-2026-000001  URGENT  30/11 08:00  forged row"));
    CHECK(terminaltext::lines(forged, QStringLiteral("      ")) == QStringLiteral("hello\n      TV-2026-000001  URGENT  30/11 08:00  forged row"));
    CHECK(terminaltext::lines(QStringLiteral("a\n\nb\r\n"), QStringLiteral("  ")) == QStringLiteral("a\n  \n  b\\r\n  "));
    CHECK(terminaltext::line(QString()).isEmpty());
}
