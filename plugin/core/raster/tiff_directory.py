"""What the first image directory of a TIFF says, read without GDAL (tens of microseconds where GDAL's open takes
tenths of milliseconds): its raw GeoTIFF keys, and whether its last block lies past the end of the file.

    geotiff_keys("S2A_..._FAPAR_10M_V102.tif")   # bytes (a key to cache what GDAL builds from them), or None
    cut_short("S2A_..._SCENECLASSIFICATION_20M_V102.tif")   # True for a download cut short; None: not a TIFF
    tiff_facts("S2A_..._FAPAR_10M_V102.tif")   # both from one read: TiffFacts(cut_short=False, geotiff_keys=b"<...")

Classic TIFF and BigTIFF, either byte order. Only reads the header, the first directory and the values asked for.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO, NamedTuple

GEOTIFF_KEY_TAGS = (34735, 34736, 34737)  # GeoKeyDirectory (SHORT), GeoDoubleParams (DOUBLE), GeoAsciiParams (ASCII)
BLOCK_TAGS = ((324, 325), (273, 279))  # (offsets, byte counts) of tiles, else of strips
_TYPE_FORMATS = {1: "B", 2: "B", 3: "H", 4: "I", 12: "d", 16: "Q"}  # BYTE, ASCII, SHORT, LONG, DOUBLE, LONG8
_MAX_ENTRIES = 4096  # a larger first directory is damage, not an image


class _Entry(NamedTuple):
    kind: int
    count: int
    field: bytes  # the value itself when it fits, else the offset of the values


class _Directory(NamedTuple):
    file: BinaryIO
    order: str  # "<" or ">"
    entries: dict[int, _Entry]
    field_size: int  # 4 in classic TIFF, 8 in BigTIFF

    def values(self, tag: int, first: int = 0, count: int | None = None) -> bytes:
        """The raw bytes of `count` values of a tag from value `first` on (all of them by default)."""
        entry = self.entries[tag]
        size = struct.calcsize(self.order + _TYPE_FORMATS[entry.kind])
        count = entry.count - first if count is None else count
        if entry.count * size <= self.field_size:
            return entry.field[first * size:(first + count) * size]
        self.file.seek(struct.unpack(self.order + ("I" if self.field_size == 4 else "Q"), entry.field)[0] + first * size)
        found = self.file.read(count * size)
        if len(found) != count * size:
            raise ValueError("the tag's values lie past the end of the file")
        return found

    def last_value(self, tag: int) -> int:
        entry = self.entries[tag]
        return struct.unpack(self.order + _TYPE_FORMATS[entry.kind], self.values(tag, entry.count - 1, 1))[0]


class TiffFacts(NamedTuple):
    """What one read of a TIFF's first directory tells (see cut_short and geotiff_keys)."""

    cut_short: bool | None
    geotiff_keys: bytes | None


def tiff_facts(path: str | Path) -> TiffFacts:
    """cut_short and geotiff_keys of a file, from one read of its first directory."""
    try:
        with open(path, "rb") as file:
            directory = _first_directory(file)
            if directory is None:
                return TiffFacts(None, None)
            return TiffFacts(_cut_short(directory), _geotiff_keys(directory))
    except (OSError, struct.error, ValueError, KeyError):
        return TiffFacts(None, None)


def geotiff_keys(path: str | Path) -> bytes | None:
    """The GeoTIFF key tags of the first image (tag, type, count and values of each, in one string of bytes), or None
    when the file is no TIFF, has no GeoKeyDirectory, or cannot be read."""
    return tiff_facts(path).geotiff_keys


def cut_short(path: str | Path) -> bool | None:
    """True when the last block of the first image ends past the end of the file (a download cut short), False when
    it does not (or is empty: a sparse file), None when the file is no TIFF GDAL could read this way."""
    return tiff_facts(path).cut_short


def _geotiff_keys(directory: _Directory) -> bytes | None:
    if GEOTIFF_KEY_TAGS[0] not in directory.entries:
        return None
    try:
        found = [directory.order.encode()]
        for tag in GEOTIFF_KEY_TAGS:
            entry = directory.entries.get(tag)
            if entry is not None:
                found.append(struct.pack(directory.order + "HHQ", tag, entry.kind, entry.count) + directory.values(tag))
        return b"".join(found)
    except (OSError, struct.error, ValueError, KeyError):
        return None


def _cut_short(directory: _Directory) -> bool | None:
    offsets, counts = next(((o, c) for o, c in BLOCK_TAGS if o in directory.entries and c in directory.entries),
                           (None, None))
    if offsets is None:
        return None
    try:
        offset, size = directory.last_value(offsets), directory.last_value(counts)
        return bool(offset and size) and offset + size > os.fstat(directory.file.fileno()).st_size
    except (OSError, struct.error, ValueError, KeyError):
        return None


def _first_directory(file: BinaryIO) -> _Directory | None:
    head = file.read(16)
    order = {b"II": "<", b"MM": ">"}.get(head[:2])
    if order is None or len(head) < 8:
        return None
    version = struct.unpack(order + "H", head[2:4])[0]
    if version == 42:  # classic TIFF: 2-byte entry count, 12-byte entries with a 4-byte value field
        offset, count_format, entry_format, field_size = struct.unpack(order + "I", head[4:8])[0], "H", "HHI", 4
    elif version == 43 and len(head) == 16:  # BigTIFF: 8-byte count, 20-byte entries with an 8-byte value field
        offset, count_format, entry_format, field_size = struct.unpack(order + "Q", head[8:16])[0], "Q", "HHQ", 8
    else:
        return None
    file.seek(offset)
    count_size = struct.calcsize(order + count_format)
    entries = struct.unpack(order + count_format, file.read(count_size))[0]
    if entries > _MAX_ENTRIES:
        return None
    entry_size = struct.calcsize(order + entry_format) + field_size
    raw = file.read(entries * entry_size)
    if len(raw) != entries * entry_size:
        return None
    found = {tag: _Entry(kind, count, field)
             for tag, kind, count, field in struct.iter_unpack(f"{order}{entry_format}{field_size}s", raw)
             if kind in _TYPE_FORMATS}
    return _Directory(file, order, found, field_size)
