"""What differs between the QGIS versions the plugin runs on (3.22 to 4.x) and the plugin meets: field types, label
placement. Everything else is written in the form every one of them takes (scoped enums: scripts/qt6_scope.py)."""

from __future__ import annotations

FIELD_KINDS = ("string", "int", "long", "double", "bool", "date", "datetime")


def field(name: str, kind: str):
    """A QgsField of kind 'string', 'int', 'long', 'double', 'bool', 'date' or 'datetime': a QMetaType type where QGIS
    takes one (3.38 and later, and Qt 6, which has no QVariant types); before, its number, which is the same QVariant
    type's (QVariant::String == QMetaType::QString == 10)."""
    from qgis.core import Qgis, QgsField
    from qgis.PyQt.QtCore import QMetaType

    meta_type = {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int, "long": QMetaType.Type.LongLong,
                 "double": QMetaType.Type.Double, "bool": QMetaType.Type.Bool, "date": QMetaType.Type.QDate,
                 "datetime": QMetaType.Type.QDateTime}[kind]
    return QgsField(name, meta_type if Qgis.versionInt() >= 33800 else int(meta_type))


def label_over_point():
    """The placement of a label over a feature's centroid: Qgis.LabelPlacement from 3.26 (on 3.40 and later
    QgsPalLayerSettings.OverPoint is another enum's value, and assigning it raises TypeError), before that
    QgsPalLayerSettings.Placement."""
    from qgis.core import Qgis, QgsPalLayerSettings

    if hasattr(Qgis, "LabelPlacement"):
        return Qgis.LabelPlacement.OverPoint
    return QgsPalLayerSettings.Placement.OverPoint
