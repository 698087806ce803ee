"""Time series of points and fields in physical units, masked by the scene classification (issue 16).

    sources.py   which product files make a series (a folder searched by name, or given files), with their classification
    pixels.py    which pixels of a product's grid a point or field covers (GDAL's rasterisation, pixel centres)
    classes.py   the scene classes of a window on the product's grid (nearest neighbour), kept and widened
    values.py    a window's digital numbers to physical values and their statistics
    series.py    the series: every product read once, each field's window in it, one observation per field and date
    export.py    the series as CSV
    task.py      the series in a QgsTask for the panel
"""
