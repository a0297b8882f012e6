#pragma once

// Small helpers the sign-in and officer forms share.

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace casedesk::ui {

/// A hidden, word-wrapped, plain-text label (named @p name) in dark red, for why a form was not
/// accepted: the words say it, the colour only draws the eye.
QLabel *refusalLabel(const char *name, QWidget *parent);

/// Makes @p label show @p text (hidden when empty), and its window tall enough for it: a dialog
/// does not squeeze its fields to make room for a refusal.
void showRefusal(QLabel *label, const QString &text);

/// A hint under a field or a choice: plain-text, smaller-looking words that wrap.
QLabel *hintLabel(const QString &text, QWidget *parent);

/// A line edit (named @p name) that shows no character of what is typed.
QLineEdit *passwordField(const char *name, QWidget *parent);

} // namespace casedesk::ui
