"""terrascope_s2:downloadproducts: the products of a search, or of a footprint layer's (selected) features, into a
folder (or opened where they are, on Terrascope's platform), loaded in physical units when run from the GUI."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.errors import CancelledError, PluginError
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .catalogue_params import (
    add_catalogue_parameter,
    add_search_parameters,
    catalogue_client,
    plain_errors,
    read_query,
    search,
)

MAX_PRODUCTS = 20  # a guard: one TOC product is about 1 GB


class DownloadProductsAlgorithm(TerrascopeAlgorithm):
    NAME = "downloadproducts"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Download products")
    GROUP_ID = "catalogue"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Downloads the files of catalogue products (their images, scene classification and INSPIRE metadata) into "
        "FOLDER, one folder per product, with the login of the plugin's settings (sent only to the download server set "
        "there). The products are the features of INPUT (a layer made by 'Search the catalogue'; tick 'Selected "
        "features only' for some of them), or else those of the search parameters. A file already in the folder is "
        "kept, not downloaded again, unless OVERWRITE is ticked; a download that broke off continues where it stopped. "
        "Where the files can be read where they are (on a Terrascope virtual machine), nothing is downloaded. CONTENTS "
        "limits the images (e.g. 'TOC-B04 TOC-B08 SCENECLASSIFICATION'). Run from QGIS, the products are added to the "
        "map in physical units.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Products of a search (a layer made by 'Search the catalogue')"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True))
        add_search_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            "CONTENTS", tr("Only these contents (optional, e.g. NDVI SCENECLASSIFICATION)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE", tr("Download files again that are already in the folder"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "LOAD", tr("Add the products to the map (when run from QGIS)"), defaultValue=True))
        limit = QgsProcessingParameterNumber("MAX_PRODUCTS", tr("At most this many products"),
                                             QgsProcessingParameterNumber.Type.Integer, defaultValue=MAX_PRODUCTS,
                                             minValue=1, maxValue=10_000)
        limit.setFlags(limit.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(limit)
        add_catalogue_parameter(self)
        self.addParameter(QgsProcessingParameterFolderDestination(
            "FOLDER", tr("Download folder (empty: the plugin's setting)"), optional=True))
        self.addOutput(QgsProcessingOutputNumber("PRODUCTS", tr("Products fetched")))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Files (one a line)")))
        self.addOutput(QgsProcessingOutputMultipleLayers("LAYERS", tr("Layers")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.settings import Settings
        from ..core.stac.download import fetch_product

        settings = Settings.load()
        client = catalogue_client(self, parameters, context, feedback, settings)
        items = self._items(parameters, context, client, feedback)
        limit = self.parameterAsInt(parameters, "MAX_PRODUCTS", context) or MAX_PRODUCTS
        if len(items) > limit:
            raise QgsProcessingException(tr(
                "{count} products were chosen, more than {limit}: choose fewer (select some footprints, or narrow the "
                "search), or raise MAX_PRODUCTS.").format(count=len(items), limit=limit))
        folder = self.parameterAsString(parameters, "FOLDER", context).strip() or str(settings.download_root())
        contents = tuple(self.parameterAsString(parameters, "CONTENTS", context).replace(",", " ").split()) or None
        overwrite = self.parameterAsBool(parameters, "OVERWRITE", context)
        load = self.parameterAsBool(parameters, "LOAD", context) and _in_qgis()
        files, layer_ids, fetched, failed = [], [], 0, 0
        for number, item in enumerate(items):
            if feedback.isCanceled():
                break

            def progress(done: int, total: int | None, number=number) -> None:
                share = done / total if total else 0.5
                feedback.setProgress(100.0 * (number + min(share, 1.0)) / len(items))

            feedback.pushInfo(tr("Product {number} of {count}: {item}").format(number=number + 1, count=len(items),
                                                                             item=item.id))
            try:
                result = fetch_product(item, folder, settings.catalogue_login(), contents=contents, overwrite=overwrite,
                                       timeout_s=settings.network_timeout_s, feedback=feedback, progress=progress)
            except CancelledError:
                break
            except PluginError as error:  # this product: said, and the next one is tried (a refused login: stop)
                if getattr(error, "status", None) in (401, 403):
                    raise QgsProcessingException(error.user_text()) from None
                failed += 1
                feedback.reportError(f"{item.id}: {error.user_text()}", fatalError=False)
                continue
            fetched += 1
            for file in result.files:
                feedback.pushInfo(f"  {file.path} ({tr(file.outcome)})")
                files.append(str(file.path))
            if load:
                layer_ids += self._load(result, context, feedback)
        if feedback.isCanceled():
            feedback.pushWarning(tr("Cancelled: the products fetched so far are kept."))
        if failed and not fetched:
            raise QgsProcessingException(tr("No product could be fetched: the log says why."))
        feedback.setProgress(100)
        return {"FOLDER": folder, "PRODUCTS": fetched, "FILES": "\n".join(files), "LAYERS": layer_ids}

    def _items(self, parameters, context, client, feedback) -> list:
        source = self.parameterAsSource(parameters, "INPUT", context) if parameters.get("INPUT") else None
        if source is None:
            query = read_query(self, parameters, context, client, feedback)
            return search(client, query, feedback).items
        names = source.fields().names()
        if "id" not in names or "collection" not in names:
            raise QgsProcessingException(tr("The input layer has no 'id' and 'collection' fields: give a layer made by "
                                            "'Search the catalogue'."))
        wanted = []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feature in source.getFeatures(request):
            pair = (str(feature["collection"] or ""), str(feature["id"] or ""))
            if pair[1] and pair not in wanted:
                wanted.append(pair)
        items = []
        for collection, item_id in wanted:
            if feedback.isCanceled():
                break
            with plain_errors():
                items.append(client.item(collection, item_id))
        return items

    def _load(self, result, context, feedback) -> list[str]:
        from ..core.stac.opening import open_product
        from .load_product import load_on_completion

        try:
            files, layers, notes = open_product(result)
        except PluginError as error:
            feedback.pushWarning(f"{result.item.id}: {error.user_text()}")
            return []
        for note in notes:
            feedback.pushWarning(note)
        return load_on_completion(files, layers, context, feedback, "LAYERS")


def _in_qgis() -> bool:
    """True in the QGIS desktop (layers can be added to its map); False in qgis_process and scripts."""
    from qgis.utils import iface

    return iface is not None


# the outcomes, as the log shows them
_OUTCOMES = (QT_TRANSLATE_NOOP("@default", "downloaded"), QT_TRANSLATE_NOOP("@default", "resumed"),
             QT_TRANSLATE_NOOP("@default", "kept"), QT_TRANSLATE_NOOP("@default", "in place"))
