"""Statistics from a histogram of digital numbers equal numpy's mean, median and std of the same pixels."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from terrascope_s2.plugin.core.timeseries.values import Decoder


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 255), min_size=1, max_size=500), st.sampled_from(["FAPAR", "LAI", "NDVI"]),
       st.randoms(use_true_random=False))
def test_byte_statistics_equal_numpys(numbers, content, random):
    dn = np.array(numbers, dtype=np.uint8).reshape(1, -1)
    selected = np.array([random.random() < 0.8 for _ in numbers]).reshape(1, -1)
    decoder = Decoder(content, np.uint8, None)
    assert decoder.by_histogram
    found = decoder.statistics(dn, selected)
    values = decoder.values(dn)[selected]
    values = values[~np.isnan(values)]  # no data (255) and VITO's special values (251..254) have none
    assert found.valid == values.size
    if values.size:
        assert found.mean == pytest.approx(values.mean(), rel=1e-12, abs=1e-15)
        assert found.median == pytest.approx(np.median(values), rel=1e-12, abs=1e-15)
        assert found.std == pytest.approx(values.std(), rel=1e-9, abs=1e-12)
    else:
        assert found.mean is found.median is found.std is None


def test_other_types_take_numpys_path():
    assert not Decoder("FAPAR", np.uint16, None).by_histogram
    assert not Decoder("FAPAR", np.float32, None).by_histogram
    assert not Decoder("CCC", np.uint8, None).by_histogram  # no scaling known: digital numbers
    assert Decoder("CCC", np.uint8, None).unit == "DN"
