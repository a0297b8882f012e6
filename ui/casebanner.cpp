#include "casebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace casedesk::ui {

CaseBanner::CaseBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("caseBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Any width: the text wraps to what the pane gives, it never widens the pane.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("caseBannerText"));
    m_text->setTextFormat(Qt::PlainText); // a refusal may quote what a citizen or an officer wrote
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QSizePolicy wraps(QSizePolicy::Ignored, QSizePolicy::Minimum);
    wraps.setHeightForWidth(true);
    m_text->setSizePolicy(wraps);
    layout->addWidget(m_text, 1);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("caseBannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss this message"));
    connect(m_close, &QToolButton::clicked, this, &CaseBanner::clear);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    applyStyle();
    hide();
}

void CaseBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void CaseBanner::showMessage(const QString &text, MessageKind kind)
{
    m_kind = kind;
    m_text->setText(text);
    applyStyle();
    setVisible(!text.isEmpty());
    updateGeometry();
}

void CaseBanner::clear()
{
    showMessage(QString(), m_kind);
}

void CaseBanner::applyStyle()
{
    // Light colours with dark text whatever the system's theme; the icon and the accessible name
    // say it too.
    const bool error = m_kind == MessageKind::Error;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xdd, 0xec, 0xfb));
    pal.setColor(QPalette::WindowText, error ? QColor(0x6b, 0x0f, 0x0b) : QColor(0x0b, 0x2e, 0x55));
    setPalette(pal);
    m_text->setPalette(pal);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    setAccessibleName(error ? tr("Error") : tr("Information"));
}

} // namespace casedesk::ui
