"""What each Terrascope Sentinel-2 content is: scaling, no data, ranges, units, and the scene classes.

Facts from VITO's product documentation (see PRODUCTS.md in the team's shared notes). What is not known is marked
unknown rather than guessed: those products are shown as digital numbers, and the user is told so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..text import QT_TRANSLATE_NOOP

BIOPHYSICAL = "biophysical"
REFLECTANCE = "reflectance"
CLASSIFICATION = "classification"
MASK = "mask"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class ContentSpec:
    """How to read one content's digital numbers (DN): physical = scale * DN + offset."""

    content: str
    title: str
    kind: str
    unit: str = ""
    scale: float | None = None
    offset: float = 0.0
    nodata: float | None = None
    dn_min: float | None = None
    dn_max: float | None = None
    physical_min: float | None = None
    physical_max: float | None = None
    saturation_min: float | None = None
    saturation_max: float | None = None
    # DNs that VITO's colour tables show as grey "no value" (251, 253) or transparent (254, 255)
    grey_values: tuple[int, ...] = ()
    transparent_values: tuple[int, ...] = ()

    @property
    def scaling_known(self) -> bool:
        return self.scale is not None

    def to_physical(self, dn: float) -> float:
        if self.scale is None:
            raise ValueError(f"no scaling is known for {self.content}")
        return self.scale * dn + self.offset


def _biophysical(content: str, title: str, dn_max: int, physical_min: float, physical_max: float, **extra) -> ContentSpec:
    return ContentSpec(
        content=content, title=title, kind=BIOPHYSICAL, scale=(physical_max - physical_min) / dn_max, offset=physical_min,
        nodata=255, dn_min=0, dn_max=dn_max, physical_min=physical_min, physical_max=physical_max,
        grey_values=(251, 253), transparent_values=(254, 255), **extra,
    )


_SPECS = [
    _biophysical("FAPAR", QT_TRANSLATE_NOOP("@default", "Fraction of absorbed photosynthetically active radiation"),
                 200, 0.0, 1.0),
    _biophysical("FCOVER", QT_TRANSLATE_NOOP("@default", "Fraction of vegetation cover"), 200, 0.0, 1.0),
    _biophysical("LAI", QT_TRANSLATE_NOOP("@default", "Leaf area index"), 250, 0.0, 10.0, unit="m²/m²"),
    _biophysical("NDVI", QT_TRANSLATE_NOOP("@default", "Normalized difference vegetation index"), 250, -0.08, 0.92,
                 saturation_min=-1.0, saturation_max=1.0),
    ContentSpec("SCENECLASSIFICATION", QT_TRANSLATE_NOOP("@default", "Scene classification"), CLASSIFICATION,
                dn_min=0, dn_max=11),
    ContentSpec("CLOUDMASK", QT_TRANSLATE_NOOP("@default", "Cloud mask"), MASK, dn_min=0, dn_max=1),
    ContentSpec("SHADOWMASK", QT_TRANSLATE_NOOP("@default", "Shadow mask"), MASK, dn_min=0, dn_max=1),
    *(
        ContentSpec(f"TOC-B{band}", QT_TRANSLATE_NOOP("@default", "Top-of-canopy reflectance"), REFLECTANCE,
                    scale=0.0001, offset=0.0, nodata=32767, dn_min=-10000, dn_max=10000, physical_min=-1.0, physical_max=1.0)
        for band in ("01", "02", "03", "04", "05", "06", "07", "08", "8A", "09", "10", "11", "12")
    ),
    ContentSpec("TOC", QT_TRANSLATE_NOOP("@default", "Top-of-canopy reflectance"), REFLECTANCE, scale=0.0001, nodata=32767,
                dn_min=-10000, dn_max=10000, physical_min=-1.0, physical_max=1.0),
    ContentSpec("CCC", QT_TRANSLATE_NOOP("@default", "Canopy chlorophyll content"), UNKNOWN),
    ContentSpec("CWC", QT_TRANSLATE_NOOP("@default", "Canopy water content"), UNKNOWN),
    ContentSpec("AOT", QT_TRANSLATE_NOOP("@default", "Aerosol optical thickness"), UNKNOWN),
    ContentSpec("RAA", QT_TRANSLATE_NOOP("@default", "Relative azimuth angle"), UNKNOWN),
    ContentSpec("SZA", QT_TRANSLATE_NOOP("@default", "Sun zenith angle"), UNKNOWN),
    ContentSpec("VZA", QT_TRANSLATE_NOOP("@default", "Viewing zenith angle"), UNKNOWN),
    ContentSpec("WVP", QT_TRANSLATE_NOOP("@default", "Water vapour"), UNKNOWN),
]
CONTENT_SPECS: dict[str, ContentSpec] = {spec.content: spec for spec in _SPECS}
SCALED_CONTENTS = tuple(c for c, spec in CONTENT_SPECS.items() if spec.kind == BIOPHYSICAL)


