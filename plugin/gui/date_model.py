"""The dock's list of dates: a flat model over a sequence of DateEntry (the core's DateEntries, newest first).

Cheap with 100,000 of them: the view asks only for the visible rows, and each entry is made when asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.PyQt.QtCore import QAbstractListModel, QModelIndex, Qt

from ..core.services.timeline import DateEntry

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class DateListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: Sequence[DateEntry] = ()
        self._count = 0  # rowCount() is asked once per index the view makes: thousands of times

    def set_entries(self, entries: Sequence[DateEntry]) -> None:
        """Show these entries (kept as given, not copied: a DateEntries makes each when its row is shown)."""
        self.beginResetModel()
        self._entries = entries
        self._count = len(entries)
        self.endResetModel()

    def entries(self) -> Sequence[DateEntry]:
        return self._entries

    def entry(self, row: int) -> DateEntry:
        return self._entries[row]

    def rows_of(self, values) -> list[int]:
        index_of = getattr(self._entries, "index_of", None)
        if index_of is not None:  # by bisection
            return sorted(row for row in map(index_of, dict.fromkeys(values)) if row is not None)
        wanted = set(values)
        return [row for row, entry in enumerate(self._entries) if entry.value in wanted]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role in (Qt.ItemDataRole.ToolTipRole, VALUE_ROLE):
            return entry.value
        return None
