"""QgsField types on every QGIS the plugin supports: QMetaType from QGIS 3.38 (and Qt 6), QVariant before."""

from __future__ import annotations

from qgis.core import Qgis, QgsField


def output_field(name: str, kind: str) -> QgsField:
    """A field of kind 'string', 'int', 'double', 'date' or 'datetime' (3.22 knows only QVariant types; QGIS 4 only
    QMetaType ones)."""
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        types = {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int, "double": QMetaType.Type.Double,
                 "date": QMetaType.Type.QDate, "datetime": QMetaType.Type.QDateTime}
    else:
        from qgis.PyQt.QtCore import QVariant

        types = {"string": QVariant.String, "int": QVariant.Int, "double": QVariant.Double, "date": QVariant.Date,
                 "datetime": QVariant.DateTime}
    return QgsField(name, types[kind])
