"""The TIME values a layer offers, as the dock shows them: newest first, cut by a date range, each entry made when read.

Plain Python (no Qt). The values come from the services core (a TimeDimension's values: TimeValues sorted by instant).
Nothing per date is done before a row is shown: a layer with 100,000 dates costs the list of its instants (for the
bisections), and a range, a day or a month of the calendar is found by bisection. An entry keeps the exact string,
since MapCache only serves a value spelled as advertised; its day is the value's day in UTC, as in
TimeDimension.on_day, and its label shows the time when one day has several values.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple, overload

from .timevalues import TimeParseError, TimeValue, parse_instant

_WHEN = itemgetter(1)


class DateEntry(NamedTuple):
    value: str  # exactly as the service advertises it
    date: dt.date
    label: str  # what the list shows: the date, with the time when one day has several values


def value_date(value: str) -> dt.date | None:
    """The day (UTC) of a TIME value, or None for text that is no ISO 8601 instant."""
    try:
        return parse_instant(value).date()
    except TimeParseError:
        return None


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


class DateEntries(Sequence):
    """A layer's values, newest first, between two positions of its values sorted by instant (a TimeDimension's `texts`
    and `moments`); each DateEntry made when read. `between(start, end)` and `index_of(text)` bisect; len() and
    indexing cost nothing per date."""

    def __init__(self, texts: Sequence[str] = (), instants: Sequence[dt.datetime] = (), low: int = 0,
                 high: int | None = None):
        self._texts, self._instants = texts, instants
        self._low = low
        self._high = len(texts) if high is None else high

    def __len__(self) -> int:
        return self._high - self._low

    @overload
    def __getitem__(self, index: int) -> DateEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[DateEntry]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[row] for row in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._entry(self._high - 1 - index)

    def __iter__(self) -> Iterator[DateEntry]:
        return (self._entry(position) for position in range(self._high - 1, self._low - 1, -1))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"DateEntries({len(self)} of {len(self._texts)})"

    def _entry(self, position: int) -> DateEntry:
        moment = self._instants[position]
        day = moment.date()
        shared = (position > 0 and self._instants[position - 1].date() == day) or (
            position + 1 < len(self._instants) and self._instants[position + 1].date() == day)
        return DateEntry(self._texts[position], day, f"{day.isoformat()} {moment:%H:%M} UTC" if shared else day.isoformat())

    def between(self, start: dt.date | None = None, end: dt.date | None = None) -> DateEntries:
        """The entries (of all the layer's values) whose day lies in [start, end]; None: no limit on that side."""
        low = 0 if start is None else bisect_left(self._instants, _midnight(start))
        high = len(self._texts) if end is None else bisect_left(self._instants, _midnight(end + dt.timedelta(days=1)))
        return DateEntries(self._texts, self._instants, low, max(low, high))

    def index_of(self, text: str) -> int | None:
        """The row of the value written exactly `text`, or None when it is not listed."""
        try:
            moment = parse_instant(text)
        except TimeParseError:
            return None
        position = bisect_left(self._instants, moment, self._low, self._high)
        while position < self._high and self._instants[position] == moment:
            if self._texts[position] == text:
                return self._high - 1 - position
            position += 1
        return None

    def days(self) -> list[dt.date]:
        """The days that have a listed value, oldest first."""
        return list(dict.fromkeys(instant.date() for instant in self._instants[self._low:self._high]))

    def texts(self) -> list[str]:
        """The listed values' texts, newest first."""
        return list(self._texts[self._low:self._high])[::-1]


class EntryList(Sequence):
    """Entries given one by one, newest first (e.g. the service's dates narrowed and labelled by the catalogue, a few
    thousand at most): the same questions as DateEntries, a range by bisection on the days."""

    def __init__(self, entries: Sequence[DateEntry] = ()):
        self._entries = list(entries)
        self._keys = [-entry.date.toordinal() for entry in self._entries]  # ascending

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index):
        return self._entries[index]

    def __iter__(self) -> Iterator[DateEntry]:
        return iter(self._entries)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def between(self, start: dt.date | None = None, end: dt.date | None = None) -> EntryList:
        low = 0 if end is None else bisect_left(self._keys, -end.toordinal())
        high = len(self._keys) if start is None else bisect_right(self._keys, -start.toordinal())
        return EntryList(self._entries[low:max(low, high)])

    def index_of(self, text: str) -> int | None:
        return next((row for row, entry in enumerate(self._entries) if entry.value == text), None)

    def days(self) -> list[dt.date]:
        return list(dict.fromkeys(entry.date for entry in reversed(self._entries)))

    def texts(self) -> list[str]:
        return [entry.value for entry in self._entries]


def date_entries(values: Iterable[TimeValue | str]) -> DateEntries:
    """Entries for the values that carry a date, newest first; duplicates dropped, values without a date skipped.
    (A TimeDimension's values, already sorted and unique, go straight to DateEntries.)"""
    found: dict[str, TimeValue] = {}
    for value in values:
        if isinstance(value, TimeValue):
            found.setdefault(value.text, value)
            continue
        text = value.strip()
        if text and text not in found:
            try:
                found[text] = TimeValue(text, parse_instant(text))
            except TimeParseError:
                continue  # not a date: nothing to list
    ordered = sorted(found.values(), key=_WHEN)
    return DateEntries([value.text for value in ordered], [value.when for value in ordered])
