#include "queuedelegate.h"

#include "queuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QStyle>
#include <QTextLayout>

namespace casedesk::ui {

QueueDelegate::QueueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void QueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList ranges = index.data(QueueModel::HighlightRole).toList();
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    // Eliding at the right keeps every position before the ellipsis where it was.
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &v : ranges) {
        const QPoint r = v.toPoint();
        if (r.x() >= shown.size())
            continue;
        QTextLayout::FormatRange f;
        f.start = r.x();
        f.length = std::min<int>(r.y(), int(shown.size()) - r.x());
        f.format.setBackground(opt.palette.brush(QPalette::Highlight).color().lighter(160));
        f.format.setForeground(opt.palette.brush(QPalette::Text));
        f.format.setFontWeight(QFont::Bold);
        formats.push_back(f);
    }

    QTextLayout layout(shown, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    painter->save();
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace casedesk::ui
