"""What differs between the QGIS versions the plugin runs on (3.22 to 4.x) where no one spelling serves them all.
Everything else is written in the form every one of them takes (scoped enums: scripts/qt6_scope.py); field types:
toolbelt/fields.py."""

from __future__ import annotations


def label_over_point():
    """The placement of a label over a feature's centroid: Qgis.LabelPlacement from 3.26 (on 3.40 and later
    QgsPalLayerSettings.OverPoint is another enum's value, and assigning it raises TypeError), before that
    QgsPalLayerSettings.Placement."""
    from qgis.core import Qgis, QgsPalLayerSettings

    return getattr(Qgis, "LabelPlacement", QgsPalLayerSettings.Placement).OverPoint
