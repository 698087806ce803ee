"""Hostile capabilities documents: the whole document's TIME values are bounded, and so is the work to reach them; the
parse stops at its cancel points (issue 11: a 30 kB document of intervals took 19-29 s and 1.2-1.4 GB, a 16 MB WMTS
kept 650,000 values, Cancel did not stop the parse)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from terrascope_s2.plugin.core.errors import CancelledError
from terrascope_s2.plugin.core.services import timevalues
from terrascope_s2.plugin.core.services.capabilities import parse_wms_capabilities, parse_wmts_capabilities
from terrascope_s2.plugin.core.services.model import WMS, WMTS
from terrascope_s2.plugin.core.services.timevalues import MAX_DOCUMENT_VALUES, MAX_VALUES

pytestmark = pytest.mark.services  # parsed by OWSLib: run once per OWSLib version

UTC = timezone.utc
MINUTE_INTERVAL = "1900-01-01T00:00:00Z/2100-01-01T00:00:00Z/PT1M"  # 105 million values in 47 bytes


def wms_of_intervals(layers: int, interval: str = MINUTE_INTERVAL) -> bytes:
    return wms_of_times({f"L{number}": interval for number in range(layers)})


def wms_of_times(times: dict[str, str]) -> bytes:
    parts = "".join(f'<Layer><Name>{name}</Name><Title>{name}</Title>'
                    f'<Dimension name="time" units="ISO8601">{text}</Dimension></Layer>' for name, text in times.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms">'
            f'<Service><Name>WMS</Name><Title>x</Title></Service><Capability><Request><GetMap><Format>image/png</Format>'
            f'</GetMap></Request><Layer><Title>root</Title>{parts}</Layer></Capability></WMS_Capabilities>').encode()


def wmts_of_values(layers: dict[str, list[str]]) -> bytes:
    parts = "".join(f"""<Layer><ows:Title>{name}</ows:Title><ows:Identifier>{name}</ows:Identifier>
<Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style><Format>image/png</Format>
<Dimension><ows:Identifier>TIME</ows:Identifier><Default>{values[0]}</Default>{''.join(f'<Value>{v}</Value>' for v in values)}</Dimension>
<TileMatrixSetLink><TileMatrixSet>g3857</TileMatrixSet></TileMatrixSetLink></Layer>""" for name, values in layers.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="1.0.0">
<ows:ServiceIdentification><ows:Title>x</ows:Title></ows:ServiceIdentification><Contents>{parts}
<TileMatrixSet><ows:Identifier>g3857</ows:Identifier><ows:SupportedCRS>EPSG:3857</ows:SupportedCRS>
<TileMatrix><ows:Identifier>0</ows:Identifier><ScaleDenominator>559082264</ScaleDenominator><TopLeftCorner>-20037508 20037508</TopLeftCorner>
<TileWidth>256</TileWidth><TileHeight>256</TileHeight><MatrixWidth>1</MatrixWidth><MatrixHeight>1</MatrixHeight></TileMatrix>
</TileMatrixSet></Contents></Capabilities>""".encode()


def days(count: int, start: datetime = datetime(1700, 1, 1, tzinfo=UTC)) -> list[str]:
    return [(start + timedelta(days=i)).strftime("%Y-%m-%d") for i in range(count)]


def test_layers_with_the_same_interval_share_one_bounded_dimension(monkeypatch):
    """Ten layers of a minute interval: before, 100,000 values made for each (1,000,000); now the text is read once,
    its newest MAX_VALUES values made once, and the ten layers share them."""
    made = []
    newest = timevalues._Interval.newest
    monkeypatch.setattr(timevalues._Interval, "newest", lambda self, count, check=None: made.append(count) or newest(
        self, count, check))
    caps = parse_wms_capabilities(wms_of_intervals(10), "http://h/ows")
    dimensions = [caps.layers[f"L{number}"].time_for(WMS) for number in range(10)]
    assert all(dimension is dimensions[0] for dimension in dimensions)
    assert len(dimensions[0]) == MAX_VALUES and dimensions[0].truncated and made == [MAX_VALUES]
    assert dimensions[0].values[-1] == ("2100-01-01T00:00:00Z", datetime(2100, 1, 1, tzinfo=UTC))


