"""terrascope_s2:loadproduct: a whole product as styled layers in one group, for models and scripts."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
)

from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm

ORDER_PROPERTY = "terrascope_s2/order"
_post_processors: dict[str, QgsProcessingLayerPostProcessorInterface] = {}  # alive until QGIS has used them


class LoadProductAlgorithm(TerrascopeAlgorithm):
    NAME = "loadproduct"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Load product")
    GROUP_ID = "local"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Loads every image of a Terrascope Sentinel-2 product (give its folder, or any one of its files) as styled "
        "layers in physical units, in one group named after the product; quicklooks and masks are hidden. "
        "The INSPIRE metadata, where present, is copied into the layers' metadata. A folder that holds several "
        "products (a day of VITO's archive, a folder of downloads) gives one group per product. A Sentinel-1 "
        "backscatter product gives the colour composite of Terrascope's viewer (VV, VH, VV/VH) and its VV and VH in dB; "
        "its incidence angle is hidden.")

    def initAlgorithm(self, config=None):  # noqa: N802
        # "All files (*)": the default filter, "(*.*)", refuses a folder name without a dot (a product folder)
        self.addParameter(QgsProcessingParameterFile(
            "PRODUCT", tr("Product folder or any one of its files"), QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("Product images and metadata (*.tif *.tiff *.xml);;All files (*)")))
        self.addOutput(QgsProcessingOutputMultipleLayers("OUTPUT", tr("Layers")))
        self.addOutput(QgsProcessingOutputString("GROUP", tr("Group names (separated by '; ')")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.products.loader import ProductError, find_products, product_layers

        path = self.parameterAsFile(parameters, "PRODUCT", context)
        try:
            found = find_products(path)
        except ProductError as error:
            raise QgsProcessingException(error.user_text()) from None
        except OSError as error:
            raise QgsProcessingException(str(error)) from None
        ids, titles = [], []
        for files in found:
            layers, notes = product_layers(files)
            for note in notes:
                feedback.pushWarning(note)
            if layers:
                titles.append(files.title)
            ids += load_on_completion(files, layers, context, feedback, "OUTPUT")
        if not ids:
            raise QgsProcessingException(tr("No image of '{path}' could be read.").format(path=path))
        return {"OUTPUT": ids, "GROUP": "; ".join(titles)}


def load_on_completion(files, layers, context, feedback, output_name: str) -> list[str]:
    """Hand a product's layers to Processing, which adds them to the project when the algorithm has run (in the GUI)
    in one group named after the product, in the product's order; returns the layers' ids."""
    ids = []
    for order, item in enumerate(layers):
        item.layer.setCustomProperty(ORDER_PROPERTY, order)
        context.temporaryLayerStore().addMapLayer(item.layer)
        details = QgsProcessingContext.LayerDetails(item.layer.name(), context.project(), output_name)
        post = _IntoGroup(files.title, item.layer.name(), item.visible)
        _post_processors[item.layer.id()] = post
        details.setPostProcessor(post)
        context.addLayerToLoadOnCompletion(item.layer.id(), details)
        ids.append(item.layer.id())
        feedback.pushInfo(f"{item.layer.name()}: {item.name.name()}")
    return ids


class _IntoGroup(QgsProcessingLayerPostProcessorInterface):
    """Moves a loaded layer into the product's group (in the product's order), visible or not, and gives it back its
    name (with "use the file name as layer name", Processing would name it after its VRT source)."""

    def __init__(self, group_name: str, layer_name: str, visible: bool):
        super().__init__()
        self.group_name, self.layer_name, self.visible = group_name, layer_name, visible

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        _post_processors.pop(layer.id(), None)
        layer.setName(self.layer_name)
        project = context.project()
        if project is None:
            return
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        if node is None:
            return
        group = root.findGroup(self.group_name) or root.insertGroup(0, self.group_name)
        order = int(layer.customProperty(ORDER_PROPERTY, 0))
        position = sum(1 for child in group.children()
                       if int(getattr(child, "layer", lambda: None)() and child.layer().customProperty(ORDER_PROPERTY, 0) or 0)
                       < order)
        moved = node.clone()
        moved.setItemVisibilityChecked(self.visible)
        group.insertChildNode(position, moved)
        node.parent().removeChildNode(node)
