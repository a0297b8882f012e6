#pragma once

class QFrame;
class QLabel;
class QWidget;

namespace casedesk::ui {

/// An amber strip across the window with a warning icon and bold plain text, for what stays true
/// until it changes (the data server is away, sign-in is not enabled). Named @p name, its text
/// label @p textName (returned in @p text); the colour is never the only signal, the icon and
/// the words say it too.
QFrame *warningStrip(QWidget *parent, const char *name, const char *textName, QLabel **text);

} // namespace casedesk::ui
