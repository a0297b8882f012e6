#include "adaptivegrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace casedesk::ui {

AdaptiveGrid::AdaptiveGrid(int maxColumns, QWidget *parent)
    : QWidget(parent)
    , m_maxColumns(std::max(1, maxColumns))
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void AdaptiveGrid::addWidget(QWidget *widget)
{
    m_widgets << widget;
    arrange(m_columns > 0 ? m_columns : m_maxColumns);
}

int AdaptiveGrid::columnWidth() const
{
    int widest = 1;
    for (const QWidget *w : m_widgets)
        widest = std::max(widest, std::max(w->sizeHint().width(), w->minimumSizeHint().width()));
    return widest;
}

int AdaptiveGrid::fittingColumns(int width) const
{
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    const int fit = (width + spacing) / (columnWidth() + spacing);
    return std::clamp(fit, 1, m_maxColumns);
}

void AdaptiveGrid::arrange(int columns)
{
    m_columns = columns;
    for (QWidget *w : std::as_const(m_widgets))
        m_grid->removeWidget(w);
    for (int c = 0; c < m_maxColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_widgets.size(); ++i)
        m_grid->addWidget(m_widgets.at(i), i / columns, i % columns);
    updateGeometry();
}

QSize AdaptiveGrid::minimumSizeHint() const
{
    const QMargins m = m_grid->contentsMargins();
    return {columnWidth() + m.left() + m.right(), m_grid->minimumSize().height()};
}

QSize AdaptiveGrid::sizeHint() const
{
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    const int columns = std::min<int>(m_maxColumns, std::max<int>(1, int(m_widgets.size())));
    const QMargins m = m_grid->contentsMargins();
    return {columns * columnWidth() + (columns - 1) * spacing + m.left() + m.right(), m_grid->sizeHint().height()};
}

void AdaptiveGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = fittingColumns(event->size().width());
    if (columns != m_columns)
        arrange(columns);
}

} // namespace casedesk::ui
