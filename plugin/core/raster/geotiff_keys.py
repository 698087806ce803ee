"""The raw GeoTIFF keys of a file, read from its first image directory without GDAL: a key to cache what GDAL builds
from them (an SRS takes GDAL 1 to 1.5 ms to build from a file's keys; the files of a tile share them).

    geotiff_keys("S2A_..._FAPAR_10M_V102.tif")   # bytes, or None for a file that is no (Geo)TIFF

Classic TIFF and BigTIFF, either byte order. Only reads: the header, the first directory and the three key tags.
"""

from __future__ import annotations

import struct
from pathlib import Path

KEY_TAGS = (34735, 34736, 34737)  # GeoKeyDirectory (SHORT), GeoDoubleParams (DOUBLE), GeoAsciiParams (ASCII)
_TYPE_SIZES = {2: 1, 3: 2, 12: 8}  # the types those tags have: ASCII, SHORT, DOUBLE
_MAX_ENTRIES = 4096  # a larger first directory is damage, not a GeoTIFF


def geotiff_keys(path: str | Path) -> bytes | None:
    """The GeoTIFF key tags of the first image (tag, type, count and value of each, in one string of bytes), or None
    when the file is no TIFF, has no GeoKeyDirectory, or cannot be read."""
    try:
        with open(path, "rb") as file:
            return _read_keys(file)
    except (OSError, struct.error, ValueError):
        return None


def _read_keys(file) -> bytes | None:
    head = file.read(16)
    order = {b"II": "<", b"MM": ">"}.get(head[:2])
    if order is None:
        return None
    version = struct.unpack(order + "H", head[2:4])[0]
    if version == 42:  # classic TIFF: 2-byte entry count, 12-byte entries with a 4-byte value field
        offset, count_format, entry_format, value_size = struct.unpack(order + "I", head[4:8])[0], "H", "HHI", 4
    elif version == 43:  # BigTIFF: 8-byte count, 20-byte entries with an 8-byte value field
        offset, count_format, entry_format, value_size = struct.unpack(order + "Q", head[8:16])[0], "Q", "HHQ", 8
    else:
        return None
    file.seek(offset)
    count_size = struct.calcsize(order + count_format)
    entries = struct.unpack(order + count_format, file.read(count_size))[0]
    if entries > _MAX_ENTRIES:
        return None
    entry_size = struct.calcsize(order + entry_format) + value_size
    directory = file.read(entries * entry_size)
    found = []
    for start in range(0, len(directory) - entry_size + 1, entry_size):
        tag, kind, count = struct.unpack_from(order + entry_format, directory, start)
        if tag not in KEY_TAGS:
            continue
        if kind not in _TYPE_SIZES:
            return None
        size = count * _TYPE_SIZES[kind]
        field = directory[start + entry_size - value_size:start + entry_size]
        if size > value_size:  # the values lie elsewhere: the field holds their offset
            file.seek(struct.unpack(order + ("I" if value_size == 4 else "Q"), field)[0])
            value = file.read(size)
            if len(value) != size:
                return None
        else:
            value = field[:size]
        found.append(struct.pack(order + "HHQ", tag, kind, count) + value)
    if not found or not found[0].startswith(struct.pack(order + "H", KEY_TAGS[0])):  # tags are sorted: 34735 first
        return None
    return order.encode() + b"".join(found)
