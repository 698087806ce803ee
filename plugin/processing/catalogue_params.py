"""What the catalogue algorithms share: the search parameters, the client from the plugin's settings, errors as
Processing exceptions."""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.errors import CancelledError, PluginError
from ..core.stac import MAX_ITEMS
from ..toolbelt.i18n import tr


def add_catalogue_parameter(algorithm) -> None:
    parameter = QgsProcessingParameterString(
        "CATALOGUE", tr("Catalogue address (empty: the plugin's setting)"), optional=True)
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    algorithm.addParameter(parameter)


def add_search_parameters(algorithm, optional_collection: bool = False) -> None:
    """COLLECTION, TILES, EXTENT, START, END, MAX_CLOUD and MAX_ITEMS."""
    algorithm.addParameter(QgsProcessingParameterString(
        "COLLECTION", tr("Collection id, as the catalogue lists it (empty: the collections are listed in the log)"),
        optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        "TILES", tr("Tile ids, separated by commas or spaces (optional)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Extent (optional)"), optional=True))
    for name, label in (("START", tr("From (optional)")), ("END", tr("Until (optional)"))):
        algorithm.addParameter(QgsProcessingParameterDateTime(name, label, type=QgsProcessingParameterDateTime.Type.Date,
                                                              optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        "MAX_CLOUD", tr("Maximum cloud cover (%)"), QgsProcessingParameterNumber.Type.Double, defaultValue=100.0,
        minValue=0.0, maxValue=100.0))
    limit = QgsProcessingParameterNumber("MAX_ITEMS", tr("At most this many products (the newest)"),
                                         QgsProcessingParameterNumber.Type.Integer, defaultValue=MAX_ITEMS, minValue=1,
                                         maxValue=100_000)
    limit.setFlags(limit.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    algorithm.addParameter(limit)


def catalogue_client(algorithm, parameters, context, feedback, settings=None):
    """The catalogue of the CATALOGUE parameter or of the settings (a Settings, read when not given), with the
    settings' login and timeout."""
    from ..core.settings import Settings
    from ..core.stac.client import CatalogueClient

    settings = settings or Settings.load()
    url = algorithm.parameterAsString(parameters, "CATALOGUE", context).strip() or settings.catalogue_url
    with plain_errors():
        return CatalogueClient(url, settings.catalogue_login(), settings.network_timeout_s, feedback)


def read_query(algorithm, parameters, context, client, feedback):
    """The search the parameters describe (a SearchQuery); an empty collection lists the catalogue's collections in the
    error."""
    from ..core.grid.tiles import TileError
    from ..core.stac.search import SearchQuery

    collection = algorithm.parameterAsString(parameters, "COLLECTION", context).strip()
    if not collection:
        with plain_errors():
            known = client.collections()
        listed = "\n".join(f"  {c.id}: {c.label}" for c in known)
        raise QgsProcessingException(tr("Choose a collection (COLLECTION). The catalogue has:") + f"\n{listed}")
    text = algorithm.parameterAsString(parameters, "TILES", context)
    bbox = None
    if parameters.get("EXTENT") not in (None, ""):
        extent = algorithm.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))
        if not extent.isNull() and not extent.isEmpty():
            bbox = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    cloud = algorithm.parameterAsDouble(parameters, "MAX_CLOUD", context)
    try:
        return SearchQuery(collection, tiles=tuple(text.replace(",", " ").replace(";", " ").split()), bbox=bbox,
                           start=_date(algorithm, parameters, "START", context),
                           end=_date(algorithm, parameters, "END", context),
                           max_cloud_cover=None if cloud >= 100 else cloud,
                           max_items=algorithm.parameterAsInt(parameters, "MAX_ITEMS", context) or MAX_ITEMS)
    except (TileError, PluginError) as error:
        raise QgsProcessingException(error.user_text()) from None


def search(client, query, feedback):
    """Run the search with progress and say in the log what the user should know about its answer."""
    from ..core.stac.client import tiles_wgs84_bbox

    def progress(result) -> None:
        feedback.setProgress(min(99.0, 100.0 * len(result.items) / query.max_items))

    with plain_errors():
        result = client.search(query, progress=progress, tile_bbox=tiles_wgs84_bbox)
    if result.filtered_here:
        feedback.pushInfo(tr("The catalogue cannot filter by tile or cloud cover: the plugin tested each product."))
    for skipped in result.skipped[:20]:
        feedback.pushWarning(tr("An item of the catalogue was skipped:") + f" {skipped}")
    if result.truncated:
        feedback.pushWarning(tr(result.bound_message()).format(**result.values()))
    return result


@contextmanager
def plain_errors():
    """The plugin's errors as Processing exceptions with their plain message (no traceback in the log)."""
    try:
        yield
    except CancelledError:
        raise QgsProcessingException(tr("Cancelled.")) from None
    except PluginError as error:
        raise QgsProcessingException(error.user_text()) from None


def _date(algorithm, parameters, name, context):
    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    return value.date().toPyDate() if value.isValid() else None