def content_spec(content: str) -> ContentSpec:
    """The spec of a CONTENT value (case-insensitive); a content nobody knows gets an UNKNOWN spec, never an exception."""
    key = content.strip().upper()
    return CONTENT_SPECS.get(key) or ContentSpec(key, key, UNKNOWN)


ITEM_SCALED_KINDS = (BIOPHYSICAL, REFLECTANCE, UNKNOWN)  # kinds whose DNs a catalogue item's scaling turns physical


def with_item_scaling(spec: ContentSpec, scale: float | None, offset: float | None,
                      nodata: float | None) -> tuple[ContentSpec, list[str]]:
    """The spec with what a catalogue item says of a file's scale, offset and no data (the item wins where it says
    something), and each difference from the built-in table (English, for the log). Classifications and masks keep
    their own meaning."""
    if spec.kind not in ITEM_SCALED_KINDS:
        return spec, []
    changes, differences = {}, []
    for name, given in (("scale", scale), ("offset", offset), ("nodata", nodata)):
        if given is None or (isinstance(given, float) and math.isnan(given)):
            continue
        built_in = getattr(spec, name)
        if built_in is None or not math.isclose(built_in, given, rel_tol=1e-9, abs_tol=1e-12):
            changes[name] = given
            if built_in is not None:
                differences.append(f"{spec.content} {name}: the catalogue's item says {given:g}, the built-in table "
                                   f"{built_in:g}; the item's value is used")
    if changes.get("scale") is not None and spec.offset is None:
        changes.setdefault("offset", 0.0)
    return (replace(spec, **changes) if changes else spec), differences


@dataclass(frozen=True)
class SceneClass:
    value: int
    name: str
    label: str
    colour: str


SCENE_CLASSES = (
    SceneClass(0, "NO_DATA", QT_TRANSLATE_NOOP("@default", "No data"), "#000000"),
    SceneClass(1, "SATURATED_OR_DEFECTIVE", QT_TRANSLATE_NOOP("@default", "Saturated or defective"), "#ff0000"),
    SceneClass(2, "DARK_AREA_PIXELS", QT_TRANSLATE_NOOP("@default", "Dark area pixels / topographic shadows"), "#2f2f2f"),
    SceneClass(3, "CLOUD_SHADOWS", QT_TRANSLATE_NOOP("@default", "Cloud shadows"), "#643200"),
    SceneClass(4, "VEGETATION", QT_TRANSLATE_NOOP("@default", "Vegetation"), "#00a000"),
    SceneClass(5, "BARE_SOIL", QT_TRANSLATE_NOOP("@default", "Bare soil (not vegetated)"), "#ffe65a"),
    SceneClass(6, "WATER", QT_TRANSLATE_NOOP("@default", "Water"), "#0000ff"),
    SceneClass(7, "CLOUD_LOW_PROBABILITY", QT_TRANSLATE_NOOP("@default", "Cloud, low probability (unclassified)"), "#808080"),
    SceneClass(8, "CLOUD_MEDIUM_PROBABILITY", QT_TRANSLATE_NOOP("@default", "Cloud, medium probability"), "#c0c0c0"),
    SceneClass(9, "CLOUD_HIGH_PROBABILITY", QT_TRANSLATE_NOOP("@default", "Cloud, high probability"), "#ffffff"),
    SceneClass(10, "THIN_CIRRUS", QT_TRANSLATE_NOOP("@default", "Thin cirrus"), "#64c8ff"),
    SceneClass(11, "SNOW", QT_TRANSLATE_NOOP("@default", "Snow"), "#ff96ff"),
)

CLOUD_CLASSES = (3, 8, 9, 10)  # cloud shadows, medium and high cloud probability, thin cirrus
ALL_CLASSES = frozenset(range(12))
# Presets for masking with the scene classification: (label, classes kept), in the order of the mask algorithm's
# PRESET choices (models store the index: append, never reorder). None means "the classes the user chose".
MASK_PRESETS = (
    (QT_TRANSLATE_NOOP("@default", "Clear land (keep vegetation and bare soil: 4, 5)"), (4, 5)),
    (QT_TRANSLATE_NOOP("@default", "Clear land and water (keep 4, 5, 6)"), (4, 5, 6)),
    (QT_TRANSLATE_NOOP("@default", "Not cloudy (keep 2, 4, 5, 6, 7, 11)"), (2, 4, 5, 6, 7, 11)),
    (QT_TRANSLATE_NOOP("@default", "Remove clouds and cloud shadows (mask 3, 8, 9, 10)"),
     tuple(sorted(ALL_CLASSES - set(CLOUD_CLASSES)))),
    (QT_TRANSLATE_NOOP("@default", "Custom: the classes chosen below"), None),
)
NO_MASKING = QT_TRANSLATE_NOOP("@default", "No masking (every pixel with a value)")  # the time series' choice before those

# The contents a time series can follow, in this order in the panel and Processing (models store the index: append only)
SERIES_CONTENTS = ("FAPAR", "FCOVER", "LAI", "NDVI", "CCC", "CWC", *(
    f"TOC-B{band}" for band in ("01", "02", "03", "04", "05", "06", "07", "08", "8A", "09", "10", "11", "12")))
