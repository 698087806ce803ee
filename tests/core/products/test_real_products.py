"""Products as VITO's real archive and catalogue lay them out (issue 12, items 2-4): an archive folder with the product
one level down, folders of several acquisitions, stray .aux.xml files, INSPIRE periods written either valid GML way."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pytest
from qgis.core import Qgis

from terrascope_s2.plugin.core.products.inspire import read_inspire
from terrascope_s2.plugin.core.products.loader import MAX_PRODUCTS, ProductError, find_products, product_layers
from terrascope_s2.plugin.gui.local_products import load_products
from terrascope_s2.tests.helpers.s2local import INSPIRE_XML, every_byte, hashes, run_algorithm, write_raster

ARCHIVE = "S2A_20191128T075251Z_36MZE_CGS_V102_000"


def catalogue_tree(real: Path, root: Path) -> Path:
    """The files of the real CGS_S2_FAPAR V102 product of VITO's catalogue answer, laid out as its hrefs say
    (/CGS_S2_FAPAR/2019/11/28/<archive folder>/<product folder>/10M/<file>): tiny rasters, the INSPIRE document."""
    answer = json.loads((real / "vito-catalogue" / "oscarsProductsResponse.json").read_text())
    hrefs = [link["href"] for feature in answer["features"] for links in feature["properties"]["links"].values()
             for link in links]
    for href in hrefs:
        path = root / urlparse(href).path.split("/download/", 1)[1]
        if path.suffix == ".xml":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(INSPIRE_XML.format(stem=path.stem), encoding="utf-8")
        else:
            write_raster(path, every_byte() % 12 if "SCENE" in path.name else every_byte())
    return root / "CGS_S2_FAPAR" / "2019" / "11" / "28"


def test_a_v1_archive_folder_loads_the_product_one_level_down(qgis_app, qgis_new_project, real, tmp_path):
    day = catalogue_tree(real, tmp_path)
    before = hashes(tmp_path)
    for chosen in (day / ARCHIVE, day):  # the archive folder, and the day's folder above it
        (product,) = find_products(chosen)  # was: "holds no Terrascope Sentinel-2 product files"
        assert product.title == "2019-11-28 36MZE FAPAR"
        assert sorted(name.name() for _, name in product.images) == sorted([
            "S2A_20191128T075251Z_36MZE_FAPAR_10M_V102", "S2A_20191128T075251Z_36MZE_SCENECLASSIFICATION_20M_V102",
            "S2A_20191128T075251Z_36MZE_CLOUDMASK_10M_V102", "S2A_20191128T075251Z_36MZE_SHADOWMASK_10M_V102",
            "S2A_20191128T075251Z_36MZE_FAPAR_V102_QL", "S2A_20191128T075251Z_36MZE_FAPAR_V102_10M_WM_QL"])
        assert [p.name for p in product.metadata] == ["S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.xml"]
    (group,) = load_products(str(day / ARCHIVE))
    assert group.name() == "2019-11-28 36MZE FAPAR" and len(group.findLayers()) == 6
    assert hashes(tmp_path) == before
    empty = tmp_path / "S2B_20200101T000000Z_31UFS_CGS_V102_000"
    (empty / "S2B_other").mkdir(parents=True)
    with pytest.raises(ProductError, match="holds no Terrascope Sentinel-2 or Sentinel-1 product files, nor do its "
                                           "subfolders: choose the product folder"):
        find_products(empty)


def test_a_folder_of_several_acquisitions_gives_one_group_each(qgis_app, qgis_iface, qgis_new_project, real):
    folder = real / "vito-s2-parcel-V101"  # three acquisitions: was "holds 3 different acquisitions: choose one file"
    groups = load_products(str(folder), qgis_iface)
    assert [group.name() for group in groups] == ["2017-04-26 31UFS SHADOWMASK", "2017-05-06 31UFS FAPAR",
                                                  "2017-10-03 31UFS CLOUDMASK"]
    assert [len(group.findLayers()) for group in groups] == [1, 3, 1]
    with pytest.raises(ProductError, match=f"holds more than {MAX_PRODUCTS} products: choose a folder with fewer"):
        find_products(real / "vito-s2-parcel-timeseries")  # 108 acquisitions: not 540 layers at once


def test_loadproduct_takes_a_product_folder_and_a_folder_of_several(terrascope_provider, qgis_new_project, real, tmp_path):
    day = catalogue_tree(real, tmp_path)
    product_folder = day / ARCHIVE / "S2A_20191128T075251Z_36MZE_FAPAR_V102"
    result = run_algorithm("loadproduct", PRODUCT=str(product_folder))  # was "Incorrect parameter value for PRODUCT"
    assert result["GROUP"] == "2019-11-28 36MZE FAPAR" and len(result["OUTPUT"]) == 6
    result = run_algorithm("loadproduct", PRODUCT=str(real / "vito-s2-parcel-V101"))
    assert result["GROUP"] == "2017-04-26 31UFS SHADOWMASK; 2017-05-06 31UFS FAPAR; 2017-10-03 31UFS CLOUDMASK"
    assert len(result["OUTPUT"]) == 5


def test_stray_aux_xml_files_are_not_read_as_metadata(qgis_app, qgis_iface, qgis_new_project, real, tmp_path):
    day = catalogue_tree(real, tmp_path)
    folder = day / ARCHIVE / "S2A_20191128T075251Z_36MZE_FAPAR_V102" / "10M"
    for image in folder.glob("*.tif"):  # what QGIS with GDAL's defaults leaves beside every image it opened
        (folder / f"{image.name}.aux.xml").write_text("<PAMDataset><PAMRasterBand band='1'/></PAMDataset>")
    (product,) = find_products(folder.parent)
    assert [p.name for p in product.metadata] == ["S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.xml"]
    layers, notes = product_layers(product)
    assert notes == [] and len(layers) == 6  # was six "The metadata in '....tif.aux.xml' was not read" warnings
    qgis_iface.messageBar().clear_messages()
    load_products(str(folder.parent), qgis_iface)
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning) == []


BEGIN_END_INSTANT = INSPIRE_XML.replace(
    """<gml:TimePeriod gml:id="t1"><gml:beginPosition>2018-07-05T10:50:29Z</gml:beginPosition>
          <gml:endPosition>2018-07-05T10:50:29Z</gml:endPosition></gml:TimePeriod>""",
    """<gml:TimePeriod gml:id="t1">
          <gml:begin><gml:TimeInstant gml:id="b"><gml:timePosition>2018-07-05T10:50:29Z</gml:timePosition></gml:TimeInstant></gml:begin>
          <gml:end><gml:TimeInstant gml:id="e"><gml:timePosition>2018-07-05T10:52:01Z</gml:timePosition></gml:TimeInstant></gml:end>
        </gml:TimePeriod>""")
LONE_INSTANT = INSPIRE_XML.replace(
    """<gml:TimePeriod gml:id="t1"><gml:beginPosition>2018-07-05T10:50:29Z</gml:beginPosition>
          <gml:endPosition>2018-07-05T10:50:29Z</gml:endPosition></gml:TimePeriod>""",
    """<gml:TimeInstant gml:id="i"><gml:timePosition>2018-07-05T10:50:29Z</gml:timePosition></gml:TimeInstant>""")


@pytest.mark.parametrize("document, period", [
    (INSPIRE_XML, ("2018-07-05T10:50:29Z", "2018-07-05T10:50:29Z")),
    (BEGIN_END_INSTANT, ("2018-07-05T10:50:29Z", "2018-07-05T10:52:01Z")),  # raised StopIteration
    (LONE_INSTANT, ("2018-07-05T10:50:29Z", "2018-07-05T10:50:29Z")),
    (INSPIRE_XML.replace("<gml:beginPosition>2018-07-05T10:50:29Z</gml:beginPosition>", ""), ("", "2018-07-05T10:50:29Z")),
])
def test_every_valid_way_to_write_the_period_is_read(tmp_path, document, period):
    assert BEGIN_END_INSTANT != INSPIRE_XML and LONE_INSTANT != INSPIRE_XML
    path = tmp_path / "S2A_20191128T075251Z_36MZE_FAPAR_10M_V102.xml"
    path.write_text(document.format(stem=path.stem), encoding="utf-8")
    found = read_inspire(path)
    assert (found.begin, found.end) == period and found.title.endswith("FAPAR_10M_V102")


def test_a_folder_of_one_real_product_and_unrelated_files(qgis_app, qgis_new_project, real, tmp_path):
    folder = tmp_path / "downloads"
    shutil.copytree(real / "vito-s2-31UFS-V102", folder)
    write_raster(folder / "elevation.tif", np.zeros((4, 4), np.uint8))
    (product,) = find_products(folder)  # the _IGNORE_ file and elevation.tif are no product files
    assert product.title == "2018-07-05 31UFS FAPAR" and len(product.images) == 5
