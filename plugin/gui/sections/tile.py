"""The tile section: which Sentinel-2 tile (typed, chosen, or picked on the map), its outline and zooming to it."""

from __future__ import annotations

from qgis.core import QgsProject
from qgis.PyQt.QtCore import pyqtSignal

from ...core.grid.tile_layers import zoom_to_tile
from ...core.grid.tiles import BELGIAN_TILE_PLACES, BELGIAN_TILES, TileError, tile
from ...toolbelt.i18n import tr
from ..tile_outline import TileOutline
from ..tile_pick_tool import TilePickTool
from .section import Section


class TileSection(Section):
    tile_changed = pyqtSignal(str)  # a (valid) tile id was chosen

    def __init__(self, dock, memory, status, iface):
        super().__init__(dock, memory, status)
        self.iface = iface
        self.outline = TileOutline(tr("Sentinel-2 tiles"))
        self.pick_tool = TilePickTool(iface.mapCanvas(), self.pickable_tiles)
        for tile_id in BELGIAN_TILES:  # where each lies, in the list; the line shows the id once one is chosen
            dock.tile_combo.addItem(f"{tile_id}  {tr(BELGIAN_TILE_PLACES[tile_id])}", tile_id)
        view = dock.tile_combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width())
        with memory.restoring_state():
            self.set_tile(self.settings.last_tile or BELGIAN_TILES[4], remember=False)
            dock.outline_check.setChecked(self.settings.add_tile_outline)
        dock.tile_combo.activated.connect(self.chosen)
        dock.tile_combo.lineEdit().editingFinished.connect(self.chosen)
        dock.zoom_tile_button.clicked.connect(self.zoom_to_tile)
        dock.outline_check.toggled.connect(self._outline_toggled)
        dock.pick_tile_button.toggled.connect(self._pick_toggled)
        self.pick_tool.tile_picked.connect(self._picked)
        self.pick_tool.missed.connect(self._missed)
        self.pick_tool.deactivated.connect(lambda: dock.pick_tile_button.setChecked(False))
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)

    def current_tile_id(self) -> str | None:
        """The tile typed or chosen, normalised; None (with a message) when it is not a tile id."""
        edit = self.dock.tile_combo.lineEdit()
        text = self.dock.tile_combo.currentText()
        listed = self.dock.tile_combo.findText(text)  # "31UFS  Hasselt, Liège" chosen in the list: its id
        text = self.dock.tile_combo.itemData(listed) if listed >= 0 else text
        try:
            tile_id = tile(text).tile_id
        except TileError as error:  # says what is wrong: the shape, the zone, the band, a letter the grid does not use
            edit.setStyleSheet("color: #b00020;")
            self.status.say(error.user_text(), error=True)
            return None
        edit.setStyleSheet("")
        return tile_id

    def set_tile(self, tile_id: str, remember: bool = True) -> None:
        self.dock.tile_combo.setCurrentText(tile_id)
        self.chosen(remember)

    def chosen(self, remember=True) -> None:
        tile_id = self.current_tile_id()
        if tile_id is None:
            return
        if self.dock.tile_combo.currentText() != tile_id:
            self.dock.tile_combo.setCurrentText(tile_id)
        if remember is not False:  # activated(int) passes an index: remembered too
            self.memory.remember(last_tile=tile_id)
        if self.outline.layer() is not None:
            self.outline.show(self.pickable_tiles(), tile_id)
        self.tile_changed.emit(tile_id)

    def pickable_tiles(self) -> list[str]:
        chosen = self.current_tile_id() if self.dock.tile_combo.currentText().strip() else None
        return [*BELGIAN_TILES, *([chosen] if chosen and chosen not in BELGIAN_TILES else [])]

    def zoom_to_tile(self) -> bool:
        tile_id = self.current_tile_id()
        if tile_id is None:
            return False
        zoom_to_tile(self.iface.mapCanvas(), tile_id, margin=1.05)
        return True

    def settings_changed(self) -> None:
        self.dock.outline_check.setChecked(self.settings.add_tile_outline)

    def _outline_toggled(self, shown: bool) -> None:
        self.memory.remember(add_tile_outline=shown)
        if shown:
            self.outline.show(self.pickable_tiles(), self.current_tile_id() or "")
        else:
            self.outline.remove()

    def _layers_removed(self, layer_ids) -> None:
        outline = self.outline.layer()
        if outline is not None and outline.id() in layer_ids:
            self.outline.forget()
            self.dock.outline_check.blockSignals(True)
            self.dock.outline_check.setChecked(False)
            self.dock.outline_check.blockSignals(False)

    def _pick_toggled(self, on: bool) -> None:
        canvas = self.iface.mapCanvas()
        if on:
            if not self.dock.outline_check.isChecked():
                self.dock.outline_check.setChecked(True)  # the user clicks inside an outline: show them
            canvas.setMapTool(self.pick_tool)
            self.status.say(tr("Click inside a tile outline on the map to choose that tile."))
        elif canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)

    def _picked(self, tile_id: str) -> None:
        self.set_tile(tile_id)
        self.status.say(tr("Tile {tile} chosen.").format(tile=tile_id))

    def _missed(self) -> None:
        self.status.say(tr("No tile there: click inside one of the tile outlines."), error=True)

    def close(self) -> None:
        QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)
        canvas = self.iface.mapCanvas()
        if canvas is not None and canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)
        self.pick_tool.deleteLater()
