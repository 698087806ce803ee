"""The product-name parser, on every real name the team has seen, and on anything hypothesis can write."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from terrascope_s2.plugin.core.products.names import (
    CONTENTS,
    ProductName,
    ProductNameError,
    parse_product_name,
    try_parse_product_name,
)

UTC = timezone.utc

# name -> (mission, acquired, tile, content, resolution, version, quicklook, zulu)
KNOWN_NAMES = {
    "S2A_20160908T105416Z_31UFS_FAPAR_10M_V101": ("S2A", datetime(2016, 9, 8, 10, 54, 16, tzinfo=UTC), "31UFS", "FAPAR", 10, "101", "", True),
    "S2A_20170526T105518Z_31UES_TOC-B02_10M_V101.tif": ("S2A", datetime(2017, 5, 26, 10, 55, 18, tzinfo=UTC), "31UES", "TOC-B02", 10, "101", "", True),
    "S2A_20170526T105518Z_31UES_TOC_V101": ("S2A", datetime(2017, 5, 26, 10, 55, 18, tzinfo=UTC), "31UES", "TOC", None, "101", "", True),
    "S2A_20191128T075251Z_36MZE_FAPAR_V102": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "FAPAR", None, "102", "", True),
    "S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.tif": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "FAPAR", 10, "102", "", True),
    "S2A_20191128T075251Z_36MZE_SCENECLASSIFICATION_20M_V102.tif": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "SCENECLASSIFICATION", 20, "102", "", True),
    "S2A_20191128T075251Z_36MZE_CLOUDMASK_10M_V102.tif": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "CLOUDMASK", 10, "102", "", True),
    "S2A_20191128T075251Z_36MZE_SHADOWMASK_10M_V102.tif": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "SHADOWMASK", 10, "102", "", True),
    "S2A_20191128T075251Z_36MZE_FAPAR_V102_QL.tif": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "FAPAR", None, "102", "_QL", True),
    "S2A_20191128T075251Z_36MZE_FAPAR_V102_10M_WM_QL.tif": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "FAPAR", None, "102", "_10M_WM_QL", True),
    # a real V102 TOC folder's Web Mercator quicklook: no resolution before WM (was read as a TOC image)
    "S2B_20180506T105029Z_31UFS_TOC_V102_WM_QL.tif": ("S2B", datetime(2018, 5, 6, 10, 50, 29, tzinfo=UTC), "31UFS", "TOC", None, "102", "_WM_QL", True),
    "S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.xml": ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "FAPAR", 10, "102", "", True),
    "S2A_20250516T104651_31UFS_NDVI_V210": ("S2A", datetime(2025, 5, 16, 10, 46, 51, tzinfo=UTC), "31UFS", "NDVI", None, "210", "", False),
    "S2A_20250516T104651_31UFS_NDVI_10M_V210.tif": ("S2A", datetime(2025, 5, 16, 10, 46, 51, tzinfo=UTC), "31UFS", "NDVI", 10, "210", "", False),
    "S2A_20250516T104651_31UFS_SCENECLASSIFICATION_20M_V210.tif": ("S2A", datetime(2025, 5, 16, 10, 46, 51, tzinfo=UTC), "31UFS", "SCENECLASSIFICATION", 20, "210", "", False),
    "S2A_20250516T104651_31UFS_NDVI_QUICKLOOK_V210.tif": ("S2A", datetime(2025, 5, 16, 10, 46, 51, tzinfo=UTC), "31UFS", "NDVI", None, "210", "_QUICKLOOK", False),
    "small_subset_S2B_20180705T105029Z_31UFS_FAPAR_10M_V102.tif": ("S2B", datetime(2018, 7, 5, 10, 50, 29, tzinfo=UTC), "31UFS", "FAPAR", 10, "102", "", True),
    "S2A_20190307T105021_31UFS_TOC-B04_10M_V210.tif": ("S2A", datetime(2019, 3, 7, 10, 50, 21, tzinfo=UTC), "31UFS", "TOC-B04", 10, "210", "", False),
    "S2C_20250601T103031_31UFS_TOC-B8A_20M_V220.tif": ("S2C", datetime(2025, 6, 1, 10, 30, 31, tzinfo=UTC), "31UFS", "TOC-B8A", 20, "220", "", False),
    "S2B_20250601T103031_31UFS_WVP_60M_V210.tif": ("S2B", datetime(2025, 6, 1, 10, 30, 31, tzinfo=UTC), "31UFS", "WVP", 60, "210", "", False),
    "/data/MTDA/CGS_S2/CGS_S2_FAPAR/2019/11/28/S2A_20191128T075251Z_36MZE_FAPAR_V102/10M/S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.tif":
        ("S2A", datetime(2019, 11, 28, 7, 52, 51, tzinfo=UTC), "36MZE", "FAPAR", 10, "102", "", True),
}


@pytest.mark.parametrize("name", KNOWN_NAMES)
def test_known_names_parse_to_their_fields(name):
    parsed = parse_product_name(name)
    fields = (parsed.mission, parsed.acquired, parsed.tile, parsed.content, parsed.resolution, parsed.version,
              parsed.quicklook, parsed.zulu)
    assert fields == KNOWN_NAMES[name]


# real files of the fixtures that are no product: a parcel's rasterised outline (yatt's demo data)
NOT_PRODUCTS = {"fieldmask.tif"}


def test_every_real_fixture_file_parses_or_is_refused_by_name(real):
    files = sorted(real.rglob("*.tif"))
    assert len(files) >= 12
    for path in files:
        parsed = try_parse_product_name(path.name)
        if "_IGNORE_" in path.name or path.name in NOT_PRODUCTS:
            assert parsed is None, path.name
            continue
        assert parsed is not None, path.name
        # what the parser reads must be what the name says
        assert parsed.tile == re.search(r"_(\d\d[A-Z]{3})_", path.name).group(1)
        assert parsed.acquired.strftime("%Y%m%dT%H%M%S") in path.name
        assert parsed.name() in path.name


def test_every_file_of_real_catalogue_answers_is_read_as_the_catalogue_describes_it(real):
    """VITO's catalogues list each product's files with what they are: the quicklooks are quicklooks, nothing else is."""
    import json
    from urllib.parse import urlparse

    seen = 0
    oscars = json.loads((real / "vito-catalogue" / "oscarsProductsResponse.json").read_text())
    for feature in oscars["features"]:
        for links in feature["properties"]["links"].values():
            for link in links:
                name = urlparse(link["href"]).path.rsplit("/", 1)[-1]
                parsed = parse_product_name(name)
                assert parsed.is_quicklook == (link.get("category") == "QUICKLOOK"), name
                seen += 1
    portugal = json.loads((real / "vito-catalogue" / "opensearch_result_portugal.json").read_text())
    for feature in portugal["features"]:
        for links in feature["properties"]["links"].values():
            for link in links:
                name = urlparse(link["href"]).path.rsplit("/", 1)[-1]
                if not name.endswith((".tif", ".xml")):
                    continue  # the WMS preview link
                assert parse_product_name(name).is_quicklook == ("QUICKLOOK" in name), name
                seen += 1
    assert seen >= 30


def test_a_folder_names_the_product_its_files_belong_to():
    folder = parse_product_name("S2A_20191128T075251Z_36MZE_FAPAR_V102")
    for file_name in ("S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.tif", "S2A_20191128T075251Z_36MZE_FAPAR_V102_QL.tif"):
        assert parse_product_name(file_name).product_id == folder.name()
    assert parse_product_name("S2A_20170526T105518Z_31UES_TOC-B02_10M_V101.tif").product_id == "S2A_20170526T105518Z_31UES_TOC_V101"
    classification = parse_product_name("S2A_20191128T075251Z_36MZE_SCENECLASSIFICATION_20M_V102.tif")
    assert classification.acquisition_key == folder.acquisition_key


@pytest.mark.parametrize("text", [
    "", "S2A", "small_subset_S2X_20160101_20190531_31UFS_IGNORE_10M_V102.tif",
    "S2A_20161308T105416Z_31UFS_FAPAR_10M_V101",  # month 13
    "S2A_20160908T255416Z_31UFS_FAPAR_10M_V101",  # hour 25
    "S2A_20160908T105416Z_31UIS_FAPAR_10M_V101",  # no column I in MGRS
    "S2A_20160908T105416Z_61UFS_FAPAR_10M_V101",  # zone 61
    "S2A_20160908T105416Z_31UFS_FAPAR_10M_V10",  # two-digit version
    "S2A_20160908T105416Z_31UFS_NDWI_10M_V101",  # unknown content
    "LC08_L1TP_198024_20190307_20190309_01_T1_B4.TIF",  # Landsat
    "XS2A_20160908T105416Z_31UFS_FAPAR_10M_V101",  # glued to a word
])
def test_anything_else_gets_a_clear_answer(text):
    with pytest.raises(ProductNameError, match="is not a Terrascope Sentinel-2 product name"):
        parse_product_name(text)
    assert try_parse_product_name(text) is None


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_the_parser_never_raises_anything_but_its_own_error(text):
    try:
        parse_product_name(text)
    except ProductNameError:
        pass


names = st.builds(
    ProductName,
    mission=st.sampled_from(["S2A", "S2B", "S2C", "S2D"]),
    acquired=st.datetimes(min_value=datetime(2015, 6, 23), max_value=datetime(2099, 12, 31)).map(
        lambda moment: moment.replace(microsecond=0, tzinfo=UTC)),
    tile=st.sampled_from(["31UFS", "31UET", "36MZE", "29SMC", "01CCV", "60XWG", "33UUP"]),
    content=st.sampled_from(CONTENTS),
    version=st.sampled_from(["101", "102", "200", "210", "220"]),
    resolution=st.sampled_from([None, 10, 20, 60]),
    quicklook=st.sampled_from(["", "_QL", "_10M_WM_QL", "_WM_QL", "_QUICKLOOK"]),
    zulu=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(names, st.sampled_from(["", ".tif", ".xml", ".TIF"]), st.sampled_from(["", "small_subset_", "clip-", "/data/x/"]))
def test_built_names_round_trip(name, extension, prefix):
    assert parse_product_name(prefix + name.name() + extension) == name
