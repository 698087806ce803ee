"""Terrascope's STAC catalogue (or any STAC API): items, searches, downloads.

    items.py      an item read into plain Python (both STAC 1.0 and 1.1 shapes), which files make a product
    search.py     what a search asks, sends and keeps; its bounds (plain Python)
    transfer.py   the catalogue's HTTP exchanges: the plugin's network module (services/network.py), streamed or kept
    client.py     the catalogue: landing page, collections, paged search
    download.py   a product's files to a folder (resumed, checked, never over an existing file), or opened in place
    opening.py    a fetched product as styled layers in physical units, with the item's own scaling
"""

TERRASCOPE_CATALOGUE_URL = "https://stac.terrascope.be/"
MAX_ITEMS = 2000  # items a search keeps, at most (here: the Processing parameters read it at QGIS start, cheaply)
# where Terrascope's catalogue items point for downloads: the only origin the catalogue's login is sent to by default
TERRASCOPE_DOWNLOAD_ORIGIN = "https://services.terrascope.be"
