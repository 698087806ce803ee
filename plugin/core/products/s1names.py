"""Terrascope Sentinel-1 product names: backscatter (SIGMA0) and coherence products, parsed and built back.

Backscatter: `S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110[_VV|_VH|_angle]` (a product folder and
its images; `.xml` beside them is the INSPIRE metadata). Coherence: `S1A_S1B_Coherence_20200330T173247_20200405T173221_
ASC_161_V110[_VV|_VH]` (the pair's two acquisitions). Found anywhere inside a longer name, like the Sentinel-2 names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import PurePath

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

BACKSCATTER = "backscatter"
COHERENCE = "coherence"
BANDS = ("VV", "VH", "HH", "HV")
ANGLE = "angle"
PASSES = {"ASC": "ASCENDING", "DSC": "DESCENDING", "ASCENDING": "ASCENDING", "DESCENDING": "DESCENDING"}
_SHORT_PASSES = {"ASCENDING": "ASC", "DESCENDING": "DSC"}  # as coherence names write them

# after the version: a band (then anything but a letter or digit: users add suffixes), or the end of the name
_BAND = r"(?:_(?P<band>VV|VH|HH|HV|angle)(?![A-Za-z0-9])|(?![A-Za-z0-9_]))"
_BACKSCATTER_RE = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?P<mission>S1[A-Z])_(?P<mode>IW|EW|SM|WV)_(?P<product_type>GRD[HMF]?)_(?P<calibration>SIGMA0)"
    r"_(?P<polarisations>[DS][VH])_(?P<date>\d{8})T(?P<time>\d{6})_(?P<orbit_pass>ASCENDING|DESCENDING)"
    r"_(?P<orbit>\d{1,3})_(?P<code>[0-9A-F]{4})_V(?P<version>\d{3})" + _BAND,
    re.IGNORECASE,
)
_COHERENCE_RE = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?P<mission>S1[A-Z])_(?P<second_mission>S1[A-Z])_Coherence_(?P<date>\d{8})T(?P<time>\d{6})"
    r"_(?P<end_date>\d{8})T(?P<end_time>\d{6})_(?P<orbit_pass>ASC|DSC)_(?P<orbit>\d{1,3})_V(?P<version>\d{3})"
    + _BAND,
    re.IGNORECASE,
)
EXAMPLE_NAME = "S1A_IW_GRDH_SIGMA0_DV_20200315T055849_DESCENDING_110_22F3_V110_VV"


class Sentinel1NameError(PluginError, ValueError):
    """A name that is not a Terrascope Sentinel-1 product name."""


@dataclass(frozen=True)
class Sentinel1Name:
    """The fields of one Terrascope Sentinel-1 file or folder name."""

    kind: str  # BACKSCATTER or COHERENCE
    mission: str  # S1A, S1B, S1C...; a coherence pair's first acquisition
    acquired: datetime  # UTC; a coherence pair's first acquisition
    orbit_pass: str  # ASCENDING or DESCENDING
    relative_orbit: int
    version: str  # three digits: 110, 130...
    band: str = ""  # VV, VH (HH, HV) or "angle"; "" for the product (folder, metadata)
    code: str = ""  # backscatter: the product's four hex digits (22F3)
    mode: str = "IW"  # backscatter: acquisition mode, product type, calibration, polarisations (D: dual)
    product_type: str = "GRDH"
    calibration: str = "SIGMA0"
    polarisations: str = "DV"
    second_mission: str = ""  # coherence: the second acquisition
    acquired_end: datetime | None = None

    # what the Sentinel-2 ProductName offers too, so that code handling either reads them alike
    is_quicklook = False
    resolution = None

    @property
    def content(self) -> str:
        return self.band or self.kind

    @property
    def is_angle(self) -> bool:
        return self.band == ANGLE

    @property
    def product_id(self) -> str:
        """The product (folder) a file belongs to."""
        if self.kind == COHERENCE:
            return (f"{self.mission}_{self.second_mission}_Coherence_{self.acquired:%Y%m%dT%H%M%S}_"
                    f"{self.acquired_end:%Y%m%dT%H%M%S}_{_SHORT_PASSES[self.orbit_pass]}_{self.relative_orbit}"
                    f"_V{self.version}")
        return (f"{self.mission}_{self.mode}_{self.product_type}_{self.calibration}_{self.polarisations}_"
                f"{self.acquired:%Y%m%dT%H%M%S}_{self.orbit_pass}_{self.relative_orbit}_{self.code}_V{self.version}")

    @property
    def acquisition_key(self) -> str:
        """What the files of one product share."""
        return self.product_id

    def name(self) -> str:
        """The canonical name (without extension) of these fields."""
        return f"{self.product_id}_{self.band}" if self.band else self.product_id

    def with_band(self, band: str) -> Sentinel1Name:
        return replace(self, band=band)


def parse_sentinel1_name(text: str | PurePath) -> Sentinel1Name:
    """The fields of the first Sentinel-1 product name found in a file name, path or folder name.

    Raises Sentinel1NameError, with a message for the user, for anything else.
    """
    found = try_parse_sentinel1_name(text)
    if found is None:
        raise Sentinel1NameError(QT_TRANSLATE_NOOP(
            "@default", "'{name}' is not a Terrascope Sentinel-1 product name (expected a name such as {example}.tif)"),
            name=shown_name(text), example=EXAMPLE_NAME)
    return found


def try_parse_sentinel1_name(text: str | PurePath) -> Sentinel1Name | None:
    raw = str(text)
    base = PurePath(raw).name if raw else raw
    for candidate in (base, raw):  # the file's own name first, then its folders
        for pattern in (_BACKSCATTER_RE, _COHERENCE_RE):
            for match in pattern.finditer(candidate):
                parsed = _fields(match, pattern is _COHERENCE_RE)
                if parsed is not None:
                    return parsed
    return None


def shown_name(text: str | PurePath) -> str:
    """A name as a message shows it: the file's own name, at most 120 characters."""
    raw = str(text)
    base = PurePath(raw).name if raw else raw
    return base if len(base) <= 120 else base[:117] + "..."


def _instant(date: str, time: str) -> datetime | None:
    try:
        return datetime.strptime(date + time, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _fields(match: re.Match, coherence: bool) -> Sentinel1Name | None:
    acquired = _instant(match["date"], match["time"])
    orbit = int(match["orbit"])
    if acquired is None or not 1 <= orbit <= 175:  # Sentinel-1 has 175 relative orbits
        return None
    band = match["band"] or ""
    band = ANGLE if band.lower() == ANGLE else band.upper()
    common = {"mission": match["mission"].upper(), "acquired": acquired, "relative_orbit": orbit,
              "orbit_pass": PASSES[match["orbit_pass"].upper()], "version": match["version"], "band": band}
    if coherence:
        end = _instant(match["end_date"], match["end_time"])
        if end is None or band == ANGLE:
            return None
        return Sentinel1Name(COHERENCE, second_mission=match["second_mission"].upper(), acquired_end=end, mode="",
                             product_type="", calibration="", polarisations="", **common)
    return Sentinel1Name(BACKSCATTER, code=match["code"].upper(), mode=match["mode"].upper(),
                         product_type=match["product_type"].upper(), calibration=match["calibration"].upper(),
                         polarisations=match["polarisations"].upper(), **common)
