#pragma once

#include "casewidgets.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace casedesk::ui {

/// A strip with an icon and a word-wrapped plain-text message: the case view's status and errors
/// (at its top) and a dialog's refusal. It wraps to the width it is given and never asks for
/// more, so a long message (a unit's path, the store's refusal) never widens the pane it is in.
/// Hidden while empty; the close button (when closable) hides it. Info and error differ in
/// colour, icon and accessible name, so the colour is never the only signal.
class CaseBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit CaseBanner(QWidget *parent = nullptr);

    /// The message (named "<banner's name>Text" once the banner is named).
    QLabel *textLabel() const { return m_text; }
    QToolButton *closeButton() const { return m_close; }
    MessageKind kind() const { return m_kind; }
    /// Whether the officer may dismiss it (the case view's banner; a dialog's refusal stays).
    void setClosable(bool closable);

public Q_SLOTS:
    /// Shows @p text as @p kind; an empty text hides the banner.
    void showMessage(const QString &text, casedesk::ui::MessageKind kind = casedesk::ui::MessageKind::Info);
    void clear();

private:
    void applyStyle();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    MessageKind m_kind = MessageKind::Info;
};

} // namespace casedesk::ui
