"""The dates a layer offers, as the dock lists them (plain Python)."""

from __future__ import annotations

import datetime as dt

from terrascope_s2.plugin.core.services.maplayers import layer_name
from terrascope_s2.plugin.core.services.timeline import DateEntries, date_entries, value_date
from terrascope_s2.plugin.core.services.timevalues import parse_time_values


def test_entries_are_newest_first_and_keep_the_exact_value():
    entries = date_entries(["2019-03-07", "2021-06-01", "2020-01-15", "2021-06-01"])
    assert [e.value for e in entries] == ["2021-06-01", "2020-01-15", "2019-03-07"]
    assert [e.label for e in entries] == ["2021-06-01", "2020-01-15", "2019-03-07"]
    assert entries[0].date == dt.date(2021, 6, 1)


def test_two_acquisitions_on_one_day_show_their_time():
    entries = date_entries(["2018-02-25T10:50:18.000Z", "2018-02-25T10:40:21.000Z", "2018-02-27T10:50:18.000Z"])
    assert [e.label for e in entries] == ["2018-02-27", "2018-02-25 10:50 UTC", "2018-02-25 10:40 UTC"]
    assert entries[1].value == "2018-02-25T10:50:18.000Z"


def test_values_without_a_date_are_skipped():
    assert value_date("not a date") is None
    assert [e.value for e in date_entries(["", "garbage", " 2020-02-02 "])] == ["2020-02-02"]


def test_between_keeps_both_ends_and_the_order():
    entries = date_entries([f"2020-01-{day:02d}" for day in range(1, 32)])
    kept = entries.between(dt.date(2020, 1, 10), dt.date(2020, 1, 12))
    assert [e.value for e in kept] == ["2020-01-12", "2020-01-11", "2020-01-10"]
    assert len(entries.between(None, dt.date(2020, 1, 5))) == 5
    assert len(entries.between()) == 31 and entries.between() == entries
    assert list(entries.between(dt.date(2019, 1, 1), dt.date(2019, 2, 1))) == []
    assert [e.value for e in entries.between(dt.date(2020, 1, 31), None)] == ["2020-01-31"]
    assert entries.between(dt.date(2020, 1, 12), dt.date(2020, 1, 10)) == []  # an empty range


def test_entries_are_made_when_read_and_found_by_bisection():
    """A layer of 100,000 values (every 5 minutes): the panel's entries cost nothing per date until shown."""
    from terrascope_s2.plugin.core.services.timevalues import parse_time_values

    dimension = parse_time_values("2015-01-01T00:00:00Z/2016-12-31T00:00:00Z/PT5M")
    entries = DateEntries(dimension.texts, dimension.moments)
    assert len(entries) == 100_000
    assert entries[0] == ("2016-12-31T00:00:00Z", dt.date(2016, 12, 31), "2016-12-31")  # alone on its day
    assert entries[-1].value == dimension.values[0].text and entries[1].label == "2016-12-30 23:55 UTC"
    day = entries.between(dt.date(2016, 6, 1), dt.date(2016, 6, 1))
    assert len(day) == 288 and day[0].value == "2016-06-01T23:55:00Z" and day[-1].value == "2016-06-01T00:00:00Z"
    assert day.texts() == [entry.value for entry in day]
    assert day.index_of("2016-06-01T23:50:00Z") == 1 and day.index_of("2016-06-02T00:00:00Z") is None
    assert entries.index_of("2016-06-01T23:50:00Z") == entries.texts().index("2016-06-01T23:50:00Z")
    assert entries.between(dt.date(2016, 5, 30), dt.date(2016, 6, 2)).days() == [
        dt.date(2016, 5, 30), dt.date(2016, 5, 31), dt.date(2016, 6, 1), dt.date(2016, 6, 2)]
    assert entries.index_of("not a date") is None


def test_entries_from_the_services_time_values_are_the_same_as_from_texts():
    texts = ["2018-02-25T10:50:18.000Z", "2018-02-25T10:40:21.000Z", "2018-02-27T10:50:18.000Z"]
    assert date_entries(parse_time_values(texts).values) == date_entries(texts)


def test_layer_names_say_layer_date_and_tile():
    assert layer_name("CGS_S2_NDVI", "2019-03-07", "31UFS") == "CGS_S2_NDVI 2019-03-07 31UFS"


def test_an_entry_list_answers_as_date_entries_do():
    """The service's dates narrowed and labelled by the catalogue (a list of entries) answer the panel's questions alike."""
    from terrascope_s2.plugin.core.services.timeline import EntryList

    entries = date_entries([f"2020-01-{day:02d}" for day in range(1, 32)])
    listed = EntryList([entry._replace(label=entry.label + " (10 %)") for entry in entries])
    for start, end in ((dt.date(2020, 1, 10), dt.date(2020, 1, 12)), (None, dt.date(2020, 1, 5)), (None, None),
                       (dt.date(2019, 1, 1), dt.date(2019, 2, 1)), (dt.date(2020, 1, 31), None)):
        assert listed.between(start, end).texts() == entries.between(start, end).texts()
        assert listed.between(start, end).days() == entries.between(start, end).days()
    assert listed.index_of("2020-01-30") == entries.index_of("2020-01-30") == 1 and listed.index_of("x") is None
    assert listed[0].label == "2020-01-31 (10 %)"
