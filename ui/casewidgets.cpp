#include "casewidgets.h"

#include "core/domain/officetime.h"

#include <QLabel>

namespace casedesk::ui {

QLabel *plainTextLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // citizen text is never HTML
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString caseTimeText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return domain::officeDateTime(ms).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

} // namespace casedesk::ui
