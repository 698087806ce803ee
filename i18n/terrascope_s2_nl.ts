<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/core/catalogue.py" line="60"/>
        <source>Fraction of absorbed photosynthetically active radiation</source>
        <translation>Fractie geabsorbeerde fotosynthetisch actieve straling</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="62"/>
        <source>Fraction of vegetation cover</source>
        <translation>Fractie vegetatiebedekking</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="63"/>
        <source>Leaf area index</source>
        <translation>Bladoppervlakte-index</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="64"/>
        <source>Normalized difference vegetation index</source>
        <translation>Genormaliseerde vegetatie-index (NDVI)</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="66"/>
        <source>Scene classification</source>
        <translation>Scèneclassificatie</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="68"/>
        <source>Cloud mask</source>
        <translation>Wolkenmasker</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="69"/>
        <source>Shadow mask</source>
        <translation>Schaduwmasker</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="75"/>
        <source>Top-of-canopy reflectance</source>
        <translation>Reflectantie boven het bladerdak</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="77"/>
        <source>Canopy chlorophyll content</source>
        <translation>Chlorofylgehalte van het bladerdak</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="78"/>
        <source>Canopy water content</source>
        <translation>Watergehalte van het bladerdak</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="79"/>
        <source>Aerosol optical thickness</source>
        <translation>Optische dikte van aerosolen</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="80"/>
        <source>Relative azimuth angle</source>
        <translation>Relatieve azimuthoek</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="81"/>
        <source>Sun zenith angle</source>
        <translation>Zonnezenithoek</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="82"/>
        <source>Viewing zenith angle</source>
        <translation>Kijkzenithoek</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="83"/>
        <source>Water vapour</source>
        <translation>Waterdamp</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Saturated or defective</source>
        <translation>Verzadigd of defect</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Dark area pixels / topographic shadows</source>
        <translation>Donkere pixels / topografische schaduw</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud shadows</source>
        <translation>Wolkenschaduw</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Vegetation</source>
        <translation>Vegetatie</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Bare soil (not vegetated)</source>
        <translation>Kale bodem (geen vegetatie)</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud, low probability (unclassified)</source>
        <translation>Wolk, lage waarschijnlijkheid (niet geclassificeerd)</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud, medium probability</source>
        <translation>Wolk, gemiddelde waarschijnlijkheid</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud, high probability</source>
        <translation>Wolk, hoge waarschijnlijkheid</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Thin cirrus</source>
        <translation>Dunne cirrus</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Snow</source>
        <translation>Sneeuw</translation>
    </message>
    <message>
        <location filename="../plugin/core/endpoints.py" line="27"/>
        <source>Terrascope (services.terrascope.be)</source>
        <translation>Terrascope (services.terrascope.be)</translation>
    </message>
    <message>
        <location filename="../plugin/core/endpoints.py" line="32"/>
        <source>Legacy Sentinel viewer (sentineldata.vito.be)</source>
        <translation>Oude Sentinel-viewer (sentineldata.vito.be)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="28"/>
        <source>Custom URLs</source>
        <translation>Eigen URL's</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="37"/>
        <source>Terrascope Sentinel-2</source>
        <translation>Terrascope Sentinel-2</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="39"/>
        <source>Show or hide the Terrascope Sentinel-2 panel</source>
        <translation>Het Terrascope Sentinel-2-paneel tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="21"/>
        <source>Local products</source>
        <translation>Lokale producten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="22"/>
        <source>Terrascope services</source>
        <translation>Terrascope-diensten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="23"/>
        <source>Sentinel-2 tiles</source>
        <translation>Sentinel-2-tegels</translation>
    </message>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="44"/>
        <source>Tile footprints</source>
        <translation>Tegelvoetafdrukken</translation>
    </message>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="40"/>
        <source>Tile ids (empty: Belgium&apos;s ten tiles)</source>
        <translation>Tegel-id's (leeg: de tien Belgische tegels)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="43"/>
        <source>Output CRS</source>
        <translation>Uitvoer-CRS</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../resources/ui/options.ui" line="9"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="15"/>
        <source>Endpoint</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="25"/>
        <source>WMTS capabilities URL</source>
        <translation>URL van de WMTS-capabilities</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="35"/>
        <source>WMS URL</source>
        <translation>WMS-URL</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="45"/>
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="55"/>
        <source>Network timeout</source>
        <translation>Netwerktime-out</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="78"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="84"/>
        <source>Prefer WMTS (tiled, faster) when the layer offers it</source>
        <translation>WMTS (tegels, sneller) verkiezen als de laag het aanbiedt</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="91"/>
        <source>Adding another date updates the selected layer instead of adding a new one</source>
        <translation>Een andere datum toevoegen werkt de geselecteerde laag bij in plaats van een nieuwe toe te voegen</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="98"/>
        <source>Add the tile outline when zooming to a tile</source>
        <translation>De tegelomtrek toevoegen bij het zoomen naar een tegel</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="105"/>
        <source>Show product files in physical units however they are opened (drag and drop, Data Source Manager)</source>
        <translation>Productbestanden in fysische eenheden tonen, hoe ze ook geopend worden (slepen en neerzetten, Databronbeheer)</translation>
    </message>
</context>
<context>
    <name>TerrascopeDock</name>
    <message>
        <location filename="../resources/ui/dock.ui" line="6"/>
        <source>Terrascope Sentinel-2</source>
        <translation>Terrascope Sentinel-2</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="13"/>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
</context>
<context>
    <name>processing</name>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="33"/>
        <source>Polygons of Sentinel-2 tiles, exactly as ESA&apos;s tiling grid draws them (109.8 km squares in their UTM zone), reprojected to the output CRS. TILES is a list of tile ids separated by commas or spaces; empty means Belgium&apos;s ten tiles.</source>
        <translation>Polygonen van Sentinel-2-tegels, precies zoals het tegelraster van ESA ze tekent (vierkanten van 109,8 km in hun UTM-zone), herprojecteerd naar het uitvoer-CRS. TILES is een lijst van tegel-id's gescheiden door komma's of spaties; leeg betekent de tien Belgische tegels.</translation>
    </message>
</context>
</TS>
