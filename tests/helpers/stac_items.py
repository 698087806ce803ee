"""Terrascope STAC items for the tests' catalogue: the real ones from ../shared, and items derived from them.

The real items (fixtures/real/terrascope-stac: three TOC V210 products of 2023-02-20 in Iraq, STAC 1.0) are loaded as
they are. The derived items copy their shape (properties, extensions, asset fields) for Belgium's ten tiles on 73 dates
of 2023 (one every 5 days), for the NDVI, FAPAR, FCOVER and LAI collections, and TOC on 31UFS and 31UES:

- NDVI, FAPAR, FCOVER: STAC 1.0 like the real items (`raster:bands`, `mgrs:*`, `alternate.MEP` to /data/MTDA, absent
  here); FAPAR keeps its files in a `10M/` subfolder as Terrascope's FAPAR_V2 does.
- LAI: the newer STAC 1.1 shape (V220): `raster:scale`/`raster:offset`/`nodata` on the asset, `grid:code`, `proj:code`,
  `auth:refs`, `file:size`, and `alternate.local` as a file:// URL of the served file itself (a folder that exists:
  "open in place").
- Odd items in 2022 for the bad-input tests (no assets, no raster metadata).

Each asset's href points to the tests' lighttpd (`<download>/Sentinel2/<CONTENT>_V2/YYYY/MM/DD/<product>/<file>`),
which serves GeoTIFFs derived from the real 31UFS rasters of ../shared (re-georeferenced on each tile's corner) and
an INSPIRE XML per product. One file per tile and content, hard-linked under every date's product name.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from .paths import REAL

REAL_STAC = REAL / "terrascope-stac"
REAL_31UFS = REAL / "vito-s2-31UFS-V102"
REAL_ITEM = "S2A_20230220T074941_38SKG_TOC_V210.json"
REAL_COLLECTION = "collection_terrascope_s2_toc_v2.json"

BELGIAN_TILES = ("31UET", "31UFT", "31UDS", "31UES", "31UFS", "31UGS", "31UER", "31UFR", "31UGR", "31UFQ")
FIRST_DATE = date(2023, 1, 3)
DATE_COUNT = 73
DATE_STEP_DAYS = 5
TOC_TILES = ("31UFS", "31UES")
TOC_DATE_COUNT = 12
BIOPHYSICAL = {  # content: (data type, scale, offset, nodata, unit), as Terrascope's V2 catalogue describes them
    "NDVI": ("uint8", 0.004, -0.08, 255.0, "-"),
    "FAPAR": ("uint8", 0.005, 0.0, 255.0, "-"),
    "FCOVER": ("uint8", 0.005, 0.0, 255.0, "-"),
    "LAI": ("uint8", 0.04, 0.0, 255.0, "m2/m2"),
}
STAC11 = ("LAI",)  # collections in the newer shape
TOC_BANDS = {"B01": 60, "B02": 10, "B03": 10, "B04": 10, "B05": 20, "B06": 20, "B07": 20, "B08": 10, "B8A": 20,
             "B11": 20, "B12": 20}
TOC_EXTRA = {"AOT": ("uint16", 0.001), "WVP": ("uint16", 0.001), "RAA": ("int16", 0.01), "SZA": ("int16", 0.01),
             "VZA": ("int16", 0.01)}
ODD_DATE = date(2022, 6, 1)
SERVED_PIXELS = 500  # the served images cover the tile's upper-left 5 km at 10 m (the real fixtures' subset)


def real_stac_file(name: str) -> Path:
    """A file of ../shared/fixtures/real/terrascope-stac, or a skip that says why it is missing."""
    path = REAL_STAC / name
    if not path.exists():
        import pytest

        pytest.skip(f"real fixture {path} is missing: the tests expect the team's shared/ folder beside the clone")
    return path


def collection_id(content: str) -> str:
    return "terrascope_s2_toc_v2" if content == "TOC" else f"terrascope-s2-{content.lower()}-v2"


def real_collection() -> dict:
    collection = json.loads((REAL_STAC / REAL_COLLECTION).read_text())
    collection.pop("_auth", None)  # terra-stac-api's own access rules, not STAC
    return collection


def real_items() -> list[dict]:
    items = []
    for path in sorted(REAL_STAC.glob("S2*_TOC_V210.json")):
        item = json.loads(path.read_text())
        item["collection"] = real_collection()["id"]
        items.append(item)
    return items


def collections() -> list[dict]:
    """The real TOC collection and one derived from it per biophysical content."""
    real = real_collection()
    found = [real]
    for content in BIOPHYSICAL:
        derived = copy.deepcopy(real)
        derived["id"] = collection_id(content)
        derived["title"] = f"Sentinel-2 {content} (tiles) - V2"
        derived["description"] = f"{content} of Sentinel-2 L2A products V2, computed by VITO from the TOC products."
        found.append(derived)
    return found


@dataclass(frozen=True)
class Acquisition:
    tile_id: str
    when: datetime
    mission: str
    orbit: int
    cloud_cover: float

    @property
    def stem(self) -> str:
        return f"{self.mission}_{self.when:%Y%m%dT%H%M%S}_{self.tile_id}"


def acquisitions(tiles=BELGIAN_TILES, count: int = DATE_COUNT) -> list[Acquisition]:
    """One acquisition a tile every 5 days of 2023, S2A and S2B in turn, cloud cover spread over 0..100 %."""
    found = []
    for number in range(count):
        day = FIRST_DATE + timedelta(days=DATE_STEP_DAYS * number)
        orbit, time_of_day = (51, (10, 46, 21)) if number % 2 else (8, (10, 56, 29))
        when = datetime(day.year, day.month, day.day, *time_of_day, tzinfo=timezone.utc)
        for tile_number, tile_id in enumerate(tiles):
            cloud = round(((number * 37 + tile_number * 11) % 101) + 0.125 * (tile_number % 4), 3)
            found.append(Acquisition(tile_id, when, "S2B" if number % 2 else "S2A", orbit, min(cloud, 100.0)))
    return found


class ItemFactory:
    """Items derived from the real one, with hrefs to `download_url` and files under `files_root` (served there)."""

    def __init__(self, download_url: str, files_root: Path, xml_folder: Path):
        self.download_url = download_url.rstrip("/")
        self.files_root = Path(files_root)
        self.xml_folder = Path(xml_folder)
        self.template = json.loads((REAL_STAC / REAL_ITEM).read_text())
        self.base = json.dumps({key: value for key, value in self.template.items()
                                if key not in ("assets", "geometry", "bbox")})  # loads() copies faster than deepcopy
        self.links: list[tuple[Path, Path]] = []  # (served file, source file): hard links the server makes
        self.sizes: dict[Path, int] = {}

    # -- what the files are
    def relative_folder(self, content: str, acquisition: Acquisition, version: str) -> str:
        product = f"{acquisition.stem}_{content}_V{version}"
        return f"Sentinel2/{content}_V2/{acquisition.when:%Y/%m/%d}/{product}" + ("/10M" if content == "FAPAR" else "")

    def asset(self, content: str, acquisition: Acquisition, file_name: str, source: Path, version: str,
              shape11: bool) -> dict:
        folder = self.relative_folder(content, acquisition, version)
        served = self.files_root / folder / file_name
        self.links.append((served, source))
        asset = {"href": f"{self.download_url}/{folder}/{file_name}"}
        if shape11:
            asset["alternate"] = {"local": {"href": served.as_uri()}}
            asset["file:size"] = source.stat().st_size if source.exists() else None
            asset["auth:refs"] = ["oidc"]
        else:
            product = f"{acquisition.stem}_{content}_V{version}"
            asset["alternate"] = {"MEP": {"href": f"/data/MTDA/TERRASCOPE_Sentinel2/{content}_V2/"
                                                  f"{acquisition.when:%Y/%m/%d}/{product}/{file_name}"}}
        return asset

    # -- items
    def biophysical_item(self, content: str, acquisition: Acquisition, sources: dict[str, Path]) -> dict:
        shape11 = content in STAC11
        version = "220" if shape11 else "210"
        stem = acquisition.stem
        item = self._base(acquisition, f"{stem}_{content}_V{version}", collection_id(content), shape11)
        data_type, scale, offset, nodata, unit = BIOPHYSICAL[content]
        assets = {}

        def raster(asset: dict, data_type: str, scale: float, offset: float, nodata: float | None, unit: str,
                   resolution: int) -> dict:
            size = 109800 // resolution
            transform = [resolution, 0.0, self._corner(acquisition)[0], 0.0, -resolution, self._corner(acquisition)[1],
                         0.0, 0.0, 1.0]
            if shape11:
                asset.update({"data_type": data_type, "raster:scale": scale, "raster:offset": offset, "unit": unit,
                              "proj:code": self._epsg(acquisition), "proj:shape": [size, size],
                              "proj:transform": transform})
                if nodata is not None:
                    asset["nodata"] = nodata
            else:
                band = {"data_type": data_type, "scale": scale, "offset": offset, "sampling": "area", "unit": unit}
                if nodata is not None:
                    band["nodata"] = nodata
                asset.update({"raster:bands": [band], "proj:shape": [size, size], "proj:transform": transform})
            return asset

        name = f"{stem}_{content}_10M_V{version}.tif"
        assets[name] = raster({**self.asset(content, acquisition, name, sources["image"], version, shape11),
                               "type": "image/tiff; application=geotiff", "title": content,
                               "description": f"{content} at 10M resolution", "roles": ["data"]},
                              data_type, scale, offset, nodata, unit, 10)
        name = f"{stem}_SCENECLASSIFICATION_20M_V{version}.tif"
        assets[name] = raster({**self.asset(content, acquisition, name, sources["scl"], version, shape11),
                               "type": "image/tiff; application=geotiff", "title": "SCL",
                               "description": "Scene classification generated by Sen2Cor", "roles": ["data"]},
                              "uint8", 1.0, 0.0, None, "", 20)
        name = f"{stem}_{content}_QUICKLOOK_V{version}.tif"
        assets[name] = {**self.asset(content, acquisition, name, sources["quicklook"], version, shape11),
                        "type": "image/tiff; application=geotiff", "title": "QUICKLOOK", "roles": ["thumbnail"]}
        name = f"{stem}_{content}_10M_V{version}.xml"
        assets[name] = {**self.asset(content, acquisition, name, self.inspire(item, content), version, shape11),
                        "type": "text/xml", "roles": ["metadata"]}
        item["assets"] = assets
        return item

    def toc_item(self, acquisition: Acquisition, sources: dict[str, Path]) -> dict:
        """A TOC product like the real one: its 19 assets, renamed for this tile and date, hrefs to the loopback."""
        stem = acquisition.stem
        item = self._base(acquisition, f"{stem}_TOC_V210", collection_id("TOC"), False)
        assets = {}
        for key, real in self.template["assets"].items():
            name = key.replace("S2A_20230220T074941_38SKG", stem)
            source = self.inspire(item, "TOC") if name.endswith(".xml") else sources[_toc_source_kind(name)]
            asset = copy.deepcopy(real)
            asset.update(self.asset("TOC", acquisition, name, source, "210", False))
            if "proj:transform" in asset:
                transform = list(asset["proj:transform"])
                transform[2], transform[5] = self._corner(acquisition)
                asset["proj:transform"] = transform
            assets[name] = asset
        item["assets"] = assets
        return item

    def odd_items(self, sources: dict[str, Path]) -> list[dict]:
        """Items a catalogue may hold that the plugin must survive: no assets; assets without raster metadata."""
        acquisition = Acquisition("31UFS", datetime(ODD_DATE.year, ODD_DATE.month, ODD_DATE.day, 10, 56, 29,
                                                    tzinfo=timezone.utc), "S2A", 8, 12.5)
        bare = self._base(acquisition, f"{acquisition.stem}_NDVI_V210", collection_id("NDVI"), False)
        bare["assets"] = {}
        later = Acquisition("31UFS", acquisition.when + timedelta(days=5), "S2B", 51, 3.0)
        plain = self.biophysical_item("NDVI", later, sources)
        for asset in plain["assets"].values():
            for key in ("raster:bands", "proj:shape", "proj:transform"):
                asset.pop(key, None)
        return [bare, plain]

    def inspire(self, item: dict, content: str) -> Path:
        """The product's INSPIRE XML (its own id and dates), written once."""
        path = self.xml_folder / f"{item['id']}.xml"
        if not path.exists():
            self.xml_folder.mkdir(parents=True, exist_ok=True)
            when = item["properties"]["datetime"].replace(".000000Z", "Z")
            path.write_text(INSPIRE_XML.format(content=content, product=item["id"], when=when,
                                               created=item["properties"]["created"].split(".")[0] + "Z"))
        return path

    def _base(self, acquisition: Acquisition, item_id: str, collection: str, shape11: bool) -> dict:
        item = json.loads(self.base)
        item["id"] = item_id
        item["collection"] = collection
        item["links"] = [{"rel": "collection", "href": collection, "type": "application/json"}]
        when = acquisition.when.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        properties = item["properties"]
        properties.update({"datetime": when, "start_datetime": when, "end_datetime": when, "title": item_id,
                           "platform": f"sentinel-{acquisition.mission[1:].lower()}", "eo:cloud_cover": acquisition.cloud_cover,
                           "sat:relative_orbit": acquisition.orbit, "sat:orbit_state": "descending"})
        if shape11:
            item["stac_version"] = "1.1.0"
            for key in ("mgrs:utm_zone", "mgrs:latitude_band", "mgrs:grid_square"):
                properties.pop(key)
            properties["grid:code"] = f"MGRS-{acquisition.tile_id}"
            properties["proj:code"] = self._epsg(acquisition)
            item["stac_extensions"] = [
                "https://stac-extensions.github.io/raster/v2.0.0/schema.json",
                "https://stac-extensions.github.io/projection/v2.0.0/schema.json",
                "https://stac-extensions.github.io/eo/v2.0.0/schema.json",
                "https://stac-extensions.github.io/grid/v1.1.0/schema.json",
                "https://stac-extensions.github.io/file/v2.1.0/schema.json",
                "https://stac-extensions.github.io/authentication/v1.1.0/schema.json",
                "https://stac-extensions.github.io/alternate-assets/v1.2.0/schema.json",
            ]
            item["auth:schemes"] = {"oidc": {"type": "openIdConnect", "openIdConnectUrl":
                                             "https://sso.terrascope.be/auth/realms/terrascope/.well-known/openid-configuration"}}
        else:
            properties["mgrs:utm_zone"] = int(acquisition.tile_id[:2])
            properties["mgrs:latitude_band"] = acquisition.tile_id[2]
            properties["mgrs:grid_square"] = acquisition.tile_id[3:]
        ring = tile_ring_lonlat(acquisition.tile_id)
        item["geometry"] = {"type": "Polygon", "coordinates": [ring]}
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        item["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
        return item

    def _corner(self, acquisition: Acquisition) -> tuple[float, float]:
        square = _tile(acquisition.tile_id)
        return float(square.xmin), float(square.ymax)

    def _epsg(self, acquisition: Acquisition) -> str:
        return f"EPSG:{_tile(acquisition.tile_id).epsg}"


def _toc_source_kind(name: str) -> str:
    if "QUICKLOOK" in name:
        return "quicklook"
    if "SCENECLASSIFICATION" in name:
        return "scl"
    for extra, (data_type, _scale) in TOC_EXTRA.items():
        if f"_{extra}_" in name:
            return f"toc:{data_type}:60"
    resolution = next(res for band, res in TOC_BANDS.items() if f"TOC-{band}_" in name)
    return f"toc:int16:{resolution}"


@functools.cache
def _tile(tile_id: str):
    from terrascope_s2.plugin.core.grid.tiles import tile

    return tile(tile_id)


def tile_ring_lonlat(tile_id: str) -> list[list[float]]:
    """The tile's outline in WGS 84 (lon, lat), counter-clockwise, closed."""
    return copy.deepcopy(_tile_ring(tile_id))


@functools.cache
def _tile_ring(tile_id: str) -> list[list[float]]:
    from osgeo import osr

    square = _tile(tile_id)
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(square.epsg)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(utm, wgs84)
    corners = [(square.xmin, square.ymin), (square.xmax, square.ymin), (square.xmax, square.ymax),
               (square.xmin, square.ymax), (square.xmin, square.ymin)]
    return [[round(c, 9) for c in transform.TransformPoint(x, y)[:2]] for x, y in corners]


# -- the served files ------------------------------------------------------------------------------------------------

INSPIRE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco"
    xmlns:gml="http://www.opengis.net/gml">
  <gmd:fileIdentifier><gco:CharacterString>urn:eop:VITO:TERRASCOPE_S2_{content}_V2:{product}</gco:CharacterString></gmd:fileIdentifier>
  <gmd:identificationInfo>
    <gmd:MD_DataIdentification>
      <gmd:citation><gmd:CI_Citation>
        <gmd:title><gco:CharacterString>Sentinel-2 {content} {product}</gco:CharacterString></gmd:title>
        <gmd:date><gmd:CI_Date>
          <gmd:date><gco:DateTime>{created}</gco:DateTime></gmd:date>
          <gmd:dateType><gmd:CI_DateTypeCode codeList="#CI_DateTypeCode" codeListValue="creation">creation</gmd:CI_DateTypeCode></gmd:dateType>
        </gmd:CI_Date></gmd:date>
      </gmd:CI_Citation></gmd:citation>
      <gmd:abstract><gco:CharacterString>{content} from Sentinel-2 at 10 m, by VITO for Terrascope.</gco:CharacterString></gmd:abstract>
      <gmd:extent><gmd:EX_Extent><gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent>
        <gml:TimePeriod gml:id="t1"><gml:beginPosition>{when}</gml:beginPosition>
          <gml:endPosition>{when}</gml:endPosition></gml:TimePeriod>
      </gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement></gmd:EX_Extent></gmd:extent>
    </gmd:MD_DataIdentification>
  </gmd:identificationInfo>
</gmd:MD_Metadata>
"""


def write_sources(folder: Path, tiles) -> dict[str, dict[str, Path]]:
    """One GeoTIFF per tile and kind, derived from the real 31UFS rasters and placed on each tile's corner.

    kinds: image (the real FAPAR DNs, Byte, 255 no data), scl (the real scene classification, 20 m), quicklook
    (3 x Byte), toc:<type>:<resolution> (the real TOC-B04 reflectance, Int16 or UInt16)."""
    from osgeo import gdal

    folder.mkdir(parents=True, exist_ok=True)
    used = gdal.GetUseExceptions()
    gdal.UseExceptions()
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")  # never an .aux.xml beside the shared fixtures
    fapar = str(REAL_31UFS / "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif")
    scl = str(REAL_31UFS / "small_subset_S2B_20180705T105029Z_31UFS_SCENECLASSIFICATION_20M_V102.tif")
    toc = str(REAL_31UFS / "small_subset_S2B_20180705T105029Z_31UFS_TOC-B04_10M_V102.tif")
    options = ["COMPRESS=DEFLATE", "TILED=YES"]
    found: dict[str, dict[str, Path]] = {}
    try:
        for tile_id in tiles:
            square = _tile(tile_id)
            srs = f"EPSG:{square.epsg}"
            x0, y1 = square.xmin, square.ymax
            x1, y0 = x0 + SERVED_PIXELS * 10, y1 - SERVED_PIXELS * 10
            bounds = [x0, y1, x1, y0]
            own = found.setdefault(tile_id, {})

            def translate(name: str, source: str, tile_id=tile_id, srs=srs, bounds=bounds, **kwargs) -> Path:
                path = folder / f"{tile_id}_{name}.tif"
                gdal.Translate(str(path), source, outputSRS=srs, outputBounds=bounds, creationOptions=options,
                               **kwargs)
                return path

            own["image"] = translate("image", fapar, noData=255)
            own["scl"] = translate("scl", scl)
            own["quicklook"] = translate("quicklook", fapar, bandList=[1, 1, 1], width=100, height=100)
            for data_type, gdal_type in (("int16", "Int16"), ("uint16", "UInt16")):
                for resolution in (10, 20, 60):
                    size = SERVED_PIXELS * 10 // resolution
                    own[f"toc:{data_type}:{resolution}"] = translate(
                        f"toc_{data_type}_{resolution}", toc, outputType=getattr(gdal, f"GDT_{gdal_type}"),
                        width=size, height=size, noData=32767)
    finally:
        if not used:
            gdal.DontUseExceptions()
    return found


@dataclass
class Catalogue:
    collections: list[dict]
    items: list[dict]
    links: list[tuple[Path, Path]]

    def write_ndjson(self, path: Path) -> Path:
        with path.open("w") as out:
            for item in self.items:
                out.write(json.dumps(item, separators=(",", ":")) + "\n")
        return path

    def move_origin(self, old: str, new: str) -> None:
        """Every href from one download origin to another (when the server had to take another port)."""
        self.items = [json.loads(json.dumps(item).replace(old, new)) for item in self.items]

    def link_files(self) -> int:
        """Put every served file in place (hard links to the sources: instant, and no disk for 10,000 files)."""
        made = set()
        for served, source in self.links:
            if served in made:
                continue
            served.parent.mkdir(parents=True, exist_ok=True)
            if served.exists():
                served.unlink()
            os.link(source, served)
            made.add(served)
        return len(made)


def build_catalogue(download_url: str, files_root: Path, sources_root: Path, tiles=BELGIAN_TILES,
                    date_count: int = DATE_COUNT) -> Catalogue:
    """Every collection and item of the tests' catalogue, and the files its assets point at."""
    factory = ItemFactory(download_url, files_root, sources_root / "xml")
    sources = write_sources(sources_root / "rasters", sorted(set(tiles) | set(TOC_TILES)))
    items = list(real_items())
    for acquisition in acquisitions(tiles, date_count):
        for content in BIOPHYSICAL:
            items.append(factory.biophysical_item(content, acquisition, sources[acquisition.tile_id]))
    for acquisition in acquisitions(TOC_TILES, TOC_DATE_COUNT):
        items.append(factory.toc_item(acquisition, sources[acquisition.tile_id]))
    items += factory.odd_items(sources["31UFS"])
    return Catalogue(collections(), items, factory.links)
