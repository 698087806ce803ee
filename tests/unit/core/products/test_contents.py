"""The product catalogue: scaling and classes as VITO documents them."""

from __future__ import annotations

import pytest

from terrascope_s2.plugin.core.products.contents import (
    BIOPHYSICAL,
    SCENE_CLASSES,
    UNKNOWN,
    content_spec,
)
from terrascope_s2.plugin.core.products.names import CONTENTS


@pytest.mark.parametrize("content,dn,physical", [
    ("FAPAR", 0, 0.0), ("FAPAR", 200, 1.0), ("FAPAR", 100, 0.5),
    ("FCOVER", 200, 1.0), ("LAI", 250, 10.0), ("LAI", 25, 1.0),
    ("NDVI", 0, -0.08), ("NDVI", 250, 0.92), ("NDVI", 150, 0.52),
    ("TOC-B04", 10000, 1.0), ("TOC-B8A", 1234, 0.1234),
])
def test_digital_numbers_scale_to_physical_values(content, dn, physical):
    assert content_spec(content).to_physical(dn) == pytest.approx(physical, abs=1e-9)


def test_biophysical_products_share_no_data_and_vito_special_values():
    for content in ("FAPAR", "FCOVER", "LAI", "NDVI"):
        spec = content_spec(content)
        assert spec.kind == BIOPHYSICAL
        assert spec.nodata == 255 and spec.grey_values == (251, 253) and spec.transparent_values == (254, 255)
    assert content_spec("TOC-B02").nodata == 32767
    assert (content_spec("NDVI").saturation_min, content_spec("NDVI").saturation_max) == (-1.0, 1.0)


def test_every_content_has_a_spec_and_unknown_scaling_is_said():
    for content in CONTENTS:
        assert content_spec(content).content == content
    for content in ("CCC", "CWC", "AOT", "RAA", "SZA", "VZA", "WVP", "SOMETHING"):
        spec = content_spec(content)
        assert spec.kind == UNKNOWN and not spec.scaling_known
        with pytest.raises(ValueError, match="no scaling is known"):
            spec.to_physical(1)


def test_the_twelve_scene_classes_have_esa_colours():
    assert [c.value for c in SCENE_CLASSES] == list(range(12))
    assert SCENE_CLASSES[4].name == "VEGETATION" and SCENE_CLASSES[4].colour == "#00a000"
    assert SCENE_CLASSES[10].colour == "#64c8ff" and SCENE_CLASSES[11].colour == "#ff96ff"
    assert len({c.label for c in SCENE_CLASSES}) == 12
