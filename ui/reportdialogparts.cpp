#include "reportdialogparts.h"

#include "services.h"
#include "unittreemodel.h"

#include "core/store/unitstore.h"

#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTreeView>

namespace casedesk::ui::reportdialogparts {

QTreeView *newUnitTree(UnitTreeModel *units, const QString &objectName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(units);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int c = UnitTreeModel::OpenColumn; c < UnitTreeModel::ColumnCount; ++c)
        view->setColumnHidden(c, true);
    view->header()->hide();
    return view;
}

QString loadUnits(Services &services, UnitTreeModel *units, QTreeView *view)
{
    auto list = services.units().list();
    if (!list)
        return list.error().message;
    showUnits(units, view, *list);
    return {};
}

void showUnits(UnitTreeModel *units, QTreeView *view, const QVector<domain::Unit> &tree)
{
    const QString chosen = chosenUnitId(view);
    units->setUnits(tree);
    view->expandToDepth(0);
    if (!chooseUnit(units, view, chosen) && units->rowCount() > 0)
        view->setCurrentIndex(units->index(0, 0));
}

QString chosenUnitId(const QTreeView *view)
{
    return view->currentIndex().data(UnitTreeModel::UnitIdRole).toString();
}

bool chooseUnit(UnitTreeModel *units, QTreeView *view, const QString &unitId)
{
    const QModelIndex index = units->indexOfUnit(unitId);
    if (!index.isValid())
        return false;
    view->setCurrentIndex(index);
    view->scrollTo(index);
    return true;
}

QPrintPreviewDialog *openPreview(QWidget *parent, const QString &objectName, const QString &title, const std::function<void(QPrinter *)> &paint)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, paint);
    QObject::connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    dialog->resize(900, 1000);
    dialog->open();
    return dialog;
}

} // namespace casedesk::ui::reportdialogparts
