"""The dates a layer offers, as the dock lists them (plain Python)."""

from __future__ import annotations

import datetime as dt

from terrascope_s2.plugin.core.services.maplayers import layer_name
from terrascope_s2.plugin.core.services.timeline import date_entries, entry_keys, filter_entries, value_date
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


def test_filter_keeps_both_ends_and_the_order():
    entries = date_entries([f"2020-01-{day:02d}" for day in range(1, 32)])
    kept = filter_entries(entries, dt.date(2020, 1, 10), dt.date(2020, 1, 12))
    assert [e.value for e in kept] == ["2020-01-12", "2020-01-11", "2020-01-10"]
    assert len(filter_entries(entries, None, dt.date(2020, 1, 5))) == 5
    assert len(filter_entries(entries)) == 31
    keys = entry_keys(entries)  # the same cuts by bisection
    for start, end in ((dt.date(2020, 1, 10), dt.date(2020, 1, 12)), (None, dt.date(2020, 1, 5)), (None, None),
                       (dt.date(2019, 1, 1), dt.date(2019, 2, 1)), (dt.date(2020, 1, 31), None)):
        assert filter_entries(entries, start, end, keys) == filter_entries(entries, start, end)


def test_entries_from_the_services_time_values_are_the_same_as_from_texts():
    texts = ["2018-02-25T10:50:18.000Z", "2018-02-25T10:40:21.000Z", "2018-02-27T10:50:18.000Z"]
    assert date_entries(parse_time_values(texts).values) == date_entries(texts)


def test_layer_names_say_layer_date_and_tile():
    assert layer_name("CGS_S2_NDVI", "2019-03-07", "31UFS") == "CGS_S2_NDVI 2019-03-07 31UFS"
