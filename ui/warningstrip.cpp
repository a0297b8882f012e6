#include "warningstrip.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace casedesk::ui {

QFrame *warningStrip(QWidget *parent, const char *name, const char *textName, QLabel **text)
{
    auto *strip = new QFrame(parent);
    strip->setObjectName(QString::fromLatin1(name));
    strip->setFrameShape(QFrame::StyledPanel);
    strip->setAutoFillBackground(true);
    // Amber with dark text whatever the system's theme.
    QPalette pal = strip->palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xd5, 0x80));
    pal.setColor(QPalette::WindowText, QColor(0x3d, 0x2a, 0x00));
    strip->setPalette(pal);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *icon = new QLabel(strip);
    const int iconSize = strip->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(strip->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    layout->addWidget(icon, 0, Qt::AlignTop);
    *text = new QLabel(strip);
    (*text)->setObjectName(QString::fromLatin1(textName));
    (*text)->setTextFormat(Qt::PlainText);
    (*text)->setWordWrap(true);
    QFont bold = (*text)->font();
    bold.setBold(true);
    (*text)->setFont(bold);
    layout->addWidget(*text, 1);
    return strip;
}

} // namespace casedesk::ui
