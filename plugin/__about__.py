"""Name and version of the plugin, read from metadata.txt (the one place they are written)."""

from __future__ import annotations

from configparser import ConfigParser
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
PLUGIN_ID = "terrascope_s2"  # installed folder name, Processing provider id, settings and log prefix: never translated

_metadata = ConfigParser(interpolation=None)
_metadata.read(PLUGIN_ROOT / "metadata.txt", encoding="utf-8")
TITLE = _metadata.get("general", "name", fallback="Terrascope Sentinel-2")
VERSION = _metadata.get("general", "version", fallback="0.0.0")
TRACKER = _metadata.get("general", "tracker", fallback="")
ICON_PATH = str(PLUGIN_ROOT / _metadata.get("general", "icon", fallback="resources/icons/icon.svg"))
RESOURCES = PLUGIN_ROOT / "resources"
