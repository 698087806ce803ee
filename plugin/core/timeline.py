"""The TIME values a layer offers, as the dock shows them: one entry per value, newest first, filterable by a date range.

Plain Python (no Qt): the values come from the capabilities as strings, either dates ('2019-03-07') or full timestamps
('2018-02-25T10:50:18.000Z'); the entry keeps the exact string, since MapCache only serves a value spelled as advertised.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DateEntry:
    value: str  # exactly as the service advertises it
    date: dt.date
    label: str  # what the list shows: the date, with the time when one day has several values


def value_date(value: str) -> dt.date | None:
    """The calendar day of a TIME value, or None for text that does not start with a date."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _time_label(value: str) -> str:
    rest = value.strip()[11:]
    return rest[:5] + " UTC" if len(rest) >= 5 else rest


def date_entries(values: Iterable[str]) -> list[DateEntry]:
    """Entries for the values that carry a date, newest first; duplicates dropped, values without a date skipped."""
    dated = [(value, day) for value in dict.fromkeys(v.strip() for v in values) if (day := value_date(value)) is not None]
    per_day = Counter(day for _, day in dated)
    dated.sort(key=lambda pair: pair[0], reverse=True)  # ISO strings sort by time; same day: same prefix
    dated.sort(key=lambda pair: pair[1], reverse=True)
    return [
        DateEntry(value, day, f"{day.isoformat()} {_time_label(value)}".strip() if per_day[day] > 1 else day.isoformat())
        for value, day in dated
    ]


def filter_entries(entries: Iterable[DateEntry], start: dt.date | None = None, end: dt.date | None = None) -> list[DateEntry]:
    """The entries between start and end, both included (None: no limit on that side). Order kept."""
    return [e for e in entries if (start is None or e.date >= start) and (end is None or e.date <= end)]


def layer_name(layer: str, date_label: str, tile_id: str) -> str:
    """The name of a layer added to the map: 'CGS_S2_NDVI 2019-03-07 31UFS'."""
    return " ".join(part for part in (layer, date_label, tile_id) if part)
