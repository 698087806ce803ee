"""What Terrascope product a file or folder is: a Sentinel-2 name or a Sentinel-1 name, or the user is told it is neither."""

from __future__ import annotations

from pathlib import PurePath
from typing import Union

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from . import names, s1names
from .names import ProductName, try_parse_product_name
from .s1names import Sentinel1Name, shown_name, try_parse_sentinel1_name

AnyProductName = Union[ProductName, Sentinel1Name]


class NotAProductError(PluginError, ValueError):
    """A name that is neither a Terrascope Sentinel-2 nor a Sentinel-1 product name."""


def parse_any_product_name(text: str | PurePath) -> AnyProductName:
    """The Sentinel-2 or Sentinel-1 name in a file name, path or folder name (the file's own name decides first).

    Raises NotAProductError, with a message for the user, for anything else.
    """
    found = try_parse_any_product_name(text)
    if found is None:
        raise NotAProductError(QT_TRANSLATE_NOOP(
            "@default", "'{name}' is not a Terrascope product name (expected a Sentinel-2 name such as {sentinel2}.tif "
                        "or a Sentinel-1 name such as {sentinel1}.tif)"),
            name=shown_name(text), sentinel2=names.EXAMPLE_NAME, sentinel1=s1names.EXAMPLE_NAME)
    return found


def try_parse_any_product_name(text: str | PurePath) -> AnyProductName | None:
    raw = str(text)
    base = PurePath(raw).name if raw else raw
    # the file's own name first, then its folders: a file named like a Sentinel-1 image in any folder is Sentinel-1
    return (try_parse_product_name(base) or try_parse_sentinel1_name(base)
            or try_parse_product_name(raw) or try_parse_sentinel1_name(raw))


def is_sentinel1(name: AnyProductName | None) -> bool:
    return isinstance(name, Sentinel1Name)
