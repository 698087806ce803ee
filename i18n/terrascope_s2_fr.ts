<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/core/catalogue.py" line="60"/>
        <source>Fraction of absorbed photosynthetically active radiation</source>
        <translation>Fraction du rayonnement photosynthétiquement actif absorbé</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="62"/>
        <source>Fraction of vegetation cover</source>
        <translation>Fraction de couverture végétale</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="63"/>
        <source>Leaf area index</source>
        <translation>Indice de surface foliaire</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="64"/>
        <source>Normalized difference vegetation index</source>
        <translation>Indice de végétation par différence normalisée (NDVI)</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="66"/>
        <source>Scene classification</source>
        <translation>Classification de scène</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="68"/>
        <source>Cloud mask</source>
        <translation>Masque de nuages</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="69"/>
        <source>Shadow mask</source>
        <translation>Masque d'ombres</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="75"/>
        <source>Top-of-canopy reflectance</source>
        <translation>Réflectance au sommet de la canopée</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="77"/>
        <source>Canopy chlorophyll content</source>
        <translation>Teneur en chlorophylle de la canopée</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="78"/>
        <source>Canopy water content</source>
        <translation>Teneur en eau de la canopée</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="79"/>
        <source>Aerosol optical thickness</source>
        <translation>Épaisseur optique des aérosols</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="80"/>
        <source>Relative azimuth angle</source>
        <translation>Angle azimutal relatif</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="81"/>
        <source>Sun zenith angle</source>
        <translation>Angle zénithal solaire</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="82"/>
        <source>Viewing zenith angle</source>
        <translation>Angle zénithal de visée</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="83"/>
        <source>Water vapour</source>
        <translation>Vapeur d'eau</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Saturated or defective</source>
        <translation>Saturé ou défectueux</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Dark area pixels / topographic shadows</source>
        <translation>Pixels sombres / ombres topographiques</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud shadows</source>
        <translation>Ombres de nuages</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Vegetation</source>
        <translation>Végétation</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Bare soil (not vegetated)</source>
        <translation>Sol nu (non végétalisé)</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud, low probability (unclassified)</source>
        <translation>Nuage, probabilité faible (non classé)</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud, medium probability</source>
        <translation>Nuage, probabilité moyenne</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Cloud, high probability</source>
        <translation>Nuage, probabilité élevée</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Thin cirrus</source>
        <translation>Cirrus fins</translation>
    </message>
    <message>
        <location filename="../plugin/core/catalogue.py" line="103"/>
        <source>Snow</source>
        <translation>Neige</translation>
    </message>
    <message>
        <location filename="../plugin/core/endpoints.py" line="27"/>
        <source>Terrascope (services.terrascope.be)</source>
        <translation>Terrascope (services.terrascope.be)</translation>
    </message>
    <message>
        <location filename="../plugin/core/endpoints.py" line="32"/>
        <source>Legacy Sentinel viewer (sentineldata.vito.be)</source>
        <translation>Ancienne visionneuse Sentinel (sentineldata.vito.be)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="28"/>
        <source>Custom URLs</source>
        <translation>URL personnalisées</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="37"/>
        <source>Terrascope Sentinel-2</source>
        <translation>Terrascope Sentinel-2</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="39"/>
        <source>Show or hide the Terrascope Sentinel-2 panel</source>
        <translation>Afficher ou masquer le panneau Terrascope Sentinel-2</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="21"/>
        <source>Local products</source>
        <translation>Produits locaux</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="22"/>
        <source>Terrascope services</source>
        <translation>Services Terrascope</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="23"/>
        <source>Sentinel-2 tiles</source>
        <translation>Tuiles Sentinel-2</translation>
    </message>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="44"/>
        <source>Tile footprints</source>
        <translation>Emprises des tuiles</translation>
    </message>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="40"/>
        <source>Tile ids (empty: Belgium&apos;s ten tiles)</source>
        <translation>Identifiants de tuiles (vide : les dix tuiles de la Belgique)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="43"/>
        <source>Output CRS</source>
        <translation>SCR de sortie</translation>
    </message>
    <message>
        <location filename="../plugin/core/layer_task.py" line="16"/>
        <source>the service refused the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/core/layer_task.py" line="17"/>
        <source>the task stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="212"/>
        <source>No service URL: choose an endpoint in the settings (the gear button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="215"/>
        <source>Connecting to {service}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="232"/>
        <source>The service offers no Sentinel-2 layers. Check the endpoint in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="238"/>
        <source>Could not read the service: {reason}. Check the network connection, or the endpoint and authentication in the settings, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="247"/>
        <source>The Sentinel-2 layers the service offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="260"/>
        <source>{layers} layers; {layer} has {dates} dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="280"/>
        <source>&apos;{text}&apos; is not a Sentinel-2 tile id: type a zone, a band and two letters, such as 31UFS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="341"/>
        <source>Click inside a tile outline on the map to choose that tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="350"/>
        <source>Tile {tile} chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="353"/>
        <source>No tile there: click inside one of the tile outlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="390"/>
        <source>No dates between {start} and {end}: widen the range or press All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="417"/>
        <source>The layer has no image on {day}: the dates in bold have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="449"/>
        <source>Add temporal layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="451"/>
        <source>Add {count} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="453"/>
        <source>Add to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="462"/>
        <source>Choose a layer first (press Refresh when the list is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="469"/>
        <source>No dates in the range: widen it or press All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="477"/>
        <source>Choose a date in the list or the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="484"/>
        <source>Adding {count} layer(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="518"/>
        <source>{count} layer(s) added to the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="533"/>
        <source>Could not add the layer: {reason}. Press Refresh and try again, or try WMS instead of WMTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="573"/>
        <source>Open product files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="573"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.vrt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="579"/>
        <source>Open a product folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="590"/>
        <source>{count} product(s) opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/local_link.py" line="12"/>
        <source>Opening local products is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/service_link.py" line="63"/>
        <source>Terrascope: adding {count} layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/service_link.py" line="73"/>
        <source>Terrascope: reading the service&apos;s layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/service_link.py" line="178"/>
        <source>the service lists no Sentinel-2 (CGS_S2) layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../resources/ui/options.ui" line="9"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="15"/>
        <source>Endpoint</source>
        <translation>Point d'accès</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="25"/>
        <source>WMTS capabilities URL</source>
        <translation>URL des capacités WMTS</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="35"/>
        <source>WMS URL</source>
        <translation>URL WMS</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="45"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="55"/>
        <source>Network timeout</source>
        <translation>Délai d'attente réseau</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="78"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="84"/>
        <source>Prefer WMTS (tiled, faster) when the layer offers it</source>
        <translation>Préférer le WMTS (tuilé, plus rapide) quand la couche le propose</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="91"/>
        <source>Adding another date updates the selected layer instead of adding a new one</source>
        <translation>Ajouter une autre date met à jour la couche sélectionnée au lieu d'en ajouter une nouvelle</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="98"/>
        <source>Add the tile outline when zooming to a tile</source>
        <translation>Ajouter le contour de la tuile lors du zoom sur une tuile</translation>
    </message>
    <message>
        <location filename="../resources/ui/options.ui" line="105"/>
        <source>Show product files in physical units however they are opened (drag and drop, Data Source Manager)</source>
        <translation>Afficher les fichiers produits en unités physiques quelle que soit la façon de les ouvrir (glisser-déposer, Gestionnaire des sources de données)</translation>
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
        <location filename="../resources/ui/dock.ui" line="424"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="32"/>
        <source>Map service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="62"/>
        <source>Service</source>
        <translation type="unfinished">Service</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="79"/>
        <source>Service settings: endpoint, custom URLs, authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="89"/>
        <source>Connect to the service and read its layers and dates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="101"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="107"/>
        <source>The Sentinel-2 layers the service offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="122"/>
        <source>Cached tiles: the fastest to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="135"/>
        <source>Images drawn on request at any scale and in any CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="157"/>
        <source>Tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="165"/>
        <source>A Sentinel-2 tile: one of Belgium&apos;s ten, or type any tile id such as 31UFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="184"/>
        <source>Pick a tile on the map: click inside a tile outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="197"/>
        <source>Zoom to the tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="209"/>
        <source>A layer with the outlines of Belgium&apos;s tiles and the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="212"/>
        <source>Show tile outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="222"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="228"/>
        <source>Dates in bold are offered by the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="243"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="250"/>
        <source>Show the dates from this day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="263"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="270"/>
        <source>Show the dates up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="283"/>
        <source>Show all the dates of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="286"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="298"/>
        <source>The layer&apos;s dates, newest first. Select several (Ctrl or Shift) to add one layer for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="320"/>
        <source>Add one temporal layer (WMS-T) with the listed dates; the Temporal Controller chooses the date shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="323"/>
        <source>Temporal: follow the Temporal Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="333"/>
        <source>Add to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="355"/>
        <source>Local products</source>
        <translation type="unfinished">Produits locaux</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="361"/>
        <source>Drop a Terrascope product folder or file here to add it to the map, styled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="370"/>
        <source>Drop a product folder or file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="391"/>
        <source>Open a product file (GeoTIFF) with the plugin&apos;s styling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="394"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="401"/>
        <source>Open a product folder: one styled layer for each of its files, in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="404"/>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="465"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>processing</name>
    <message>
        <location filename="../plugin/processing/tile_footprints.py" line="33"/>
        <source>Polygons of Sentinel-2 tiles, exactly as ESA&apos;s tiling grid draws them (109.8 km squares in their UTM zone), reprojected to the output CRS. TILES is a list of tile ids separated by commas or spaces; empty means Belgium&apos;s ten tiles.</source>
        <translation>Polygones des tuiles Sentinel-2, exactement comme la grille de l'ESA les dessine (carrés de 109,8 km dans leur zone UTM), reprojetés dans le SCR de sortie. TILES est une liste d'identifiants de tuiles séparés par des virgules ou des espaces ; vide signifie les dix tuiles de la Belgique.</translation>
    </message>
</context>
</TS>
