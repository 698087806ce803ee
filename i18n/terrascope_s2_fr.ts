<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <source>Fraction of absorbed photosynthetically active radiation</source>
        <translation>Fraction du rayonnement photosynthétiquement actif absorbé</translation>
    </message>
    <message>
        <source>Fraction of vegetation cover</source>
        <translation>Fraction de couverture végétale</translation>
    </message>
    <message>
        <source>Leaf area index</source>
        <translation>Indice de surface foliaire</translation>
    </message>
    <message>
        <source>Normalized difference vegetation index</source>
        <translation>Indice de végétation par différence normalisée (NDVI)</translation>
    </message>
    <message>
        <source>Scene classification</source>
        <translation>Classification de scène</translation>
    </message>
    <message>
        <source>Cloud mask</source>
        <translation>Masque de nuages</translation>
    </message>
    <message>
        <source>Shadow mask</source>
        <translation>Masque d'ombres</translation>
    </message>
    <message>
        <source>Top-of-canopy reflectance</source>
        <translation>Réflectance au sommet de la canopée</translation>
    </message>
    <message>
        <source>Canopy chlorophyll content</source>
        <translation>Teneur en chlorophylle de la canopée</translation>
    </message>
    <message>
        <source>Canopy water content</source>
        <translation>Teneur en eau de la canopée</translation>
    </message>
    <message>
        <source>Aerosol optical thickness</source>
        <translation>Épaisseur optique des aérosols</translation>
    </message>
    <message>
        <source>Relative azimuth angle</source>
        <translation>Angle azimutal relatif</translation>
    </message>
    <message>
        <source>Sun zenith angle</source>
        <translation>Angle zénithal solaire</translation>
    </message>
    <message>
        <source>Viewing zenith angle</source>
        <translation>Angle zénithal de visée</translation>
    </message>
    <message>
        <source>Water vapour</source>
        <translation>Vapeur d'eau</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>Saturated or defective</source>
        <translation>Saturé ou défectueux</translation>
    </message>
    <message>
        <source>Dark area pixels / topographic shadows</source>
        <translation>Pixels sombres / ombres topographiques</translation>
    </message>
    <message>
        <source>Cloud shadows</source>
        <translation>Ombres de nuages</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Végétation</translation>
    </message>
    <message>
        <source>Bare soil (not vegetated)</source>
        <translation>Sol nu (non végétalisé)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Cloud, low probability (unclassified)</source>
        <translation>Nuage, probabilité faible (non classé)</translation>
    </message>
    <message>
        <source>Cloud, medium probability</source>
        <translation>Nuage, probabilité moyenne</translation>
    </message>
    <message>
        <source>Cloud, high probability</source>
        <translation>Nuage, probabilité élevée</translation>
    </message>
    <message>
        <source>Thin cirrus</source>
        <translation>Cirrus fins</translation>
    </message>
    <message>
        <source>Snow</source>
        <translation>Neige</translation>
    </message>
    <message>
        <source>Terrascope (services.terrascope.be)</source>
        <translation>Terrascope (services.terrascope.be)</translation>
    </message>
    <message>
        <source>Legacy Sentinel viewer (sentineldata.vito.be)</source>
        <translation>Ancienne visionneuse Sentinel (sentineldata.vito.be)</translation>
    </message>
    <message>
        <source>Custom URLs</source>
        <translation>URL personnalisées</translation>
    </message>
    <message>
        <source>Terrascope Sentinel-2</source>
        <translation>Terrascope Sentinel-2</translation>
    </message>
    <message>
        <source>Show or hide the Terrascope Sentinel-2 panel</source>
        <translation>Afficher ou masquer le panneau Terrascope Sentinel-2</translation>
    </message>
    <message>
        <source>Local products</source>
        <translation>Produits locaux</translation>
    </message>
    <message>
        <source>Terrascope services</source>
        <translation>Services Terrascope</translation>
    </message>
    <message>
        <source>Sentinel-2 tiles</source>
        <translation>Tuiles Sentinel-2</translation>
    </message>
    <message>
        <source>Tile footprints</source>
        <translation>Emprises des tuiles</translation>
    </message>
    <message>
        <source>Tile ids (empty: Belgium&apos;s ten tiles)</source>
        <translation>Identifiants de tuiles (vide : les dix tuiles de la Belgique)</translation>
    </message>
    <message>
        <source>Output CRS</source>
        <translation>SCR de sortie</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; does not exist.</source>
        <translation>« {path} » n'existe pas.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-2 product file.</source>
        <translation>« {name} » n'est pas un fichier de produit Terrascope Sentinel-2.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no Terrascope Sentinel-2 product files.</source>
        <translation>« {path} » ne contient aucun fichier de produit Terrascope Sentinel-2.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds {count} different acquisitions: choose one file of the product to load.</source>
        <translation>« {path} » contient {count} acquisitions différentes : choisissez un fichier du produit à charger.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no images of the product.</source>
        <translation>« {path} » ne contient aucune image du produit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster (damaged or truncated?) and was skipped.</source>
        <translation>« {name} » ne peut pas être lu comme raster (endommagé ou tronqué ?) et a été ignoré.</translation>
    </message>
    <message>
        <source>Quicklook</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The metadata in &apos;{name}&apos; was not read: {reason}</source>
        <translation>Les métadonnées de « {name} » n'ont pas été lues : {reason}</translation>
    </message>
    <message>
        <source>Clear land (keep vegetation and bare soil: 4, 5)</source>
        <translation>Terre dégagée (garder végétation et sol nu : 4, 5)</translation>
    </message>
    <message>
        <source>Clear land and water (keep 4, 5, 6)</source>
        <translation>Terre dégagée et eau (garder 4, 5, 6)</translation>
    </message>
    <message>
        <source>Not cloudy (keep 2, 4, 5, 6, 7, 11)</source>
        <translation>Non nuageux (garder 2, 4, 5, 6, 7, 11)</translation>
    </message>
    <message>
        <source>Remove clouds and cloud shadows (mask 3, 8, 9, 10)</source>
        <translation>Retirer nuages et ombres de nuages (masquer 3, 8, 9, 10)</translation>
    </message>
    <message>
        <source>Custom: the classes chosen below</source>
        <translation>Personnalisé : les classes choisies ci-dessous</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no product name, so its scene classification cannot be found: choose the classification.</source>
        <translation>« {name} » n'a pas de nom de produit, sa classification de scène ne peut donc pas être trouvée : choisissez la classification.</translation>
    </message>
    <message>
        <source>No scene classification of {product} was found beside &apos;{name}&apos;: choose it.</source>
        <translation>Aucune classification de scène de {product} n'a été trouvée à côté de « {name} » : choisissez-la.</translation>
    </message>
    <message>
        <source>No class is kept: every pixel would be masked. Choose at least one class.</source>
        <translation>Aucune classe n'est gardée : chaque pixel serait masqué. Choisissez au moins une classe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; declares no no-data value: give one.</source>
        <translation>« {name} » ne déclare pas de valeur sans données : indiquez-en une.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be resampled to the product&apos;s grid: {reason}</source>
        <translation>« {name} » ne peut pas être rééchantillonné sur la grille du produit : {reason}</translation>
    </message>
    <message>
        <source>No scaling is known for {content}: it cannot be converted to physical values.</source>
        <translation>Aucune mise à l'échelle n'est connue pour {content} : il ne peut pas être converti en valeurs physiques.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds {type} values, not digital numbers: they are physical values already.</source>
        <translation>« {name} » contient des valeurs {type}, pas des comptes numériques : ce sont déjà des valeurs physiques.</translation>
    </message>
    <message>
        <source>The output must be a GeoTIFF (.tif), not &apos;{name}&apos;.</source>
        <translation>La sortie doit être un GeoTIFF (.tif), pas « {name} ».</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; is an input file: choose another output file.</source>
        <translation>La sortie « {path} » est un fichier d'entrée : choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; already exists: choose another name, or tick &apos;Replace an existing output file&apos;.</source>
        <translation>La sortie « {path} » existe déjà : choisissez un autre nom, ou cochez « Remplacer un fichier de sortie existant ».</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; is read-only.</source>
        <translation>La sortie « {path} » est en lecture seule.</translation>
    </message>
    <message>
        <source>The output folder &apos;{path}&apos; does not exist.</source>
        <translation>Le dossier de sortie « {path} » n'existe pas.</translation>
    </message>
    <message>
        <source>The output folder &apos;{path}&apos; cannot be written to: choose another output folder.</source>
        <translation>Le dossier de sortie « {path} » n'est pas accessible en écriture : choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster: {reason}</source>
        <translation>« {name} » ne peut pas être lu comme raster : {reason}</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: {reason}</source>
        <translation>« {path} » ne peut pas être écrit : {reason}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or truncated (from row {row}): {reason}</source>
        <translation>« {name} » est endommagé ou tronqué (à partir de la ligne {row}) : {reason}</translation>
    </message>
    <message>
        <source>No cloud</source>
        <translation>Pas de nuage</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuage</translation>
    </message>
    <message>
        <source>No shadow</source>
        <translation>Pas d'ombre</translation>
    </message>
    <message>
        <source>Shadow</source>
        <translation>Ombre</translation>
    </message>
    <message>
        <source>No scaling is known for {content}: its values are shown as digital numbers.</source>
        <translation>Aucune mise à l'échelle n'est connue pour {content} : ses valeurs sont affichées en comptes numériques.</translation>
    </message>
    <message>
        <source>No value (DN {low}-{high})</source>
        <translation>Pas de valeur (CN {low}-{high})</translation>
    </message>
    <message>
        <source>No image of &apos;{path}&apos; could be read.</source>
        <translation>Aucune image de « {path} » n'a pu être lue.</translation>
    </message>
    <message>
        <source>Load a Terrascope product (choose any one of its files)</source>
        <translation>Charger un produit Terrascope (choisissez l'un de ses fichiers)</translation>
    </message>
    <message>
        <source>Product images and metadata (*.tif *.tiff *.xml);;All files (*)</source>
        <translation>Images et métadonnées de produit (*.tif *.tiff *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load Terrascope product...</source>
        <translation>Charger un produit Terrascope...</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be read as a raster.</source>
        <translation>« {value} » ne peut pas être lu comme raster.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file on disk.</source>
        <translation>« {value} » n'est pas un fichier sur disque.</translation>
    </message>
    <message>
        <source>Load product</source>
        <translation>Charger un produit</translation>
    </message>
    <message>
        <source>Loads every image of a Terrascope Sentinel-2 product (give its folder, or any one of its files) as styled layers in physical units, in one group named after the product; quicklooks and masks are hidden. The INSPIRE metadata, where present, is copied into the layers&apos; metadata.</source>
        <translation>Charge chaque image d'un produit Terrascope Sentinel-2 (indiquez son dossier, ou l'un de ses fichiers) en couches stylées en unités physiques, dans un groupe portant le nom du produit ; aperçus et masques sont masqués. Les métadonnées INSPIRE, lorsqu'elles existent, sont copiées dans les métadonnées des couches.</translation>
    </message>
    <message>
        <source>Product folder or any one of its files</source>
        <translation>Dossier du produit ou l'un de ses fichiers</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Keep the chosen classes</source>
        <translation>Garder les classes choisies</translation>
    </message>
    <message>
        <source>Mask the chosen classes</source>
        <translation>Masquer les classes choisies</translation>
    </message>
    <message>
        <source>Mask with scene classification</source>
        <translation>Masquer avec la classification de scène</translation>
    </message>
    <message>
        <source>Keeps the pixels of a product whose scene class (SCL) is wanted and sets the others to no data; the values and the data type stay those of the product. The classification is found beside the product when it is not given, and its 20 m classes are resampled to the product&apos;s grid (nearest neighbour). Choose a preset or &apos;Custom&apos; with your own classes, kept or masked.</source>
        <translation>Garde les pixels d'un produit dont la classe de scène (SCL) est voulue et met les autres à sans données ; les valeurs et le type de données restent ceux du produit. La classification est cherchée à côté du produit quand elle n'est pas donnée, et ses classes à 20 m sont rééchantillonnées sur la grille du produit (plus proche voisin). Choisissez un préréglage ou « Personnalisé » avec vos propres classes, gardées ou masquées.</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>Image du produit</translation>
    </message>
    <message>
        <source>Scene classification (empty: the one beside the product)</source>
        <translation>Classification de scène (vide : celle à côté du produit)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Classes (for &apos;Custom&apos;)</source>
        <translation>Classes (pour « Personnalisé »)</translation>
    </message>
    <message>
        <source>The chosen classes are (for &apos;Custom&apos;)</source>
        <translation>Les classes choisies sont (pour « Personnalisé »)</translation>
    </message>
    <message>
        <source>No-data value of the output (empty: the product&apos;s)</source>
        <translation>Valeur sans données de la sortie (vide : celle du produit)</translation>
    </message>
    <message>
        <source>Replace an existing output file</source>
        <translation>Remplacer un fichier de sortie existant</translation>
    </message>
    <message>
        <source>Masked product</source>
        <translation>Produit masqué</translation>
    </message>
    <message>
        <source>Scene classification: {path}</source>
        <translation>Classification de scène : {path}</translation>
    </message>
    <message>
        <source>Classes kept: {classes}</source>
        <translation>Classes gardées : {classes}</translation>
    </message>
    <message>
        <source>Detect from the file name</source>
        <translation>Déduire du nom de fichier</translation>
    </message>
    <message>
        <source>TOC reflectance (any band)</source>
        <translation>Réflectance TOC (toute bande)</translation>
    </message>
    <message>
        <source>Convert to physical values</source>
        <translation>Convertir en valeurs physiques</translation>
    </message>
    <message>
        <source>Writes the physical values (scaling x digital number + offset) of a Terrascope Sentinel-2 product (FAPAR, FCOVER, LAI, NDVI, TOC reflectance) to a Float32 GeoTIFF, compressed and tiled. No data and VITO&apos;s special values (251 to 254) become the chosen no-data value (NaN when empty). NDVI&apos;s DN 0 and 250 mean &apos;this bound or beyond&apos; (saturation): they keep the bound&apos;s value unless &apos;Saturated pixels as no data&apos; is ticked. Works block by block, so a whole tile runs in little memory. The input is only read; an existing output is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Écrit les valeurs physiques (échelle x compte numérique + décalage) d'un produit Terrascope Sentinel-2 (FAPAR, FCOVER, LAI, NDVI, réflectance TOC) dans un GeoTIFF Float32, compressé et tuilé. Les pixels sans données et les valeurs spéciales de VITO (251 à 254) prennent la valeur sans données choisie (NaN si vide). Les CN 0 et 250 du NDVI signifient « cette borne ou au-delà » (saturation) : ils gardent la valeur de la borne, sauf si « Pixels saturés comme sans données » est coché. Travaille bloc par bloc : une tuile entière demande peu de mémoire. L'entrée est seulement lue ; une sortie existante n'est remplacée que si « Remplacer un fichier de sortie existant » est coché.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>No-data value of the output (empty: NaN)</source>
        <translation>Valeur sans données de la sortie (vide : NaN)</translation>
    </message>
    <message>
        <source>Saturated pixels as no data</source>
        <translation>Pixels saturés comme sans données</translation>
    </message>
    <message>
        <source>Physical values</source>
        <translation>Valeurs physiques</translation>
    </message>
    <message>
        <source>The product cannot be told from the name &apos;{name}&apos;: choose it in &apos;Product&apos;.</source>
        <translation>Le produit ne peut pas être déduit du nom « {name} » : choisissez-le dans « Produit ».</translation>
    </message>
    <message>
        <source>{content}: physical value = {scale} x DN + {offset}</source>
        <translation>{content} : valeur physique = {scale} x CN + {offset}</translation>
    </message>
    <message>
        <source>The server sent an empty document.</source>
        <translation>Le serveur a envoyé un document vide.</translation>
    </message>
    <message>
        <source>The server sent a document that is too large to be capabilities.</source>
        <translation>Le serveur a envoyé un document trop volumineux pour être des capacités.</translation>
    </message>
    <message>
        <source>The server did not answer with an XML document.</source>
        <translation>Le serveur n'a pas répondu par un document XML.</translation>
    </message>
    <message>
        <source>The server&apos;s document is not well-formed XML.</source>
        <translation>Le document du serveur n'est pas du XML bien formé.</translation>
    </message>
    <message>
        <source>The server&apos;s document declares XML entities, which are refused.</source>
        <translation>Le document du serveur déclare des entités XML, qui sont refusées.</translation>
    </message>
    <message>
        <source>The server answered with an error:</source>
        <translation>Le serveur a répondu par une erreur :</translation>
    </message>
    <message>
        <source>The document is not a capabilities document of this kind of service:</source>
        <translation>Le document n'est pas un document de capacités de ce type de service :</translation>
    </message>
    <message>
        <source>The WMTS capabilities cannot be read:</source>
        <translation>Les capacités WMTS ne peuvent pas être lues :</translation>
    </message>
    <message>
        <source>The WMS capabilities cannot be read:</source>
        <translation>Les capacités WMS ne peuvent pas être lues :</translation>
    </message>
    <message>
        <source>No URL is set: choose a service profile or enter URLs in the settings.</source>
        <translation>Aucune URL n'est définie : choisissez un profil de service ou saisissez des URL dans les paramètres.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>This is not an http(s) URL:</source>
        <translation>Ce n'est pas une URL http(s) :</translation>
    </message>
    <message>
        <source>The server refused access: check the authentication configuration in the plugin&apos;s settings.</source>
        <translation>Le serveur a refusé l'accès : vérifiez la configuration d'authentification dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Le serveur a répondu par une erreur.</translation>
    </message>
    <message>
        <source>The server did not answer in time (see the timeout in the settings).</source>
        <translation>Le serveur n'a pas répondu à temps (voir le délai d'attente dans les paramètres).</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The service could not be read.</source>
        <translation>Le service n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>Reading the Terrascope services</source>
        <translation>Lecture des services Terrascope</translation>
    </message>
    <message>
        <source>Unexpected error while reading the services:</source>
        <translation>Erreur inattendue lors de la lecture des services :</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write it as 2018-02-25).</source>
        <translation>« {text} » n'est pas une date (écrivez-la comme 2018-02-25).</translation>
    </message>
    <message>
        <source>The layer has no image on {day}: list its dates with &quot;List acquisition dates&quot;.</source>
        <translation>La couche n'a pas d'image le {day} : listez ses dates avec « Lister les dates d'acquisition ».</translation>
    </message>
    <message>
        <source>The server did not send an image.</source>
        <translation>Le serveur n'a pas envoyé d'image.</translation>
    </message>
    <message>
        <source>Download image</source>
        <translation>Télécharger une image</translation>
    </message>
    <message>
        <source>A georeferenced GeoTIFF (RGBA) of a layer of a Terrascope WMS on one date, over a Sentinel-2 tile or an extent, at a resolution in metres. Large areas are fetched in several GetMap requests. DATE is a day (2018-02-25) or a value the service advertises; empty means the service&apos;s default. The output CRS is the tile&apos;s UTM zone, else the CRS parameter (it must be projected).</source>
        <translation>Un GeoTIFF géoréférencé (RVBA) d'une couche d'un WMS Terrascope à une date, sur une tuile Sentinel-2 ou une emprise, à une résolution en mètres. Les grandes zones sont récupérées en plusieurs requêtes GetMap. DATE est un jour (2018-02-25) ou une valeur annoncée par le service ; vide signifie la valeur par défaut du service. Le SCR de sortie est la zone UTM de la tuile, sinon le paramètre CRS (il doit être projeté).</translation>
    </message>
    <message>
        <source>Date (empty: the service&apos;s default)</source>
        <translation>Date (vide : celle par défaut du service)</translation>
    </message>
    <message>
        <source>Sentinel-2 tile (e.g. 31UFS)</source>
        <translation>Tuile Sentinel-2 (p. ex. 31UFS)</translation>
    </message>
    <message>
        <source>Or an extent</source>
        <translation>Ou une emprise</translation>
    </message>
    <message>
        <source>Output CRS for an extent (projected)</source>
        <translation>SCR de sortie pour une emprise (projeté)</translation>
    </message>
    <message>
        <source>Resolution (metres)</source>
        <translation>Résolution (mètres)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The image would be {width} x {height} pixels: choose a coarser resolution or a smaller area.</source>
        <translation>L'image ferait {width} x {height} pixels : choisissez une résolution plus grossière ou une zone plus petite.</translation>
    </message>
    <message>
        <source>The service has no WMS URL: downloading needs a WMS.</source>
        <translation>Le service n'a pas d'URL WMS : le téléchargement nécessite un WMS.</translation>
    </message>
    <message>
        <source>Layer {name} has no dates</source>
        <translation>La couche {name} n'a pas de dates</translation>
    </message>
    <message>
        <source>{layer} at {time}: {width} x {height} pixels in {crs}</source>
        <translation>{layer} à {time} : {width} x {height} pixels en {crs}</translation>
    </message>
    <message>
        <source>The server sent an image of the wrong size.</source>
        <translation>Le serveur a envoyé une image de mauvaise taille.</translation>
    </message>
    <message>
        <source>Give a Sentinel-2 tile or an extent.</source>
        <translation>Indiquez une tuile Sentinel-2 ou une emprise.</translation>
    </message>
    <message>
        <source>Choose a projected output CRS (e.g. the UTM zone, EPSG:32631): the resolution is in metres.</source>
        <translation>Choisissez un SCR de sortie projeté (p. ex. la zone UTM, EPSG:32631) : la résolution est en mètres.</translation>
    </message>
    <message>
        <source>The extent is empty.</source>
        <translation>L'emprise est vide.</translation>
    </message>
    <message>
        <source>List acquisition dates</source>
        <translation>Lister les dates d'acquisition</translation>
    </message>
    <message>
        <source>The days for which a Terrascope map service has images of a layer, read from its capabilities (WMTS when it offers the layer, else WMS). One row a day: the day, the value the server advertised (send it back as it is), the number of acquisitions that day and all their values. START and END limit the days (both optional).</source>
        <translation>Les jours pour lesquels un service cartographique Terrascope a des images d'une couche, lus dans ses capacités (WMTS s'il propose la couche, sinon WMS). Une ligne par jour : le jour, la valeur annoncée par le serveur (à renvoyer telle quelle), le nombre d'acquisitions ce jour-là et toutes leurs valeurs. START et END limitent les jours (tous deux facultatifs).</translation>
    </message>
    <message>
        <source>From (optional)</source>
        <translation>Du (facultatif)</translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation>Au (facultatif)</translation>
    </message>
    <message>
        <source>Acquisition dates</source>
        <translation>Dates d'acquisition</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <source>{count} dates</source>
        <translation>{count} dates</translation>
    </message>
    <message>
        <source>As in the plugin&apos;s settings</source>
        <translation>Comme dans les paramètres de l'extension</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Or a WMTS or WMS URL (overrides the service)</source>
        <translation>Ou une URL WMTS ou WMS (remplace le service)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Reading the capabilities of {url}</source>
        <translation>Lecture des capacités de {url}</translation>
    </message>
    <message>
        <source>The service has no layer {name}. Layers with dates: {known}</source>
        <translation>Le service n'a pas de couche {name}. Couches avec des dates : {known}</translation>
    </message>
    <message>
        <source>the service refused the layer</source>
        <translation>le service a refusé la couche</translation>
    </message>
    <message>
        <source>the task stopped</source>
        <translation>la tâche s'est arrêtée</translation>
    </message>
    <message>
        <source>No service URL: choose an endpoint in the settings (the gear button).</source>
        <translation>Aucune URL de service : choisissez un point d'accès dans les paramètres (le bouton en forme d'engrenage).</translation>
    </message>
    <message>
        <source>Connecting to {service}…</source>
        <translation>Connexion à {service}…</translation>
    </message>
    <message>
        <source>The service offers no Sentinel-2 layers. Check the endpoint in the settings.</source>
        <translation>Le service ne propose aucune couche Sentinel-2. Vérifiez le point d'accès dans les paramètres.</translation>
    </message>
    <message>
        <source>Could not read the service: {reason}. Check the network connection, or the endpoint and authentication in the settings, then press Refresh.</source>
        <translation>Impossible de lire le service : {reason}. Vérifiez la connexion réseau, ou le point d'accès et l'authentification dans les paramètres, puis cliquez sur Actualiser.</translation>
    </message>
    <message>
        <source>The Sentinel-2 layers the service offers</source>
        <translation>Les couches Sentinel-2 proposées par le service</translation>
    </message>
    <message>
        <source>{layers} layers; {layer} has {dates} dates</source>
        <translation>{layers} couches ; {layer} a {dates} dates</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Sentinel-2 tile id: type a zone, a band and two letters, such as 31UFS.</source>
        <translation>« {text} » n'est pas un identifiant de tuile Sentinel-2 : saisissez une zone, une bande et deux lettres, par exemple 31UFS.</translation>
    </message>
    <message>
        <source>Click inside a tile outline on the map to choose that tile.</source>
        <translation>Cliquez sur la carte à l'intérieur du contour d'une tuile pour la choisir.</translation>
    </message>
    <message>
        <source>Tile {tile} chosen.</source>
        <translation>Tuile {tile} choisie.</translation>
    </message>
    <message>
        <source>No tile there: click inside one of the tile outlines.</source>
        <translation>Aucune tuile à cet endroit : cliquez à l'intérieur d'un des contours de tuile.</translation>
    </message>
    <message>
        <source>No dates between {start} and {end}: widen the range or press All.</source>
        <translation>Aucune date entre le {start} et le {end} : élargissez la période ou cliquez sur Toutes.</translation>
    </message>
    <message>
        <source>The layer has no image on {day}: the dates in bold have one.</source>
        <translation>La couche n'a pas d'image le {day} : les dates en gras en ont une.</translation>
    </message>
    <message>
        <source>Add temporal layer</source>
        <translation>Ajouter une couche temporelle</translation>
    </message>
    <message>
        <source>Add {count} layers</source>
        <translation>Ajouter {count} couches</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <source>Choose a layer first (press Refresh when the list is empty).</source>
        <translation>Choisissez d'abord une couche (cliquez sur Actualiser si la liste est vide).</translation>
    </message>
    <message>
        <source>No dates in the range: widen it or press All.</source>
        <translation>Aucune date dans la période : élargissez-la ou cliquez sur Toutes.</translation>
    </message>
    <message>
        <source>Choose a date in the list or the calendar.</source>
        <translation>Choisissez une date dans la liste ou le calendrier.</translation>
    </message>
    <message>
        <source>Adding {count} layer(s)…</source>
        <translation>Ajout de {count} couche(s)…</translation>
    </message>
    <message>
        <source>{count} layer(s) added to the map.</source>
        <translation>{count} couche(s) ajoutée(s) à la carte.</translation>
    </message>
    <message>
        <source>Could not add the layer: {reason}. Press Refresh and try again, or try WMS instead of WMTS.</source>
        <translation>Impossible d'ajouter la couche : {reason}. Cliquez sur Actualiser et réessayez, ou essayez WMS au lieu de WMTS.</translation>
    </message>
    <message>
        <source>Open product files</source>
        <translation>Ouvrir des fichiers de produit</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.jp2 *.vrt);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.jp2 *.vrt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a product folder</source>
        <translation>Ouvrir un dossier de produit</translation>
    </message>
    <message>
        <source>{count} product(s) opened.</source>
        <translation>{count} produit(s) ouvert(s).</translation>
    </message>
    <message>
        <source>Nothing could be opened: the message bar says why.</source>
        <translation>Rien n'a pu être ouvert : la barre de messages indique pourquoi.</translation>
    </message>
    <message>
        <source>Terrascope: adding {count} layer(s)</source>
        <translation>Terrascope : ajout de {count} couche(s)</translation>
    </message>
    <message>
        <source>Terrascope: reading the service&apos;s layers</source>
        <translation>Terrascope : lecture des couches du service</translation>
    </message>
    <message>
        <source>Chosen tile</source>
        <translation>Tuile choisie</translation>
    </message>
    <message>
        <source>Other tiles</source>
        <translation>Autres tuiles</translation>
    </message>
    <message>
        <source>The server speaks a version of the service that the plugin does not read:</source>
        <translation>Le serveur parle une version du service que l'extension ne lit pas :</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no georeferencing: it is damaged or truncated, or not a product file.</source>
        <translation>'{name}' n'a pas de géoréférencement : il est endommagé ou tronqué, ou ce n'est pas un fichier de produit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a scene classification: it holds {type} values, where a scene classification holds bytes (classes 0 to 11). Choose the SCENECLASSIFICATION file.</source>
        <translation>'{name}' n'est pas une classification de scène : il contient des valeurs {type}, alors qu'une classification de scène contient des octets (classes 0 à 11). Choisissez le fichier SCENECLASSIFICATION.</translation>
    </message>
    <message>
        <source>The URL holds a user name or password, which the plugin does not send: remove it and put the login in an authentication configuration (QGIS Options &gt; Authentication).</source>
        <translation>L'URL contient un nom d'utilisateur ou un mot de passe, que l'extension n'envoie pas : retirez-les et placez l'identifiant dans une configuration d'authentification (Options de QGIS &gt; Authentification).</translation>
    </message>
    <message>
        <source>The server sent more data than a capabilities document holds; the download was stopped.</source>
        <translation>Le serveur a envoyé plus de données qu'un document de capacités n'en contient ; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The server refused the login of the authentication configuration given in the plugin&apos;s settings: check its user name and password in QGIS&apos;s Options &gt; Authentication.</source>
        <translation>Le serveur a refusé l'identifiant de la configuration d'authentification indiquée dans les paramètres de l'extension : vérifiez son nom d'utilisateur et son mot de passe dans Options de QGIS &gt; Authentification.</translation>
    </message>
    <message>
        <source>The server redirects the request in a loop.</source>
        <translation>Le serveur redirige la requête en boucle.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (or the secure connection failed): check the URL and QGIS&apos;s SSL settings.</source>
        <translation>Le certificat du serveur n'est pas reconnu (ou la connexion sécurisée a échoué) : vérifiez l'URL et les paramètres SSL de QGIS.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: the disk is full ({free} kB free in &apos;{folder}&apos;). Free some space or choose another folder; nothing was written.</source>
        <translation>'{path}' ne peut pas être écrit : le disque est plein ({free} ko libres dans '{folder}'). Libérez de la place ou choisissez un autre dossier ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: files are limited to {size} kB here (ulimit -f). Nothing was written.</source>
        <translation>'{path}' ne peut pas être écrit : les fichiers sont limités ici à {size} ko (ulimit -f). Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder: choose an image file in it.</source>
        <translation>'{path}' est un dossier : choisissez-y un fichier image.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster: it is damaged, truncated or not an image ({reason}).</source>
        <translation>'{name}' ne peut pas être lu comme un raster : il est endommagé, tronqué ou ce n'est pas une image ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; or its product is rotated: its classes cannot be matched to the product&apos;s pixels.</source>
        <translation>« {name} » ou son produit est tourné : ses classes ne peuvent pas être associées aux pixels du produit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in the product&apos;s CRS (was the product reprojected?): its classes cannot be matched to the product&apos;s pixels.</source>
        <translation>« {name} » n'est pas dans le SCR du produit (le produit a-t-il été reprojeté ?) : ses classes ne peuvent pas être associées aux pixels du produit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read (damaged or truncated?).</source>
        <translation>« {name} » ne peut pas être lu (endommagé ou tronqué ?).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: choose another file or folder.</source>
        <translation>« {path} » ne peut pas être écrit : choisissez un autre fichier ou dossier.</translation>
    </message>
    <message>
        <source>Feature {id} has an unknown CRS.</source>
        <translation>L'entité {id} a un SCR inconnu.</translation>
    </message>
    <message>
        <source>Feature {id} has no geometry.</source>
        <translation>L'entité {id} n'a pas de géométrie.</translation>
    </message>
    <message>
        <source>Feature {id} cannot be transformed to the products&apos; CRS.</source>
        <translation>L'entité {id} ne peut pas être transformée dans le SCR des produits.</translation>
    </message>
    <message>
        <source>Feature {id} lies outside every {content} product (or covers no pixel centre of any).</source>
        <translation>L'entité {id} se trouve hors de tout produit {content} (ou ne couvre le centre d'aucun de leurs pixels).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster (damaged, truncated or not an image).</source>
        <translation>« {name} » ne peut pas être lu comme raster (endommagé, tronqué ou pas une image).</translation>
    </message>
    <message>
        <source>No scene classification of {product} was found beside it: this date cannot be masked.</source>
        <translation>Aucune classification de scène de {product} n'a été trouvée à côté de lui : cette date ne peut pas être masquée.</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is not a folder: choose the folder that holds the products.</source>
        <translation>« {folder} » n'est pas un dossier : choisissez le dossier qui contient les produits.</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; cannot be read: its products are left out.</source>
        <translation>« {folder} » ne peut pas être lu : ses produits sont laissés de côté.</translation>
    </message>
    <message>
        <source>No {content} product was found in &apos;{folder}&apos; or its subfolders (files named like S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif): choose another folder or content.</source>
        <translation>Aucun produit {content} n'a été trouvé dans « {folder} » ni dans ses sous-dossiers (fichiers nommés comme S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif) : choisissez un autre dossier ou contenu.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is the same product as &apos;{kept}&apos;: it is left out.</source>
        <translation>« {path} » est le même produit que « {kept} » : il est laissé de côté.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no Terrascope product name: it is left out.</source>
        <translation>« {name} » n'a pas de nom de produit Terrascope : il est laissé de côté.</translation>
    </message>
    <message>
        <source>None of the chosen files is a {content} product: choose the product files (named like S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif).</source>
        <translation>Aucun des fichiers choisis n'est un produit {content} : choisissez les fichiers des produits (nommés comme S2A_20170103T104428Z_31UFS_{content}_10M_V101.tif).</translation>
    </message>
    <message>
        <source>Time series of {content}</source>
        <translation>Série temporelle de {content}</translation>
    </message>
    <message>
        <source>Unexpected error while computing the time series:</source>
        <translation>Erreur inattendue lors du calcul de la série temporelle :</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Sentinel-2 tile id (expected a zone, a band and two letters, e.g. 31UFS)</source>
        <translation>« {text} » n'est pas un identifiant de tuile Sentinel-2 (attendu : une zone, une bande et deux lettres, par ex. 31UFS)</translation>
    </message>
    <message>
        <source>&apos;{tile}&apos; is not a Sentinel-2 tile id: column letter {column} does not occur in UTM zone {zone}</source>
        <translation>« {tile} » n'est pas un identifiant de tuile Sentinel-2 : la lettre de colonne {column} n'existe pas dans la zone UTM {zone}</translation>
    </message>
    <message>
        <source>{name} holds no ISO 19139 identification</source>
        <translation>{name} ne contient pas d'identification ISO 19139</translation>
    </message>
    <message>
        <source>{name} cannot be read:</source>
        <translation>{name} ne peut pas être lu :</translation>
    </message>
    <message>
        <source>{name} is too large for product metadata</source>
        <translation>{name} est trop volumineux pour des métadonnées de produit</translation>
    </message>
    <message>
        <source>{name} declares a DTD or entities, which are not read</source>
        <translation>{name} déclare une DTD ou des entités, qui ne sont pas lues</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML:</source>
        <translation>{name} n'est pas du XML bien formé :</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-2 product name (expected a name such as {example}.tif)</source>
        <translation>« {name} » n'est pas un nom de produit Terrascope Sentinel-2 (attendu : un nom tel que {example}.tif)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster: unknown format</source>
        <translation>« {name} » ne peut pas être lu comme raster : format inconnu</translation>
    </message>
    <message>
        <source>The {what} is empty.</source>
        <translation>{what} : la valeur est vide.</translation>
    </message>
    <message>
        <source>The {what} holds control characters: {value}</source>
        <translation>{what} : la valeur contient des caractères de contrôle : {value}</translation>
    </message>
    <message>
        <source>A TIME value holds only letters, digits and &apos;:&apos;, &apos;.&apos;, &apos;-&apos;, &apos;/&apos;, &apos;_&apos;: {value}</source>
        <translation>Une valeur TIME ne contient que des lettres, des chiffres et ':', '.', '-', '/', '_' : {value}</translation>
    </message>
    <message>
        <source>A WMTS TIME value cannot hold &apos;;&apos; or &apos;=&apos;: {value}</source>
        <translation>Une valeur TIME WMTS ne peut pas contenir ';' ou '=' : {value}</translation>
    </message>
    <message>
        <source>A WMS-T layer needs at least one TIME value.</source>
        <translation>Une couche WMS-T nécessite au moins une valeur TIME.</translation>
    </message>
    <message>
        <source>A TIME value in a WMS-T extent cannot hold &apos;,&apos;.</source>
        <translation>Une valeur TIME dans une étendue WMS-T ne peut pas contenir ','.</translation>
    </message>
    <message>
        <source>Temporal WMTS layers need QGIS 3.28 or later.</source>
        <translation>Les couches WMTS temporelles nécessitent QGIS 3.28 ou plus récent.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date or time</source>
        <translation>« {text} » n'est pas une date ou une heure ISO 8601</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date or time:</source>
        <translation>« {text} » n'est pas une date ou une heure valide :</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 period (e.g. P1D)</source>
        <translation>« {text} » n'est pas une période ISO 8601 (par ex. P1D)</translation>
    </message>
    <message>
        <source>The period &apos;{text}&apos; is zero: an interval needs a step.</source>
        <translation>La période « {text} » est nulle : un intervalle a besoin d'un pas.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 interval (start/end/period)</source>
        <translation>« {text} » n'est pas un intervalle ISO 8601 (début/fin/période)</translation>
    </message>
    <message>
        <source>Unexpected error:</source>
        <translation>Erreur inattendue :</translation>
    </message>
    <message>
        <source>The WMTS writes the date {value} in a form QGIS cannot send to it (a time zone offset): add the layer as WMS instead.</source>
        <translation>Le WMTS écrit la date {value} sous une forme que QGIS ne peut pas lui envoyer (un décalage horaire) : ajoutez plutôt la couche en WMS.</translation>
    </message>
    <message>
        <source>The interval &apos;{text}&apos; ends before it starts.</source>
        <translation>L'intervalle '{text}' se termine avant de commencer.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be written as a date:</source>
        <translation>'{text}' ne peut pas être écrit comme une date :</translation>
    </message>
    <message>
        <source>{count} layer(s) left out, their dates cannot be read: {reasons}</source>
        <translation>{count} couche(s) laissée(s) de côté, leurs dates ne peuvent pas être lues : {reasons}</translation>
    </message>
    <message>
        <source>{protocol} layer {layer}: its dates cannot be read: {reason}</source>
        <translation>Couche {protocol} {layer} : ses dates ne peuvent pas être lues : {reason}</translation>
    </message>
    <message>
        <source>The server did not send its capabilities within {seconds} s. A service with many dates can take longer to write them: raise the timeout in the plugin&apos;s settings, then press Refresh.</source>
        <translation>Le serveur n'a pas envoyé ses capacités en {seconds} s. Un service avec beaucoup de dates peut mettre plus longtemps à les écrire : augmentez le délai d'attente dans les paramètres de l'extension, puis appuyez sur Actualiser.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d'accès</translation>
    </message>
    <message>
        <source>WMTS capabilities URL</source>
        <translation>URL des capacités WMTS</translation>
    </message>
    <message>
        <source>WMS URL</source>
        <translation>URL WMS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Network timeout</source>
        <translation>Délai d'attente réseau</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Prefer WMTS (tiled, faster) when the layer offers it</source>
        <translation>Préférer le WMTS (tuilé, plus rapide) quand la couche le propose</translation>
    </message>
    <message>
        <source>Adding another date updates the selected layer instead of adding a new one</source>
        <translation>Ajouter une autre date met à jour la couche sélectionnée au lieu d'en ajouter une nouvelle</translation>
    </message>
    <message>
        <source>Add the tile outline when zooming to a tile</source>
        <translation>Ajouter le contour de la tuile lors du zoom sur une tuile</translation>
    </message>
    <message>
        <source>Show product files in physical units however they are opened (drag and drop, Data Source Manager)</source>
        <translation>Afficher les fichiers produits en unités physiques quelle que soit la façon de les ouvrir (glisser-déposer, Gestionnaire des sources de données)</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Map service</source>
        <translation>Service cartographique</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service settings: endpoint, custom URLs, authentication</source>
        <translation>Paramètres du service : point d'accès, URL personnalisées, authentification</translation>
    </message>
    <message>
        <source>Connect to the service and read its layers and dates again</source>
        <translation>Se connecter au service et relire ses couches et ses dates</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>The Sentinel-2 layers the service offers</source>
        <translation>Les couches Sentinel-2 proposées par le service</translation>
    </message>
    <message>
        <source>Cached tiles: the fastest to browse</source>
        <translation>Tuiles en cache : le plus rapide pour naviguer</translation>
    </message>
    <message>
        <source>Images drawn on request at any scale and in any CRS</source>
        <translation>Images dessinées à la demande, à toute échelle et dans tout SCR</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tuile</translation>
    </message>
    <message>
        <source>A Sentinel-2 tile: one of Belgium&apos;s ten, or type any tile id such as 31UFS</source>
        <translation>Une tuile Sentinel-2 : l'une des dix tuiles de la Belgique, ou saisissez un identifiant comme 31UFS</translation>
    </message>
    <message>
        <source>Pick a tile on the map: click inside a tile outline</source>
        <translation>Choisir une tuile sur la carte : cliquez à l'intérieur d'un contour de tuile</translation>
    </message>
    <message>
        <source>Zoom to the tile</source>
        <translation>Zoomer sur la tuile</translation>
    </message>
    <message>
        <source>A layer with the outlines of Belgium&apos;s tiles and the chosen one</source>
        <translation>Une couche avec les contours des tuiles de la Belgique et de la tuile choisie</translation>
    </message>
    <message>
        <source>Show tile outlines</source>
        <translation>Afficher les contours des tuiles</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dates in bold are offered by the layer</source>
        <translation>Les dates en gras sont proposées par la couche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Show the dates from this day on</source>
        <translation>Afficher les dates à partir de ce jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Show the dates up to this day</source>
        <translation>Afficher les dates jusqu'à ce jour</translation>
    </message>
    <message>
        <source>Show all the dates of the layer</source>
        <translation>Afficher toutes les dates de la couche</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>The layer&apos;s dates, newest first. Select several (Ctrl or Shift) to add one layer for each</source>
        <translation>Les dates de la couche, les plus récentes d'abord. Sélectionnez-en plusieurs (Ctrl ou Maj) pour ajouter une couche par date</translation>
    </message>
    <message>
        <source>Add one temporal layer (WMS-T) with the listed dates; the Temporal Controller chooses the date shown</source>
        <translation>Ajouter une couche temporelle (WMS-T) avec les dates listées ; le contrôleur temporel choisit la date affichée</translation>
    </message>
    <message>
        <source>Temporal layer</source>
        <translation>Couche temporelle</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <source>Local products</source>
        <translation>Produits locaux</translation>
    </message>
    <message>
        <source>Drop a Terrascope product folder or file here to add it to the map, styled</source>
        <translation>Déposez ici un dossier ou un fichier de produit Terrascope pour l'ajouter à la carte, avec son style</translation>
    </message>
    <message>
        <source>Drop a product folder or file here</source>
        <translation>Déposez ici un dossier ou un fichier de produit</translation>
    </message>
    <message>
        <source>Open a product file (GeoTIFF) with the plugin&apos;s styling</source>
        <translation>Ouvrir un fichier de produit (GeoTIFF) avec le style de l'extension</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a product folder: one styled layer for each of its files, in a group</source>
        <translation>Ouvrir un dossier de produit : une couche stylée par fichier, dans un groupe</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>processing</name>
    <message>
        <source>Polygons of Sentinel-2 tiles, exactly as ESA&apos;s tiling grid draws them (109.8 km squares in their UTM zone), reprojected to the output CRS. TILES is a list of tile ids separated by commas or spaces; empty means Belgium&apos;s ten tiles.</source>
        <translation>Polygones des tuiles Sentinel-2, exactement comme la grille de l'ESA les dessine (carrés de 109,8 km dans leur zone UTM), reprojetés dans le SCR de sortie. TILES est une liste d'identifiants de tuiles séparés par des virgules ou des espaces ; vide signifie les dix tuiles de la Belgique.</translation>
    </message>
</context>
</TS>
