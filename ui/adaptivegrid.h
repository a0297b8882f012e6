#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace casedesk::ui {

/// Widgets (the case's action buttons, the answer's tools) in as many columns as fit the width
/// given, up to a maximum: on a narrow pane they take more rows instead of widening the pane or
/// being squeezed. Its minimum width is that of its widest widget, its height follows the rows.
class AdaptiveGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit AdaptiveGrid(int maxColumns, QWidget *parent = nullptr);

    void addWidget(QWidget *widget);
    /// How many columns the widgets are in now.
    int columns() const { return m_columns; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnWidth() const;
    int fittingColumns(int width) const;
    void arrange(int columns);

    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_widgets;
    int m_maxColumns = 1;
    int m_columns = 0;
};

} // namespace casedesk::ui
