"""A window's digital numbers to physical values, and the statistics of the valid ones.

The plugin's contents table gives the scaling, offset and special values (physical.py's rule of valid digital
numbers; one float64 lookup table for 8- and 16-bit files); the data type is read from the file, and the file's own
no-data value is honoured too. Files that hold floats are physical values already; a content without known scaling is
followed in digital numbers. numpy is imported inside the functions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..products.contents import content_spec
from ..raster.physical import valid_dn

DIGITAL_NUMBERS = "DN"


@dataclass(frozen=True)
class Statistics:
    valid: int
    mean: float | None = None
    median: float | None = None
    std: float | None = None


class Decoder:
    """Turns the digital numbers of one content and data type into physical values (NaN: no value)."""

    def __init__(self, content: str, numpy_type, file_nodata: float | None):
        import numpy as np

        self.spec = content_spec(content)
        self.type = np.dtype(numpy_type)
        self.file_nodata = file_nodata
        self.physical = self.spec.scaling_known and self.type.kind in "iu"
        self.table = None
        if self.physical and self.type.itemsize <= 2:  # entry i: the value of the DN whose bits are i
            self.table = self.values(np.arange(2 ** (8 * self.type.itemsize), dtype=f"uint{8 * self.type.itemsize}")
                                     .view(self.type))

    @property
    def unit(self) -> str:
        return self.spec.unit if self.physical or self.type.kind == "f" else DIGITAL_NUMBERS

    def values(self, dn):
        """Float64 physical values of an array of digital numbers, NaN where there is none."""
        import numpy as np

        if self.table is not None:
            return self.table[dn.view(f"uint{self.type.itemsize * 8}")]
        if self.physical:
            values = dn.astype(np.float64) * self.spec.scale + self.spec.offset
            values[~valid_dn(self.spec, dn)] = np.nan
        else:  # physical values already (floats), or digital numbers of a content whose scaling nobody knows
            values = dn.astype(np.float64)
        if self.file_nodata is not None:
            values[dn == self.file_nodata] = np.nan
        return values


def statistics(values, selected) -> Statistics:
    """Mean, median and standard deviation (ddof=0) of the values where `selected` and not NaN."""
    import numpy as np

    chosen = values[selected]
    chosen = chosen[~np.isnan(chosen)]
    if chosen.size == 0:
        return Statistics(0)
    return Statistics(int(chosen.size), float(chosen.mean()), float(np.median(chosen)), float(chosen.std()))
