#pragma once

#include <QString>

namespace casedesk {

/// Text from outside (citizens' messages, names, unit names, Zalo's errors) written for a terminal:
/// control characters (C0 but tab and newline, DEL, C1) and bidirectional controls (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F, U+061C, also U+2028/U+2029) become visible escapes such as
/// "\x1b" or "\u202e", so the text can neither drive the officer's terminal (clear it, set its
/// title) nor reorder or forge the lines around it. JSON output never goes through here.
namespace terminaltext {

/// For a one-line field (a table cell, "Citizen: …"): a newline becomes "\n" as well.
QString line(const QString &text);

/// For text that may span lines (a message): each line after the first starts with @p indent,
/// so that a continuation can never pass for a row of its own.
QString lines(const QString &text, const QString &indent);

} // namespace terminaltext

} // namespace casedesk
