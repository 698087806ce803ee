"""Which texts (and buttons) of a widget tree a user cannot read whole: cut by the widget's own size, or by an ancestor
that clips it.

    problems = cut_texts(dock)      # ["QCheckBox temporal_check 'Couche temporelle': needs 142 px, has 120", ...]

A widget counts when it is visible. A text is cut when the widget is narrower than its text needs (labels, buttons,
check boxes, group box titles, tabs, combo box items, date edits, the calendar), when a word-wrapped label is shorter
than its lines need, or when an ancestor shows only part of it: a scroll area without a horizontal scroll bar cuts on
the right; vertical clipping inside a scroll area is not a cut (the user scrolls), anywhere else it is.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QRect
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # px of rounding


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}"


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _in_calendar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def _own_cut(widget: QWidget) -> str:
    """Why the widget's own size cuts its text ('' when it does not)."""
    text = _own_text(widget)
    width = widget.width()
    if isinstance(widget, QLabel):
        if not text or widget.pixmap() is not None:
            return ""
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.contentsRect().width() + widget.contentsMargins().left()
                                           + widget.contentsMargins().right())
            if needed > widget.height() + SLACK:
                return f"{text!r}: its lines need {needed} px of height, it has {widget.height()}"
            return ""
        needed = widget.sizeHint().width()
    elif isinstance(widget, QAbstractButton):
        needed = widget.sizeHint().width()
    elif isinstance(widget, QGroupBox):
        needed = widget.fontMetrics().horizontalAdvance(text) + 2 * widget.fontMetrics().horizontalAdvance(" ") + 8
    elif isinstance(widget, QTabBar):
        space = widget.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, widget)
        for index in range(widget.count()):
            rect = widget.tabRect(index)
            needed = widget.fontMetrics().horizontalAdvance(widget.tabText(index)) + space
            if rect.width() + SLACK < needed or rect.right() > widget.width() + SLACK:
                return f"tab {widget.tabText(index)!r}: needs {needed} px, has {rect.width()} (bar {widget.width()})"
        return ""
    elif isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()  # what initStyleOption() (protected) fills in, for the edit field's size
        option.initFrom(widget)
        option.editable = widget.isEditable()
        option.frame = widget.hasFrame()
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        for index in range(widget.count()):
            item = widget.itemText(index)
            needed = widget.fontMetrics().horizontalAdvance(item) + (widget.iconSize().width() + 4
                                                                     if not widget.itemIcon(index).isNull() else 0)
            if needed > field.width() + SLACK:
                return f"item {item!r}: needs {needed} px, its field has {field.width()}"
        return ""
    elif isinstance(widget, (QDateTimeEdit, QCalendarWidget)):
        needed, text = widget.minimumSizeHint().width(), getattr(widget, "text", lambda: "calendar")()
    else:
        return ""
    if needed > width + SLACK:
        return f"{text!r}: needs {needed} px, has {width}"
    return ""


def _clipped(widget: QWidget, root: QWidget) -> str:
    """Why an ancestor up to root shows only part of the widget ('' when it shows it whole)."""
    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        area = QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size())
        in_viewport = isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport()
        if rect.right() > area.right() + SLACK or rect.left() < area.left() - SLACK:
            return f"cut on the {'right' if rect.right() > area.right() else 'left'} by {_name(parent)}: " \
                   f"{rect.left()}..{rect.right()} shown in {area.left()}..{area.right()}"
        if not in_viewport and (rect.bottom() > area.bottom() + SLACK or rect.top() < area.top() - SLACK):
            return f"cut at the {'bottom' if rect.bottom() > area.bottom() else 'top'} by {_name(parent)}"
        if in_viewport:  # what scrolls vertically is reachable: from here on only the viewport's visible rows count
            rect = rect.intersected(QRect(rect.left(), area.top(), rect.width(), area.height()))
            if rect.isEmpty():
                return ""
        if parent is root:
            break
        parent = parent.parentWidget()
    return ""


def cut_texts(root: QWidget) -> list[str]:
    """Every visible widget under root whose text the user cannot read whole, with the reason."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or _in_calendar(widget):
            continue
        if widget.objectName().startswith("qt_dockwidget_"):  # Qt's own float and close buttons of the title bar
            continue
        if isinstance(widget.parentWidget(), QTabBar) and isinstance(widget, QAbstractButton):
            problems.append(f"{_name(widget.parentWidget())}: the tabs do not fit, it shows scroll arrows")
            continue
        shows_something = bool(_own_text(widget)) or isinstance(widget, (QAbstractButton, QTabBar, QComboBox,
                                                                           QDateTimeEdit, QCalendarWidget))
        if not shows_something:
            continue
        reason = _own_cut(widget) or _clipped(widget, root)
        if reason:
            problems.append(f"{_name(widget)} {reason}")
    return problems
