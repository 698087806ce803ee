"""Terrascope Sentinel-2: the entry point QGIS calls. Imports nothing until QGIS asks for the plugin."""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .plugin.plugin import TerrascopeS2Plugin

    return TerrascopeS2Plugin(iface)
