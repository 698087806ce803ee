"""The dock's list of dates: a flat model over DateEntry objects.

Cheap with thousands of them: the view asks only for the visible rows.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QAbstractListModel, QModelIndex, Qt

from ..core.services.timeline import DateEntry

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class DateListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[DateEntry] = []

    def set_entries(self, entries: list[DateEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[DateEntry]:
        return list(self._entries)

    def entry(self, row: int) -> DateEntry:
        return self._entries[row]

    def rows_of(self, values) -> list[int]:
        wanted = set(values)
        return [row for row, entry in enumerate(self._entries) if entry.value in wanted]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role in (Qt.ItemDataRole.ToolTipRole, VALUE_ROLE):
            return entry.value
        return None
