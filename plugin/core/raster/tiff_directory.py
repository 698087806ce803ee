"""What the first image directory of a TIFF says, read without GDAL (tens of microseconds where GDAL's open takes
tenths of milliseconds): its raw GeoTIFF keys, whether its last block lies past the end of the file, and for a plain
one-band GeoTIFF what GDAL would report of it.

    geotiff_keys("S2A_..._FAPAR_10M_V102.tif")   # bytes (a key to cache what GDAL builds from them), or None
    cut_short("S2A_..._SCENECLASSIFICATION_20M_V102.tif")   # True for a download cut short; None: not a TIFF
    raster_header("S2A_..._FAPAR_10M_V102.tif")  # RasterHeader(width, height, block, "Byte", geotransform), or None
    tiff_facts("S2A_..._FAPAR_10M_V102.tif")   # all three from one read: TiffFacts(cut_short, geotiff_keys, header)

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


class RasterHeader(NamedTuple):
    """What GDAL reports of a plain one-band GeoTIFF (see raster_header): its band's colour interpretation is Gray,
    its only metadata AREA_OR_POINT=Area, it declares no no-data value."""

    width: int
    height: int
    block: tuple[int, int]
    data_type: str  # GDAL's name: Byte, UInt16, Int16, UInt32, Int32, Float32, Float64
    geotransform: tuple[float, float, float, float, float, float]


class TiffFacts(NamedTuple):
    """What one read of a TIFF's first directory tells (see cut_short, geotiff_keys and raster_header)."""

    cut_short: bool | None
    geotiff_keys: bytes | None
    header: RasterHeader | None = None


def tiff_facts(path: str | Path) -> TiffFacts:
    """cut_short and geotiff_keys of a file, from one read of its first directory."""
    try:
        with open(path, "rb") as file:
            directory = _first_directory(file)
            if directory is None:
                return TiffFacts(None, None)
            return TiffFacts(_cut_short(directory), _geotiff_keys(directory), _raster_header(directory))
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


def raster_header(path: str | Path) -> RasterHeader | None:
    """What GDAL would report of a plain one-band GeoTIFF (a Terrascope product image), read without GDAL; None for
    any other file (more bands, a palette, a no-data value, metadata, text tags, another georeferencing...): ask GDAL."""
    return tiff_facts(path).header


# The tags of a plain GeoTIFF: any other one may be something GDAL reports (text tags, GDAL_METADATA, GDAL_NODATA,
# a palette, extra samples, a transformation matrix...), and the file is left to GDAL
_PLAIN_TAGS = frozenset({256, 257, 258, 259, 262, 273, 277, 278, 279, 284, 317, 322, 323, 324, 325, 339,
                         33550, 33922, 34735, 34736, 34737})
_DATA_TYPES = {(8, 1): "Byte", (16, 1): "UInt16", (16, 2): "Int16", (32, 1): "UInt32", (32, 2): "Int32",
               (32, 3): "Float32", (64, 3): "Float64"}  # (BitsPerSample, SampleFormat): GDAL's type
_SPLIT_BYTES = 4096  # GDAL reads a bigger single uncompressed strip in blocks of a few rows: left to GDAL


def _raster_header(directory: _Directory) -> RasterHeader | None:
    entries = directory.entries
    if not set(entries) <= _PLAIN_TAGS or 34264 in entries:
        return None
    try:
        def one(tag: int, default: int | None = None) -> int | None:
            if tag not in entries:
                return default
            return directory.last_value(tag) if entries[tag].count == 1 else None

        width, height = one(256), one(257)
        data_type = _DATA_TYPES.get((one(258), one(339, 1)))
        if not width or not height or data_type is None or one(277, 1) != 1 or one(262) != 1:
            return None
        if 322 in entries:
            block = (one(322), one(323))
        else:
            rows = min(one(278, height), height)
            strip_bytes = width * rows * int(data_type[-2:] if data_type[-1].isdigit() else 8) // 8
            if one(259, 1) == 1 and rows == height and height > 1 and strip_bytes > _SPLIT_BYTES:
                return None
            block = (width, rows)
        if None in block or not _pixel_is_area(directory):
            return None
        scale = struct.unpack(directory.order + "3d", directory.values(33550))
        tiepoint = struct.unpack(directory.order + "6d", directory.values(33922))
        if scale[0] <= 0 or scale[1] <= 0:
            return None
        x, y = tiepoint[3] - tiepoint[0] * scale[0], tiepoint[4] + tiepoint[1] * scale[1]
        return RasterHeader(width, height, block, data_type, (x, scale[0], 0.0, y, 0.0, -scale[1]))
    except (OSError, struct.error, ValueError, KeyError, TypeError):
        return None


def _pixel_is_area(directory: _Directory) -> bool:
    """True when the GeoKeyDirectory says RasterPixelIsArea (GTRasterTypeGeoKey 1025 = 1)."""
    if 34735 not in directory.entries or 33550 not in directory.entries or 33922 not in directory.entries:
        return False
    if directory.entries[33550].count != 3 or directory.entries[33922].count != 6:
        return False
    keys = struct.unpack(f"{directory.order}{directory.entries[34735].count}H", directory.values(34735))
    return any(keys[i:i + 4] == (1025, 0, 1, 1) for i in range(4, len(keys) - 3, 4))


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
