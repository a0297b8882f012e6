#pragma once

// Small helpers the parts of the case view share.

#include <QString>

class QLabel;
class QWidget;

namespace casedesk::ui {

/// What a message to the officer says: what happened (info) or what was refused or failed (error).
enum class MessageKind { Info, Error };

/// A selectable, word-wrapped label that shows @p text literally: citizen text is never HTML.
QLabel *plainTextLabel(const QString &text, QWidget *parent);

/// @p ms (UTC epoch ms) as the case view shows times ("08:12 30/11/2026", office time); empty for 0.
QString caseTimeText(qint64 ms);

} // namespace casedesk::ui
