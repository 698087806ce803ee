"""The map service's dates following the catalogue: when the catalogue answers, the dates section lists only the days
with a product on the chosen tile, with their cloud cover, none above the cloud ceiling; when it does not, the
service's own list as before. A line under the list says which it shows.

Between the layer section (the service's dates of the chosen layer) and the dates section; the catalogue is asked in
tasks (the collections once, then the tile's products over the layer's dates), never on the GUI thread.
"""

from __future__ import annotations

from ...core.services.timeline import EntryList
from ...toolbelt.i18n import tr
from ..panel_view import NO_DATES, LayerDates
from .section import Section

MAX_ITEMS = 5000  # a tile has about 150 acquisitions a year: 30 years


class CatalogueDatesSection(Section):
    def __init__(self, dock, memory, status, layer_section, tile_section, dates_section):
        super().__init__(dock, memory, status)
        self.layer_section, self.tile_section, self.dates_section = layer_section, tile_section, dates_section
        self.service_dates = NO_DATES
        self.layer_name = ""
        self.tile = ""
        self.days: dict | None = None  # day -> cloud cover, from the catalogue (None: the service's list is shown)
        self.reason = ""  # why the service's list is shown
        self.collections: list[str] | None = None
        self.task = None
        with memory.restoring_state():
            dock.dates_cloud_spin.setValue(max(0, min(100, self.settings.dates_max_cloud)))
        dock.dates_cloud_spin.valueChanged.connect(self._cloud_changed)

    def layer_dates(self, dates: LayerDates) -> None:
        """The chosen layer's dates from the service: shown at once, then narrowed when the catalogue answers."""
        layer = self.layer_section.current_layer()
        self.service_dates, self.layer_name = dates, layer.name if layer is not None else ""
        self.tile = self.tile_section.current_tile_id() or ""
        self.days, self.reason = None, ""
        self.show()
        self.ask()

    def tile_changed(self, tile_id: str) -> None:
        if tile_id != self.tile:
            self.tile, self.days, self.reason = tile_id, None, ""
            self.show()
            self.ask()

    # ------------------------------------------------------------------ the catalogue

    def ask(self):
        """Ask the catalogue for the tile's products over the layer's dates (the collections first, once)."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        if not self.service_dates.entries or not self.tile or not self.layer_name:
            return None
        settings = self.memory.reload()
        if not settings.catalogue_url.strip():
            return None
        if self.collections is None:
            from ...core.stac.tasks import CollectionsTask

            task = self.task = CollectionsTask(settings.catalogue_url, settings.catalogue_login(),
                                               settings.network_timeout_s)
            task.done.connect(self._collections_read)
            task.failed.connect(self._failed)
            return self.status.run(task, "")
        from ...core.stac.dates import collection_for_layer
        from ...core.stac.search import SearchQuery
        from ...core.stac.tasks import SearchTask

        collection = collection_for_layer(self.layer_name, self.collections)
        if collection is None:
            self.reason = tr("the catalogue has no collection for {layer}").format(layer=self.layer_name)
            self.show()
            return None
        entries = self.service_dates.entries
        query = SearchQuery(collection, tiles=(self.tile,), start=entries[-1].date, end=entries[0].date,
                            page_size=1000, max_items=MAX_ITEMS)
        task = self.task = SearchTask(settings.catalogue_url, query, settings.catalogue_login(), settings.network_timeout_s)
        task.done.connect(lambda result, tile=self.tile, layer=self.layer_name: self._found(result, tile, layer))
        task.failed.connect(self._failed)
        return self.status.run(task, "")

    def _collections_read(self, collections: list) -> None:
        self.task = None
        self.collections = [collection.id for collection in collections]
        self.ask()

    def _found(self, result, tile: str, layer: str) -> None:
        self.task = None
        if tile != self.tile or layer != self.layer_name:
            return  # the user chose another meanwhile
        from ...core.stac.dates import catalogue_days

        self.days = catalogue_days(result.items, tile)
        self.reason = ""
        self.show()

    def _failed(self, text: str) -> None:
        """The catalogue did not answer: one short reason under the list; what it said (addresses) in the tooltip and
        QGIS's log, not in the panel."""
        from ...toolbelt.log import log

        self.task = None
        self.days, self.reason = None, tr("The catalogue could not be read.")
        self.dock.dates_source_label.setToolTip(text)
        log(f"{self.reason} {text}", "info")
        self.show()

    # ------------------------------------------------------------------ what the dates section shows

    def _cloud_changed(self, value: int) -> None:
        self.memory.remember(dates_max_cloud=value)
        if self.days is not None:
            self.show()

    def show(self) -> None:
        label = self.dock.dates_source_label
        if self.days is None:
            self.dates_section.set_dates(self.service_dates)
            self.dock.dates_cloud_spin.setEnabled(False)
            text = tr("Dates: the service's own list.")
            label.setText(f"{text} ({self.reason})" if self.reason else text)
            return
        from ...core.stac.dates import follow_catalogue

        self.dock.dates_source_label.setToolTip("")
        ceiling = self.dock.dates_cloud_spin.value()
        entries = follow_catalogue(self.service_dates.entries, self.days, None if ceiling >= 100 else float(ceiling))
        self.dates_section.set_dates(LayerDates(EntryList(entries)))
        self.dock.dates_cloud_spin.setEnabled(True)
        label.setText(tr("Dates: the {count} with a product on {tile} in the catalogue (of {total} in the service).")
                      .format(count=len(entries), tile=self.tile, total=len(self.service_dates.entries)))

    def close(self) -> None:
        if self.task is not None:
            self.task.cancel()
