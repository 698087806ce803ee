"""The catalogue section's result table: one row a product, newest first (date, tile, cloud cover, size)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core.stac.items import Item
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr

COLUMNS = (QT_TRANSLATE_NOOP("@default", "Date"), QT_TRANSLATE_NOOP("@default", "Tile"),
           QT_TRANSLATE_NOOP("@default", "Clouds"), QT_TRANSLATE_NOOP("@default", "Size"))


def size_text(item: Item) -> str:
    """'412 MB', or '≤ 1.4 GB' when only the images' uncompressed size is known, or '?'."""
    size = item.estimated_size
    if size is None:
        return "?"
    text = f"{size / 1e9:.1f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
    return text if item.size is not None else f"≤ {text}"


class CatalogueResultModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Item] = []

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Item]:
        return list(self._items)

    def item(self, row: int) -> Item:
        return self._items[row]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return f"{item.acquired:%Y-%m-%d %H:%M}"
            if column == 1:
                return item.tile
            if column == 2:
                return "" if item.cloud_cover is None else f"{item.cloud_cover:.0f} %"
            return size_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

