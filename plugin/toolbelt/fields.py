"""QgsField types on every QGIS the plugin supports: QMetaType from QGIS 3.38 (and Qt 6, which has no QVariant types),
before that the same type's number, which QGIS 3.22 takes for its QVariant type (QVariant::String == QMetaType::QString)."""

from __future__ import annotations

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType

KINDS = {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int, "long": QMetaType.Type.LongLong,
         "double": QMetaType.Type.Double, "bool": QMetaType.Type.Bool, "date": QMetaType.Type.QDate,
         "datetime": QMetaType.Type.QDateTime}


def output_field(name: str, kind: str) -> QgsField:
    """A field of kind 'string', 'int', 'long', 'double', 'bool', 'date' or 'datetime'."""
    meta_type = KINDS[kind]
    return QgsField(name, meta_type if Qgis.versionInt() >= 33800 else int(meta_type))
