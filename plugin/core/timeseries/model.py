"""The values a time series is made of: fields, product files, masking options, observations and series."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import PluginError
from ..products.names import ProductName

KEPT = "kept"  # enough valid pixels: a point of the curve
MASKED = "masked"  # too few valid pixels (clouds, no data): shown as masked, never dropped
FAILED = "failed"  # the date could not be read for this field: `problem` says why


@dataclass(frozen=True)
class Field:
    """A point or polygon to follow: its id (the feature id), a label, its geometry as WKB and its CRS.

    `crs` is anything OSR reads (WKT, 'EPSG:32631', ...).
    """

    id: int | str
    wkb: bytes
    crs: str
    label: str = ""


@dataclass(frozen=True)
class ProductFile:
    """One product image of the series and the scene classification of the same acquisition (None: none found)."""

    path: Path
    name: ProductName
    classification: Path | None = None


@dataclass(frozen=True)
class MaskOptions:
    """How clouds are masked: the scene classes kept, the masked classes widened, and the share of valid pixels a date
    needs to be kept."""

    keep: frozenset[int] | None = None  # None: no masking by the scene classification
    widen: int = 0  # pixels of the product's grid (what yatt's convolution masks do, with a threshold of zero)
    min_valid_fraction: float = 0.0  # 0..1 of the field's pixels


@dataclass(frozen=True)
class Observation:
    """One field on one date: the statistics of its valid pixels in physical units."""

    field_id: int | str
    acquired: datetime
    product: str  # the product file's name
    tile: str
    status: str  # KEPT, MASKED or FAILED
    valid: int = 0  # pixels with a value, of a kept class
    total: int = 0  # pixels whose centres fall in the field (the pixel under a point)
    mean: float | None = None
    median: float | None = None
    std: float | None = None  # population standard deviation (numpy's default, ddof=0)
    problem: PluginError | None = None

    @property
    def valid_fraction(self) -> float:
        return self.valid / self.total if self.total else 0.0

    @property
    def message(self) -> str:
        return self.problem.user_text() if self.problem else ""


@dataclass
class Series:
    """The observations of one field in time order, and what went wrong with the field as a whole."""

    field: Field
    observations: list[Observation] = field(default_factory=list)
    problems: list[PluginError] = field(default_factory=list)


@dataclass
class SeriesResult:
    """Every field's series for one content, and what concerns the whole run (files skipped...)."""

    content: str
    unit: str  # the physical unit ('' for fractions), or 'DN' when no scaling is known
    series: list[Series] = field(default_factory=list)
    problems: list[PluginError] = field(default_factory=list)
