"""What the panel needs from the local-product work: open product files or folders as styled layer groups."""

from __future__ import annotations

from pathlib import Path


def open_products(paths: list[Path], iface) -> int:
    """Load each path (a product folder or any one of its files) as a styled group; returns how many were loaded.
    What went wrong is told in the message bar by the loader itself."""
    from .local_products import load_product

    return sum(1 for path in paths if load_product(str(path), iface) is not None)
