"""Which product files make a series: a folder searched by their names, or given files; each with its classification.

Pure Python (names only, no file is opened): the scene classification of a product is the SCENECLASSIFICATION file of
the same acquisition (mission, time, tile, version) found in the same search; the product's resolution first, else the
finest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CancelledError, PluginError
from ..products.names import ProductName, try_parse_product_name
from ..text import QT_TRANSLATE_NOOP
from .model import ProductFile

CLASSIFICATION = "SCENECLASSIFICATION"
IMAGE_SUFFIXES = (".tif", ".tiff")


@dataclass
class ProductSearch:
    """The products found, in time order, and what the user should know about the search."""

    products: list[ProductFile] = field(default_factory=list)
    problems: list[PluginError] = field(default_factory=list)


def find_products(folder: str | Path, content: str, is_cancelled: Callable[[], bool] | None = None) -> ProductSearch:
    """The product files of `content` (FAPAR, NDVI, TOC-B04...) under `folder`, recursively, found by their names.

    Raises PluginError when the folder cannot be searched or holds no product of that content.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise PluginError(QT_TRANSLATE_NOOP("@default", "'{folder}' is not a folder: choose the folder that holds the "
                                                        "products."), folder=folder)
    problems: list[PluginError] = []

    def unreadable(error: OSError) -> None:
        problems.append(PluginError(QT_TRANSLATE_NOOP("@default", "'{folder}' cannot be read: its products are left "
                                                                  "out."), folder=error.filename))

    # only the names that can be of this content or a classification are paired (a folder holds several contents:
    # parsing every name cost a parcel's search as much as reading a third of its dates)
    words = (content.strip().upper(), CLASSIFICATION)
    images: list[str] = []
    for root, folders, files in os.walk(folder, onerror=unreadable):
        if is_cancelled is not None and is_cancelled():
            raise CancelledError()
        folders.sort()
        images += [os.path.join(root, name) for name in sorted(files) if name.lower().endswith(IMAGE_SUFFIXES)
                   and any(word in name.upper() for word in words)]
    search = pair_products(images, content)
    search.problems[:0] = problems
    if not search.products:
        raise PluginError(QT_TRANSLATE_NOOP("@default", "No {content} product was found in '{folder}' or its subfolders "
                                                        "(files named like S2A_20170103T104428Z_31UFS_{content}_10M_V101"
                                                        ".tif): choose another folder or content."),
                          content=content.upper(), folder=folder)
    return search


def pair_products(paths: Iterable[str | Path], content: str) -> ProductSearch:
    """The files of `content` among `paths` (by name), each with the classification found among the same paths."""
    content = content.strip().upper()
    # the paths as strings until the end: pathlib's objects cost half of a folder's search
    products: dict[str, tuple[str, ProductName]] = {}  # canonical name -> the file used
    classifications: dict[tuple, list[tuple[str, ProductName]]] = {}
    problems: list[PluginError] = []
    named = []  # (path, its name, its canonical name) of the files of this content
    for path in map(os.fspath, paths):
        name = try_parse_product_name(os.path.basename(path))
        if name is None or name.is_quicklook:
            continue
        if name.content == CLASSIFICATION:  # (in any order: _classification_of ranks them all)
            classifications.setdefault(name.acquisition_key, []).append((path, name))
        if name.content == content:
            named.append((path, name, name.name()))
    # a file named exactly as its product first: a copy or a converted file ('..._V101_physical.tif') is the duplicate
    named.sort(key=lambda item: (_stem(item[0]) != item[2], len(item[0]), item[0]))
    for path, name, canonical in named:
        kept = products.setdefault(canonical, (path, name))
        if kept[0] != path:
            problems.append(PluginError(QT_TRANSLATE_NOOP("@default", "'{path}' is the same product as '{kept}': it is "
                                                                      "left out."), path=Path(path), kept=Path(kept[0])))
    found = [ProductFile(Path(path), name, _classification_of(path, name, classifications.get(name.acquisition_key, [])))
             for path, name in products.values()]
    found.sort(key=lambda product: (product.name.acquired, product.name.tile, str(product.path)))
    return ProductSearch(found, problems)


def _stem(path: str) -> str:
    """The file's name without its last suffix (pathlib's stem)."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def products_from_files(paths: Iterable[str | Path], content: str | None = None) -> ProductSearch:
    """The given product files (layers of the project, chosen files) with the classifications beside them.

    `content`: only the files of that content; None: the content of the first product file. Raises PluginError when
    none is a product of that content.
    """
    paths = [Path(p) for p in paths]
    problems: list[PluginError] = []
    names = {path: try_parse_product_name(path.name) for path in paths}
    for path, name in names.items():
        if name is None:
            problems.append(PluginError(QT_TRANSLATE_NOOP("@default", "'{name}' has no Terrascope product name: it is "
                                                                      "left out."), name=path.name))
    if content is None:
        content = next((n.content for n in names.values() if n and not n.is_quicklook and n.content != CLASSIFICATION), "")
    wanted = [path for path, name in names.items() if name and name.content == content.upper()]
    beside = {neighbour for path in wanted for neighbour in _neighbours(path)}
    classifications = [p for p in sorted(beside) if (n := try_parse_product_name(p.name)) and n.content == CLASSIFICATION]
    search = pair_products([*wanted, *classifications], content)
    search.problems[:0] = problems
    if not search.products:
        raise PluginError(QT_TRANSLATE_NOOP("@default", "None of the chosen files is a {content} product: choose the "
                                                        "product files (named like S2A_20170103T104428Z_31UFS_{content}"
                                                        "_10M_V101.tif)."), content=(content or "?").upper())
    return search


def _neighbours(path: Path) -> list[Path]:
    """The images beside a product file where its classification may be: its folder, the product folder above a
    10M/20M/60M subfolder, and those subfolders."""
    folders = [path.parent]
    if path.parent.name.upper() in ("10M", "20M", "60M"):
        folders.append(path.parent.parent)
    folders += [f / sub for f in list(folders) for sub in ("10M", "20M", "60M")]
    found = []
    for folder in dict.fromkeys(folders):
        try:
            found += [p for p in folder.iterdir() if p.name.lower().endswith(IMAGE_SUFFIXES)]
        except OSError:  # no such subfolder, or unreadable: no classification from there
            continue
    return found


def _classification_of(path: str, product: ProductName, candidates: list[tuple[str, ProductName]]) -> Path | None:
    """The nearest candidate to the product file (copies of an acquisition may lie in several folders), then the one
    of the product's resolution, then the finest."""
    if not candidates:
        return None
    folder = os.path.dirname(path)

    def rank(item: tuple[str, ProductName]):
        beside = os.path.dirname(item[0])
        shared = len((folder if beside == folder else os.path.commonpath([folder, beside])).split(os.sep))
        return -shared, item[1].resolution != product.resolution, item[1].resolution or 99, item[0]

    return Path(min(candidates, key=rank)[0])
