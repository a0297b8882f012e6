#pragma once

#include <QStyledItemDelegate>

namespace casedesk::ui {

/// Draws a queue cell's text as plain text (citizens' words are never read as HTML) with the
/// ranges of QueueModel::HighlightRole marked, so that search matches stand out in the preview.
class QueueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QueueDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace casedesk::ui
