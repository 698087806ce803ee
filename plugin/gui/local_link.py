"""What the panel needs from the local-product work: open product files or folders as styled layer groups."""

from __future__ import annotations

from pathlib import Path


def open_products(paths: list[Path], iface) -> int:
    """Load each path (a product folder or any one of its files; a folder of several acquisitions gives each) as a styled
    group; returns how many products were loaded. What went wrong is told in the message bar by the loader itself."""
    from .local_products import load_products

    return sum(len(load_products(str(path), iface)) for path in paths)
