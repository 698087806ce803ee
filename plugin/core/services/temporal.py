"""Driving QGIS's Temporal Controller through the dates of a temporal layer: one frame per date, the newest shown first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from qgis.core import QgsDateTimeRange, QgsInterval, QgsTemporalNavigationObject, QgsUnitTypes
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime


def day_range(day: dt.date) -> QgsDateTimeRange:
    """The whole day in UTC."""
    qday = QDate(day.year, day.month, day.day)
    return QgsDateTimeRange(QDateTime(qday, QTime(0, 0), Qt.TimeSpec.UTC), QDateTime(qday, QTime(23, 59, 59), Qt.TimeSpec.UTC))


def drive_temporal_controller(controller, days: Iterable[dt.date]) -> bool:
    """Let a QgsTemporalNavigationObject step through `days` (one frame each; where QGIS cannot list the frames: one
    frame a day), animated, on the newest day. False when there is nothing to drive."""
    ranges = [day_range(day) for day in sorted(set(days))]
    if controller is None or not ranges:
        return False
    controller.setTemporalExtents(QgsDateTimeRange(ranges[0].begin(), ranges[-1].end()))
    if hasattr(controller, "setAvailableTemporalRanges"):
        controller.setAvailableTemporalRanges(ranges)
        controller.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalUnit.TemporalIrregularStep))
    else:
        controller.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalUnit.TemporalDays))
    controller.setNavigationMode(QgsTemporalNavigationObject.NavigationMode.Animated)
    controller.setCurrentFrameNumber(len(ranges) - 1)  # the newest date first
    return True
