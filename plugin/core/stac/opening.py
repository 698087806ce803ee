"""A product fetched from the catalogue (downloaded or in place) as styled layers in physical units, with the item's own
scale, offset and no data where it gives them (the product loader logs any difference from its built-in table)."""

from __future__ import annotations

from ..products.loader import ProductFiles, ProductLayer, find_product_files, product_layers
from .download import ProductResult


def open_product(result: ProductResult) -> tuple[ProductFiles, list[ProductLayer], list[str]]:
    """The product's files, its layers (not added to any project) and the notes for the user. Call it on the thread that
    will own the layers (the GUI thread, or a task that moves them there)."""
    first_image = next((f.path for f in result.files if f.path.suffix.lower() in (".tif", ".tiff")), None)
    files = find_product_files(first_image or result.folder)
    # only the files of this item: a folder on the platform may hold more (quicklooks), a download folder older ones
    wanted = {f.path.name for f in result.files}
    files.images = [(path, name) for path, name in files.images if path.name in wanted]
    files.metadata = [path for path in files.metadata if path.name in wanted]
    layers, notes = product_layers(files, result.scalings())
    return files, layers, notes
