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
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
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
        <source>Product folder or any one of its files</source>
        <translation>Dossier du produit ou l'un de ses fichiers</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
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
        <source>Could not read the service: {reason}. Check the network connection, or the endpoint and authentication in the settings, then press Refresh.</source>
        <translation>Impossible de lire le service : {reason}. Vérifiez la connexion réseau, ou le point d'accès et l'authentification dans les paramètres, puis cliquez sur Actualiser.</translation>
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
        <source>&apos;{path}&apos; holds more than {count} products: choose a folder with fewer products, or one product folder.</source>
        <translation>« {path} » contient plus de {count} produits : choisissez un dossier avec moins de produits, ou un seul dossier de produit.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be shown in physical units:</source>
        <translation>« {name} » ne peut pas être affiché en unités physiques :</translation>
    </message>
    <message>
        <source>&apos;{classification}&apos; does not cover any pixel of &apos;{name}&apos;: it is the classification of another place. Choose the SCENECLASSIFICATION file of the same tile and date.</source>
        <translation>« {classification} » ne couvre aucun pixel de « {name} » : c'est la classification d'un autre lieu. Choisissez le fichier SCENECLASSIFICATION de la même tuile et de la même date.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be resampled to the product&apos;s grid:</source>
        <translation>« {name} » ne peut pas être rééchantillonné sur la grille du produit :</translation>
    </message>
    <message>
        <source>A temporary file in memory cannot be removed:</source>
        <translation>Un fichier temporaire en mémoire ne peut pas être supprimé :</translation>
    </message>
    <message>
        <source>The no-data value {nodata} cannot be stored in &apos;{name}&apos;, which holds {type} values ({low} to {high}): give a whole number in that range (the masked output keeps the product&apos;s data type).</source>
        <translation>La valeur nodata {nodata} ne peut pas être stockée dans « {name} », qui contient des valeurs {type} ({low} à {high}) : indiquez un nombre entier dans cet intervalle (la sortie masquée garde le type de données du produit).</translation>
    </message>
    <message>
        <source>The no-data value {nodata} cannot be stored in &apos;{name}&apos;, which holds {type} values.</source>
        <translation>La valeur nodata {nodata} ne peut pas être stockée dans « {name} », qui contient des valeurs {type}.</translation>
    </message>
    <message>
        <source>The coordinate systems of the product and of its classification cannot be compared:</source>
        <translation>Les systèmes de coordonnées du produit et de sa classification ne peuvent pas être comparés :</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} bands, where a Terrascope product image has one: it is no product image (a quicklook or a composite?).</source>
        <translation>« {name} » a {count} bandes, alors qu'une image de produit Terrascope en a une : ce n'est pas une image de produit (un aperçu ou un composite ?).</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; is a folder: give the name of a file in it.</source>
        <translation>La sortie « {path} » est un dossier : indiquez le nom d'un fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>The output folder &apos;{path}&apos; does not exist: QGIS could not read its name (it is not UTF-8). Rename the folder, or choose another one.</source>
        <translation>Le dossier de sortie « {path} » n'existe pas : QGIS n'a pas pu lire son nom (il n'est pas en UTF-8). Renommez le dossier, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The output file name is {length} bytes long; this folder takes names of at most {longest} bytes: choose a shorter name.</source>
        <translation>Le nom du fichier de sortie fait {length} octets ; ce dossier accepte des noms d'au plus {longest} octets : choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read as a raster: it is damaged, truncated or not an image.</source>
        <translation>« {name} » ne peut pas être lu comme raster : il est endommagé, tronqué ou ce n'est pas une image.</translation>
    </message>
    <message>
        <source>The output &apos;{path}&apos; was created by another program while this one ran: it is kept as it is. Choose another name, or tick &apos;Replace an existing output file&apos;.</source>
        <translation>La sortie « {path} » a été créée par un autre programme pendant ce traitement : elle est conservée telle quelle. Choisissez un autre nom, ou cochez « Remplacer un fichier de sortie existant ».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged or truncated (from row {row}):</source>
        <translation>« {name} » est endommagé ou tronqué (à partir de la ligne {row}) :</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written:</source>
        <translation>« {path} » ne peut pas être écrit :</translation>
    </message>
    <message>
        <source>A georeferenced GeoTIFF (RGBA) of a layer of a Terrascope WMS on one date, over a Sentinel-2 tile or an extent, at a resolution in metres. Large areas are fetched in several GetMap requests. DATE is a day (2018-02-25) or a value the service advertises; empty means the service&apos;s default. The output CRS is the tile&apos;s UTM zone, else the CRS parameter (it must be projected). An existing output file is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Un GeoTIFF géoréférencé (RVBA) d'une couche d'un WMS Terrascope à une date, sur une tuile Sentinel-2 ou une emprise, à une résolution en mètres. Les grandes zones sont récupérées en plusieurs requêtes GetMap. DATE est un jour (2018-02-25) ou une valeur annoncée par le service ; vide signifie la valeur par défaut du service. Le SCR de sortie est la zone UTM de la tuile, sinon le paramètre CRS (il doit être projeté). Un fichier de sortie existant n'est remplacé que si « Remplacer un fichier de sortie existant » est coché.</translation>
    </message>
    <message>
        <source>Group names (separated by &apos;; &apos;)</source>
        <translation>Noms des groupes (séparés par « ; »)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a quicklook: a picture for browsing, in colours, not digital numbers. Choose the product&apos;s own image (such as {example}).</source>
        <translation>« {name} » est un aperçu : une image pour parcourir, en couleurs, pas des nombres numériques. Choisissez l'image du produit elle-même (telle que {example}).</translation>
    </message>
    <message>
        <source>The service has no layer {name}.</source>
        <translation>Le service n'a pas de couche {name}.</translation>
    </message>
    <message>
        <source>The WMTS layer {name} has no tile matrix set.</source>
        <translation>La couche WMTS {name} n'a pas de jeu de matrices de tuiles.</translation>
    </message>
    <message>
        <source>The service has no WMTS.</source>
        <translation>Le service n'a pas de WMTS.</translation>
    </message>
    <message>
        <source>The service has no WMS.</source>
        <translation>Le service n'a pas de WMS.</translation>
    </message>
    <message>
        <source>No catalogue address is set: enter one in the plugin&apos;s settings.</source>
        <translation>Aucune adresse de catalogue n'est définie : indiquez-en une dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <source>The address {url} does not answer as a STAC catalogue (it sent a web page): check the catalogue address in the plugin&apos;s settings.</source>
        <translation>L'adresse {url} ne répond pas comme un catalogue STAC (elle a envoyé une page web) : vérifiez l'adresse du catalogue dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <source>The catalogue sent an empty answer.</source>
        <translation>Le catalogue a envoyé une réponse vide.</translation>
    </message>
    <message>
        <source>The catalogue sent an answer that is not valid JSON: check the catalogue address, or try again later.</source>
        <translation>Le catalogue a envoyé une réponse qui n'est pas du JSON valide : vérifiez l'adresse du catalogue ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The catalogue sent an answer the plugin cannot read.</source>
        <translation>Le catalogue a envoyé une réponse que l'extension ne sait pas lire.</translation>
    </message>
    <message>
        <source>The address {url} does not answer as a STAC catalogue: check the catalogue address in the plugin&apos;s settings.</source>
        <translation>L'adresse {url} ne répond pas comme un catalogue STAC : vérifiez l'adresse du catalogue dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s collection list cannot be read.</source>
        <translation>La liste des collections du catalogue ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s search answer cannot be read.</source>
        <translation>La réponse de recherche du catalogue ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The catalogue names a file &apos;{name}&apos;, which the plugin does not write (not a plain file name).</source>
        <translation>Le catalogue nomme un fichier « {name} », que l'extension n'écrit pas (ce n'est pas un simple nom de fichier).</translation>
    </message>
    <message>
        <source>The catalogue lists no files for {item}: there is nothing to open.</source>
        <translation>Le catalogue ne liste aucun fichier pour {item} : il n'y a rien à ouvrir.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: choose another download folder in the settings.</source>
        <translation>Le dossier {folder} ne peut pas être créé : choisissez un autre dossier de téléchargement dans les paramètres.</translation>
    </message>
    <message>
        <source>Not enough free space in {folder}: the files need {needed} MB and {free} MB are free. Free some space or choose another download folder in the settings.</source>
        <translation>Pas assez d'espace libre dans {folder} : les fichiers demandent {needed} Mo et {free} Mo sont libres. Libérez de l'espace ou choisissez un autre dossier de téléchargement dans les paramètres.</translation>
    </message>
    <message>
        <source>The download of {name} broke off after {received} MB. What arrived is kept: download it again to continue where it stopped.</source>
        <translation>Le téléchargement de {name} s'est interrompu après {received} Mo. Ce qui est arrivé est conservé : téléchargez à nouveau pour reprendre là où il s'est arrêté.</translation>
    </message>
    <message>
        <source>The file {name} arrived with {size} bytes instead of {expected}: download it again.</source>
        <translation>Le fichier {name} est arrivé avec {size} octets au lieu de {expected} : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} appeared in the folder during the download and was not replaced; the download is kept as {part}.</source>
        <translation>{name} est apparu dans le dossier pendant le téléchargement et n'a pas été remplacé ; le téléchargement est conservé sous {part}.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of {name} (a sign-in page?): check the login chosen for the catalogue in the plugin&apos;s settings.</source>
        <translation>Le serveur a envoyé une page web au lieu de {name} (une page de connexion ?) : vérifiez l'identifiant choisi pour le catalogue dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be written to {folder}. Free some space or choose another download folder in the settings.</source>
        <translation>Le disque est plein : {name} n'a pas pu être écrit dans {folder}. Libérez de l'espace ou choisissez un autre dossier de téléchargement dans les paramètres.</translation>
    </message>
    <message>
        <source>{name} cannot be written to {folder}: choose another download folder in the settings.</source>
        <translation>{name} ne peut pas être écrit dans {folder} : choisissez un autre dossier de téléchargement dans les paramètres.</translation>
    </message>
    <message>
        <source>The catalogue sent something that is not a STAC item.</source>
        <translation>Le catalogue a envoyé quelque chose qui n'est pas un item STAC.</translation>
    </message>
    <message>
        <source>The catalogue sent an item without an id.</source>
        <translation>Le catalogue a envoyé un item sans identifiant.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s item {item} has no valid date.</source>
        <translation>L'item {item} du catalogue n'a pas de date valide.</translation>
    </message>
    <message>
        <source>The server sent a redirect without a target.</source>
        <translation>Le serveur a envoyé une redirection sans cible.</translation>
    </message>
    <message>
        <source>The server redirected the request to {target}, which the plugin does not follow (only http and https addresses are).</source>
        <translation>Le serveur a redirigé la requête vers {target}, que l'extension ne suit pas (seules les adresses http et https le sont).</translation>
    </message>
    <message>
        <source>The server redirected the request more than {count} times.</source>
        <translation>Le serveur a redirigé la requête plus de {count} fois.</translation>
    </message>
    <message>
        <source>{matched} products match: the newest {shown} are listed. Narrow the search (fewer days or tiles, a lower cloud cover) to see the others.</source>
        <translation>{matched} produits correspondent : les {shown} plus récents sont listés. Affinez la recherche (moins de jours ou de tuiles, une couverture nuageuse plus faible) pour voir les autres.</translation>
    </message>
    <message>
        <source>More products match than the {shown} listed (the newest). Narrow the search (fewer days or tiles, a lower cloud cover) to see the others.</source>
        <translation>Plus de produits correspondent que les {shown} listés (les plus récents). Affinez la recherche (moins de jours ou de tuiles, une couverture nuageuse plus faible) pour voir les autres.</translation>
    </message>
    <message>
        <source>The authentication configuration {authcfg} cannot be used: check that it exists in QGIS&apos;s Options &gt; Authentication and that the master password was given.</source>
        <translation>La configuration d'authentification {authcfg} ne peut pas être utilisée : vérifiez qu'elle existe dans Options de QGIS &gt; Authentification et que le mot de passe principal a été saisi.</translation>
    </message>
    <message>
        <source>The connection broke off before the end of the answer.</source>
        <translation>La connexion s'est interrompue avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server refused the login of authentication configuration {authcfg}: check its user name and password in QGIS&apos;s Options &gt; Authentication, and that your account may use this product.</source>
        <translation>Le serveur a refusé l'identifiant de la configuration d'authentification {authcfg} : vérifiez son nom d'utilisateur et son mot de passe dans Options de QGIS &gt; Authentification, et que votre compte peut utiliser ce produit.</translation>
    </message>
    <message>
        <source>The server asks for a login: choose an authentication configuration for the catalogue in the plugin&apos;s settings (a Terrascope account, Basic or OAuth2).</source>
        <translation>Le serveur demande un identifiant : choisissez une configuration d'authentification pour le catalogue dans les paramètres de l'extension (un compte Terrascope, Basic ou OAuth2).</translation>
    </message>
    <message>
        <source>The server has no file at this address (HTTP 404).</source>
        <translation>Le serveur n'a pas de fichier à cette adresse (HTTP 404).</translation>
    </message>
    <message>
        <source>No masking (every pixel with a value)</source>
        <translation>Pas de masque (chaque pixel qui a une valeur)</translation>
    </message>
    <message>
        <source>Time series of points or fields</source>
        <translation>Série temporelle de points ou de parcelles</translation>
    </message>
    <message>
        <source>For each point or polygon of INPUT and each date, the statistics of a product content (FAPAR, NDVI...) in physical units over the products found in FOLDER and its subfolders (by their names): the mean, median and standard deviation of the pixels whose centres fall in the polygon (the pixel under a point), with the counts of valid and of all its pixels. MASK keeps only the pixels of chosen scene classes (the classification of the same acquisition, found beside each product); WIDEN also masks the pixels within that many pixels of a masked class; a date with less than MIN_VALID % valid pixels is marked masked, not dropped. A date that cannot be read, or a feature outside every product, gets a row that says why. Only the windows around the features are read.</source>
        <translation>Pour chaque point ou polygone d'INPUT et chaque date, les statistiques d'un contenu de produit (FAPAR, NDVI...) en unités physiques, sur les produits trouvés dans FOLDER et ses sous-dossiers (d'après leur nom) : la moyenne, la médiane et l'écart type des pixels dont le centre tombe dans le polygone (le pixel sous un point), avec le nombre de pixels valides et le nombre total. MASK ne garde que les pixels des classes de scène choisies (la classification de la même acquisition, trouvée à côté de chaque produit) ; WIDEN masque aussi les pixels à moins de ce nombre de pixels d'une classe masquée ; une date avec moins de MIN_VALID % de pixels valides est marquée masquée, pas supprimée. Une date illisible, ou une entité hors de tout produit, reçoit une ligne qui dit pourquoi. Seules les fenêtres autour des entités sont lues.</translation>
    </message>
    <message>
        <source>Points or fields</source>
        <translation>Points ou parcelles</translation>
    </message>
    <message>
        <source>Field with each feature&apos;s name (optional)</source>
        <translation>Champ avec le nom de chaque entité (optionnel)</translation>
    </message>
    <message>
        <source>Folder of products (searched with its subfolders)</source>
        <translation>Dossier des produits (parcouru avec ses sous-dossiers)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Mask with the scene classification</source>
        <translation>Masquer avec la classification de scène</translation>
    </message>
    <message>
        <source>Classes kept (for &apos;Custom&apos;)</source>
        <translation>Classes gardées (pour « Personnalisé »)</translation>
    </message>
    <message>
        <source>Widen the masked classes by (pixels)</source>
        <translation>Élargir les classes masquées de (pixels)</translation>
    </message>
    <message>
        <source>Dates with fewer valid pixels than this are marked masked (%)</source>
        <translation>Les dates avec moins de pixels valides que ceci sont marquées masquées (%)</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <source>{count} {content} products, {fields} features.</source>
        <translation>{count} produits {content}, {fields} entités.</translation>
    </message>
    <message>
        <source>Rows: {kept} kept, {masked} masked, {failed} failed.</source>
        <translation>Lignes : {kept} gardées, {masked} masquées, {failed} en échec.</translation>
    </message>
    <message>
        <source>Polygons of Sentinel-2 tiles, exactly as ESA&apos;s tiling grid draws them (109.8 km squares in their UTM zone), reprojected to the output CRS. TILES is a list of tile ids separated by commas or spaces; empty means Belgium&apos;s ten tiles. An existing output file is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Polygones des tuiles Sentinel-2, exactement comme la grille de l'ESA les dessine (carrés de 109,8 km dans leur zone UTM), reprojetés dans le SCR de sortie. TILES est une liste d'identifiants de tuiles séparés par des virgules ou des espaces ; vide signifie les dix tuiles de la Belgique. Un fichier de sortie existant n'est remplacé que si « Remplacer un fichier de sortie existant » est coché.</translation>
    </message>
    <message>
        <source>The field&apos;s pixels cannot be found on the product&apos;s grid:</source>
        <translation>Les pixels de la parcelle ne peuvent pas être trouvés sur la grille du produit :</translation>
    </message>
    <message>
        <source>The CRS {crs} is unknown to this QGIS.</source>
        <translation>Le SCR {crs} est inconnu de ce QGIS.</translation>
    </message>
    <message>
        <source>Terrascope catalogue</source>
        <translation>Catalogue Terrascope</translation>
    </message>
    <message>
        <source>Catalogue address (empty: the plugin&apos;s setting)</source>
        <translation>Adresse du catalogue (vide : le paramètre de l'extension)</translation>
    </message>
    <message>
        <source>Collection id, as the catalogue lists it (empty: the collections are listed in the log)</source>
        <translation>Identifiant de la collection, tel que le catalogue la liste (vide : les collections sont listées dans le journal)</translation>
    </message>
    <message>
        <source>Tile ids, separated by commas or spaces (optional)</source>
        <translation>Identifiants de tuiles, séparés par des virgules ou des espaces (facultatif)</translation>
    </message>
    <message>
        <source>Extent (optional)</source>
        <translation>Emprise (facultatif)</translation>
    </message>
    <message>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <source>At most this many products (the newest)</source>
        <translation>Au plus ce nombre de produits (les plus récents)</translation>
    </message>
    <message>
        <source>Choose a collection (COLLECTION). The catalogue has:</source>
        <translation>Choisissez une collection (COLLECTION). Le catalogue contient :</translation>
    </message>
    <message>
        <source>The catalogue cannot filter by tile or cloud cover: the plugin tested each product.</source>
        <translation>Le catalogue ne sait pas filtrer par tuile ou couverture nuageuse : l'extension a testé chaque produit.</translation>
    </message>
    <message>
        <source>An item of the catalogue was skipped:</source>
        <translation>Un item du catalogue a été ignoré :</translation>
    </message>
    <message>
        <source>Download products</source>
        <translation>Télécharger des produits</translation>
    </message>
    <message>
        <source>Downloads the files of catalogue products (their images, scene classification and INSPIRE metadata) into FOLDER, one folder per product, with the login of the plugin&apos;s settings (sent only to the download server set there). The products are the features of INPUT (a layer made by &apos;Search the catalogue&apos;; tick &apos;Selected features only&apos; for some of them), or else those of the search parameters. A file already in the folder is kept, not downloaded again, unless OVERWRITE is ticked; a download that broke off continues where it stopped. Where the files can be read where they are (on a Terrascope virtual machine), nothing is downloaded. CONTENTS limits the images (e.g. &apos;TOC-B04 TOC-B08 SCENECLASSIFICATION&apos;). Run from QGIS, the products are added to the map in physical units.</source>
        <translation>Télécharge les fichiers de produits du catalogue (leurs images, leur classification de scène et leurs métadonnées INSPIRE) dans FOLDER, un dossier par produit, avec l'identifiant des paramètres de l'extension (envoyé uniquement au serveur de téléchargement qui y est défini). Les produits sont les entités de INPUT (une couche faite par « Rechercher dans le catalogue » ; cochez « Entités sélectionnées uniquement » pour n'en prendre que certaines), ou sinon ceux des paramètres de recherche. Un fichier déjà présent dans le dossier est conservé, pas téléchargé à nouveau, sauf si OVERWRITE est coché ; un téléchargement interrompu reprend là où il s'est arrêté. Là où les fichiers peuvent être lus sur place (sur une machine virtuelle Terrascope), rien n'est téléchargé. CONTENTS limite les images (par ex. 'TOC-B04 TOC-B08 SCENECLASSIFICATION'). Lancé depuis QGIS, les produits sont ajoutés à la carte en unités physiques.</translation>
    </message>
    <message>
        <source>Products of a search (a layer made by &apos;Search the catalogue&apos;)</source>
        <translation>Produits d'une recherche (une couche faite par « Rechercher dans le catalogue »)</translation>
    </message>
    <message>
        <source>Only these contents (optional, e.g. NDVI SCENECLASSIFICATION)</source>
        <translation>Seulement ces contenus (facultatif, par ex. NDVI SCENECLASSIFICATION)</translation>
    </message>
    <message>
        <source>Download files again that are already in the folder</source>
        <translation>Télécharger à nouveau les fichiers déjà présents dans le dossier</translation>
    </message>
    <message>
        <source>Add the products to the map (when run from QGIS)</source>
        <translation>Ajouter les produits à la carte (lancé depuis QGIS)</translation>
    </message>
    <message>
        <source>At most this many products</source>
        <translation>Au plus ce nombre de produits</translation>
    </message>
    <message>
        <source>Products fetched</source>
        <translation>Produits récupérés</translation>
    </message>
    <message>
        <source>Files (one a line)</source>
        <translation>Fichiers (un par ligne)</translation>
    </message>
    <message>
        <source>{count} products were chosen, more than {limit}: choose fewer (select some footprints, or narrow the search), or raise MAX_PRODUCTS.</source>
        <translation>{count} produits ont été choisis, plus de {limit} : choisissez-en moins (sélectionnez quelques emprises, ou affinez la recherche), ou augmentez MAX_PRODUCTS.</translation>
    </message>
    <message>
        <source>Product {number} of {count}: {item}</source>
        <translation>Produit {number} sur {count} : {item}</translation>
    </message>
    <message>
        <source>Cancelled: the products fetched so far are kept.</source>
        <translation>Annulé : les produits récupérés jusqu'ici sont conservés.</translation>
    </message>
    <message>
        <source>No product could be fetched: the log says why.</source>
        <translation>Aucun produit n'a pu être récupéré : le journal indique pourquoi.</translation>
    </message>
    <message>
        <source>The input layer has no &apos;id&apos; and &apos;collection&apos; fields: give a layer made by &apos;Search the catalogue&apos;.</source>
        <translation>La couche en entrée n'a pas de champs 'id' et 'collection' : donnez une couche faite par « Rechercher dans le catalogue ».</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Searches Terrascope&apos;s catalogue (or the STAC API in the plugin&apos;s settings) for the products of one collection on tiles (TILES) or an extent (EXTENT), between two dates, at most as cloudy as MAX_CLOUD, and gives their footprints, newest first: id, collection, date, tile, cloud cover, platform and size (size_known 0: an upper bound from the image sizes). Leave COLLECTION empty to list the catalogue&apos;s collections. The footprint layer (or its selected features) is what &apos;Download products&apos; takes.</source>
        <translation>Recherche dans le catalogue de Terrascope (ou l'API STAC des paramètres de l'extension) les produits d'une collection sur des tuiles (TILES) ou une emprise (EXTENT), entre deux dates, au plus aussi nuageux que MAX_CLOUD, et donne leurs emprises, les plus récents d'abord : identifiant, collection, date, tuile, couverture nuageuse, plateforme et taille (size_known 0 : une borne supérieure tirée de la taille des images). Laissez COLLECTION vide pour lister les collections du catalogue. La couche des emprises (ou ses entités sélectionnées) est ce que prend « Télécharger des produits ».</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Products listed</source>
        <translation>Produits listés</translation>
    </message>
    <message>
        <source>Products matching (-1: the catalogue does not say)</source>
        <translation>Produits correspondants (-1 : le catalogue ne le dit pas)</translation>
    </message>
    <message>
        <source>{count} products listed.</source>
        <translation>{count} produits listés.</translation>
    </message>
    <message>
        <source>Download folder (empty: the plugin&apos;s setting)</source>
        <translation>Dossier de téléchargement (vide : le paramètre de l'extension)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a name that is not UTF-8: QGIS cannot open it. Rename it, then load the product again.</source>
        <translation>« {name} » a un nom qui n'est pas en UTF-8 : QGIS ne peut pas l'ouvrir. Renommez-le, puis chargez à nouveau le produit.</translation>
    </message>
    <message>
        <source>The scene classification &apos;{name}&apos; has a name that is not UTF-8: rename it, or choose the classification.</source>
        <translation>La classification de scène « {name} » a un nom qui n'est pas en UTF-8 : renommez-la, ou choisissez la classification.</translation>
    </message>
    <message>
        <source>Terrascope: reading the catalogue&apos;s collections</source>
        <translation>Terrascope : lecture des collections du catalogue</translation>
    </message>
    <message>
        <source>Terrascope: searching the catalogue</source>
        <translation>Terrascope : recherche dans le catalogue</translation>
    </message>
    <message>
        <source>Terrascope: fetching {product}</source>
        <translation>Terrascope : récupération de {product}</translation>
    </message>
    <message>
        <source>Terrascope: quicklook of {product}</source>
        <translation>Terrascope : aperçu de {product}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tuile</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Nuages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Choose a collection (the list comes from the catalogue: press the refresh button if it is empty).</source>
        <translation>Choisissez une collection (la liste vient du catalogue : cliquez sur le bouton d'actualisation si elle est vide).</translation>
    </message>
    <message>
        <source>Type one or more tile ids, or tick &apos;Map extent&apos;.</source>
        <translation>Saisissez un ou plusieurs identifiants de tuile, ou cochez « Emprise de la carte ».</translation>
    </message>
    <message>
        <source>Reading the catalogue's collections…</source>
        <translation>Lecture des collections du catalogue…</translation>
    </message>
    <message>
        <source>The catalogue has {count} collections.</source>
        <translation>Le catalogue contient {count} collections.</translation>
    </message>
    <message>
        <source>Searching the catalogue…</source>
        <translation>Recherche dans le catalogue…</translation>
    </message>
    <message>
        <source>{count} products, newest first.</source>
        <translation>{count} produits, les plus récents d'abord.</translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>Choisissez d'abord un produit dans la liste.</translation>
    </message>
    <message>
        <source>Fetching {product}…</source>
        <translation>Récupération de {product}…</translation>
    </message>
    <message>
        <source>No image of {product} could be read.</source>
        <translation>Aucune image de {product} n'a pu être lue.</translation>
    </message>
    <message>
        <source>opened where it is</source>
        <translation>ouvert sur place</translation>
    </message>
    <message>
        <source>downloaded to {folder}</source>
        <translation>téléchargé dans {folder}</translation>
    </message>
    <message>
        <source>{product}: {where}.</source>
        <translation>{product} : {where}.</translation>
    </message>
    <message>
        <source>no quicklook</source>
        <translation>pas d'aperçu</translation>
    </message>
    <message>
        <source>Catalogue results</source>
        <translation>Résultats du catalogue</translation>
    </message>
    <message>
        <source>The service sends QGIS to {foreign} for this layer, another server than {configured} where your login belongs: the plugin does not add the layer with the login. If the service needs no login, remove it from the plugin&apos;s settings.</source>
        <translation>Le service envoie QGIS vers {foreign} pour cette couche, un autre serveur que {configured} auquel appartient votre identifiant : l'extension n'ajoute pas la couche avec l'identifiant. Si le service n'a pas besoin d'identifiant, retirez-le des paramètres de l'extension.</translation>
    </message>
    <message>
        <source>The server sent more data than the plugin accepts for this request; the download was stopped.</source>
        <translation>Le serveur a envoyé plus de données que l'extension n'en accepte pour cette requête ; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address, which refused it; the plugin sends the login only to the server in its settings. If you trust that address, enter it in the settings.</source>
        <translation>Le serveur a renvoyé la requête vers une autre adresse, qui l'a refusée ; l'extension n'envoie l'identifiant qu'au serveur de ses paramètres. Si vous faites confiance à cette adresse, indiquez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>the catalogue has no collection for {layer}</source>
        <translation>le catalogue n'a pas de collection pour {layer}</translation>
    </message>
    <message>
        <source>Dates: the service&apos;s own list.</source>
        <translation>Dates : la liste du service lui-même.</translation>
    </message>
    <message>
        <source>Dates: the {count} with a product on {tile} in the catalogue (of {total} in the service).</source>
        <translation>Dates : les {count} avec un produit sur {tile} dans le catalogue (sur {total} dans le service).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope product name (expected a Sentinel-2 name such as {sentinel2}.tif or a Sentinel-1 name such as {sentinel1}.tif)</source>
        <translation>« {name} » n'est pas un nom de produit Terrascope (attendu : un nom Sentinel-2 tel que {sentinel2}.tif ou un nom Sentinel-1 tel que {sentinel1}.tif)</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds no Terrascope Sentinel-2 or Sentinel-1 product files, nor do its subfolders: choose the product folder (such as {example} or {sentinel1}) or any one of its files.</source>
        <translation>« {path} » et ses sous-dossiers ne contiennent aucun fichier de produit Terrascope Sentinel-2 ou Sentinel-1 : choisissez le dossier du produit (tel que {example} ou {sentinel1}) ou l'un de ses fichiers.</translation>
    </message>
    <message>
        <source>Backscatter composite (VV, VH, VV/VH)</source>
        <translation>Composition colorée de la rétrodiffusion (VV, VH, VV/VH)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-1 product file.</source>
        <translation>« {name} » n'est pas un fichier de produit Terrascope Sentinel-1.</translation>
    </message>
    <message>
        <source>Incidence angle</source>
        <translation>Angle d'incidence</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a Terrascope Sentinel-1 product name (expected a name such as {example}.tif)</source>
        <translation>« {name} » n'est pas un nom de produit Terrascope Sentinel-1 (attendu : un nom tel que {example}.tif)</translation>
    </message>
    <message>
        <source>{band} (linear)</source>
        <translation>{band} (linéaire)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {count} bands, where a Sentinel-1 image has one: it is no VV or VH image.</source>
        <translation>« {name} » a {count} bandes, alors qu'une image Sentinel-1 n'en a qu'une : ce n'est pas une image VV ou VH.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds complex values ({type}): only backscatter intensities can be shown.</source>
        <translation>« {name} » contient des valeurs complexes ({type}) : seules les intensités de rétrodiffusion peuvent être affichées.</translation>
    </message>
    <message>
        <source>&apos;{vv}&apos; and &apos;{vh}&apos; do not cover the same pixels: they are not the VV and VH images of one product.</source>
        <translation>« {vv} » et « {vh} » ne couvrent pas les mêmes pixels : ce ne sont pas les images VV et VH d'un même produit.</translation>
    </message>
    <message>
        <source>The service offers no Sentinel-2 or Sentinel-1 layers. Check the endpoint in the settings.</source>
        <translation>Le service ne propose aucune couche Sentinel-2 ou Sentinel-1. Vérifiez le point d'accès dans les paramètres.</translation>
    </message>
    <message>
        <source>The Sentinel-2 and Sentinel-1 layers the service offers</source>
        <translation>Les couches Sentinel-2 et Sentinel-1 proposées par le service</translation>
    </message>
    <message>
        <source>Loads every image of a Terrascope Sentinel-2 product (give its folder, or any one of its files) as styled layers in physical units, in one group named after the product; quicklooks and masks are hidden. The INSPIRE metadata, where present, is copied into the layers&apos; metadata. A folder that holds several products (a day of VITO&apos;s archive, a folder of downloads) gives one group per product. A Sentinel-1 backscatter product gives the colour composite of Terrascope&apos;s viewer (VV, VH, VV/VH) and its VV and VH in dB; its incidence angle is hidden.</source>
        <translation>Charge chaque image d'un produit Terrascope Sentinel-2 (indiquez son dossier, ou l'un de ses fichiers) en couches stylées en unités physiques, dans un groupe portant le nom du produit ; aperçus et masques sont masqués. Les métadonnées INSPIRE, lorsqu'elles existent, sont copiées dans les métadonnées des couches. Un dossier qui contient plusieurs produits (un jour de l'archive de VITO, un dossier de téléchargements) donne un groupe par produit. Un produit de rétrodiffusion Sentinel-1 donne la composition colorée de la visionneuse de Terrascope (VV, VH, VV/VH) et ses VV et VH en dB ; son angle d'incidence est masqué.</translation>
    </message>
    <message>
        <source>Sentinel-1 backscatter composite (VV, VH, VV/VH)</source>
        <translation>Composition colorée de la rétrodiffusion Sentinel-1 (VV, VH, VV/VH)</translation>
    </message>
    <message>
        <source>Writes the colour composite of a Terrascope Sentinel-1 backscatter product as a 3-band Float32 GeoTIFF in decibels: band 1 VV, band 2 VH, band 3 the ratio VV/VH (VV - VH in dB), as Terrascope&apos;s viewer shows them in red, green and blue. Give the product&apos;s VV image (or any image of the product: its VV and VH are found beside it), or a VV and a VH image. Whether the files hold linear values or decibels, their no-data value and scale are read from the files. Works block by block, so a whole scene runs in little memory; no data is NaN. The inputs are only read; an existing output is only replaced when &apos;Replace an existing output file&apos; is ticked.</source>
        <translation>Écrit la composition colorée d'un produit de rétrodiffusion Terrascope Sentinel-1 en GeoTIFF à 3 bandes (Float32) en décibels : bande 1 VV, bande 2 VH, bande 3 le rapport VV/VH (VV - VH en dB), tels que la visionneuse de Terrascope les affiche en rouge, vert et bleu. Indiquez l'image VV du produit (ou n'importe quelle image du produit : ses VV et VH sont trouvées à côté), ou une image VV et une image VH. Que les fichiers contiennent des valeurs linéaires ou des décibels, leur valeur de non-donnée et leur échelle sont lues dans les fichiers. Travaille bloc par bloc, de sorte qu'une scène entière utilise peu de mémoire ; les non-données sont NaN. Les entrées sont seulement lues ; un fichier de sortie existant n'est remplacé que si « Remplacer un fichier de sortie existant » est coché.</translation>
    </message>
    <message>
        <source>VV image (or any image of the product)</source>
        <translation>Image VV (ou n'importe quelle image du produit)</translation>
    </message>
    <message>
        <source>VH image (empty: the product&apos;s own, beside the input)</source>
        <translation>Image VH (vide : celle du produit, à côté de l'entrée)</translation>
    </message>
    <message>
        <source>Composite (dB)</source>
        <translation>Composition colorée (dB)</translation>
    </message>
    <message>
        <source>{name}: {units} ({reason})</source>
        <translation>{name} : {units} ({reason})</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not named like the image of a Terrascope Sentinel-1 backscatter product (such as {example}): give its VH image too.</source>
        <translation>« {name} » n'est pas nommé comme l'image d'un produit de rétrodiffusion Terrascope Sentinel-1 (tel que {example}) : indiquez aussi son image VH.</translation>
    </message>
    <message>
        <source>The product&apos;s {band} image ({name}.tif) is not beside &apos;{input}&apos;: give it as an input.</source>
        <translation>L'image {band} du produit ({name}.tif) n'est pas à côté de « {input} » : indiquez-la comme entrée.</translation>
    </message>
    <message>
        <source>coherence</source>
        <translation>cohérence</translation>
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
    <message>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Valid pixels</source>
        <translation>Pixels valides</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>{content} (digital numbers)</source>
        <translation>{content} (comptes numériques)</translation>
    </message>
    <message>
        <source>{fields} features, {kept} dates kept, {masked} masked, {failed} failed.</source>
        <translation>{fields} entités, {kept} dates gardées, {masked} masquées, {failed} en échec.</translation>
    </message>
    <message>
        <source>feature {id}</source>
        <translation>entité {id}</translation>
    </message>
    <message>
        <source>{content}: filled = kept, hollow = masked (too few valid pixels), x = no value</source>
        <translation>{content} : plein = gardée, creux = masquée (trop peu de pixels valides), x = pas de valeur</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>pas de valeur</translation>
    </message>
    <message>
        <source>{label}, {date}: {value} ({status}, {valid} of {total} pixels valid)</source>
        <translation>{label}, {date} : {value} ({status}, {valid} pixels valides sur {total})</translation>
    </message>
    <message>
        <source>Export the time series as CSV</source>
        <translation>Exporter la série temporelle en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>the first {count} of {total} features drawn; the table holds them all</source>
        <translation>les {count} premières entités sur {total} dessinées ; le tableau les contient toutes</translation>
    </message>
    <message>
        <source>Folder of products</source>
        <translation>Dossier des produits</translation>
    </message>
    <message>
        <source>point {x}, {y}</source>
        <translation>point {x}, {y}</translation>
    </message>
    <message>
        <source>Choose a layer of points or fields first.</source>
        <translation>Choisissez d'abord une couche de points ou de parcelles.</translation>
    </message>
    <message>
        <source>Select the points or fields of &apos;{layer}&apos; to follow (none is selected).</source>
        <translation>Sélectionnez les points ou les parcelles de « {layer} » à suivre (aucun n'est sélectionné).</translation>
    </message>
    <message>
        <source>No {content} product is loaded in the project: load some, or choose a folder.</source>
        <translation>Aucun produit {content} n'est chargé dans le projet : chargez-en, ou choisissez un dossier.</translation>
    </message>
    <message>
        <source>Choose the folder that holds the {content} products.</source>
        <translation>Choisissez le dossier qui contient les produits {content}.</translation>
    </message>
    <message>
        <source>Computing the time series of {count} feature(s)…</source>
        <translation>Calcul de la série temporelle de {count} entité(s)…</translation>
    </message>
    <message>
        <source>({count} more in the log)</source>
        <translation>({count} de plus dans le journal)</translation>
    </message>
    <message>
        <source>{count} dates of {content}.</source>
        <translation>{count} dates de {content}.</translation>
    </message>
    <message>
        <source>Not saved: {fields}.</source>
        <translation>Non enregistré : {fields}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a regular file (a pipe, a device or a socket): reading it could wait for ever. Choose an image file.</source>
        <translation>'{name}' n'est pas un fichier ordinaire (un tube, un périphérique ou un socket) : sa lecture pourrait attendre indéfiniment. Choisissez un fichier image.</translation>
    </message>
    <message>
        <source>None of the catalogue&apos;s results is a {content} product: search a {content} collection in the Catalogue tab, or follow another content.</source>
        <translation>Aucun des résultats du catalogue n'est un produit {content} : recherchez une collection {content} dans l'onglet Catalogue, ou suivez un autre contenu.</translation>
    </message>
    <message>
        <source>The Catalogue tab lists no product: search the catalogue there first.</source>
        <translation>L'onglet Catalogue ne liste aucun produit : recherchez d'abord dans le catalogue.</translation>
    </message>
    <message>
        <source>The {what} {value} holds &apos;%&apos;, which QGIS cannot keep in a layer source: QGIS 3.34 and later read it back changed.</source>
        <translation>{what} : la valeur {value} contient « % », que QGIS ne peut pas conserver dans une source de couche : QGIS 3.34 et versions ultérieures la relisent modifiée.</translation>
    </message>
    <message>
        <source>The {what} {value} holds &apos;{escape}&apos;, which QGIS cannot keep in a layer source: it would reach the server changed.</source>
        <translation>{what} : la valeur {value} contient « {escape} », que QGIS ne peut pas conserver dans une source de couche : elle parviendrait modifiée au serveur.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>The collections the catalogue lists</source>
        <translation>Les collections que le catalogue liste</translation>
    </message>
    <message>
        <source>Read the catalogue&apos;s collections again</source>
        <translation>Relire les collections du catalogue</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <source>Sentinel-2 tile ids, separated by spaces (the panel&apos;s tile by default)</source>
        <translation>Identifiants de tuiles Sentinel-2, séparés par des espaces (par défaut la tuile du panneau)</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <source>Search the map&apos;s current extent instead of tiles</source>
        <translation>Rechercher dans l'emprise actuelle de la carte plutôt que dans des tuiles</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Clouds at most</source>
        <translation>Nuages au plus</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Quicklook of the chosen product</source>
        <translation>Aperçu du produit choisi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Download the chosen products (or open them where they are) and add them to the map in physical units</source>
        <translation>Télécharger les produits choisis (ou les ouvrir sur place) et les ajouter à la carte en unités physiques</translation>
    </message>
    <message>
        <source>Footprints on the map</source>
        <translation>Emprises sur la carte</translation>
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
    <message>
        <source>Catalogue (STAC)</source>
        <translation>Catalogue (STAC)</translation>
    </message>
    <message>
        <source>Catalogue address</source>
        <translation>Adresse du catalogue</translation>
    </message>
    <message>
        <source>A STAC API: Terrascope&apos;s (https://stac.terrascope.be/) or another</source>
        <translation>Une API STAC : celle de Terrascope (https://stac.terrascope.be/) ou une autre</translation>
    </message>
    <message>
        <source>Login for downloads</source>
        <translation>Identifiant pour les téléchargements</translation>
    </message>
    <message>
        <source>Send the login only to</source>
        <translation>N'envoyer l'identifiant qu'à</translation>
    </message>
    <message>
        <source>The download server (scheme, host and port, such as https://services.terrascope.be): the login goes to no other address, not even after a redirect</source>
        <translation>Le serveur de téléchargement (schéma, hôte et port, comme https://services.terrascope.be) : l'identifiant ne va à aucune autre adresse, pas même après une redirection</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
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
    <message>
        <source>Hide the dates whose product on the tile is cloudier than this (the catalogue&apos;s cloud cover)</source>
        <translation>Masquer les dates dont le produit sur la tuile est plus nuageux que ceci (la couverture nuageuse du catalogue)</translation>
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
        <translation>Les couches Sentinel-2 et Sentinel-1 proposées par le service</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>The products of that content in a folder and its subfolders, found by their names</source>
        <translation>Les produits de ce contenu dans un dossier et ses sous-dossiers, trouvés d'après leur nom</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The products loaded in the project</source>
        <translation>Les produits chargés dans le projet</translation>
    </message>
    <message>
        <source>Clouds (scene classification)</source>
        <translation>Nuages (classification de scène)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Widen masks by</source>
        <translation>Élargir les masques de</translation>
    </message>
    <message>
        <source>Also mask the pixels this close to a masked class (cloud edges the classification missed)</source>
        <translation>Masquer aussi les pixels aussi proches d'une classe masquée (bords de nuages que la classification a manqués)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Masked below</source>
        <translation>Masquée sous</translation>
    </message>
    <message>
        <source>A date with fewer valid pixels than this share of the field is shown as masked</source>
        <translation>Une date avec moins de pixels valides que cette part de la parcelle est montrée masquée</translation>
    </message>
    <message>
        <source> % valid pixels</source>
        <translation> % de pixels valides</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Click a point on the map: its series is drawn</source>
        <translation>Cliquez sur un point de la carte : sa série est dessinée</translation>
    </message>
    <message>
        <source>Pick a point on the map</source>
        <translation>Choisir un point sur la carte</translation>
    </message>
    <message>
        <source>A layer of points or polygons (fields)</source>
        <translation>Une couche de points ou de polygones (parcelles)</translation>
    </message>
    <message>
        <source>The series of the layer&apos;s selected features</source>
        <translation>La série des entités sélectionnées de la couche</translation>
    </message>
    <message>
        <source>Selected features</source>
        <translation>Entités sélectionnées</translation>
    </message>
    <message>
        <source>The products listed in the Catalogue tab: opened where they are, or downloaded to the download folder (only this content and its scene classification)</source>
        <translation>Les produits listés dans l'onglet Catalogue : ouverts là où ils sont, ou téléchargés dans le dossier de téléchargement (seulement ce contenu et sa classification de scène)</translation>
    </message>
    <message>
        <source>The results of the Catalogue tab</source>
        <translation>Les résultats de l'onglet Catalogue</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>The chart needs matplotlib. On Debian or Ubuntu: sudo apt install python3-matplotlib, then restart QGIS (on Windows and macOS it comes with QGIS). The table and the CSV export work without it.</source>
        <translation>Le graphique a besoin de matplotlib. Sous Debian ou Ubuntu : sudo apt install python3-matplotlib, puis redémarrez QGIS (sous Windows et macOS il est fourni avec QGIS). Le tableau et l'export CSV fonctionnent sans lui.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
</context>
</TS>
