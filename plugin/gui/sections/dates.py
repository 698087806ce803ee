"""The dates section: the chosen layer's dates in a calendar and a list (within a range), one or several chosen, or all
of them as one temporal layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from qgis.PyQt.QtCore import QDate, QItemSelection, QItemSelectionModel, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QFont, QTextCharFormat

from ...core.services.timeline import DateEntry
from ...toolbelt.i18n import tr
from ..date_model import DateListModel
from ..panel_view import NO_DATES, LayerDates
from .section import Section


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


class DatesSection(Section):
    choice_changed = pyqtSignal()  # the chosen dates or the temporal mode changed

    def __init__(self, dock, memory, status):
        super().__init__(dock, memory, status)
        self.dates = NO_DATES  # the chosen layer's dates, newest first
        self.date_model = DateListModel(dock)
        dock.date_list.setModel(self.date_model)
        with memory.restoring_state():
            dock.temporal_check.setChecked(self.settings.temporal_mode)
        dock.calendar.clicked.connect(self._calendar_clicked)
        dock.calendar.currentPageChanged.connect(self._mark_page)
        dock.from_edit.dateChanged.connect(self._range_changed)
        dock.to_edit.dateChanged.connect(self._range_changed)
        dock.all_dates_button.clicked.connect(self.show_all_dates)
        dock.date_list.selectionModel().selectionChanged.connect(self._dates_selected)
        dock.temporal_check.toggled.connect(self._temporal_toggled)

    @property
    def temporal(self) -> bool:
        return self.dock.temporal_check.isChecked()

    def set_dates(self, dates: LayerDates) -> None:
        """Show a layer's dates: marked in the calendar, listed (within the range) newest first. Nothing per date here:
        the list makes the rows it shows, the calendar marks the page it shows, ranges are bisections."""
        self.dates = dates
        entries = dates.entries
        self._mark_page(self.dock.calendar.yearShown(), self.dock.calendar.monthShown())
        newest, oldest = (entries[0].date, entries[-1].date) if entries else (dt.date.today(), dt.date.today())
        start = parse_day(self.settings.last_date_from) or oldest
        end = parse_day(self.settings.last_date_to) or newest
        for edit, day in ((self.dock.from_edit, start), (self.dock.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self._refilter(keep=[self.settings.last_date] if self.settings.last_date else [])

    def _mark_page(self, year: int, month: int) -> None:
        """Mark in bold the days of the calendar's page (a month and the days around it) that have a date."""
        calendar = self.dock.calendar
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every marked date
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(QBrush(self.dock.palette().highlight().color()))
        first = dt.date(year, month, 1)
        for day in self.dates.entries.between(first - dt.timedelta(days=7), first + dt.timedelta(days=31 + 14)).days():
            calendar.setDateTextFormat(qdate(day), marked)

    def date_range(self) -> tuple[dt.date, dt.date]:
        return pydate(self.dock.from_edit.date()), pydate(self.dock.to_edit.date())

    def listed_entries(self) -> Sequence[DateEntry]:
        return self.date_model.entries()

    def selected_entries(self) -> list[DateEntry]:
        rows = sorted(index.row() for index in self.dock.date_list.selectionModel().selectedRows())
        return [self.date_model.entry(row) for row in rows]

    def select_values(self, values: list[str]) -> None:
        selection = QItemSelection()
        for row in self.date_model.rows_of(values):
            index = self.date_model.index(row)
            selection.select(index, index)
        model = self.dock.date_list.selectionModel()
        # not | Rows: Qt then asks the model of every row
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not selection.isEmpty():
            first = selection.indexes()[0]
            model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.dock.date_list.scrollTo(first)

    def show_all_dates(self) -> None:
        self.memory.remember(last_date_from="", last_date_to="")
        self.set_dates(self.dates)

    def _refilter(self, keep: list[str]) -> None:
        shown = self.dates.entries.between(*self.date_range())
        self.date_model.set_entries(shown)
        keep = [value for value in keep if shown.index_of(value) is not None]
        self.select_values(keep or ([shown[0].value] if shown else []))  # else the newest
        if self.dates.entries and not shown:
            start, end = self.date_range()
            self.status.say(tr("No dates between {start} and {end}: widen the range or press All.").format(
                start=start.isoformat(), end=end.isoformat()), error=True)

    def _range_changed(self) -> None:
        start, end = self.date_range()
        self.memory.remember(last_date_from=start.isoformat(), last_date_to=end.isoformat())
        self._refilter(keep=[entry.value for entry in self.selected_entries()])

    def _calendar_clicked(self, day: QDate) -> None:
        values = self.dates.entries.between(pydate(day), pydate(day)).texts()
        if not values:
            self.status.say(tr("The layer has no image on {day}: the dates in bold have one.").format(
                day=pydate(day).isoformat()), error=True)
            return
        start, end = self.date_range()
        if not start <= pydate(day) <= end:  # the user chose it: show it
            edits = (self.dock.from_edit, self.dock.to_edit)
            for edit in edits:
                edit.blockSignals(True)
            self.dock.from_edit.setDate(min(day, self.dock.from_edit.date()))
            self.dock.to_edit.setDate(max(day, self.dock.to_edit.date()))
            for edit in edits:
                edit.blockSignals(False)
            self._range_changed()
        self.select_values(values)

    def _dates_selected(self) -> None:
        chosen = self.selected_entries()
        if chosen:
            self.dock.calendar.blockSignals(True)
            self.dock.calendar.setSelectedDate(qdate(chosen[0].date))
            self.dock.calendar.blockSignals(False)
            self.memory.remember(last_date=chosen[0].value)
        self.choice_changed.emit()

    def _temporal_toggled(self, temporal: bool) -> None:
        self.memory.remember(temporal_mode=temporal)
        self.show_temporal_mode()

    def show_temporal_mode(self) -> None:
        """A temporal layer takes every listed date: the list and the calendar choose nothing then."""
        self.dock.date_list.setEnabled(not self.temporal)
        self.dock.calendar.setEnabled(not self.temporal)
        self.choice_changed.emit()
