"""A window's digital numbers to physical values, and the statistics of the valid ones.

The plugin's contents table gives the scaling, offset and special values (physical.py's rule of valid digital
numbers; one float64 lookup table for 8- and 16-bit files); the data type is read from the file, and the file's own
no-data value is honoured too. Files that hold floats are physical values already; a content without known scaling is
followed in digital numbers. The statistics of Byte products come from the histogram of their digital numbers (one
bincount and a few sums over 256 entries, several times faster than numpy's median and std on each field; the same
values to the last digits). numpy is imported inside the functions.
"""

from __future__ import annotations

import math
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
        # histograms need the values to grow with the DN (a positive scale; unsigned bytes, whose bits are the DN)
        self.by_histogram = self.table is not None and self.type == np.uint8 and self.spec.scale > 0
        if self.by_histogram:
            self.has_value = ~np.isnan(self.table)
            every_dn = np.arange(256, dtype=np.int64)
            self.powers = np.stack([every_dn ** 0, every_dn, every_dn ** 2]) * self.has_value  # 3 x 256: 1, DN, DN²

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


    def statistics(self, dn, selected) -> Statistics:
        """The statistics of the physical values of `dn` where `selected` (and valid)."""
        import numpy as np

        if not self.by_histogram:
            return statistics(self.values(dn), selected)
        # physical = scale * DN + offset with scale > 0: the valid DNs' count, sum and sum of squares (exact integers)
        # give the mean and the spread; the middle pixels of the histogram give the median
        counts = np.bincount(dn[selected], minlength=256)
        valid, dn_sum, dn_squares = (int(total) for total in self.powers @ counts)
        if valid == 0:
            return Statistics(0)
        scale, offset = self.spec.scale, self.spec.offset
        mean = scale * (dn_sum / valid) + offset
        std = scale * math.sqrt((valid * dn_squares - dn_sum * dn_sum) / (valid * valid))
        lower, upper = np.searchsorted(np.cumsum(counts * self.has_value), ((valid - 1) // 2, valid // 2), side="right")
        return Statistics(valid, mean, float((self.table[lower] + self.table[upper]) / 2), std)


def statistics(values, selected) -> Statistics:
    """Mean, median and standard deviation (ddof=0) of the values where `selected` and not NaN."""
    import numpy as np

    chosen = values[selected]
    chosen = chosen[~np.isnan(chosen)]
    if chosen.size == 0:
        return Statistics(0)
    return Statistics(int(chosen.size), float(chosen.mean()), float(np.median(chosen)), float(chosen.std()))
