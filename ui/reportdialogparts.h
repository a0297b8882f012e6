#pragma once

#include "core/domain/unit.h"

#include <QString>
#include <QVector>

#include <functional>

class QPrintPreviewDialog;
class QPrinter;
class QTreeView;
class QWidget;

namespace casedesk::ui {

class Services;
class UnitTreeModel;

/// What the daily summary's and the period report's dialogs share: the unit tree to choose the
/// unit reported on (with everything under it), and the print preview.
namespace reportdialogparts {

/// A tree of unit names only (the count columns hidden), one unit chosen at a time.
QTreeView *newUnitTree(UnitTreeModel *units, const QString &objectName, QWidget *parent);
/// Fills @p units with the program's unit tree and chooses its root; returns why the units could
/// not be read, empty when they were.
QString loadUnits(Services &services, UnitTreeModel *units, QTreeView *view);
/// Shows @p tree in @p units, its first level open, keeping the unit chosen before when the tree
/// still has it, else choosing the root.
void showUnits(UnitTreeModel *units, QTreeView *view, const QVector<domain::Unit> &tree);
/// The chosen unit's id (empty when none is chosen).
QString chosenUnitId(const QTreeView *view);
/// Chooses the unit @p unitId; false when the tree has no such unit.
bool chooseUnit(UnitTreeModel *units, QTreeView *view, const QString &unitId);
/// Opens a non-modal print preview over @p parent (deleted on close, with its printer) whose pages
/// @p paint draws.
QPrintPreviewDialog *openPreview(QWidget *parent, const QString &objectName, const QString &title, const std::function<void(QPrinter *)> &paint);

} // namespace reportdialogparts

} // namespace casedesk::ui
