"""The products of catalogue results for a series: each item's images of the content and its scene classification,
opened where they are or downloaded (core/stac/download.py: resumed, never over a file already there), then paired as
a folder's products are. Blocking: run it in a task."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from qgis.core import QgsFeedback

from ..errors import CancelledError, PluginError
from ..products.names import try_parse_product_name
from ..stac.download import fetch_product
from ..stac.items import Item
from ..stac.transfer import Login
from ..text import QT_TRANSLATE_NOOP
from .sources import CLASSIFICATION, IMAGE_SUFFIXES, ProductSearch, products_from_files


def products_from_catalogue(items: Sequence[Item], content: str, root: str | Path, login: Login | None = None, *,
                            timeout_s: float = 30, feedback: QgsFeedback | None = None,
                            progress: Callable[[float], None] | None = None) -> ProductSearch:
    """The `content` products of `items` with their classifications; what one item could not give is a problem of the
    search (the others keep their dates). Raises PluginError when no item gives a product."""
    content = content.strip().upper()
    wanted = [item for item in items if _has_content(item, content)]
    if not wanted:
        raise PluginError(QT_TRANSLATE_NOOP("@default", "None of the catalogue's results is a {content} product: search "
                                                        "a {content} collection in the Catalogue tab, or follow another "
                                                        "content."), content=content)
    paths: list[Path] = []
    problems: list[PluginError] = []
    for done, item in enumerate(wanted):
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()

        def file_progress(received: int, total: int | None, done=done) -> None:
            if progress is not None:
                progress(100.0 * (done + (min(received / total, 1.0) if total else 0.0)) / len(wanted))

        try:
            fetched = fetch_product(item, root, login, contents=(content, CLASSIFICATION), timeout_s=timeout_s,
                                    feedback=feedback, progress=file_progress)
        except CancelledError:
            raise
        except PluginError as error:  # named with its product (untranslated detail), and the other items go on
            problems.append(PluginError(error.message, f"({item.id}) {error.detail}".strip(), **error.values))
            continue
        paths += [f.path for f in fetched.files if f.path.suffix.lower() in IMAGE_SUFFIXES]  # not the metadata
        if progress is not None:
            progress(100.0 * (done + 1) / len(wanted))
    if not paths:
        raise problems[0]
    search = products_from_files(paths, content)
    search.problems[:0] = problems
    return search


def _has_content(item: Item, content: str) -> bool:
    return any((name := try_parse_product_name(asset.file_name)) is not None and name.content == content
               for asset in item.product_assets())
