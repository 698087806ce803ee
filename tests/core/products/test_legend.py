"""What the Layers panel shows under a Terrascope layer: the product and its unit over its colour table in physical
units (a styled product file, a WMTS layer), or the server's own legend (a WMS that offers GetLegendGraphic); kept when
the project is saved and read again."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsColorRampLegendNode,
    QgsLayerTreeModel,
    QgsProject,
    QgsRasterLayer,
    QgsRasterSymbolLegendNode,
    QgsSimpleLegendNode,
)
from qgis.PyQt.QtCore import Qt

from terrascope_s2.plugin.core.products.legend import ColourTableLegend
from terrascope_s2.plugin.core.products.styling import style_layer
from terrascope_s2.tests.helpers.s2local import write_raster

pytestmark = pytest.mark.usefixtures("qgis_new_project")


def legend_of(layer) -> list:
    """The legend nodes the Layers panel shows under the layer: (kind, what it says)."""
    project = QgsProject.instance()
    if project.mapLayer(layer.id()) is None:
        project.addMapLayer(layer)
    model = QgsLayerTreeModel(project.layerTreeRoot())
    nodes = model.layerLegendNodes(project.layerTreeRoot().findLayer(layer.id()))
    shown = []
    for node in nodes:
        if isinstance(node, QgsColorRampLegendNode):
            settings = node.settings()
            shown.append(("ramp", f"{settings.minimumLabel()}{settings.suffix()}", f"{settings.maximumLabel()}{settings.suffix()}"))
        elif isinstance(node, QgsRasterSymbolLegendNode):
            shown.append(("swatch", node.data(Qt.ItemDataRole.DisplayRole)))
        elif isinstance(node, QgsSimpleLegendNode):
            shown.append(("text", node.data(Qt.ItemDataRole.DisplayRole)))
        else:
            shown.append((type(node).__name__,))
    return shown


@pytest.mark.parametrize(("content", "expected"), [
    ("FAPAR", [("text", "FAPAR"), ("ramp", "0", "1"), ("swatch", "No value")]),  # not 0 to 1.255
    ("FCOVER", [("text", "FCOVER"), ("ramp", "0", "1"), ("swatch", "No value")]),
    ("LAI", [("text", "LAI (m²/m²)"), ("ramp", "0 m²/m²", "10 m²/m²"), ("swatch", "No value")]),  # not 10.04
    ("NDVI", [("text", "NDVI"), ("ramp", "-0.08", "0.92"), ("swatch", "No value")]),  # not 0.924
])
def test_a_product_files_legend_names_the_product_and_its_physical_range(qgis_app, tmp_path, content, expected):
    path = write_raster(tmp_path / f"S2B_20180705T105029Z_31UFS_{content}_10M_V102.tif",
                        np.arange(256, dtype=np.uint8).reshape(16, 16))
    layer = QgsRasterLayer(str(path), path.stem, "gdal")
    style_layer(layer)
    assert legend_of(layer) == expected  # QGIS's own: ('text', 'Band 1 (Gray)'), a ramp up to VITO's grey


def test_the_legend_comes_back_when_the_project_is_read_again(qgis_app, tmp_path):
    from terrascope_s2.plugin.gui.local_products import AutoStyler

    path = write_raster(tmp_path / "S2B_20180705T105029Z_31UFS_LAI_10M_V102.tif", np.zeros((4, 4), dtype=np.uint8))
    layer = QgsRasterLayer(str(path), path.stem, "gdal")
    style_layer(layer)
    project = QgsProject.instance()
    project.addMapLayer(layer)
    assert project.write(str(tmp_path / "lai.qgz"))
    project.clear()
    styler = AutoStyler(project=project)
    styler.connect()
    try:
        assert project.read(str(tmp_path / "lai.qgz"))
        (read_again,) = project.mapLayers().values()
        assert isinstance(read_again.legend(), ColourTableLegend)
        assert legend_of(read_again)[:2] == [("text", "LAI (m²/m²)"), ("ramp", "0 m²/m²", "10 m²/m²")]
    finally:
        styler.disconnect()


@pytest.mark.services
def test_service_layers_show_the_servers_legend_or_the_colour_table(qgis_app, terrascope_server):
    """WMS: the server offers GetLegendGraphic, QGIS shows it; WMTS (MapCache's capabilities have no legend): VITO's
    colour table of the product in physical units."""
    from terrascope_s2.plugin.core.services.maplayers import LayerSpec
    from terrascope_s2.plugin.core.services.project_layers import mark
    from terrascope_s2.plugin.core.services.sources import wms_source, wmts_source

    time = terrascope_server.dates["CGS_S2_NDVI"][-1]
    wmts = QgsRasterLayer(wmts_source(terrascope_server.wmts_capabilities_url, "CGS_S2_NDVI", time_value=time,
                                      style="default", tile_matrix_set="g3857", image_format="image/png",
                                      crs="EPSG:3857"), "wmts", "wms")
    wms = QgsRasterLayer(wms_source(terrascope_server.wms_url, "CGS_S2_NDVI", time_value=time, style="",
                                    image_format="image/png", crs="EPSG:3857"), "wms", "wms")
    assert wmts.isValid() and wms.isValid()
    for layer in (wmts, wms):
        mark(layer, LayerSpec(layer.name(), layer.source(), "CGS_S2_NDVI", "31UFS", time))
    assert legend_of(wmts) == [("text", "NDVI"), ("ramp", "-0.08", "0.92"), ("swatch", "No value")]
    assert legend_of(wms) == [("QgsWmsLegendNode",)]  # QGIS's node for the server's GetLegendGraphic

    # ... and the server's legend shows something: the layer's class, coloured
    from osgeo import gdal

    status, png = terrascope_server.get("/ows?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=CGS_S2_NDVI"
                                        "&FORMAT=image/png&SLD_VERSION=1.1.0")
    assert status == 200 and png.startswith(b"\x89PNG")
    gdal.FileFromMemBuffer("/vsimem/legend.png", png)
    try:
        pixels = gdal.Open("/vsimem/legend.png").ReadAsArray()
    finally:
        gdal.Unlink("/vsimem/legend.png")
    assert pixels.shape[-1] > 20 and len(np.unique(pixels.reshape(pixels.shape[0], -1), axis=1).T) > 3
