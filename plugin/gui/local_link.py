"""What the panel needs from the local-product work: open product files or folders as styled layers."""

from __future__ import annotations

from pathlib import Path

from ..toolbelt.i18n import tr


def open_products(paths: list[Path], iface) -> tuple[int, list[str]]:
    """Open each path (a product file, or a folder: a group); returns how many opened and the problems, in words for the user."""
    problems = [tr("Opening local products is not available yet.")]
    return 0, problems