def test_distinct_intervals_share_the_documents_bound_and_keep_their_newest_values(monkeypatch):
    """Ten distinct minute intervals: the document keeps at most MAX_DOCUMENT_VALUES, shared evenly, each layer its
    newest; no more values are made than kept."""
    made = []
    newest = timevalues._Interval.newest
    monkeypatch.setattr(timevalues._Interval, "newest", lambda self, count, check=None: made.append(count) or newest(
        self, count, check))
    caps = parse_wms_capabilities(wms_of_times({f"L{number}": f"1900-01-01T00:00:0{number}Z/2100-01-01T00:00:00Z/PT1M"
                                                for number in range(10)}), "http://h/ows")
    dimensions = [caps.layers[f"L{number}"].time_for(WMS) for number in range(10)]
    assert [len(dimension) for dimension in dimensions] == [MAX_DOCUMENT_VALUES // 10] * 10
    end = datetime(2100, 1, 1, tzinfo=UTC)
    assert [dimension.values[-1].when for dimension in dimensions] == [
        end - timedelta(minutes=1 if number else 0, seconds=-number) for number in range(10)]
    assert all(dimension.truncated for dimension in dimensions)
    assert sum(made) <= MAX_DOCUMENT_VALUES


def test_a_30_kb_document_of_distinct_intervals_stays_within_the_bound():
    """The campaign's document: 30 kB of layers, each with its own minute interval (no two alike)."""
    layers = 220
    data = b"".join([wms_of_intervals(0).split(b"</Layer></Capability>")[0]] + [
        f'<Layer><Name>L{n}</Name><Title>L{n}</Title><Dimension name="time" units="ISO8601">'
        f'1900-01-01T00:00:00Z/2100-01-01T{n // 60:02d}:{n % 60:02d}:00Z/PT1M</Dimension></Layer>'.encode()
        for n in range(layers)] + [b"</Layer></Capability></WMS_Capabilities>"])
    assert 28_000 < len(data) < 40_000
    caps = parse_wms_capabilities(data, "http://h/ows")
    counts = [len(caps.layers[f"L{n}"].time_for(WMS)) for n in range(layers)]
    assert sum(counts) <= MAX_DOCUMENT_VALUES and min(counts) == MAX_DOCUMENT_VALUES // layers
    assert caps.layers["L219"].time_for(WMS).values[-1].text == "2100-01-01T03:39:00Z"


def test_the_bound_holds_for_wmts_values_too():
    """Before, a WMTS <Value> list was never cut (the bound only stopped one comma list): a 16 MB WMTS kept 650,000."""
    values = days(MAX_VALUES + 20_000)
    caps = parse_wmts_capabilities(wmts_of_values({"A": values}), "http://h/wmts")
    dimension = caps.layers["A"].time_for(WMTS)
    assert dimension.truncated and dimension.texts == [values[0]] + values[-MAX_VALUES:]  # the newest, and the default
    assert dimension.default.text == values[0]


def test_many_wmts_layers_share_the_documents_bound(monkeypatch):
    """As a 16 MB WMTS of many layers does, at a tenth of the bounds (the same code, a smaller document)."""
    monkeypatch.setattr(timevalues, "MAX_DOCUMENT_VALUES", MAX_DOCUMENT_VALUES // 10)
    monkeypatch.setattr(timevalues, "MAX_VALUES", MAX_VALUES // 10)
    layers = {f"L{n}": days(12_000, datetime(1700 + 40 * n, 1, 1, tzinfo=UTC)) for n in range(5)}
    caps = parse_wmts_capabilities(wmts_of_values(layers), "http://h/wmts")
    for name, values in layers.items():
        dimension = caps.layers[name].time_for(WMTS)
        assert dimension.texts == [values[0]] + values[-MAX_DOCUMENT_VALUES // 10 // 5:]  # the newest, and the default


class Stop:
    """A check that raises CancelledError on its n-th call (as the task's cancel does), counting its calls."""

    def __init__(self, after: int | None = None):
        self.after, self.calls = after, 0

    def __call__(self):
        self.calls += 1
        if self.after is not None and self.calls >= self.after:
            raise CancelledError()


@pytest.mark.parametrize("parse, data", [
    (parse_wms_capabilities, wms_of_times({f"L{n}": f"1900-01-01/19{n}0-01-01/P1D" for n in range(3, 6)})),
    (parse_wmts_capabilities, wmts_of_values({f"L{n}": days(12_000, datetime(1700 + 40 * n, 1, 1, tzinfo=UTC))
                                              for n in range(3)})),
], ids=["WMS of intervals", "WMTS of values"])
def test_the_parse_stops_at_any_of_its_cancel_points(parse, data):
    """The parse calls its check often: at least once per 4,096 values made or read, and once per layer; a check that
    raises stops it there, whichever call it is."""
    counted = Stop()
    caps = parse(data, "http://h/caps", check=counted)
    values = sum(len(dimension) for layer in caps.layers.values() for dimension in layer.times.values())
    assert values > 30_000 and counted.calls >= values // timevalues.CHECK_EVERY + len(caps.layers)
    for after in sorted({1, 2, 3, counted.calls // 3, counted.calls // 2, counted.calls - 1, counted.calls}):
        stop = Stop(after)
        with pytest.raises(CancelledError):
            parse(data, "http://h/caps", check=stop)
        assert stop.calls == after


def test_a_cache_shared_by_two_documents_parses_each_text_once(monkeypatch):
    """Values in other forms than the services' usual ones ('...Z', 'YYYY-MM-DD': datetime's C parser reads those
    faster than a dictionary finds them) are parsed once for all the layers of both documents."""
    from collections import Counter

    parsed = []
    parse_instant = timevalues.parse_instant
    monkeypatch.setattr(timevalues, "parse_instant", lambda text: parsed.append(text) or parse_instant(text))
    values = [f"2020-01-{day:02d}T10:00:00.000+00:00" for day in range(1, 32)]
    cache = timevalues.TimeCache()
    wmts = parse_wmts_capabilities(wmts_of_values({"A": values, "B": values[::2]}), "http://h/wmts", cache=cache)
    wms = parse_wms_capabilities(wms_of_intervals(1, ",".join(values[::-1])), "http://h/ows", cache=cache)
    counts = Counter(parsed)
    assert sorted(counts) == values
    assert all(count == 1 for text, count in counts.items() if text != values[0])  # (the default is looked up again)
    assert wms.layers["L0"].time_for(WMS).values == wmts.layers["A"].time_for(WMTS).values
    assert wmts.layers["A"].time_for(WMTS).values[0] == (values[0], datetime(2020, 1, 1, 10, tzinfo=UTC))
    again = parse_wms_capabilities(wms_of_intervals(2, ",".join(values)), "http://h/ows", cache=cache)
    assert again.layers["L0"].time_for(WMS) is again.layers["L1"].time_for(WMS)  # one text: one dimension
    assert again.layers["L0"].time_for(WMS).values == wmts.layers["A"].time_for(WMTS).values
