<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <source>Fraction of absorbed photosynthetically active radiation</source>
        <translation>Fractie geabsorbeerde fotosynthetisch actieve straling</translation>
    </message>
    <message>
        <source>Fraction of vegetation cover</source>
        <translation>Fractie vegetatiebedekking</translation>
    </message>
    <message>
        <source>Leaf area index</source>
        <translation>Bladoppervlakte-index</translation>
    </message>
    <message>
        <source>Normalized difference vegetation index</source>
        <translation>Genormaliseerde vegetatie-index (NDVI)</translation>
    </message>
    <message>
        <source>Scene classification</source>
        <translation>Scèneclassificatie</translation>
    </message>
    <message>
        <source>Cloud mask</source>
        <translation>Wolkenmasker</translation>
    </message>
    <message>
        <source>Shadow mask</source>
        <translation>Schaduwmasker</translation>
    </message>
    <message>
        <source>Top-of-canopy reflectance</source>
        <translation>Reflectantie boven het bladerdak</translation>
    </message>
    <message>
        <source>Canopy chlorophyll content</source>
        <translation>Chlorofylgehalte van het bladerdak</translation>
    </message>
    <message>
        <source>Canopy water content</source>
        <translation>Watergehalte van het bladerdak</translation>
    </message>
    <message>
        <source>Aerosol optical thickness</source>
        <translation>Optische dikte van aerosolen</translation>
    </message>
    <message>
        <source>Relative azimuth angle</source>
        <translation>Relatieve azimuthoek</translation>
    </message>
    <message>
        <source>Sun zenith angle</source>
        <translation>Zonnezenithoek</translation>
    </message>
    <message>
        <source>Viewing zenith angle</source>
        <translation>Kijkzenithoek</translation>
    </message>
    <message>
        <source>Water vapour</source>
        <translation>Waterdamp</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>Saturated or defective</source>
        <translation>Verzadigd of defect</translation>
    </message>
    <message>
        <source>Dark area pixels / topographic shadows</source>
        <translation>Donkere pixels / topografische schaduw</translation>
    </message>
    <message>
        <source>Cloud shadows</source>
        <translation>Wolkenschaduw</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Vegetatie</translation>
    </message>
    <message>
        <source>Bare soil (not vegetated)</source>
        <translation>Kale bodem (geen vegetatie)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Cloud, low probability (unclassified)</source>
        <translation>Wolk, lage waarschijnlijkheid (niet geclassificeerd)</translation>
    </message>
    <message>
        <source>Cloud, medium probability</source>
        <translation>Wolk, gemiddelde waarschijnlijkheid</translation>
    </message>
    <message>
        <source>Cloud, high probability</source>
        <translation>Wolk, hoge waarschijnlijkheid</translation>
    </message>
    <message>
        <source>Thin cirrus</source>
        <translation>Dunne cirrus</translation>
    </message>
    <message>
        <source>Snow</source>
        <translation>Sneeuw</translation>
    </message>
    <message>
        <source>Terrascope (services.terrascope.be)</source>
        <translation>Terrascope (services.terrascope.be)</translation>
    </message>
    <message>
        <source>Legacy Sentinel viewer (sentineldata.vito.be)</source>
        <translation>Oude Sentinel-viewer (sentineldata.vito.be)</translation>
    </message>
    <message>
        <source>Custom URLs</source>
        <translation>Eigen URL's</translation>
    </message>
    <message>
        <source>Terrascope Sentinel-2</source>
        <translation>Terrascope Sentinel-2</translation>
    </message>
    <message>
        <source>Show or hide the Terrascope Sentinel-2 panel</source>
        <translation>Het Terrascope Sentinel-2-paneel tonen of verbergen</translation>
    </message>
    <message>
        <source>Local products</source>
        <translation>Lokale producten</translation>
    </message>
    <message>
        <source>Terrascope services</source>
        <translation>Terrascope-diensten</translation>
    </message>
    <message>
        <source>Sentinel-2 tiles</source>
        <translation>Sentinel-2-tegels</translation>
    </message>
    <message>
        <source>Tile footprints</source>
        <translation>Tegelvoetafdrukken</translation>
    </message>
    <message>
        <source>Tile ids (empty: Belgium&apos;s ten tiles)</source>
        <translation>Tegel-id's (leeg: de tien Belgische tegels)</translation>
    </message>
    <message>
        <source>Output CRS</source>
        <translation>Uitvoer-CRS</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not exist.</source>
        <translation>'{path}' bestaat niet.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-2 product file.</source>
        <translation>'{name}' is geen Terrascope Sentinel-2-productbestand.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no Terrascope Sentinel-2 product files.</source>
        <translation>'{path}' bevat geen Terrascope Sentinel-2-productbestanden.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds {count} different acquisitions: choose one file of the product to load.</source>
        <translation>'{path}' bevat {count} verschillende opnames: kies één bestand van het product dat u wilt laden.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no images of the product.</source>
        <translation>'{path}' bevat geen beelden van het product.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster (damaged or truncated?) and was skipped.</source>
        <translation>'{name}' kan niet als raster gelezen worden (beschadigd of afgebroken?) en is overgeslagen.</translation>
    </message>
    <message>
        <source>Quicklook</source>
        <translation>Quicklook</translation>
    </message>
    <message>
        <source>The metadata in &apos;{name}&apos; was not read: {reason}</source>
        <translation>De metadata in '{name}' zijn niet gelezen: {reason}</translation>
    </message>
    <message>
        <source>Clear land (keep vegetation and bare soil: 4, 5)</source>
        <translation>Onbewolkt land (vegetatie en kale bodem behouden: 4, 5)</translation>
    </message>
    <message>
        <source>Clear land and water (keep 4, 5, 6)</source>
        <translation>Onbewolkt land en water (4, 5, 6 behouden)</translation>
    </message>
    <message>
        <source>Not cloudy (keep 2, 4, 5, 6, 7, 11)</source>
        <translation>Niet bewolkt (2, 4, 5, 6, 7, 11 behouden)</translation>
    </message>
    <message>
        <source>Remove clouds and cloud shadows (mask 3, 8, 9, 10)</source>
        <translation>Wolken en wolkenschaduw verwijderen (3, 8, 9, 10 maskeren)</translation>
    </message>
    <message>
        <source>Custom: the classes chosen below</source>
        <translation>Aangepast: de klassen hieronder</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no product name, so its scene classification cannot be found: choose the classification.</source>
        <translation>'{name}' heeft geen productnaam, dus de scèneclassificatie kan niet gevonden worden: kies de classificatie.</translation>
    </message>
    <message>
        <source>No scene classification of {product} was found beside &apos;{name}&apos;: choose it.</source>
        <translation>Naast '{name}' is geen scèneclassificatie van {product} gevonden: kies ze.</translation>
    </message>
    <message>
        <source>No class is kept: every pixel would be masked. Choose at least one class.</source>
        <translation>Er wordt geen klasse behouden: elke pixel zou gemaskeerd worden. Kies minstens één klasse.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; declares no no-data value: give one.</source>
        <translation>'{name}' vermeldt geen no-data-waarde: geef er een op.</translation>
    </message>
    <message>
        <source>No scaling is known for {content}: it cannot be converted to physical values.</source>
        <translation>Voor {content} is geen schaling bekend: het kan niet naar fysische waarden omgezet worden.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds {type} values, not digital numbers: they are physical values already.</source>
        <translation>'{name}' bevat {type}-waarden, geen digitale getallen: het zijn al fysische waarden.</translation>
    </message>
    <message>
        <source>The output must be a GeoTIFF (.tif), not &apos;{name}&apos;.</source>
        <translation>De uitvoer moet een GeoTIFF (.tif) zijn, niet '{name}'.</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; is an input file: choose another output file.</source>
        <translation>De uitvoer '{path}' is een invoerbestand: kies een ander uitvoerbestand.</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; already exists: choose another name, or tick &apos;Replace an existing output file&apos;.</source>
        <translation>De uitvoer '{path}' bestaat al: kies een andere naam, of vink 'Een bestaand uitvoerbestand vervangen' aan.</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; is read-only.</source>
        <translation>De uitvoer '{path}' is alleen-lezen.</translation>
    </message>
    <message>
        <source>The output folder &apos;{path}&apos; does not exist.</source>
        <translation>De uitvoermap '{path}' bestaat niet.</translation>
    </message>
    <message>
        <source>The output folder &apos;{path}&apos; cannot be written to: choose another output folder.</source>
        <translation>In de uitvoermap '{path}' kan niet geschreven worden: kies een andere uitvoermap.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <source>No cloud</source>
        <translation>Geen wolk</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Wolk</translation>
    </message>
    <message>
        <source>No shadow</source>
        <translation>Geen schaduw</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Schaduw</translation>
    </message>
    <message>
        <source>No scaling is known for {content}: its values are shown as digital numbers.</source>
        <translation>Voor {content} is geen schaling bekend: de waarden worden als digitale getallen getoond.</translation>
    </message>
    <message>
        <source>No value (DN {low}-{high})</source>
        <translation>Geen waarde (DN {low}-{high})</translation>
    </message>
    <message>
        <source>No image of &apos;{path}&apos; could be read.</source>
        <translation>Geen enkel beeld van '{path}' kon gelezen worden.</translation>
    </message>
    <message>
        <source>Load a Terrascope product (choose any one of its files)</source>
        <translation>Een Terrascope-product laden (kies een van zijn bestanden)</translation>
    </message>
    <message>
        <source>Product images and metadata (*.tif *.tiff *.xml);;All files (*)</source>
        <translation>Productbeelden en metadata (*.tif *.tiff *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Load Terrascope product...</source>
        <translation>Terrascope-product laden...</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be read as a raster.</source>
        <translation>'{value}' kan niet als raster gelezen worden.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file on disk.</source>
        <translation>'{value}' is geen bestand op schijf.</translation>
    </message>
    <message>
        <source>Load product</source>
        <translation>Product laden</translation>
    </message>
    <message>
        <source>Product folder or any one of its files</source>
        <translation>Productmap of een van zijn bestanden</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <source>Keep the chosen classes</source>
        <translation>De gekozen klassen behouden</translation>
    </message>
    <message>
        <source>Mask the chosen classes</source>
        <translation>De gekozen klassen maskeren</translation>
    </message>
    <message>
        <source>Mask with scene classification</source>
        <translation>Maskeren met scèneclassificatie</translation>
    </message>
    <message>
        <source>Keeps the pixels of a product whose scene class (SCL) is wanted and sets the others to no data; the values and the data type stay those of the product. The classification is found beside the product when it is not given, and its 20 m classes are resampled to the product&apos;s grid (nearest neighbour). Choose a preset or &apos;Custom&apos; with your own classes, kept or masked.</source>
        <translation>Behoudt de pixels van een product waarvan de scèneklasse (SCL) gewenst is en zet de andere op no data; de waarden en het gegevenstype blijven die van het product. De classificatie wordt naast het product gezocht als ze niet opgegeven is, en haar klassen van 20 m worden naar het raster van het product herbemonsterd (dichtstbijzijnde buur). Kies een voorinstelling of 'Aangepast' met uw eigen klassen, behouden of gemaskeerd.</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>Productbeeld</translation>
    </message>
    <message>
        <source>Scene classification (empty: the one beside the product)</source>
        <translation>Scèneclassificatie (leeg: die naast het product)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <source>Classes (for &apos;Custom&apos;)</source>
        <translation>Klassen (voor 'Aangepast')</translation>
    </message>
    <message>
        <source>The chosen classes are (for &apos;Custom&apos;)</source>
        <translation>De gekozen klassen worden (voor 'Aangepast')</translation>
    </message>
    <message>
        <source>No-data value of the output (empty: the product&apos;s)</source>
        <translation>No-data-waarde van de uitvoer (leeg: die van het product)</translation>
    </message>
    <message>
        <source>Replace an existing output file</source>
        <translation>Een bestaand uitvoerbestand vervangen</translation>
    </message>
    <message>
        <source>Masked product</source>
        <translation>Gemaskeerd product</translation>
    </message>
    <message>
        <source>Scene classification: {path}</source>
        <translation>Scèneclassificatie: {path}</translation>
    </message>
    <message>
        <source>Classes kept: {classes}</source>
        <translation>Behouden klassen: {classes}</translation>
    </message>
    <message>
        <source>Detect from the file name</source>
        <translation>Uit de bestandsnaam afleiden</translation>
    </message>
    <message>
        <source>TOC reflectance (any band)</source>
        <translation>TOC-reflectantie (elke band)</translation>
    </message>
    <message>
        <source>Convert to physical values</source>
        <translation>Naar fysische waarden omzetten</translation>
    </message>
    <message>
        <source>Writes the physical values (scaling x digital number + offset) of a Terrascope Sentinel-2 product (FAPAR, FCOVER, LAI, NDVI, TOC reflectance) to a Float32 GeoTIFF, compressed and tiled. No data and VITO&apos;s special values (251 to 254) become the chosen no-data value (NaN when empty). NDVI&apos;s DN 0 and 250 mean &apos;this bound or beyond&apos; (saturation): they keep the bound&apos;s value unless &apos;Saturated pixels as no data&apos; is ticked. Works block by block, so a whole tile runs in little memory. The input is only read; an existing output is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Schrijft de fysische waarden (schaling x digitaal getal + offset) van een Terrascope Sentinel-2-product (FAPAR, FCOVER, LAI, NDVI, TOC-reflectantie) naar een Float32-GeoTIFF, gecomprimeerd en in tegels. No data en de speciale waarden van VITO (251 tot 254) worden de gekozen no-data-waarde (NaN als leeg). DN 0 en 250 van NDVI betekenen 'deze grens of verder' (saturatie): ze houden de waarde van de grens, tenzij 'Gesatureerde pixels als no data' aangevinkt is. Werkt blok per blok, zodat een hele tegel weinig geheugen vraagt. De invoer wordt alleen gelezen; een bestaande uitvoer wordt alleen vervangen als 'Een bestaand uitvoerbestand vervangen' aangevinkt is.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>No-data value of the output (empty: NaN)</source>
        <translation>No-data-waarde van de uitvoer (leeg: NaN)</translation>
    </message>
    <message>
        <source>Saturated pixels as no data</source>
        <translation>Gesatureerde pixels als no data</translation>
    </message>
    <message>
        <source>Physical values</source>
        <translation>Fysische waarden</translation>
    </message>
    <message>
        <source>The product cannot be told from the name &apos;{name}&apos;: choose it in &apos;Product&apos;.</source>
        <translation>Het product kan niet uit de naam '{name}' afgeleid worden: kies het bij 'Product'.</translation>
    </message>
    <message>
        <source>{content}: physical value = {scale} x DN + {offset}</source>
        <translation>{content}: fysische waarde = {scale} x DN + {offset}</translation>
    </message>
    <message>
        <source>The server sent an empty document.</source>
        <translation>De server stuurde een leeg document.</translation>
    </message>
    <message>
        <source>The server sent a document that is too large to be capabilities.</source>
        <translation>De server stuurde een document dat te groot is om capabilities te zijn.</translation>
    </message>
    <message>
        <source>The server did not answer with an XML document.</source>
        <translation>De server antwoordde niet met een XML-document.</translation>
    </message>
    <message>
        <source>The server&apos;s document is not well-formed XML.</source>
        <translation>Het document van de server is geen goedgevormde XML.</translation>
    </message>
    <message>
        <source>The server&apos;s document declares XML entities, which are refused.</source>
        <translation>Het document van de server declareert XML-entiteiten; die worden geweigerd.</translation>
    </message>
    <message>
        <source>The server answered with an error:</source>
        <translation>De server antwoordde met een fout:</translation>
    </message>
    <message>
        <source>The document is not a capabilities document of this kind of service:</source>
        <translation>Het document is geen capabilities-document van dit soort dienst:</translation>
    </message>
    <message>
        <source>The WMTS capabilities cannot be read:</source>
        <translation>De WMTS-capabilities kunnen niet gelezen worden:</translation>
    </message>
    <message>
        <source>The WMS capabilities cannot be read:</source>
        <translation>De WMS-capabilities kunnen niet gelezen worden:</translation>
    </message>
    <message>
        <source>No URL is set: choose a service profile or enter URLs in the settings.</source>
        <translation>Er is geen URL ingesteld: kies een dienstprofiel of vul URL's in bij de instellingen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>This is not an http(s) URL:</source>
        <translation>Dit is geen http(s)-URL:</translation>
    </message>
    <message>
        <source>The server refused access: check the authentication configuration in the plugin&apos;s settings.</source>
        <translation>De server weigerde de toegang: controleer de authenticatieconfiguratie in de instellingen van de plugin.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>De server antwoordde met een fout.</translation>
    </message>
    <message>
        <source>The server did not answer in time (see the timeout in the settings).</source>
        <translation>De server antwoordde niet op tijd (zie de time-out in de instellingen).</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>De server is niet bereikbaar.</translation>
    </message>
    <message>
        <source>The service could not be read.</source>
        <translation>De dienst kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>Reading the Terrascope services</source>
        <translation>De Terrascope-diensten worden gelezen</translation>
    </message>
    <message>
        <source>Unexpected error while reading the services:</source>
        <translation>Onverwachte fout bij het lezen van de diensten:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write it as 2018-02-25).</source>
        <translation>'{text}' is geen datum (schrijf ze als 2018-02-25).</translation>
    </message>
    <message>
        <source>The layer has no image on {day}: list its dates with &quot;List acquisition dates&quot;.</source>
        <translation>De laag heeft geen beeld op {day}: toon haar datums met &quot;Opnamedatums oplijsten&quot;.</translation>
    </message>
    <message>
        <source>The server did not send an image.</source>
        <translation>De server stuurde geen beeld.</translation>
    </message>
    <message>
        <source>Download image</source>
        <translation>Beeld downloaden</translation>
    </message>
    <message>
        <source>Date (empty: the service&apos;s default)</source>
        <translation>Datum (leeg: de standaard van de dienst)</translation>
    </message>
    <message>
        <source>Sentinel-2 tile (e.g. 31UFS)</source>
        <translation>Sentinel-2-tegel (bv. 31UFS)</translation>
    </message>
    <message>
        <source>Or an extent</source>
        <translation>Of een extent</translation>
    </message>
    <message>
        <source>Output CRS for an extent (projected)</source>
        <translation>Uitvoer-CRS voor een extent (geprojecteerd)</translation>
    </message>
    <message>
        <source>Resolution (metres)</source>
        <translation>Resolutie (meter)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>The image would be {width} x {height} pixels: choose a coarser resolution or a smaller area.</source>
        <translation>Het beeld zou {width} x {height} pixels groot zijn: kies een grovere resolutie of een kleiner gebied.</translation>
    </message>
    <message>
        <source>The service has no WMS URL: downloading needs a WMS.</source>
        <translation>De dienst heeft geen WMS-URL: downloaden vraagt een WMS.</translation>
    </message>
    <message>
        <source>Layer {name} has no dates</source>
        <translation>Laag {name} heeft geen datums</translation>
    </message>
    <message>
        <source>{layer} at {time}: {width} x {height} pixels in {crs}</source>
        <translation>{layer} op {time}: {width} x {height} pixels in {crs}</translation>
    </message>
    <message>
        <source>The server sent an image of the wrong size.</source>
        <translation>De server stuurde een beeld met de verkeerde grootte.</translation>
    </message>
    <message>
        <source>Give a Sentinel-2 tile or an extent.</source>
        <translation>Geef een Sentinel-2-tegel of een extent.</translation>
    </message>
    <message>
        <source>Choose a projected output CRS (e.g. the UTM zone, EPSG:32631): the resolution is in metres.</source>
        <translation>Kies een geprojecteerd uitvoer-CRS (bv. de UTM-zone, EPSG:32631): de resolutie is in meter.</translation>
    </message>
    <message>
        <source>The extent is empty.</source>
        <translation>De extent is leeg.</translation>
    </message>
    <message>
        <source>List acquisition dates</source>
        <translation>Opnamedatums oplijsten</translation>
    </message>
    <message>
        <source>The days for which a Terrascope map service has images of a layer, read from its capabilities (WMTS when it offers the layer, else WMS). One row a day: the day, the value the server advertised (send it back as it is), the number of acquisitions that day and all their values. START and END limit the days (both optional).</source>
        <translation>De dagen waarvoor een Terrascope-kaartdienst beelden van een laag heeft, gelezen uit haar capabilities (WMTS als die de laag aanbiedt, anders WMS). Eén rij per dag: de dag, de waarde die de server aankondigt (stuur ze ongewijzigd terug), het aantal opnames die dag en al hun waarden. START en END beperken de dagen (beide optioneel).</translation>
    </message>
    <message>
        <source>From (optional)</source>
        <translation>Vanaf (optioneel)</translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation>Tot en met (optioneel)</translation>
    </message>
    <message>
        <source>Acquisition dates</source>
        <translation>Opnamedatums</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>De begindatum ligt na de einddatum.</translation>
    </message>
    <message>
        <source>{count} dates</source>
        <translation>{count} datums</translation>
    </message>
    <message>
        <source>As in the plugin&apos;s settings</source>
        <translation>Zoals in de instellingen van de plugin</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Or a WMTS or WMS URL (overrides the service)</source>
        <translation>Of een WMTS- of WMS-URL (vervangt de dienst)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Reading the capabilities of {url}</source>
        <translation>De capabilities van {url} worden gelezen</translation>
    </message>
    <message>
        <source>The service has no layer {name}. Layers with dates: {known}</source>
        <translation>De dienst heeft geen laag {name}. Lagen met datums: {known}</translation>
    </message>
    <message>
        <source>the service refused the layer</source>
        <translation>de dienst weigerde de laag</translation>
    </message>
    <message>
        <source>the task stopped</source>
        <translation>de taak is gestopt</translation>
    </message>
    <message>
        <source>No service URL: choose an endpoint in the settings (the gear button).</source>
        <translation>Geen URL voor de dienst: kies een eindpunt in de instellingen (de tandwielknop).</translation>
    </message>
    <message>
        <source>Connecting to {service}…</source>
        <translation>Verbinden met {service}…</translation>
    </message>
    <message>
        <source>Could not read the service: {reason}. Check the network connection, or the endpoint and authentication in the settings, then press Refresh.</source>
        <translation>Kon de dienst niet lezen: {reason}. Controleer de netwerkverbinding, of het eindpunt en de authenticatie in de instellingen, en druk dan op Vernieuwen.</translation>
    </message>
    <message>
        <source>{layers} layers; {layer} has {dates} dates</source>
        <translation>{layers} lagen; {layer} heeft {dates} datums</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Sentinel-2 tile id: type a zone, a band and two letters, such as 31UFS.</source>
        <translation>'{text}' is geen Sentinel-2-tegelcode: typ een zone, een band en twee letters, zoals 31UFS.</translation>
    </message>
    <message>
        <source>Click inside a tile outline on the map to choose that tile.</source>
        <translation>Klik op de kaart binnen de omtrek van een tegel om die tegel te kiezen.</translation>
    </message>
    <message>
        <source>Tile {tile} chosen.</source>
        <translation>Tegel {tile} gekozen.</translation>
    </message>
    <message>
        <source>No tile there: click inside one of the tile outlines.</source>
        <translation>Daar ligt geen tegel: klik binnen een van de tegelomtrekken.</translation>
    </message>
    <message>
        <source>No dates between {start} and {end}: widen the range or press All.</source>
        <translation>Geen datums tussen {start} en {end}: verruim het bereik of druk op Alle.</translation>
    </message>
    <message>
        <source>The layer has no image on {day}: the dates in bold have one.</source>
        <translation>De laag heeft geen beeld op {day}: de vetgedrukte datums hebben er een.</translation>
    </message>
    <message>
        <source>Add temporal layer</source>
        <translation>Temporele laag toevoegen</translation>
    </message>
    <message>
        <source>Add {count} layers</source>
        <translation>{count} lagen toevoegen</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>Aan de kaart toevoegen</translation>
    </message>
    <message>
        <source>Choose a layer first (press Refresh when the list is empty).</source>
        <translation>Kies eerst een laag (druk op Vernieuwen als de lijst leeg is).</translation>
    </message>
    <message>
        <source>No dates in the range: widen it or press All.</source>
        <translation>Geen datums in het bereik: verruim het of druk op Alle.</translation>
    </message>
    <message>
        <source>Choose a date in the list or the calendar.</source>
        <translation>Kies een datum in de lijst of de kalender.</translation>
    </message>
    <message>
        <source>Adding {count} layer(s)…</source>
        <translation>{count} laag/lagen toevoegen…</translation>
    </message>
    <message>
        <source>{count} layer(s) added to the map.</source>
        <translation>{count} laag/lagen aan de kaart toegevoegd.</translation>
    </message>
    <message>
        <source>Could not add the layer: {reason}. Press Refresh and try again, or try WMS instead of WMTS.</source>
        <translation>Kon de laag niet toevoegen: {reason}. Druk op Vernieuwen en probeer opnieuw, of probeer WMS in plaats van WMTS.</translation>
    </message>
    <message>
        <source>Open product files</source>
        <translation>Productbestanden openen</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.jp2 *.vrt);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.jp2 *.vrt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open a product folder</source>
        <translation>Een productmap openen</translation>
    </message>
    <message>
        <source>{count} product(s) opened.</source>
        <translation>{count} product(en) geopend.</translation>
    </message>
    <message>
        <source>Nothing could be opened: the message bar says why.</source>
        <translation>Er kon niets geopend worden: de berichtenbalk zegt waarom.</translation>
    </message>
    <message>
        <source>Terrascope: adding {count} layer(s)</source>
        <translation>Terrascope: {count} laag/lagen toevoegen</translation>
    </message>
    <message>
        <source>Terrascope: reading the service&apos;s layers</source>
        <translation>Terrascope: de lagen van de dienst inlezen</translation>
    </message>
    <message>
        <source>Chosen tile</source>
        <translation>Gekozen tegel</translation>
    </message>
    <message>
        <source>Other tiles</source>
        <translation>Andere tegels</translation>
    </message>
    <message>
        <source>The server speaks a version of the service that the plugin does not read:</source>
        <translation>De server spreekt een versie van de dienst die de plugin niet leest:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no georeferencing: it is damaged or truncated, or not a product file.</source>
        <translation>'{name}' heeft geen georeferentie: het is beschadigd of afgebroken, of geen productbestand.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a scene classification: it holds {type} values, where a scene classification holds bytes (classes 0 to 11). Choose the SCENECLASSIFICATION file.</source>
        <translation>'{name}' is geen scèneclassificatie: het bevat {type}-waarden, terwijl een scèneclassificatie bytes bevat (klassen 0 tot 11). Kies het SCENECLASSIFICATION-bestand.</translation>
    </message>
    <message>
        <source>The URL holds a user name or password, which the plugin does not send: remove it and put the login in an authentication configuration (QGIS Options &gt; Authentication).</source>
        <translation>De URL bevat een gebruikersnaam of wachtwoord, die de plugin niet verstuurt: verwijder ze en zet de login in een authenticatieconfiguratie (QGIS Opties &gt; Authenticatie).</translation>
    </message>
    <message>
        <source>The server refused the login of the authentication configuration given in the plugin&apos;s settings: check its user name and password in QGIS&apos;s Options &gt; Authentication.</source>
        <translation>De server weigerde de login van de authenticatieconfiguratie uit de instellingen van de plugin: controleer de gebruikersnaam en het wachtwoord in QGIS Opties &gt; Authenticatie.</translation>
    </message>
    <message>
        <source>The server redirects the request in a loop.</source>
        <translation>De server stuurt het verzoek in een kringloop door.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (or the secure connection failed): check the URL and QGIS&apos;s SSL settings.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd (of de beveiligde verbinding mislukte): controleer de URL en de SSL-instellingen van QGIS.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: the disk is full ({free} kB free in &apos;{folder}&apos;). Free some space or choose another folder; nothing was written.</source>
        <translation>'{path}' kan niet geschreven worden: de schijf is vol ({free} kB vrij in '{folder}'). Maak ruimte vrij of kies een andere map; er werd niets geschreven.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: files are limited to {size} kB here (ulimit -f). Nothing was written.</source>
        <translation>'{path}' kan niet geschreven worden: bestanden zijn hier beperkt tot {size} kB (ulimit -f). Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder: choose an image file in it.</source>
        <translation>'{path}' is een map: kies er een afbeeldingsbestand in.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; or its product is rotated: its classes cannot be matched to the product&apos;s pixels.</source>
        <translation>'{name}' of het product is gedraaid: de klassen kunnen niet aan de pixels van het product gekoppeld worden.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in the product&apos;s CRS (was the product reprojected?): its classes cannot be matched to the product&apos;s pixels.</source>
        <translation>'{name}' staat niet in het CRS van het product (is het product herprojecteerd?): de klassen kunnen niet aan de pixels van het product gekoppeld worden.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read (damaged or truncated?).</source>
        <translation>'{name}' kan niet gelezen worden (beschadigd of afgebroken?).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: choose another file or folder.</source>
        <translation>'{path}' kan niet geschreven worden: kies een ander bestand of een andere map.</translation>
    </message>
    <message>
        <source>Feature {id} has an unknown CRS.</source>
        <translation>Object {id} heeft een onbekend CRS.</translation>
    </message>
    <message>
        <source>Feature {id} has no geometry.</source>
        <translation>Object {id} heeft geen geometrie.</translation>
    </message>
    <message>
        <source>Feature {id} cannot be transformed to the products&apos; CRS.</source>
        <translation>Object {id} kan niet naar het CRS van de producten getransformeerd worden.</translation>
    </message>
    <message>
        <source>Feature {id} lies outside every {content} product (or covers no pixel centre of any).</source>
        <translation>Object {id} ligt buiten elk {content}-product (of bedekt van geen enkel product een pixelmiddelpunt).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster (damaged, truncated or not an image).</source>
        <translation>'{name}' kan niet als raster gelezen worden (beschadigd, afgebroken of geen afbeelding).</translation>
    </message>
    <message>
        <source>No scene classification of {product} was found beside it: this date cannot be masked.</source>
        <translation>Naast {product} is geen scèneclassificatie gevonden: deze datum kan niet gemaskeerd worden.</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is not a folder: choose the folder that holds the products.</source>
        <translation>'{folder}' is geen map: kies de map met de producten.</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; cannot be read: its products are left out.</source>
        <translation>'{folder}' kan niet gelezen worden: de producten erin worden weggelaten.</translation>
    </message>
    <message>
        <source>No {content} product was found in &apos;{folder}&apos; or its subfolders (files named like S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif): choose another folder or content.</source>
        <translation>In '{folder}' en de submappen is geen {content}-product gevonden (bestanden met een naam zoals S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif): kies een andere map of inhoud.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is the same product as &apos;{kept}&apos;: it is left out.</source>
        <translation>'{path}' is hetzelfde product als '{kept}': het wordt weggelaten.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no Terrascope product name: it is left out.</source>
        <translation>'{name}' heeft geen Terrascope-productnaam: het wordt weggelaten.</translation>
    </message>
    <message>
        <source>None of the chosen files is a {content} product: choose the product files (named like S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif).</source>
        <translation>Geen van de gekozen bestanden is een {content}-product: kies de productbestanden (met een naam zoals S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif).</translation>
    </message>
    <message>
        <source>Time series of {content}</source>
        <translation>Tijdreeks van {content}</translation>
    </message>
    <message>
        <source>Unexpected error while computing the time series:</source>
        <translation>Onverwachte fout bij het berekenen van de tijdreeks:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Sentinel-2 tile id (expected a zone, a band and two letters, e.g. 31UFS)</source>
        <translation>'{text}' is geen Sentinel-2-tegelcode (verwacht: een zone, een band en twee letters, bv. 31UFS)</translation>
    </message>
    <message>
        <source>&apos;{tile}&apos; is not a Sentinel-2 tile id: column letter {column} does not occur in UTM zone {zone}</source>
        <translation>'{tile}' is geen Sentinel-2-tegelcode: kolomletter {column} komt niet voor in UTM-zone {zone}</translation>
    </message>
    <message>
        <source>{name} holds no ISO 19139 identification</source>
        <translation>{name} bevat geen ISO 19139-identificatie</translation>
    </message>
    <message>
        <source>{name} cannot be read:</source>
        <translation>{name} kan niet gelezen worden:</translation>
    </message>
    <message>
        <source>{name} is too large for product metadata</source>
        <translation>{name} is te groot voor productmetadata</translation>
    </message>
    <message>
        <source>{name} declares a DTD or entities, which are not read</source>
        <translation>{name} declareert een DTD of entiteiten, die niet gelezen worden</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML:</source>
        <translation>{name} is geen goedgevormde XML:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-2 product name (expected a name such as {example}.tif)</source>
        <translation>'{name}' is geen Terrascope Sentinel-2-productnaam (verwacht: een naam zoals {example}.tif)</translation>
    </message>
    <message>
        <source>The {what} is empty.</source>
        <translation>De {what} is leeg.</translation>
    </message>
    <message>
        <source>The {what} holds control characters: {value}</source>
        <translation>De {what} bevat stuurtekens: {value}</translation>
    </message>
    <message>
        <source>A TIME value holds only letters, digits and &apos;:&apos;, &apos;.&apos;, &apos;-&apos;, &apos;/&apos;, &apos;_&apos;: {value}</source>
        <translation>Een TIME-waarde bevat enkel letters, cijfers en ':', '.', '-', '/', '_': {value}</translation>
    </message>
    <message>
        <source>A WMTS TIME value cannot hold &apos;;&apos; or &apos;=&apos;: {value}</source>
        <translation>Een WMTS TIME-waarde kan geen ';' of '=' bevatten: {value}</translation>
    </message>
    <message>
        <source>A WMS-T layer needs at least one TIME value.</source>
        <translation>Een WMS-T-laag heeft minstens één TIME-waarde nodig.</translation>
    </message>
    <message>
        <source>A TIME value in a WMS-T extent cannot hold &apos;,&apos;.</source>
        <translation>Een TIME-waarde in een WMS-T-bereik kan geen ',' bevatten.</translation>
    </message>
    <message>
        <source>Temporal WMTS layers need QGIS 3.28 or later.</source>
        <translation>Temporele WMTS-lagen vereisen QGIS 3.28 of later.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date or time</source>
        <translation>'{text}' is geen ISO 8601-datum of -tijd</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date or time:</source>
        <translation>'{text}' is geen geldige datum of tijd:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 period (e.g. P1D)</source>
        <translation>'{text}' is geen ISO 8601-periode (bv. P1D)</translation>
    </message>
    <message>
        <source>The period &apos;{text}&apos; is zero: an interval needs a step.</source>
        <translation>De periode '{text}' is nul: een interval heeft een stap nodig.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 interval (start/end/period)</source>
        <translation>'{text}' is geen ISO 8601-interval (begin/einde/periode)</translation>
    </message>
    <message>
        <source>Unexpected error:</source>
        <translation>Onverwachte fout:</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds more than {count} products: choose a folder with fewer products, or one product folder.</source>
        <translation>'{path}' bevat meer dan {count} producten: kies een map met minder producten, of één productmap.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be shown in physical units:</source>
        <translation>'{name}' kan niet in fysische eenheden getoond worden:</translation>
    </message>
    <message>
        <source>&apos;{classification}&apos; does not cover any pixel of &apos;{name}&apos;: it is the classification of another place. Choose the SCENECLASSIFICATION file of the same tile and date.</source>
        <translation>'{classification}' bedekt geen enkele pixel van '{name}': het is de classificatie van een andere plaats. Kies het SCENECLASSIFICATION-bestand van dezelfde tegel en datum.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be resampled to the product&apos;s grid:</source>
        <translation>'{name}' kan niet naar het raster van het product herbemonsterd worden:</translation>
    </message>
    <message>
        <source>A temporary file in memory cannot be removed:</source>
        <translation>Een tijdelijk bestand in het geheugen kan niet verwijderd worden:</translation>
    </message>
    <message>
        <source>The no-data value {nodata} cannot be stored in &apos;{name}&apos;, which holds {type} values ({low} to {high}): give a whole number in that range (the masked output keeps the product&apos;s data type).</source>
        <translation>De nodata-waarde {nodata} kan niet opgeslagen worden in '{name}', dat {type}-waarden bevat ({low} tot {high}): geef een geheel getal in dat bereik (de gemaskeerde uitvoer behoudt het gegevenstype van het product).</translation>
    </message>
    <message>
        <source>The no-data value {nodata} cannot be stored in &apos;{name}&apos;, which holds {type} values.</source>
        <translation>De nodata-waarde {nodata} kan niet opgeslagen worden in '{name}', dat {type}-waarden bevat.</translation>
    </message>
    <message>
        <source>The coordinate systems of the product and of its classification cannot be compared:</source>
        <translation>De coördinaatsystemen van het product en van zijn classificatie kunnen niet vergeleken worden:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} bands, where a Terrascope product image has one: it is no product image (a quicklook or a composite?).</source>
        <translation>'{name}' heeft {count} banden, terwijl een Terrascope-productbeeld er één heeft: het is geen productbeeld (een quicklook of een composiet?).</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; is a folder: give the name of a file in it.</source>
        <translation>De uitvoer '{path}' is een map: geef de naam van een bestand erin.</translation>
    </message>
    <message>
        <source>The output folder &apos;{path}&apos; does not exist: QGIS could not read its name (it is not UTF-8). Rename the folder, or choose another one.</source>
        <translation>De uitvoermap '{path}' bestaat niet: QGIS kon de naam niet lezen (die is niet in UTF-8). Hernoem de map, of kies een andere.</translation>
    </message>
    <message>
        <source>The output file name is {length} bytes long; this folder takes names of at most {longest} bytes: choose a shorter name.</source>
        <translation>De naam van het uitvoerbestand is {length} bytes lang; deze map aanvaardt namen van hoogstens {longest} bytes: kies een kortere naam.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster: it is damaged, truncated or not an image.</source>
        <translation>'{name}' kan niet als raster gelezen worden: het is beschadigd, afgebroken of geen afbeelding.</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; was created by another program while this one ran: it is kept as it is. Choose another name, or tick &apos;Replace an existing output file&apos;.</source>
        <translation>De uitvoer '{path}' werd door een ander programma aangemaakt terwijl dit liep: die blijft zoals ze is. Kies een andere naam, of vink 'Een bestaand uitvoerbestand vervangen' aan.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or truncated (from row {row}):</source>
        <translation>'{name}' is beschadigd of afgebroken (vanaf rij {row}):</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written:</source>
        <translation>'{path}' kan niet geschreven worden:</translation>
    </message>
    <message>
        <source>A georeferenced GeoTIFF (RGBA) of a layer of a Terrascope WMS on one date, over a Sentinel-2 tile or an extent, at a resolution in metres. Large areas are fetched in several GetMap requests. DATE is a day (2018-02-25) or a value the service advertises; empty means the service&apos;s default. The output CRS is the tile&apos;s UTM zone, else the CRS parameter (it must be projected). An existing output file is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Een gegeorefereerde GeoTIFF (RGBA) van een laag van een Terrascope-WMS op één datum, over een Sentinel-2-tegel of een extent, met een resolutie in meter. Grote gebieden worden in meerdere GetMap-verzoeken opgehaald. DATE is een dag (2018-02-25) of een waarde die de dienst aankondigt; leeg betekent de standaardwaarde van de dienst. Het uitvoer-CRS is de UTM-zone van de tegel, anders de CRS-parameter (die moet geprojecteerd zijn). Een bestaand uitvoerbestand wordt alleen vervangen als 'Een bestaand uitvoerbestand vervangen' aangevinkt is.</translation>
    </message>
    <message>
        <source>Group names (separated by &apos;; &apos;)</source>
        <translation>Groepsnamen (gescheiden door '; ')</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a quicklook: a picture for browsing, in colours, not digital numbers. Choose the product&apos;s own image (such as {example}).</source>
        <translation>'{name}' is een quicklook: een beeld om te bladeren, in kleuren, geen digitale getallen. Kies het eigen beeld van het product (zoals {example}).</translation>
    </message>
    <message>
        <source>The service has no layer {name}.</source>
        <translation>De dienst heeft geen laag {name}.</translation>
    </message>
    <message>
        <source>The WMTS layer {name} has no tile matrix set.</source>
        <translation>De WMTS-laag {name} heeft geen tegelmatrixset.</translation>
    </message>
    <message>
        <source>The service has no WMTS.</source>
        <translation>De dienst heeft geen WMTS.</translation>
    </message>
    <message>
        <source>The service has no WMS.</source>
        <translation>De dienst heeft geen WMS.</translation>
    </message>
    <message>
        <source>No catalogue address is set: enter one in the plugin&apos;s settings.</source>
        <translation>Er is geen catalogusadres ingesteld: vul er een in bij de instellingen van de plugin.</translation>
    </message>
    <message>
        <source>The address {url} does not answer as a STAC catalogue (it sent a web page): check the catalogue address in the plugin&apos;s settings.</source>
        <translation>Het adres {url} antwoordt niet als een STAC-catalogus (het stuurde een webpagina): controleer het catalogusadres in de instellingen van de plugin.</translation>
    </message>
    <message>
        <source>The catalogue sent an empty answer.</source>
        <translation>De catalogus stuurde een leeg antwoord.</translation>
    </message>
    <message>
        <source>The catalogue sent an answer that is not valid JSON: check the catalogue address, or try again later.</source>
        <translation>De catalogus stuurde een antwoord dat geen geldige JSON is: controleer het catalogusadres of probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The catalogue sent an answer the plugin cannot read.</source>
        <translation>De catalogus stuurde een antwoord dat de plugin niet kan lezen.</translation>
    </message>
    <message>
        <source>The address {url} does not answer as a STAC catalogue: check the catalogue address in the plugin&apos;s settings.</source>
        <translation>Het adres {url} antwoordt niet als een STAC-catalogus: controleer het catalogusadres in de instellingen van de plugin.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s collection list cannot be read.</source>
        <translation>De lijst met collecties van de catalogus kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s search answer cannot be read.</source>
        <translation>Het zoekantwoord van de catalogus kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The catalogue names a file &apos;{name}&apos;, which the plugin does not write (not a plain file name).</source>
        <translation>De catalogus noemt een bestand '{name}', dat de plugin niet schrijft (geen gewone bestandsnaam).</translation>
    </message>
    <message>
        <source>The catalogue lists no files for {item}: there is nothing to open.</source>
        <translation>De catalogus vermeldt geen bestanden voor {item}: er is niets om te openen.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: choose another download folder in the settings.</source>
        <translation>De map {folder} kan niet aangemaakt worden: kies een andere downloadmap in de instellingen.</translation>
    </message>
    <message>
        <source>Not enough free space in {folder}: the files need {needed} MB and {free} MB are free. Free some space or choose another download folder in the settings.</source>
        <translation>Niet genoeg vrije ruimte in {folder}: de bestanden hebben {needed} MB nodig en er is {free} MB vrij. Maak ruimte vrij of kies een andere downloadmap in de instellingen.</translation>
    </message>
    <message>
        <source>The download of {name} broke off after {received} MB. What arrived is kept: download it again to continue where it stopped.</source>
        <translation>Het downloaden van {name} brak af na {received} MB. Wat binnenkwam is bewaard: download opnieuw om verder te gaan waar het stopte.</translation>
    </message>
    <message>
        <source>The file {name} arrived with {size} bytes instead of {expected}: download it again.</source>
        <translation>Het bestand {name} kwam binnen met {size} bytes in plaats van {expected}: download het opnieuw.</translation>
    </message>
    <message>
        <source>{name} appeared in the folder during the download and was not replaced; the download is kept as {part}.</source>
        <translation>{name} verscheen in de map tijdens het downloaden en werd niet vervangen; de download is bewaard als {part}.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of {name} (a sign-in page?): check the login chosen for the catalogue in the plugin&apos;s settings.</source>
        <translation>De server stuurde een webpagina in plaats van {name} (een aanmeldpagina?): controleer de login die voor de catalogus gekozen is in de instellingen van de plugin.</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be written to {folder}. Free some space or choose another download folder in the settings.</source>
        <translation>De schijf is vol: {name} kon niet geschreven worden in {folder}. Maak ruimte vrij of kies een andere downloadmap in de instellingen.</translation>
    </message>
    <message>
        <source>{name} cannot be written to {folder}: choose another download folder in the settings.</source>
        <translation>{name} kan niet geschreven worden in {folder}: kies een andere downloadmap in de instellingen.</translation>
    </message>
    <message>
        <source>The catalogue sent something that is not a STAC item.</source>
        <translation>De catalogus stuurde iets dat geen STAC-item is.</translation>
    </message>
    <message>
        <source>The catalogue sent an item without an id.</source>
        <translation>De catalogus stuurde een item zonder id.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s item {item} has no valid date.</source>
        <translation>Het item {item} van de catalogus heeft geen geldige datum.</translation>
    </message>
    <message>
        <source>The server sent a redirect without a target.</source>
        <translation>De server stuurde een omleiding zonder doel.</translation>
    </message>
    <message>
        <source>The server redirected the request to {target}, which the plugin does not follow (only http and https addresses are).</source>
        <translation>De server leidde het verzoek om naar {target}, wat de plugin niet volgt (alleen http- en https-adressen).</translation>
    </message>
    <message>
        <source>The server redirected the request more than {count} times.</source>
        <translation>De server leidde het verzoek meer dan {count} keer om.</translation>
    </message>
    <message>
        <source>{matched} products match: the newest {shown} are listed. Narrow the search (fewer days or tiles, a lower cloud cover) to see the others.</source>
        <translation>{matched} producten voldoen: de {shown} nieuwste staan in de lijst. Verfijn de zoekopdracht (minder dagen of tegels, een lagere bewolking) om de andere te zien.</translation>
    </message>
    <message>
        <source>More products match than the {shown} listed (the newest). Narrow the search (fewer days or tiles, a lower cloud cover) to see the others.</source>
        <translation>Er voldoen meer producten dan de {shown} in de lijst (de nieuwste). Verfijn de zoekopdracht (minder dagen of tegels, een lagere bewolking) om de andere te zien.</translation>
    </message>
    <message>
        <source>The authentication configuration {authcfg} cannot be used: check that it exists in QGIS&apos;s Options &gt; Authentication and that the master password was given.</source>
        <translation>De authenticatieconfiguratie {authcfg} kan niet gebruikt worden: controleer of ze bestaat in QGIS Opties &gt; Authenticatie en of het hoofdwachtwoord ingegeven is.</translation>
    </message>
    <message>
        <source>The connection broke off before the end of the answer.</source>
        <translation>De verbinding brak af voor het einde van het antwoord.</translation>
    </message>
    <message>
        <source>The server refused the login of authentication configuration {authcfg}: check its user name and password in QGIS&apos;s Options &gt; Authentication, and that your account may use this product.</source>
        <translation>De server weigerde de login van authenticatieconfiguratie {authcfg}: controleer de gebruikersnaam en het wachtwoord in QGIS Opties &gt; Authenticatie, en of uw account dit product mag gebruiken.</translation>
    </message>
    <message>
        <source>The server asks for a login: choose an authentication configuration for the catalogue in the plugin&apos;s settings (a Terrascope account, Basic or OAuth2).</source>
        <translation>De server vraagt om een login: kies een authenticatieconfiguratie voor de catalogus in de instellingen van de plugin (een Terrascope-account, Basic of OAuth2).</translation>
    </message>
    <message>
        <source>The server has no file at this address (HTTP 404).</source>
        <translation>De server heeft geen bestand op dit adres (HTTP 404).</translation>
    </message>
    <message>
        <source>No masking (every pixel with a value)</source>
        <translation>Geen maskering (elke pixel met een waarde)</translation>
    </message>
    <message>
        <source>Time series of points or fields</source>
        <translation>Tijdreeks van punten of percelen</translation>
    </message>
    <message>
        <source>For each point or polygon of INPUT and each date, the statistics of a product content (FAPAR, NDVI...) in physical units over the products found in FOLDER and its subfolders (by their names): the mean, median and standard deviation of the pixels whose centres fall in the polygon (the pixel under a point), with the counts of valid and of all its pixels. MASK keeps only the pixels of chosen scene classes (the classification of the same acquisition, found beside each product); WIDEN also masks the pixels within that many pixels of a masked class; a date with less than MIN_VALID % valid pixels is marked masked, not dropped. A date that cannot be read, or a feature outside every product, gets a row that says why. Only the windows around the features are read.</source>
        <translation>Voor elk punt of elke polygoon van INPUT en elke datum de statistieken van een productinhoud (FAPAR, NDVI...) in fysische eenheden, over de producten die in FOLDER en de submappen gevonden worden (op hun naam): het gemiddelde, de mediaan en de standaardafwijking van de pixels waarvan het middelpunt in de polygoon valt (de pixel onder een punt), met het aantal geldige en het aantal pixels in totaal. MASK behoudt alleen de pixels van gekozen scèneklassen (de classificatie van dezelfde opname, naast elk product gevonden); WIDEN maskeert ook de pixels binnen zoveel pixels van een gemaskeerde klasse; een datum met minder dan MIN_VALID % geldige pixels wordt als gemaskeerd gemarkeerd, niet weggelaten. Een datum die niet gelezen kan worden, of een object buiten elk product, krijgt een rij die zegt waarom. Alleen de vensters rond de objecten worden gelezen.</translation>
    </message>
    <message>
        <source>Points or fields</source>
        <translation>Punten of percelen</translation>
    </message>
    <message>
        <source>Field with each feature&apos;s name (optional)</source>
        <translation>Veld met de naam van elk object (optioneel)</translation>
    </message>
    <message>
        <source>Folder of products (searched with its subfolders)</source>
        <translation>Map met producten (met de submappen doorzocht)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Mask with the scene classification</source>
        <translation>Maskeren met de scèneclassificatie</translation>
    </message>
    <message>
        <source>Classes kept (for &apos;Custom&apos;)</source>
        <translation>Behouden klassen (voor 'Aangepast')</translation>
    </message>
    <message>
        <source>Widen the masked classes by (pixels)</source>
        <translation>Gemaskeerde klassen verbreden met (pixels)</translation>
    </message>
    <message>
        <source>Dates with fewer valid pixels than this are marked masked (%)</source>
        <translation>Datums met minder geldige pixels dan dit worden als gemaskeerd gemarkeerd (%)</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Tijdreeks</translation>
    </message>
    <message>
        <source>{count} {content} products, {fields} features.</source>
        <translation>{count} {content}-producten, {fields} objecten.</translation>
    </message>
    <message>
        <source>Rows: {kept} kept, {masked} masked, {failed} failed.</source>
        <translation>Rijen: {kept} behouden, {masked} gemaskeerd, {failed} mislukt.</translation>
    </message>
    <message>
        <source>Polygons of Sentinel-2 tiles, exactly as ESA&apos;s tiling grid draws them (109.8 km squares in their UTM zone), reprojected to the output CRS. TILES is a list of tile ids separated by commas or spaces; empty means Belgium&apos;s ten tiles. An existing output file is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Polygonen van Sentinel-2-tegels, precies zoals het tegelraster van ESA ze tekent (vierkanten van 109,8 km in hun UTM-zone), herprojecteerd naar het uitvoer-CRS. TILES is een lijst van tegel-id's gescheiden door komma's of spaties; leeg betekent de tien Belgische tegels. Een bestaand uitvoerbestand wordt alleen vervangen als 'Een bestaand uitvoerbestand vervangen' aangevinkt is.</translation>
    </message>
    <message>
        <source>The field&apos;s pixels cannot be found on the product&apos;s grid:</source>
        <translation>De pixels van het perceel kunnen niet op het raster van het product gevonden worden:</translation>
    </message>
    <message>
        <source>The CRS {crs} is unknown to this QGIS.</source>
        <translation>Het CRS {crs} is onbekend in deze QGIS.</translation>
    </message>
    <message>
        <source>Terrascope catalogue</source>
        <translation>Terrascope-catalogus</translation>
    </message>
    <message>
        <source>Catalogue address (empty: the plugin&apos;s setting)</source>
        <translation>Catalogusadres (leeg: de instelling van de plugin)</translation>
    </message>
    <message>
        <source>Collection id, as the catalogue lists it (empty: the collections are listed in the log)</source>
        <translation>Id van de collectie, zoals de catalogus ze vermeldt (leeg: de collecties worden in het logboek opgesomd)</translation>
    </message>
    <message>
        <source>Tile ids, separated by commas or spaces (optional)</source>
        <translation>Tegel-id's, gescheiden door komma's of spaties (optioneel)</translation>
    </message>
    <message>
        <source>Extent (optional)</source>
        <translation>Extent (optioneel)</translation>
    </message>
    <message>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale bewolking (%)</translation>
    </message>
    <message>
        <source>At most this many products (the newest)</source>
        <translation>Hoogstens zoveel producten (de nieuwste)</translation>
    </message>
    <message>
        <source>Choose a collection (COLLECTION). The catalogue has:</source>
        <translation>Kies een collectie (COLLECTION). De catalogus heeft:</translation>
    </message>
    <message>
        <source>The catalogue cannot filter by tile or cloud cover: the plugin tested each product.</source>
        <translation>De catalogus kan niet filteren op tegel of bewolking: de plugin heeft elk product getest.</translation>
    </message>
    <message>
        <source>An item of the catalogue was skipped:</source>
        <translation>Een item van de catalogus werd overgeslagen:</translation>
    </message>
    <message>
        <source>Download products</source>
        <translation>Producten downloaden</translation>
    </message>
    <message>
        <source>Downloads the files of catalogue products (their images, scene classification and INSPIRE metadata) into FOLDER, one folder per product, with the login of the plugin&apos;s settings (sent only to the download server set there). The products are the features of INPUT (a layer made by &apos;Search the catalogue&apos;; tick &apos;Selected features only&apos; for some of them), or else those of the search parameters. A file already in the folder is kept, not downloaded again, unless OVERWRITE is ticked; a download that broke off continues where it stopped. Where the files can be read where they are (on a Terrascope virtual machine), nothing is downloaded. CONTENTS limits the images (e.g. &apos;TOC-B04 TOC-B08 SCENECLASSIFICATION&apos;). Run from QGIS, the products are added to the map in physical units.</source>
        <translation>Downloadt de bestanden van catalogusproducten (hun beelden, scèneclassificatie en INSPIRE-metadata) naar FOLDER, één map per product, met de login uit de instellingen van de plugin (alleen verstuurd naar de downloadserver die daar ingesteld is). De producten zijn de objecten van INPUT (een laag gemaakt door 'De catalogus doorzoeken'; vink 'Alleen geselecteerde objecten' aan voor enkele ervan), of anders die van de zoekparameters. Een bestand dat al in de map staat wordt bewaard en niet opnieuw gedownload, tenzij OVERWRITE aangevinkt is; een afgebroken download gaat verder waar hij stopte. Waar de bestanden ter plaatse gelezen kunnen worden (op een virtuele machine van Terrascope), wordt niets gedownload. CONTENTS beperkt de beelden (bv. 'TOC-B04 TOC-B08 SCENECLASSIFICATION'). Vanuit QGIS uitgevoerd, worden de producten in fysische eenheden aan de kaart toegevoegd.</translation>
    </message>
    <message>
        <source>Products of a search (a layer made by &apos;Search the catalogue&apos;)</source>
        <translation>Producten van een zoekopdracht (een laag gemaakt door 'De catalogus doorzoeken')</translation>
    </message>
    <message>
        <source>Only these contents (optional, e.g. NDVI SCENECLASSIFICATION)</source>
        <translation>Alleen deze inhoud (optioneel, bv. NDVI SCENECLASSIFICATION)</translation>
    </message>
    <message>
        <source>Download files again that are already in the folder</source>
        <translation>Bestanden die al in de map staan opnieuw downloaden</translation>
    </message>
    <message>
        <source>Add the products to the map (when run from QGIS)</source>
        <translation>De producten aan de kaart toevoegen (vanuit QGIS)</translation>
    </message>
    <message>
        <source>At most this many products</source>
        <translation>Hoogstens zoveel producten</translation>
    </message>
    <message>
        <source>Products fetched</source>
        <translation>Opgehaalde producten</translation>
    </message>
    <message>
        <source>Files (one a line)</source>
        <translation>Bestanden (één per regel)</translation>
    </message>
    <message>
        <source>{count} products were chosen, more than {limit}: choose fewer (select some footprints, or narrow the search), or raise MAX_PRODUCTS.</source>
        <translation>Er zijn {count} producten gekozen, meer dan {limit}: kies er minder (selecteer enkele voetafdrukken of verfijn de zoekopdracht), of verhoog MAX_PRODUCTS.</translation>
    </message>
    <message>
        <source>Product {number} of {count}: {item}</source>
        <translation>Product {number} van {count}: {item}</translation>
    </message>
    <message>
        <source>Cancelled: the products fetched so far are kept.</source>
        <translation>Geannuleerd: de tot nu toe opgehaalde producten zijn bewaard.</translation>
    </message>
    <message>
        <source>No product could be fetched: the log says why.</source>
        <translation>Geen enkel product kon opgehaald worden: het logboek zegt waarom.</translation>
    </message>
    <message>
        <source>The input layer has no &apos;id&apos; and &apos;collection&apos; fields: give a layer made by &apos;Search the catalogue&apos;.</source>
        <translation>De invoerlaag heeft geen velden 'id' en 'collection': geef een laag gemaakt door 'De catalogus doorzoeken'.</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>gedownload</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>hervat</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>ter plaatse</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>De catalogus doorzoeken</translation>
    </message>
    <message>
        <source>Searches Terrascope&apos;s catalogue (or the STAC API in the plugin&apos;s settings) for the products of one collection on tiles (TILES) or an extent (EXTENT), between two dates, at most as cloudy as MAX_CLOUD, and gives their footprints, newest first: id, collection, date, tile, cloud cover, platform and size (size_known 0: an upper bound from the image sizes). Leave COLLECTION empty to list the catalogue&apos;s collections. The footprint layer (or its selected features) is what &apos;Download products&apos; takes.</source>
        <translation>Doorzoekt de catalogus van Terrascope (of de STAC-API uit de instellingen van de plugin) naar de producten van één collectie op tegels (TILES) of een extent (EXTENT), tussen twee datums, hoogstens zo bewolkt als MAX_CLOUD, en geeft hun voetafdrukken, nieuwste eerst: id, collectie, datum, tegel, bewolking, platform en grootte (size_known 0: een bovengrens uit de beeldgroottes). Laat COLLECTION leeg om de collecties van de catalogus op te sommen. De laag met voetafdrukken (of de geselecteerde objecten) is wat 'Producten downloaden' neemt.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Products listed</source>
        <translation>Opgesomde producten</translation>
    </message>
    <message>
        <source>Products matching (-1: the catalogue does not say)</source>
        <translation>Overeenkomende producten (-1: de catalogus zegt het niet)</translation>
    </message>
    <message>
        <source>{count} products listed.</source>
        <translation>{count} producten opgesomd.</translation>
    </message>
    <message>
        <source>Download folder (empty: the plugin&apos;s setting)</source>
        <translation>Downloadmap (leeg: de instelling van de plugin)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a name that is not UTF-8: QGIS cannot open it. Rename it, then load the product again.</source>
        <translation>'{name}' heeft een naam die niet in UTF-8 is: QGIS kan het niet openen. Hernoem het en laad het product dan opnieuw.</translation>
    </message>
    <message>
        <source>The scene classification &apos;{name}&apos; has a name that is not UTF-8: rename it, or choose the classification.</source>
        <translation>De scèneclassificatie '{name}' heeft een naam die niet in UTF-8 is: hernoem ze, of kies de classificatie.</translation>
    </message>
    <message>
        <source>Terrascope: reading the catalogue&apos;s collections</source>
        <translation>Terrascope: de collecties van de catalogus lezen</translation>
    </message>
    <message>
        <source>Terrascope: searching the catalogue</source>
        <translation>Terrascope: de catalogus doorzoeken</translation>
    </message>
    <message>
        <source>Terrascope: fetching {product}</source>
        <translation>Terrascope: {product} ophalen</translation>
    </message>
    <message>
        <source>Terrascope: quicklook of {product}</source>
        <translation>Terrascope: quicklook van {product}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tegel</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Bewolking</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Choose a collection (the list comes from the catalogue: press the refresh button if it is empty).</source>
        <translation>Kies een collectie (de lijst komt van de catalogus: druk op de vernieuwknop als ze leeg is).</translation>
    </message>
    <message>
        <source>Type one or more tile ids, or tick &apos;Map extent&apos;.</source>
        <translation>Typ een of meer tegel-id's, of vink 'Kaartextent' aan.</translation>
    </message>
    <message>
        <source>Reading the catalogue's collections…</source>
        <translation>De collecties van de catalogus lezen…</translation>
    </message>
    <message>
        <source>The catalogue has {count} collections.</source>
        <translation>De catalogus heeft {count} collecties.</translation>
    </message>
    <message>
        <source>Searching the catalogue…</source>
        <translation>De catalogus doorzoeken…</translation>
    </message>
    <message>
        <source>{count} products, newest first.</source>
        <translation>{count} producten, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>Kies eerst een product in de lijst.</translation>
    </message>
    <message>
        <source>Fetching {product}…</source>
        <translation>{product} ophalen…</translation>
    </message>
    <message>
        <source>No image of {product} could be read.</source>
        <translation>Geen enkel beeld van {product} kon gelezen worden.</translation>
    </message>
    <message>
        <source>opened where it is</source>
        <translation>ter plaatse geopend</translation>
    </message>
    <message>
        <source>downloaded to {folder}</source>
        <translation>gedownload naar {folder}</translation>
    </message>
    <message>
        <source>{product}: {where}.</source>
        <translation>{product}: {where}.</translation>
    </message>
    <message>
        <source>no quicklook</source>
        <translation>geen quicklook</translation>
    </message>
    <message>
        <source>Catalogue results</source>
        <translation>Resultaten van de catalogus</translation>
    </message>
    <message>
        <source>The service sends QGIS to {foreign} for this layer, another server than {configured} where your login belongs: the plugin does not add the layer with the login. If the service needs no login, remove it from the plugin&apos;s settings.</source>
        <translation>De service stuurt QGIS voor deze laag naar {foreign}, een andere server dan {configured} waar uw login bij hoort: de plugin voegt de laag niet toe met de login. Heeft de service geen login nodig, verwijder die dan uit de instellingen van de plugin.</translation>
    </message>
    <message>
        <source>The server sent more data than the plugin accepts for this request; the download was stopped.</source>
        <translation>De server stuurde meer gegevens dan de plugin voor dit verzoek aanvaardt; het downloaden werd gestopt.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address, which refused it; the plugin sends the login only to the server in its settings. If you trust that address, enter it in the settings.</source>
        <translation>De server stuurde het verzoek door naar een ander adres, dat het weigerde; de plugin stuurt de login alleen naar de server uit zijn instellingen. Vertrouwt u dat adres, vul het dan in de instellingen in.</translation>
    </message>
    <message>
        <source>the catalogue has no collection for {layer}</source>
        <translation>de catalogus heeft geen collectie voor {layer}</translation>
    </message>
    <message>
        <source>Dates: the service&apos;s own list.</source>
        <translation>Datums: de eigen lijst van de dienst.</translation>
    </message>
    <message>
        <source>Dates: the {count} with a product on {tile} in the catalogue (of {total} in the service).</source>
        <translation>Datums: de {count} met een product op {tile} in de catalogus (van {total} in de dienst).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope product name (expected a Sentinel-2 name such as {sentinel2}.tif or a Sentinel-1 name such as {sentinel1}.tif)</source>
        <translation>'{name}' is geen Terrascope-productnaam (verwacht: een Sentinel-2-naam zoals {sentinel2}.tif of een Sentinel-1-naam zoals {sentinel1}.tif)</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no Terrascope Sentinel-2 or Sentinel-1 product files, nor do its subfolders: choose the product folder (such as {example} or {sentinel1}) or any one of its files.</source>
        <translation>'{path}' en de submappen ervan bevatten geen Terrascope Sentinel-2- of Sentinel-1-productbestanden: kies de productmap (zoals {example} of {sentinel1}) of een van de bestanden ervan.</translation>
    </message>
    <message>
        <source>Backscatter composite (VV, VH, VV/VH)</source>
        <translation>Kleurencomposiet van de terugverstrooiing (VV, VH, VV/VH)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-1 product file.</source>
        <translation>'{name}' is geen Terrascope Sentinel-1-productbestand.</translation>
    </message>
    <message>
        <source>Incidence angle</source>
        <translation>Invalshoek</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-1 product name (expected a name such as {example}.tif)</source>
        <translation>'{name}' is geen Terrascope Sentinel-1-productnaam (verwacht: een naam zoals {example}.tif)</translation>
    </message>
    <message>
        <source>{band} (linear)</source>
        <translation>{band} (lineair)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} bands, where a Sentinel-1 image has one: it is no VV or VH image.</source>
        <translation>'{name}' heeft {count} banden, terwijl een Sentinel-1-beeld er één heeft: het is geen VV- of VH-beeld.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds complex values ({type}): only backscatter intensities can be shown.</source>
        <translation>'{name}' bevat complexe waarden ({type}): alleen intensiteiten van de terugverstrooiing kunnen worden getoond.</translation>
    </message>
    <message>
        <source>&apos;{vv}&apos; and &apos;{vh}&apos; do not cover the same pixels: they are not the VV and VH images of one product.</source>
        <translation>'{vv}' en '{vh}' bedekken niet dezelfde pixels: het zijn niet de VV- en VH-beelden van één product.</translation>
    </message>
    <message>
        <source>The service offers no Sentinel-2 or Sentinel-1 layers. Check the endpoint in the settings.</source>
        <translation>De dienst biedt geen Sentinel-2- of Sentinel-1-lagen aan. Controleer het eindpunt in de instellingen.</translation>
    </message>
    <message>
        <source>The Sentinel-2 and Sentinel-1 layers the service offers</source>
        <translation>De Sentinel-2- en Sentinel-1-lagen die de dienst aanbiedt</translation>
    </message>
    <message>
        <source>Loads every image of a Terrascope Sentinel-2 product (give its folder, or any one of its files) as styled layers in physical units, in one group named after the product; quicklooks and masks are hidden. The INSPIRE metadata, where present, is copied into the layers&apos; metadata. A folder that holds several products (a day of VITO&apos;s archive, a folder of downloads) gives one group per product. A Sentinel-1 backscatter product gives the colour composite of Terrascope&apos;s viewer (VV, VH, VV/VH) and its VV and VH in dB; its incidence angle is hidden.</source>
        <translation>Laadt elk beeld van een Terrascope Sentinel-2-product (geef de map, of een van de bestanden) als opgemaakte lagen in fysische eenheden, in één groep met de naam van het product; quicklooks en maskers zijn verborgen. De INSPIRE-metadata worden, waar aanwezig, in de metadata van de lagen overgenomen. Een map met meerdere producten (een dag van het archief van VITO, een map met downloads) geeft één groep per product. Een Sentinel-1-product van de terugverstrooiing geeft het kleurencomposiet van de viewer van Terrascope (VV, VH, VV/VH) en de VV en VH ervan in dB; de invalshoek is verborgen.</translation>
    </message>
    <message>
        <source>Sentinel-1 backscatter composite (VV, VH, VV/VH)</source>
        <translation>Kleurencomposiet van de Sentinel-1-terugverstrooiing (VV, VH, VV/VH)</translation>
    </message>
    <message>
        <source>Writes the colour composite of a Terrascope Sentinel-1 backscatter product as a 3-band Float32 GeoTIFF in decibels: band 1 VV, band 2 VH, band 3 the ratio VV/VH (VV - VH in dB), as Terrascope&apos;s viewer shows them in red, green and blue. Give the product&apos;s VV image (or any image of the product: its VV and VH are found beside it), or a VV and a VH image. Whether the files hold linear values or decibels, their no-data value and scale are read from the files. Works block by block, so a whole scene runs in little memory; no data is NaN. The inputs are only read; an existing output is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Schrijft het kleurencomposiet van een Terrascope Sentinel-1-product van de terugverstrooiing als GeoTIFF met 3 banden (Float32) in decibel: band 1 VV, band 2 VH, band 3 de verhouding VV/VH (VV - VH in dB), zoals de viewer van Terrascope ze in rood, groen en blauw toont. Geef het VV-beeld van het product (of een willekeurig beeld van het product: de VV en VH ernaast worden gevonden), of een VV- en een VH-beeld. Of de bestanden lineaire waarden of decibels bevatten, hun waarde voor geen gegevens en hun schaal worden uit de bestanden gelezen. Werkt blok per blok, zodat een hele scène weinig geheugen gebruikt; geen gegevens is NaN. De invoer wordt alleen gelezen; een bestaand uitvoerbestand wordt alleen vervangen als 'Een bestaand uitvoerbestand vervangen' is aangevinkt.</translation>
    </message>
    <message>
        <source>VV image (or any image of the product)</source>
        <translation>VV-beeld (of een willekeurig beeld van het product)</translation>
    </message>
    <message>
        <source>VH image (empty: the product&apos;s own, beside the input)</source>
        <translation>VH-beeld (leeg: dat van het product, naast de invoer)</translation>
    </message>
    <message>
        <source>Composite (dB)</source>
        <translation>Kleurencomposiet (dB)</translation>
    </message>
    <message>
        <source>{name}: {units} ({reason})</source>
        <translation>{name}: {units} ({reason})</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineair</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not named like the image of a Terrascope Sentinel-1 backscatter product (such as {example}): give its VH image too.</source>
        <translation>'{name}' heeft niet de naam van een beeld van een Terrascope Sentinel-1-product van de terugverstrooiing (zoals {example}): geef ook het VH-beeld op.</translation>
    </message>
    <message>
        <source>The product&apos;s {band} image ({name}.tif) is not beside &apos;{input}&apos;: give it as an input.</source>
        <translation>Het {band}-beeld van het product ({name}.tif) staat niet naast '{input}': geef het op als invoer.</translation>
    </message>
    <message>
        <source>coherence</source>
        <translation>coherentie</translation>
    </message>
    <message>
        <source>The WMTS writes the date {value} in a form QGIS cannot send to it (a time zone offset): add the layer as WMS instead.</source>
        <translation>De WMTS schrijft de datum {value} in een vorm die QGIS er niet naartoe kan sturen (een tijdzoneverschuiving): voeg de laag toe als WMS.</translation>
    </message>
    <message>
        <source>The interval &apos;{text}&apos; ends before it starts.</source>
        <translation>Het interval '{text}' eindigt voordat het begint.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be written as a date:</source>
        <translation>'{text}' kan niet als datum geschreven worden:</translation>
    </message>
    <message>
        <source>{count} layer(s) left out, their dates cannot be read: {reasons}</source>
        <translation>{count} la(a)g(en) weggelaten, hun datums kunnen niet gelezen worden: {reasons}</translation>
    </message>
    <message>
        <source>{protocol} layer {layer}: its dates cannot be read: {reason}</source>
        <translation>{protocol}-laag {layer}: de datums kunnen niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <source>The server did not send its capabilities within {seconds} s. A service with many dates can take longer to write them: raise the timeout in the plugin&apos;s settings, then press Refresh.</source>
        <translation>De server heeft zijn capabilities niet binnen {seconds} s verzonden. Een dienst met veel datums kan er langer over doen om ze te schrijven: verhoog de time-out in de instellingen van de plugin en druk dan op Vernieuwen.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Std.afw.</translation>
    </message>
    <message>
        <source>Valid pixels</source>
        <translation>Geldige pixels</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>gemaskeerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>{content} (digital numbers)</source>
        <translation>{content} (digitale getallen)</translation>
    </message>
    <message>
        <source>{fields} features, {kept} dates kept, {masked} masked, {failed} failed.</source>
        <translation>{fields} objecten, {kept} datums behouden, {masked} gemaskeerd, {failed} mislukt.</translation>
    </message>
    <message>
        <source>feature {id}</source>
        <translation>object {id}</translation>
    </message>
    <message>
        <source>{content}: filled = kept, hollow = masked (too few valid pixels), x = no value</source>
        <translation>{content}: gevuld = behouden, open = gemaskeerd (te weinig geldige pixels), x = geen waarde</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <source>{label}, {date}: {value} ({status}, {valid} of {total} pixels valid)</source>
        <translation>{label}, {date}: {value} ({status}, {valid} van {total} pixels geldig)</translation>
    </message>
    <message>
        <source>Export the time series as CSV</source>
        <translation>De tijdreeks als CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>De grafiek als PNG exporteren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <source>the first {count} of {total} features drawn; the table holds them all</source>
        <translation>de eerste {count} van {total} objecten getekend; de tabel bevat ze allemaal</translation>
    </message>
    <message>
        <source>Folder of products</source>
        <translation>Map met producten</translation>
    </message>
    <message>
        <source>point {x}, {y}</source>
        <translation>punt {x}, {y}</translation>
    </message>
    <message>
        <source>Choose a layer of points or fields first.</source>
        <translation>Kies eerst een laag met punten of percelen.</translation>
    </message>
    <message>
        <source>Select the points or fields of &apos;{layer}&apos; to follow (none is selected).</source>
        <translation>Selecteer de punten of percelen van '{layer}' die u wilt volgen (er is niets geselecteerd).</translation>
    </message>
    <message>
        <source>No {content} product is loaded in the project: load some, or choose a folder.</source>
        <translation>Er is geen {content}-product in het project geladen: laad er enkele, of kies een map.</translation>
    </message>
    <message>
        <source>Choose the folder that holds the {content} products.</source>
        <translation>Kies de map met de {content}-producten.</translation>
    </message>
    <message>
        <source>Computing the time series of {count} feature(s)…</source>
        <translation>De tijdreeks van {count} object(en) wordt berekend…</translation>
    </message>
    <message>
        <source>({count} more in the log)</source>
        <translation>({count} meer in het logboek)</translation>
    </message>
    <message>
        <source>{count} dates of {content}.</source>
        <translation>{count} datums van {content}.</translation>
    </message>
    <message>
        <source>Not saved: {fields}.</source>
        <translation>Niet opgeslagen: {fields}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a regular file (a pipe, a device or a socket): reading it could wait for ever. Choose an image file.</source>
        <translation>'{name}' is geen gewoon bestand (een pipe, een apparaat of een socket): het lezen ervan kan eindeloos wachten. Kies een afbeeldingsbestand.</translation>
    </message>
    <message>
        <source>None of the catalogue&apos;s results is a {content} product: search a {content} collection in the Catalogue tab, or follow another content.</source>
        <translation>Geen van de resultaten van de catalogus is een {content}-product: zoek een {content}-collectie in het tabblad Catalogus, of volg een andere inhoud.</translation>
    </message>
    <message>
        <source>The Catalogue tab lists no product: search the catalogue there first.</source>
        <translation>Het tabblad Catalogus toont geen product: doorzoek daar eerst de catalogus.</translation>
    </message>
    <message>
        <source>The {what} {value} holds &apos;%&apos;, which QGIS cannot keep in a layer source: QGIS 3.34 and later read it back changed.</source>
        <translation>De {what} {value} bevat '%', dat QGIS niet in een laagbron kan bewaren: QGIS 3.34 en later lezen het gewijzigd terug.</translation>
    </message>
    <message>
        <source>The {what} {value} holds &apos;{escape}&apos;, which QGIS cannot keep in a layer source: it would reach the server changed.</source>
        <translation>De {what} {value} bevat '{escape}', dat QGIS niet in een laagbron kan bewaren: het zou gewijzigd bij de server aankomen.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Collection</source>
        <translation>Collectie</translation>
    </message>
    <message>
        <source>The collections the catalogue lists</source>
        <translation>De collecties die de catalogus vermeldt</translation>
    </message>
    <message>
        <source>Read the catalogue&apos;s collections again</source>
        <translation>De collecties van de catalogus opnieuw lezen</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tegels</translation>
    </message>
    <message>
        <source>Sentinel-2 tile ids, separated by spaces (the panel&apos;s tile by default)</source>
        <translation>Sentinel-2-tegel-id's, gescheiden door spaties (standaard de tegel van het paneel)</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>Kaartextent</translation>
    </message>
    <message>
        <source>Search the map&apos;s current extent instead of tiles</source>
        <translation>De huidige extent van de kaart doorzoeken in plaats van tegels</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Clouds at most</source>
        <translation>Hoogstens bewolking</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Quicklook of the chosen product</source>
        <translation>Quicklook van het gekozen product</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Download the chosen products (or open them where they are) and add them to the map in physical units</source>
        <translation>De gekozen producten downloaden (of ter plaatse openen) en in fysische eenheden aan de kaart toevoegen</translation>
    </message>
    <message>
        <source>Footprints on the map</source>
        <translation>Voetafdrukken op de kaart</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <source>WMTS capabilities URL</source>
        <translation>URL van de WMTS-capabilities</translation>
    </message>
    <message>
        <source>WMS URL</source>
        <translation>WMS-URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <source>Network timeout</source>
        <translation>Netwerktime-out</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Prefer WMTS (tiled, faster) when the layer offers it</source>
        <translation>WMTS (tegels, sneller) verkiezen als de laag het aanbiedt</translation>
    </message>
    <message>
        <source>Adding another date updates the selected layer instead of adding a new one</source>
        <translation>Een andere datum toevoegen werkt de geselecteerde laag bij in plaats van een nieuwe toe te voegen</translation>
    </message>
    <message>
        <source>Add the tile outline when zooming to a tile</source>
        <translation>De tegelomtrek toevoegen bij het zoomen naar een tegel</translation>
    </message>
    <message>
        <source>Show product files in physical units however they are opened (drag and drop, Data Source Manager)</source>
        <translation>Productbestanden in fysische eenheden tonen, hoe ze ook geopend worden (slepen en neerzetten, Databronbeheer)</translation>
    </message>
    <message>
        <source>Catalogue (STAC)</source>
        <translation>Catalogus (STAC)</translation>
    </message>
    <message>
        <source>Catalogue address</source>
        <translation>Catalogusadres</translation>
    </message>
    <message>
        <source>A STAC API: Terrascope&apos;s (https://stac.terrascope.be/) or another</source>
        <translation>Een STAC-API: die van Terrascope (https://stac.terrascope.be/) of een andere</translation>
    </message>
    <message>
        <source>Login for downloads</source>
        <translation>Login voor downloads</translation>
    </message>
    <message>
        <source>Send the login only to</source>
        <translation>De login alleen versturen naar</translation>
    </message>
    <message>
        <source>The download server (scheme, host and port, such as https://services.terrascope.be): the login goes to no other address, not even after a redirect</source>
        <translation>De downloadserver (schema, host en poort, zoals https://services.terrascope.be): de login gaat naar geen enkel ander adres, ook niet na een omleiding</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Downloadmap</translation>
    </message>
</context>
<context>
    <name>TerrascopeDock</name>
    <message>
        <source>Terrascope Sentinel-2</source>
        <translation>Terrascope Sentinel-2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Map service</source>
        <translation>Kaartdienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service settings: endpoint, custom URLs, authentication</source>
        <translation>Instellingen van de dienst: eindpunt, eigen URL's, authenticatie</translation>
    </message>
    <message>
        <source>Connect to the service and read its layers and dates again</source>
        <translation>Verbinden met de dienst en de lagen en datums opnieuw inlezen</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Cached tiles: the fastest to browse</source>
        <translation>Tegels uit de cache: het snelst om door te bladeren</translation>
    </message>
    <message>
        <source>Images drawn on request at any scale and in any CRS</source>
        <translation>Beelden op aanvraag getekend, op elke schaal en in elk CRS</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tegel</translation>
    </message>
    <message>
        <source>A Sentinel-2 tile: one of Belgium&apos;s ten, or type any tile id such as 31UFS</source>
        <translation>Een Sentinel-2-tegel: een van de tien Belgische, of typ een tegelcode zoals 31UFS</translation>
    </message>
    <message>
        <source>Pick a tile on the map: click inside a tile outline</source>
        <translation>Een tegel op de kaart kiezen: klik binnen een tegelomtrek</translation>
    </message>
    <message>
        <source>Zoom to the tile</source>
        <translation>Naar de tegel zoomen</translation>
    </message>
    <message>
        <source>A layer with the outlines of Belgium&apos;s tiles and the chosen one</source>
        <translation>Een laag met de omtrekken van de Belgische tegels en de gekozen tegel</translation>
    </message>
    <message>
        <source>Show tile outlines</source>
        <translation>Tegelomtrekken tonen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dates in bold are offered by the layer</source>
        <translation>De vetgedrukte datums biedt de laag aan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Show the dates from this day on</source>
        <translation>De datums vanaf deze dag tonen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Show the dates up to this day</source>
        <translation>De datums tot en met deze dag tonen</translation>
    </message>
    <message>
        <source>Show all the dates of the layer</source>
        <translation>Alle datums van de laag tonen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The layer&apos;s dates, newest first. Select several (Ctrl or Shift) to add one layer for each</source>
        <translation>De datums van de laag, nieuwste eerst. Selecteer er meerdere (Ctrl of Shift) om voor elk een laag toe te voegen</translation>
    </message>
    <message>
        <source>Add one temporal layer (WMS-T) with the listed dates; the Temporal Controller chooses the date shown</source>
        <translation>Eén temporele laag (WMS-T) toevoegen met de getoonde datums; de tijdregelaar (Temporal Controller) kiest de getoonde datum</translation>
    </message>
    <message>
        <source>Temporal layer</source>
        <translation>Temporele laag</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>Aan de kaart toevoegen</translation>
    </message>
    <message>
        <source>Local products</source>
        <translation>Lokale producten</translation>
    </message>
    <message>
        <source>Drop a Terrascope product folder or file here to add it to the map, styled</source>
        <translation>Sleep hier een Terrascope-productmap of -bestand naartoe om het opgemaakt aan de kaart toe te voegen</translation>
    </message>
    <message>
        <source>Drop a product folder or file here</source>
        <translation>Sleep een productmap of -bestand hierheen</translation>
    </message>
    <message>
        <source>Open a product file (GeoTIFF) with the plugin&apos;s styling</source>
        <translation>Een productbestand (GeoTIFF) openen met de opmaak van de plug-in</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Bestand openen…</translation>
    </message>
    <message>
        <source>Open a product folder: one styled layer for each of its files, in a group</source>
        <translation>Een productmap openen: één opgemaakte laag per bestand, in een groep</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Map openen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Hide the dates whose product on the tile is cloudier than this (the catalogue&apos;s cloud cover)</source>
        <translation>De datums verbergen waarvan het product op de tegel bewolkter is dan dit (de bewolking volgens de catalogus)</translation>
    </message>
    <message>
        <source>☁ ≤ </source>
        <translation>☁ ≤ </translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The Sentinel-2 and Sentinel-1 layers the service offers</source>
        <translation>De Sentinel-2- en Sentinel-1-lagen die de dienst aanbiedt</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Tijdreeks</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>The products of that content in a folder and its subfolders, found by their names</source>
        <translation>De producten met die inhoud in een map en de submappen, gevonden op hun naam</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>The products loaded in the project</source>
        <translation>De producten die in het project geladen zijn</translation>
    </message>
    <message>
        <source>Clouds (scene classification)</source>
        <translation>Wolken (scèneclassificatie)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Widen masks by</source>
        <translation>Maskers verbreden met</translation>
    </message>
    <message>
        <source>Also mask the pixels this close to a masked class (cloud edges the classification missed)</source>
        <translation>Ook de pixels zo dicht bij een gemaskeerde klasse maskeren (wolkranden die de classificatie miste)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Masked below</source>
        <translation>Gemaskeerd onder</translation>
    </message>
    <message>
        <source>A date with fewer valid pixels than this share of the field is shown as masked</source>
        <translation>Een datum met minder geldige pixels dan dit deel van het perceel wordt als gemaskeerd getoond</translation>
    </message>
    <message>
        <source> % valid pixels</source>
        <translation> % geldige pixels</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Click a point on the map: its series is drawn</source>
        <translation>Klik op een punt op de kaart: de tijdreeks ervan wordt getekend</translation>
    </message>
    <message>
        <source>Pick a point on the map</source>
        <translation>Een punt op de kaart kiezen</translation>
    </message>
    <message>
        <source>A layer of points or polygons (fields)</source>
        <translation>Een laag met punten of polygonen (percelen)</translation>
    </message>
    <message>
        <source>The series of the layer&apos;s selected features</source>
        <translation>De tijdreeks van de geselecteerde objecten van de laag</translation>
    </message>
    <message>
        <source>Selected features</source>
        <translation>Geselecteerde objecten</translation>
    </message>
    <message>
        <source>The products listed in the Catalogue tab: opened where they are, or downloaded to the download folder (only this content and its scene classification)</source>
        <translation>De producten in het tabblad Catalogus: geopend waar ze staan, of gedownload naar de downloadmap (alleen deze inhoud en zijn scèneclassificatie)</translation>
    </message>
    <message>
        <source>The results of the Catalogue tab</source>
        <translation>De resultaten van het tabblad Catalogus</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>The chart needs matplotlib. On Debian or Ubuntu: sudo apt install python3-matplotlib, then restart QGIS (on Windows and macOS it comes with QGIS). The table and the CSV export work without it.</source>
        <translation>De grafiek heeft matplotlib nodig. Op Debian of Ubuntu: sudo apt install python3-matplotlib, en herstart QGIS (op Windows en macOS zit het bij QGIS). De tabel en de CSV-export werken zonder.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
</context>
</TS>
