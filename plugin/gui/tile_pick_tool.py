"""A map tool that picks a Sentinel-2 tile: the user clicks inside a tile outline and the dock selects that tile."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from qgis.core import QgsProject
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal

from ..core.grid.tile_layers import pick_tile


class TilePickTool(QgsMapTool):
    tile_picked = pyqtSignal(str)
    missed = pyqtSignal()  # a click outside every tile on offer

    def __init__(self, canvas, candidates: Callable[[], Iterable[str]]):
        super().__init__(canvas)
        self._candidates = candidates
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        canvas = self.canvas()
        crs = canvas.mapSettings().destinationCrs()
        tile_id = pick_tile(event.mapPoint(), crs, self._candidates(), QgsProject.instance().transformContext())
        if tile_id:
            self.tile_picked.emit(tile_id)
        else:
            self.missed.emit()
