#include "formwidgets.h"

#include <QLabel>
#include <QLayout>
#include <QLineEdit>

namespace casedesk::ui {

QLabel *refusalLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText); // names typed by people, never markup
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    label->setPalette(pal);
    label->hide();
    return label;
}

void showRefusal(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QWidget *window = label->window();
    if (!window->layout())
        return;
    window->layout()->activate();
    const int needed
        = window->layout()->hasHeightForWidth() ? window->layout()->totalHeightForWidth(window->width()) : window->layout()->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

QLineEdit *passwordField(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace casedesk::ui
