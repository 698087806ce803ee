"""The map service's dates as the catalogue knows them: only the days with a product on the chosen tile, with their
cloud cover, and none above a cloud ceiling. Plain Python (the QGIS-free tests run it)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from ..services.timeline import DateEntry
from .items import Item

# the map service's layer name -> the word a catalogue collection of the same content has in its id
_LAYER_CONTENTS = {"RADIOMETRY": "TOC", "TOC": "TOC", "NDVI": "NDVI", "FAPAR": "FAPAR", "LAI": "LAI",
                   "FCOVER": "FCOVER"}


def collection_for_layer(layer_name: str, collection_ids: Iterable[str]) -> str | None:
    """The catalogue collection holding the products a map layer shows (CGS_S2_NDVI -> terrascope-s2-ndvi-v2), among
    the collections the catalogue lists; None when none or several equally fit (the panel then keeps the service's
    dates)."""
    word = _LAYER_CONTENTS.get(layer_name.upper().removeprefix("CGS_S2_"))
    if word is None:
        return None
    candidates = []
    for collection in collection_ids:
        tokens = [token.upper() for token in re.split(r"[-_.:/ ]+", collection) if token]
        if word in tokens:
            candidates.append((0 if "S2" in tokens else 1, collection))
    if not candidates:
        return None
    candidates.sort()
    best = [c for c in candidates if c[0] == candidates[0][0]]
    return best[0][1] if len(best) == 1 else None


def catalogue_days(items: Iterable[Item], tile: str) -> dict[dt.date, float | None]:
    """Day -> the least cloud cover of the tile's products that day (None when the catalogue gives none)."""
    days: dict[dt.date, float | None] = {}
    for item in items:
        if item.tile != tile:
            continue
        day = item.acquired.date()
        known = days.get(day, "absent")
        cloud = item.cloud_cover
        if known == "absent" or (cloud is not None and (known is None or cloud < known)):
            days[day] = cloud
    return days


def follow_catalogue(entries: Sequence[DateEntry], days: dict[dt.date, float | None],
                     max_cloud: float | None = None) -> list[DateEntry]:
    """The service's entries on a day the catalogue has a product for (under `max_cloud`), labelled with its cloud
    cover; order and values kept (the service is still asked with its own TIME values)."""
    kept = []
    for entry in entries:
        if entry.date not in days:
            continue
        cloud = days[entry.date]
        if max_cloud is not None and cloud is not None and cloud > max_cloud:
            continue
        label = entry.label if cloud is None else f"{entry.label}  ☁ {cloud:.0f} %"
        kept.append(DateEntry(entry.value, entry.date, label))
    return kept
