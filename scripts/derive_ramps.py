"""Derive the colour-ramp stops of plugin/core/products/colormaps.py from VITO's SLD colour tables (team fixtures).

Usage: python3 scripts/derive_ramps.py ../shared/fixtures/real/vito-colormaps
Keeps the fewest entries (in digital numbers) whose linear interpolation reproduces every entry of the table within
TOLERANCE per colour channel, up to the product's largest valid DN; prints them as Python. The SLD files are not copied.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET  # nosec B405: reads VITO's files of the team's fixtures, by hand, never plugin input
from pathlib import Path

TABLES = {"FAPAR": ("ColorTable_NDVI_V2", 200), "FCOVER": ("ColorTable_FCOVER_V12", 200),
          "LAI": ("ColorTable_LAI_V12", 250), "NDVI": ("ColorTable_NDVI_PROBAV", 250)}
TOLERANCE = 3


def entries(path: Path, dn_max: int) -> list[tuple[int, tuple[int, int, int]]]:
    found = {}
    for element in ET.parse(path).iter():  # nosec B314
        if element.tag.endswith("ColorMapEntry"):
            dn = int(float(element.get("quantity")))
            colour = element.get("color").lstrip("#")
            if element.get("label") != "nodata":  # VITO's "no value" entries (251..255) are handled apart
                found[dn] = tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))
    table = sorted(found.items())
    if table[-1][0] < dn_max:  # the table ends before the product's range: its last colour holds above
        table.append((dn_max, table[-1][1]))
    if dn_max not in dict(table):  # the table goes on beyond the product's range: cut it at dn_max, interpolated
        (d0, c0), (d1, c1) = max(e for e in table if e[0] < dn_max), min(e for e in table if e[0] > dn_max)
        table.append((dn_max, tuple(round(c0[k] + (dn_max - d0) / (d1 - d0) * (c1[k] - c0[k])) for k in range(3))))
    return sorted((dn, rgb) for dn, rgb in table if dn <= dn_max)


def simplify(table):
    keep = [0, len(table) - 1]

    def worst(a, b):
        (d0, c0), (d1, c1) = table[a], table[b]
        error, where = 0, None
        for i in range(a + 1, b):
            d, c = table[i]
            t = (d - d0) / (d1 - d0)
            e = max(abs(c0[k] + t * (c1[k] - c0[k]) - c[k]) for k in range(3))
            if e > error:
                error, where = e, i
        return error, where

    changed = True
    while changed:
        changed = False
        keep.sort()
        for a, b in zip(keep, keep[1:]):
            error, where = worst(a, b)
            if error > TOLERANCE:
                keep.append(where)
                changed = True
                break
    return [table[i] for i in sorted(keep)]


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    for content, (name, dn_max) in TABLES.items():
        stops = simplify(entries(folder / f"{name}.sld", dn_max))
        print(f'    "{content}": (  # {name}, {len(stops)} stops')
        print("        " + ", ".join(f'({dn}, "#{r:02x}{g:02x}{b:02x}")' for dn, (r, g, b) in stops) + ",")
        print("    ),")
