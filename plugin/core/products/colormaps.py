"""Colour ramps of the biophysical products, from VITO's own SLD colour tables (those its tile seeder uses for CGS_S2).

Stops are (digital number, colour): the fewest entries of VITO's table whose linear interpolation reproduces every entry
within 3 units per channel, cut at the product's largest valid DN (scripts/derive_ramps.py made them; a test compares
them with the tables). The styling turns the DNs into physical values with the product's scaling.
Deliberate difference: VITO's NDVI table draws DN 0 transparent; here DN 0 ("-0.08 or lower", e.g. water) is drawn.
"""

from __future__ import annotations

VITO_TABLES = {"FAPAR": "ColorTable_NDVI_V2", "FCOVER": "ColorTable_FCOVER_V12", "LAI": "ColorTable_LAI_V12",
               "NDVI": "ColorTable_NDVI_PROBAV"}

RAMPS: dict[str, tuple[tuple[int, str], ...]] = {
    "FAPAR": ((0, "#8c5c08"), (20, "#8e5f08"), (70, "#ffff1e"), (95, "#dae819"), (115, "#b6d215"), (145, "#91bc11"),
              (200, "#418c07")),
    "FCOVER": ((0, "#8c5c08"), (83, "#ffff1e"), (200, "#4c9208")),
    "LAI": ((0, "#8c5c08"), (60, "#ffff00"), (120, "#00c800"), (210, "#006400"), (250, "#006400")),
    "NDVI": ((0, "#8c5c08"), (20, "#8c5c08"), (70, "#ffff1e"), (243, "#026500"), (250, "#006400")),
}
NO_VALUE_COLOUR = "#dddddd"  # VITO's grey for DN 251 and 253 ("no value")
