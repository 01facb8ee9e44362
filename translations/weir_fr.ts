<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NodeCatalog</name>
    <message>
        <source>Event generator</source>
        <translation>Générateur d’événements</translation>
    </message>
    <message>
        <source>Generates synthetic user_events as JSON (event_id, user_id, event_type, timestamp, properties) at a chosen rate, with skewed users and a controlled share of out-of-order, late and malformed events.</source>
        <translation>Génère des user_events synthétiques en JSON (event_id, user_id, event_type, timestamp, properties) au débit choisi, avec une répartition inégale des utilisateurs et une part maîtrisée d’événements désordonnés, en retard ou malformés.</translation>
    </message>
    <message>
        <source>Raw records: key and value (the JSON text of one event).</source>
        <translation>Enregistrements bruts&#xa0;: clé et valeur (le texte JSON d’un événement).</translation>
    </message>
    <message>
        <source>Random seed. The same seed and parameters produce the same events.</source>
        <translation>Graine aléatoire. Une même graine avec les mêmes paramètres produit les mêmes événements.</translation>
    </message>
    <message>
        <source>Events generated per second of wall-clock time; 0 generates as fast as the pipeline consumes.</source>
        <translation>Événements générés par seconde de temps réel&#xa0;; 0 génère aussi vite que le pipeline consomme.</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>événements/s</translation>
    </message>
    <message>
        <source>Total number of events to generate, then stop; 0 runs forever.</source>
        <translation>Nombre total d’événements à générer avant de s’arrêter&#xa0;; 0&#xa0;: sans limite.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>Number of distinct user_id values.</source>
        <translation>Nombre de valeurs distinctes de user_id.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>Skew exponent of the user_id distribution (Zipf); 0 is uniform, larger values make a few users very active.</source>
        <translation>Exposant d’asymétrie de la distribution de user_id (Zipf)&#xa0;; 0 donne une distribution uniforme, des valeurs plus grandes rendent quelques utilisateurs très actifs.</translation>
    </message>
    <message>
        <source>Relative weight of each event_type value; weights need not add up to 100.</source>
        <translation>Poids relatif de chaque valeur d’event_type&#xa0;; la somme des poids n’a pas besoin de faire 100.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>Events per second of event time, i.e. how fast the event clock advances; 0 follows rate (or 10000 when rate is unlimited).</source>
        <translation>Événements par seconde de temps d’événement, c.-à-d. la vitesse à laquelle avance l’horloge des événements&#xa0;; 0 suit rate (ou 10000 si rate est illimité).</translation>
    </message>
    <message>
        <source>Fraction of events whose timestamp is shifted back by up to `disorder`. out_of_order + late + malformed is at most 1.</source>
        <translation>Fraction des événements dont l’horodatage est reculé d’au plus `disorder`. out_of_order + late + malformed vaut au plus 1.</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
    <message>
        <source>Largest shift back in event time of an out-of-order event.</source>
        <translation>Recul maximal, en temps d’événement, d’un événement désordonné.</translation>
    </message>
    <message>
        <source>Fraction of events that arrive `lateness` behind the event clock.</source>
        <translation>Fraction des événements qui arrivent avec `lateness` de retard sur l’horloge des événements.</translation>
    </message>
    <message>
        <source>How far behind the event clock late events are.</source>
        <translation>Retard des événements tardifs par rapport à l’horloge des événements.</translation>
    </message>
    <message>
        <source>Fraction of events written as broken JSON, to exercise error handling.</source>
        <translation>Fraction des événements écrits en JSON invalide, pour tester la gestion des erreurs.</translation>
    </message>
    <message>
        <source>Event time of the first event: &quot;now&quot; or an ISO-8601 time between 1970 and 9000 such as &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; is resolved once and kept in the checkpoint, so a restart regenerates identical events.</source>
        <translation>Temps d’événement du premier événement&#xa0;: &quot;now&quot; ou une date ISO-8601 entre 1970 et 9000, p.&#xa0;ex. &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; est résolu une seule fois et conservé dans le checkpoint&#xa0;: un redémarrage régénère donc des événements identiques.</translation>
    </message>
    <message>
        <source>File source</source>
        <translation>Source fichier</translation>
    </message>
    <message>
        <source>Reads newline-delimited JSON (NDJSON): one record per line.</source>
        <translation>Lit du JSON délimité par des retours à la ligne (NDJSON)&#xa0;: un enregistrement par ligne.</translation>
    </message>
    <message>
        <source>Raw records: key (empty) and value (the text of one line).</source>
        <translation>Enregistrements bruts&#xa0;: clé (vide) et valeur (le texte d’une ligne).</translation>
    </message>
    <message>
        <source>The NDJSON file to read.</source>
        <translation>Le fichier NDJSON à lire.</translation>
    </message>
    <message>
        <source>Keep reading lines appended to the file (like tail -f) instead of stopping at its end.</source>
        <translation>Continuer à lire les lignes ajoutées au fichier (comme tail -f) au lieu de s’arrêter à sa fin.</translation>
    </message>
    <message>
        <source>How often a followed file is checked for new lines.</source>
        <translation>Fréquence de vérification des nouvelles lignes dans un fichier suivi.</translation>
    </message>
    <message>
        <source>Read at most this many records per second (0: as fast as the pipeline goes).</source>
        <translation>Lire au plus ce nombre d’enregistrements par seconde (0&#xa0;: aussi vite que le pipeline).</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>enreg./s</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Topic Kafka</translation>
    </message>
    <message>
        <source>Reads the partitions of one or more Kafka topics. By default every partition, with the checkpoint owning the positions (exactly once); in subscribe mode the consumer group splits the partitions among its members. The group&apos;s offsets follow each committed batch so monitoring tools see the progress.</source>
        <translation>Lit les partitions d’un ou plusieurs topics Kafka. Par défaut, toutes les partitions, dont le checkpoint gère les positions (exactly once)&#xa0;; en mode subscribe, le groupe de consommateurs répartit les partitions entre ses membres. Les offsets du groupe suivent chaque lot validé, pour que les outils de supervision voient la progression.</translation>
    </message>
    <message>
        <source>Raw records: key (the record key, empty when null) and value.</source>
        <translation>Enregistrements bruts&#xa0;: clé (la clé de l’enregistrement, vide si null) et valeur.</translation>
    </message>
    <message>
        <source>host:port[,host:port...] of the Kafka brokers; &quot;embedded&quot; is the built-in sandbox broker.</source>
        <translation>host:port[,host:port...] des brokers Kafka&#xa0;; &quot;embedded&quot; désigne le broker bac à sable intégré.</translation>
    </message>
    <message>
        <source>The topics to read (at least one); a name starting with ^ is a regular expression matched against the cluster&apos;s topics.</source>
        <translation>Les topics à lire (au moins un)&#xa0;; un nom commençant par ^ est une expression régulière comparée aux topics du cluster.</translation>
    </message>
    <message>
        <source>assign: read every partition, positions in the checkpoint (exactly once). subscribe: join the consumer group and read the partitions it assigns, starting at the group&apos;s committed offsets (several pipelines share the topics; at least once after a crash; no windows).</source>
        <translation>assign&#xa0;: lit toutes les partitions, positions dans le checkpoint (exactly once). subscribe&#xa0;: rejoint le groupe de consommateurs et lit les partitions qu’il attribue, à partir des offsets validés du groupe (plusieurs pipelines se partagent les topics&#xa0;; at least once après un crash&#xa0;; pas de fenêtres).</translation>
    </message>
    <message>
        <source>Consumer group whose offsets follow the committed batches; not set: &quot;weir-&quot; followed by the node id.</source>
        <translation>Groupe de consommateurs dont les offsets suivent les lots validés&#xa0;; non défini&#xa0;: &quot;weir-&quot; suivi de l’id du nœud.</translation>
    </message>
    <message>
        <source>Where a run without checkpoint starts: &quot;earliest&quot;, &quot;latest&quot; or an ISO-8601 time (the first record at or after it).</source>
        <translation>Point de départ d’une exécution sans checkpoint&#xa0;: &quot;earliest&quot;, &quot;latest&quot; ou une date ISO-8601 (le premier enregistrement à cette date ou après).</translation>
    </message>
    <message>
        <source>Explicit start offsets of some partitions, overriding starting_offsets for them: {&quot;topic:partition&quot;: offset}, -2 the earliest and -1 the latest record.</source>
        <translation>Offsets de départ explicites pour certaines partitions, prioritaires sur starting_offsets&#xa0;: {&quot;topic:partition&quot;: offset}, -2 pour le plus ancien enregistrement et -1 pour le plus récent.</translation>
    </message>
    <message>
        <source>Where a run with trigger once stops in some partitions, before the partition&apos;s end: {&quot;topic:partition&quot;: offset}, the first offset not read. With starting_partition_offsets it replays an exact range.</source>
        <translation>Point d’arrêt d’une exécution avec trigger once dans certaines partitions, avant leur fin&#xa0;: {&quot;topic:partition&quot;: offset}, le premier offset non lu. Avec starting_partition_offsets, rejoue une plage exacte.</translation>
    </message>
    <message>
        <source>Commit the consumer group&apos;s offsets as batches commit, so monitoring tools see the progress. Off for replays and previews: the group is left as it was (group_mode assign only).</source>
        <translation>Valider les offsets du groupe de consommateurs à chaque lot validé, pour que les outils de supervision voient la progression. Désactivé pour les rejeux et les aperçus&#xa0;: le groupe reste inchangé (group_mode assign uniquement).</translation>
    </message>
    <message>
        <source>When retention deleted records the checkpoint had not read yet: fail, or continue at the oldest record still kept (the skipped records are counted).</source>
        <translation>Quand la rétention a supprimé des enregistrements que le checkpoint n’avait pas encore lus&#xa0;: échouer, ou reprendre au plus ancien enregistrement encore conservé (les enregistrements sautés sont comptés).</translation>
    </message>
    <message>
        <source>Further librdkafka consumer properties, e.g. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>Propriétés supplémentaires du consommateur librdkafka, p.&#xa0;ex. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Les clés qui exécutent des programmes ou chargent du code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) sont refusées.</translation>
    </message>
    <message>
        <source>Accept config keys that turn TLS verification off (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</source>
        <translation>Accepter les clés de configuration qui désactivent la vérification TLS (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</translation>
    </message>
    <message>
        <source>Read at most this many records per second per partition read (Spark&apos;s maxRatePerPartition; 0: no limit).</source>
        <translation>Lire au plus ce nombre d’enregistrements par seconde et par partition lue (maxRatePerPartition de Spark&#xa0;; 0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>Parse JSON</source>
        <translation>Analyse JSON</translation>
    </message>
    <message>
        <source>Parses the value of each raw record as a JSON object into typed columns. Records that are not JSON, miss a required field or hold a value of the wrong type go to the errors port.</source>
        <translation>Analyse la valeur de chaque enregistrement brut comme un objet JSON et la répartit en colonnes typées. Les enregistrements qui ne sont pas du JSON, auxquels manque un champ obligatoire ou qui contiennent une valeur du mauvais type sont envoyés vers le port errors.</translation>
    </message>
    <message>
        <source>Parsed records with the columns of the schema.</source>
        <translation>Enregistrements analysés, avec les colonnes du schéma.</translation>
    </message>
    <message>
        <source>Records that could not be processed, as dead letters: node, reason, source, partition, offset and the raw value.</source>
        <translation>Enregistrements qui n’ont pas pu être traités, sous forme de lettres mortes&#xa0;: nœud, motif, source, partition, offset et valeur brute.</translation>
    </message>
    <message>
        <source>The fields to extract, in order: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (default true) and a default for optional fields.</source>
        <translation>Les champs à extraire, dans l’ordre&#xa0;: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (true par défaut) et une valeur par défaut pour les champs facultatifs.</translation>
    </message>
    <message>
        <source>Unit of numeric timestamps: epoch milliseconds or seconds. ISO-8601 text is always accepted.</source>
        <translation>Unité des horodatages numériques&#xa0;: millisecondes ou secondes epoch. Le texte ISO-8601 est toujours accepté.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Keeps the records for which an expression is true.</source>
        <translation>Conserve les enregistrements pour lesquels une expression est vraie.</translation>
    </message>
    <message>
        <source>The records that pass the expression.</source>
        <translation>Les enregistrements qui satisfont l’expression.</translation>
    </message>
    <message>
        <source>A condition over the fields, e.g. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Supports = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), arithmetic, true/false/null and parentheses.</source>
        <translation>Une condition sur les champs, p.&#xa0;ex. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Prend en charge = ==&#xa0;!= &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), l’arithmétique, true/false/null et les parenthèses.</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Watermark</translation>
    </message>
    <message>
        <source>Declares the event-time column and how late records may arrive. The watermark is the largest event time seen minus the delay; windows downstream are final once it passes their end.</source>
        <translation>Déclare la colonne de temps d’événement et le retard admis pour les enregistrements. Le watermark est le plus grand temps d’événement vu, moins le délai&#xa0;; les fenêtres en aval sont définitives dès qu’il dépasse leur fin.</translation>
    </message>
    <message>
        <source>The records, now carrying event time and the watermark.</source>
        <translation>Les enregistrements, qui portent désormais le temps d’événement et le watermark.</translation>
    </message>
    <message>
        <source>Records older than the watermark (only when drop_late is true).</source>
        <translation>Enregistrements plus anciens que le watermark (uniquement si drop_late vaut true).</translation>
    </message>
    <message>
        <source>The timestamp field that holds each record&apos;s event time.</source>
        <translation>Le champ horodatage qui contient le temps d’événement de chaque enregistrement.</translation>
    </message>
    <message>
        <source>How late a record may arrive and still be counted (Spark&apos;s withWatermark delay threshold).</source>
        <translation>Retard maximal avec lequel un enregistrement peut arriver et être encore compté (le seuil de délai de withWatermark dans Spark).</translation>
    </message>
    <message>
        <source>Send records older than the watermark to the late port here. When false, the windows downstream decide what is late, as Spark does.</source>
        <translation>Envoyer vers le port late de ce nœud les enregistrements plus anciens que le watermark. Si false, ce sont les fenêtres en aval qui décident de ce qui est en retard, comme dans Spark.</translation>
    </message>
    <message>
        <source>Advance the watermark with the slowest input partition: the smallest of the partitions&apos; largest event times, minus the delay (as Flink aligns its sources). Under trigger once it waits for every partition the run will read. For bounded runs that read partitions in bulk, one after another - replays and previews turn it on - where the records of a partition read later would otherwise be late. A partition that stops sending holds the watermark back, so leave it off for live runs.</source>
        <translation>Faire avancer le watermark au rythme de la partition d’entrée la plus lente&#xa0;: le plus petit des plus grands temps d’événement des partitions, moins le délai (comme Flink aligne ses sources). Avec trigger once, il attend toutes les partitions que l’exécution lira. Utile pour les exécutions bornées qui lisent les partitions en bloc, l’une après l’autre (les rejeux et les aperçus l’activent), où les enregistrements d’une partition lue plus tard seraient sinon en retard. Une partition qui cesse d’émettre retient le watermark&#xa0;: laissez-le désactivé pour les exécutions en continu.</translation>
    </message>
    <message>
        <source>Tumbling window</source>
        <translation>Fenêtre fixe</translation>
    </message>
    <message>
        <source>Aggregates records in fixed, non-overlapping event-time windows aligned to the epoch (Spark&apos;s window(ts, size)).</source>
        <translation>Agrège les enregistrements dans des fenêtres de temps d’événement fixes, sans chevauchement et alignées sur l’epoch (window(ts, size) de Spark).</translation>
    </message>
    <message>
        <source>One row per window and group: window_start, window_end, the group_by fields, then the aggregates.</source>
        <translation>Une ligne par fenêtre et par groupe&#xa0;: window_start, window_end, les champs de group_by, puis les agrégats.</translation>
    </message>
    <message>
        <source>Records that only belong to windows already final (behind the watermark).</source>
        <translation>Enregistrements qui n’appartiennent qu’à des fenêtres déjà définitives (derrière le watermark).</translation>
    </message>
    <message>
        <source>Length of each window, e.g. &quot;10 minutes&quot;.</source>
        <translation>Durée de chaque fenêtre, p.&#xa0;ex. &quot;10 minutes&quot;.</translation>
    </message>
    <message>
        <source>Fields to group by within each window; empty aggregates all records.</source>
        <translation>Champs de regroupement dans chaque fenêtre&#xa0;; vide, tous les enregistrements sont agrégés ensemble.</translation>
    </message>
    <message>
        <source>The aggregates to compute: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (optional for count), as (the output column) and q (0 &lt; q &lt; 1, for percentile). Empty counts the records.</source>
        <translation>Les agrégats à calculer&#xa0;: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (facultatif pour count), as (la colonne de sortie) et q (0 &lt; q &lt; 1, pour percentile). Vide, compte les enregistrements.</translation>
    </message>
    <message>
        <source>append emits each window once, when the watermark passes its end; update emits the windows that changed in each batch; complete emits every window in each batch.</source>
        <translation>append émet chaque fenêtre une seule fois, quand le watermark dépasse sa fin&#xa0;; update émet à chaque lot les fenêtres modifiées&#xa0;; complete émet toutes les fenêtres à chaque lot.</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <source>Aggregates records in overlapping event-time windows of a fixed size that start every slide (Spark&apos;s window(ts, size, slide)).</source>
        <translation>Agrège les enregistrements dans des fenêtres de temps d’événement de taille fixe qui se chevauchent et commencent à chaque intervalle slide (window(ts, size, slide) de Spark).</translation>
    </message>
    <message>
        <source>How far each window starts after the previous one; at most size. Every record belongs to size/slide windows (at most 1000).</source>
        <translation>Décalage du début de chaque fenêtre par rapport à la précédente&#xa0;; au plus size. Chaque enregistrement appartient à size/slide fenêtres (1000 au plus).</translation>
    </message>
    <message>
        <source>Session window</source>
        <translation>Fenêtre de session</translation>
    </message>
    <message>
        <source>Aggregates bursts of activity per group: a session lasts until no record arrives for gap (Spark&apos;s session_window(ts, gap)).</source>
        <translation>Agrège les rafales d’activité par groupe&#xa0;: une session dure jusqu’à ce qu’aucun enregistrement n’arrive pendant gap (session_window(ts, gap) de Spark).</translation>
    </message>
    <message>
        <source>A session closes after this long without a record of its group.</source>
        <translation>Une session se ferme après cette durée sans enregistrement de son groupe.</translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation>Table SQLite</translation>
    </message>
    <message>
        <source>Writes records to a SQLite table (WAL mode), exactly once: each batch commits together with its batch id.</source>
        <translation>Écrit les enregistrements dans une table SQLite (mode WAL), exactly once&#xa0;: chaque lot est validé en même temps que son identifiant de lot.</translation>
    </message>
    <message>
        <source>The database file; created if missing.</source>
        <translation>Le fichier de base de données&#xa0;; créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>The table to write; created from the input schema if missing.</source>
        <translation>La table où écrire&#xa0;; créée à partir du schéma d’entrée si elle n’existe pas.</translation>
    </message>
    <message>
        <source>upsert replaces the row with the same key (like MERGE); append inserts every record.</source>
        <translation>upsert remplace la ligne de même clé (comme MERGE)&#xa0;; append insère chaque enregistrement.</translation>
    </message>
    <message>
        <source>The fields forming the primary key for upsert; empty uses the input&apos;s natural key (window_start, window_end and the group_by fields of a window).</source>
        <translation>Les champs qui forment la clé primaire pour upsert&#xa0;; vide, la clé naturelle de l’entrée est utilisée (window_start, window_end et les champs group_by d’une fenêtre).</translation>
    </message>
    <message>
        <source>File sink</source>
        <translation>Destination fichier</translation>
    </message>
    <message>
        <source>Appends records to a file as newline-delimited JSON.</source>
        <translation>Ajoute les enregistrements à un fichier, en JSON délimité par des retours à la ligne.</translation>
    </message>
    <message>
        <source>The file to append to; created if missing.</source>
        <translation>Le fichier auquel ajouter&#xa0;; créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>The file format: one JSON object per line.</source>
        <translation>Le format du fichier&#xa0;: un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Prints records to standard output, like Spark&apos;s console sink.</source>
        <translation>Affiche les enregistrements sur la sortie standard, comme le sink console de Spark.</translation>
    </message>
    <message>
        <source>Rows printed per batch; 0 prints all.</source>
        <translation>Lignes affichées par lot&#xa0;; 0 les affiche toutes.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>table prints aligned columns; json prints one object per line.</source>
        <translation>table affiche des colonnes alignées&#xa0;; json affiche un objet par ligne.</translation>
    </message>
    <message>
        <source>Produces each record to a Kafka topic as a JSON object (or one field&apos;s text, with value_field). A batch commits once Kafka acknowledged all of its records (acks=all, idempotent producer). At least once: a batch replayed after a crash is produced again - unless transactional_id is set, which makes each batch one Kafka transaction and the output exactly once.</source>
        <translation>Produit chaque enregistrement dans un topic Kafka sous forme d’objet JSON (ou du texte d’un champ, avec value_field). Un lot est validé quand Kafka a acquitté tous ses enregistrements (acks=all, producteur idempotent). At least once&#xa0;: un lot rejoué après un crash est produit à nouveau, sauf si transactional_id est défini&#xa0;: chaque lot devient alors une transaction Kafka et la sortie est exactly once.</translation>
    </message>
    <message>
        <source>The topic to produce to.</source>
        <translation>Le topic dans lequel produire.</translation>
    </message>
    <message>
        <source>The field whose value, as text, is the record key (records with the same key go to the same partition); not set produces without keys.</source>
        <translation>Le champ dont la valeur, sous forme de texte, sert de clé d’enregistrement (les enregistrements de même clé vont dans la même partition)&#xa0;; non défini, produit sans clé.</translation>
    </message>
    <message>
        <source>The field whose text is the record value, produced verbatim (e.g. &quot;value&quot; to pass a source&apos;s raw records through unchanged); not set produces the whole row as a JSON object.</source>
        <translation>Le champ dont le texte sert de valeur d’enregistrement, produit tel quel (p.&#xa0;ex. &quot;value&quot; pour transmettre sans modification les enregistrements bruts d’une source)&#xa0;; non défini, produit la ligne entière sous forme d’objet JSON.</translation>
    </message>
    <message>
        <source>Compression of the produced record batches.</source>
        <translation>Compression des lots d’enregistrements produits.</translation>
    </message>
    <message>
        <source>How records choose a partition: murmur2_random hashes the key like the Java client and spreads keyless records at random; skew_aware does the same but spreads each hot key over hot_key_partitions partitions (per-key order is given up for hot keys only).</source>
        <translation>Choix de la partition de chaque enregistrement&#xa0;: murmur2_random hache la clé comme le client Java et répartit au hasard les enregistrements sans clé&#xa0;; skew_aware fait de même mais répartit chaque clé chaude sur hot_key_partitions partitions (l’ordre par clé n’est abandonné que pour les clés chaudes).</translation>
    </message>
    <message>
        <source>skew_aware: a key is hot while it makes up at least this share of the recent keyed records (a heavy-hitters sketch with decay finds it).</source>
        <translation>skew_aware&#xa0;: une clé est chaude tant qu’elle représente au moins cette part des enregistrements récents avec clé (un sketch heavy hitters avec décroissance la détecte).</translation>
    </message>
    <message>
        <source>skew_aware: the partitions each hot key is spread over, starting at its murmur2 partition (capped by the topic&apos;s partition count).</source>
        <translation>skew_aware&#xa0;: le nombre de partitions sur lesquelles chaque clé chaude est répartie, à partir de sa partition murmur2 (plafonné au nombre de partitions du topic).</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>partitions</translation>
    </message>
    <message>
        <source>Makes each batch one Kafka transaction with this transactional.id, for exactly-once Kafka-to-Kafka pipelines (consumers must read with isolation.level=read_committed); not set: idempotent, at least once. Unique per pipeline instance.</source>
        <translation>Fait de chaque lot une transaction Kafka avec ce transactional.id, pour des pipelines Kafka vers Kafka exactly once (les consommateurs doivent lire avec isolation.level=read_committed)&#xa0;; non défini&#xa0;: idempotent, at least once. Unique par instance de pipeline.</translation>
    </message>
    <message>
        <source>Further librdkafka producer properties, e.g. {&quot;linger.ms&quot;: &quot;20&quot;}; applied last, so they override the defaults. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>Propriétés supplémentaires du producteur librdkafka, p.&#xa0;ex. {&quot;linger.ms&quot;: &quot;20&quot;}&#xa0;; appliquées en dernier, elles remplacent les valeurs par défaut. Les clés qui exécutent des programmes ou chargent du code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) sont refusées.</translation>
    </message>
    <message>
        <source>When batches run: processing_time starts one every interval; once (or available_now) processes what is available and stops; continuous runs the next batch as soon as the previous ends, for low latency.</source>
        <translation>Cadence d’exécution des lots&#xa0;: processing_time en lance un à chaque interval&#xa0;; once (ou available_now) traite ce qui est disponible puis s’arrête&#xa0;; continuous lance le lot suivant dès la fin du précédent, pour une faible latence.</translation>
    </message>
    <message>
        <source>Time between batch starts with the processing_time trigger; 0 runs batches back to back.</source>
        <translation>Intervalle entre les débuts de lots avec le déclencheur processing_time&#xa0;; 0 enchaîne les lots sans pause.</translation>
    </message>
    <message>
        <source>Most records taken into one micro-batch.</source>
        <translation>Nombre maximal d’enregistrements pris dans un micro-lot.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>Records buffered between the sources and the engine; sources pause when it is full (backpressure).</source>
        <translation>Enregistrements mis en file d’attente entre les sources et le moteur&#xa0;; les sources se mettent en pause quand la file est pleine (contre-pression).</translation>
    </message>
    <message>
        <source>Checkpoint file (offsets and operator state) for exactly-once restarts; not set runs without a checkpoint.</source>
        <translation>Fichier de checkpoint (offsets et état des opérateurs) pour des redémarrages exactly once&#xa0;; non défini, l’exécution se fait sans checkpoint.</translation>
    </message>
    <message>
        <source>host:port where Prometheus metrics are served.</source>
        <translation>host:port où les métriques Prometheus sont exposées.</translation>
    </message>
    <message>
        <source>Alert when the consumer lag (the oldest unread record&apos;s age, worst partition) stays above this many seconds. Not set: no lag alert.</source>
        <translation>Alerte lorsque le lag de consommation (âge du plus ancien enregistrement non lu, pire partition) reste au-dessus de ce nombre de secondes. Non défini&#xa0;: pas d’alerte de lag.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Alert when more than this share of the input goes to errors ports. Not set: no error alert.</source>
        <translation>Alerte lorsque plus de cette part de l’entrée part vers les ports errors. Non défini&#xa0;: pas d’alerte d’erreurs.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Alert when the end-to-end p99 latency (read to committed) stays above this. Not set: no latency alert.</source>
        <translation>Alerte lorsque la latence p99 de bout en bout (de la lecture à la validation) reste au-dessus de cette valeur. Non défini&#xa0;: pas d’alerte de latence.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a value must stay above its threshold before the alert fires (as a Prometheus rule&apos;s for:). Not set: at once.</source>
        <translation>Durée pendant laquelle une valeur doit rester au-dessus de son seuil avant que l’alerte ne se déclenche (comme le for: d’une règle Prometheus). Non défini&#xa0;: immédiatement.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, table %3)</source>
        <translation>%1 (%2, table %3)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The worker&apos;s Prometheus endpoint: weir-run serves it at the pipeline&apos;s metrics_addr</source>
        <translation>Le point de terminaison Prometheus du worker&#xa0;: weir-run l’expose à l’adresse metrics_addr du pipeline</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Change pipeline settings</source>
        <translation>Modifier les paramètres du pipeline</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Weir: design, run and watch data pipelines.</source>
        <translation>Weir&#xa0;: concevez, exécutez et surveillez des pipelines de données.</translation>
    </message>
    <message>
        <source>A *.weir.json to open.</source>
        <translation>Un fichier *.weir.json à ouvrir.</translation>
    </message>
    <message>
        <source>Open a template (e.g. user_events).</source>
        <translation>Ouvrir un modèle (p.&#xa0;ex. user_events).</translation>
    </message>
    <message>
        <source>Start running.</source>
        <translation>Lancer l’exécution.</translation>
    </message>
    <message>
        <source>Where unsaved pipelines write their relative paths.</source>
        <translation>Dossier de base des chemins relatifs des pipelines non enregistrés.</translation>
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation>Enregistrer la fenêtre en PNG, puis quitter.</translation>
    </message>
    <message>
        <source>Seconds of running before the screenshot.</source>
        <translation>Secondes d’exécution avant la capture d’écran.</translation>
    </message>
    <message>
        <source>Colours for this session: system, light, dark.</source>
        <translation>Couleurs pour cette session&#xa0;: system, light, dark.</translation>
    </message>
    <message>
        <source>Language of the window: system, en, de, fr, es, ja, zh_CN (default: as chosen in View &gt; Language).</source>
        <translation>Langue de l’interface&#xa0;: system, en, de, fr, es, ja, zh_CN (par défaut&#xa0;: celle choisie dans Affichage &gt; Langue).</translation>
    </message>
    <message>
        <source>Select a node and show its properties.</source>
        <translation>Sélectionner un nœud et afficher ses propriétés.</translation>
    </message>
</context>
<context>
    <name>weir::AboutDialog</name>
    <message>
        <source>Design, run, watch and debug real-time data pipelines.</source>
        <translation>Concevez, exécutez, surveillez et déboguez des pipelines de données en temps réel.</translation>
    </message>
    <message>
        <source>About Weir</source>
        <translation>À propos de Weir</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, %3.</source>
        <translation>Compilé avec Qt %1, exécuté sur Qt %2, %3.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliothèques et leurs licences</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Copier les infos de version</translation>
    </message>
    <message>
        <source>Weir is built on these libraries:</source>
        <translation>Weir repose sur ces bibliothèques&#xa0;:</translation>
    </message>
</context>
<context>
    <name>weir::AggregatesTable</name>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>The input field; empty counts rows</source>
        <translation>Le champ d’entrée&#xa0;; vide, compte les lignes</translation>
    </message>
    <message>
        <source>The quantile of a percentile, 0 &lt; q &lt; 1</source>
        <translation>Le quantile d’un percentile, 0 &lt; q &lt; 1</translation>
    </message>
    <message>
        <source>The output column; empty: named after fn and field</source>
        <translation>La colonne de sortie&#xa0;; vide&#xa0;: nommée d’après fn et field</translation>
    </message>
</context>
<context>
    <name>weir::AlertBanner</name>
    <message>
        <source>Firing alerts</source>
        <translation>Alertes déclenchées</translation>
    </message>
</context>
<context>
    <name>weir::BoolParamEdit</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>weir::BoundedRun</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is still running: cancel it first</source>
        <translation>%1 toujours en cours&#xa0;: annulez d’abord cette opération</translation>
    </message>
    <message>
        <source>%1 cancelled: the results hold what was read until then</source>
        <translation>Annulation (%1)&#xa0;: les résultats contiennent ce qui a été lu jusque-là</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionCheck</name>
    <message>
        <source>dead letters</source>
        <translation>lettres mortes</translation>
    </message>
    <message>
        <source>raw records</source>
        <translation>enregistrements bruts</translation>
    </message>
    <message>
        <source>records parsed by &apos;%1&apos;</source>
        <translation>enregistrements analysés par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos;</source>
        <translation>les lignes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>aucun nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown node type &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» a un type de nœud inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation>un nœud ne peut pas s’alimenter lui-même</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a sink (%2): sinks have no outputs</source>
        <translation>«&#xa0;%1&#xa0;» est une destination (%2)&#xa0;: les destinations n’ont pas de sortie</translation>
    </message>
    <message>
        <source>%1 has no port &apos;%2&apos;; its ports: %3</source>
        <translation>%1 n’a pas de port «&#xa0;%2&#xa0;»&#xa0;; ses ports&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a source (%2) and takes no input</source>
        <translation>«&#xa0;%1&#xa0;» est une source (%2) et n’accepte aucune entrée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already fed by %2 with %3; %4 carries %5, and all inputs of a node must carry the same records</source>
        <translation>«&#xa0;%1&#xa0;» est déjà alimenté par %2 avec %3&#xa0;; %4 transporte %5, et toutes les entrées d’un nœud doivent transporter les mêmes enregistrements</translation>
    </message>
    <message>
        <source>%1 already feeds &apos;%2&apos;</source>
        <translation>%1 alimente déjà «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>this would close a cycle: %1 -&gt; %2; records must flow from sources to sinks</source>
        <translation>cela fermerait un cycle&#xa0;: %1 -&gt; %2&#xa0;; les enregistrements doivent circuler des sources vers les destinations</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionDrag</name>
    <message>
        <source>Reconnect %1.%2 to %3</source>
        <translation>Reconnecter %1.%2 à %3</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterPanel</name>
    <message>
        <source>Dead-letter store</source>
        <translation>Stockage des lettres mortes</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Stockage&#xa0;:</translation>
    </message>
    <message>
        <source>%1. Nothing was removed from the store.</source>
        <translation>%1. Rien n’a été retiré du stockage.</translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s) into the pipeline&apos;s sinks</source>
        <translation>
            <numerusform>%n lettre réinjectée dans les destinations du pipeline</numerusform>
            <numerusform>%n lettres réinjectées dans les destinations du pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed again and are back in the store with their new reason</source>
        <translation>
            <numerusform>&#xa0;; %n a échoué de nouveau et est revenue dans le stockage avec son nouveau motif</numerusform>
            <numerusform>&#xa0;; %n ont échoué de nouveau et sont revenues dans le stockage avec leur nouveau motif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be re-driven (see the log)</source>
        <translation>
            <numerusform>&#xa0;; %n n’a pas pu être réinjectée (voir le journal)</numerusform>
            <numerusform>&#xa0;; %n n’ont pas pu être réinjectées (voir le journal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s), but could not remove them from the store: %1</source>
        <translation>
            <numerusform>%n lettre réinjectée, mais impossible de la retirer du stockage&#xa0;: %1</numerusform>
            <numerusform>%n lettres réinjectées, mais impossible de les retirer du stockage&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters are kept: wire a parser&apos;s errors port to a file or SQLite sink to keep them.</source>
        <translation>Aucune lettre morte n’est conservée&#xa0;: reliez le port errors d’un parseur à une destination fichier ou SQLite pour les conserver.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n lettre morte</numerusform>
            <numerusform>%n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the dead letters: %1</source>
        <translation>Impossible de lire les lettres mortes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-driving %n letter(s)…</source>
        <translation>
            <numerusform>Réinjection de %n lettre…</numerusform>
            <numerusform>Réinjection de %n lettres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 of %2 not re-driven: %3</source>
        <translation>Lettre morte %1 sur %2 non réinjectée&#xa0;: %3</translation>
    </message>
    <message>
        <source>None of the selected letters can be re-driven (see the log)</source>
        <translation>Aucune des lettres sélectionnées ne peut être réinjectée (voir le journal)</translation>
    </message>
    <message>
        <source>Cannot re-drive: %1</source>
        <translation>Réinjection impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-drive</source>
        <translation>Réinjection</translation>
    </message>
    <message>
        <source> The sinks&apos; batch markers could not be put back (%1): a run with a checkpoint may skip its next batch there.</source>
        <translation> Les marqueurs de lot des destinations n’ont pas pu être restaurés (%1)&#xa0;: une exécution avec checkpoint risque d’y sauter son prochain lot.</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterView</name>
    <message>
        <source>Re-drive selected</source>
        <translation>Réinjecter la sélection</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Send the selected records through the pipeline again, into its real sinks, and remove them from this store; those that fail again come back with their new reason</source>
        <translation>Renvoyer les enregistrements sélectionnés dans le pipeline, vers ses vraies destinations, et les retirer de ce stockage&#xa0;; ceux qui échouent de nouveau reviennent avec leur nouveau motif</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Original bytes as text</source>
        <translation>Octets d’origine en texte</translation>
    </message>
    <message>
        <source>Original bytes in hex</source>
        <translation>Octets d’origine en hexadécimal</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Provenance&#xa0;:</translation>
    </message>
    <message>
        <source>1 dead letter</source>
        <translation>1 lettre morte</translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation>%1 lettres mortes</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Re-drive selected (%1)</source>
        <translation>Réinjecter la sélection (%1)</translation>
    </message>
    <message>
        <source>Select a letter to see its original bytes.</source>
        <translation>Sélectionnez une lettre pour voir ses octets d’origine.</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(source inconnue)</translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation>ligne %1 de la table %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1, partition %2, offset %3 — stored by %4, %5</source>
        <translation>%1, partition %2, offset %3 — stockée par %4, %5</translation>
    </message>
</context>
<context>
    <name>weir::DesignerActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty pipeline</source>
        <translation>Commencer un pipeline vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a *.weir.json pipeline</source>
        <translation>Ouvrir un pipeline *.weir.json</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the pipeline</source>
        <translation>Enregistrer le pipeline</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the pipeline under a new name</source>
        <translation>Enregistrer le pipeline sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Weir</source>
        <translation>Quitter Weir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>Couper les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected nodes and the connections among them (as pipeline JSON)</source>
        <translation>Copier les nœuds sélectionnés et les connexions entre eux (en JSON de pipeline)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>Coller des nœuds</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation>Dupliquer les nœuds sélectionnés</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected nodes and connections</source>
        <translation>Supprimer les nœuds et connexions sélectionnés</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout sé&amp;lectionner</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>Sélectionner tous les nœuds</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the leftmost one</source>
        <translation>Aligner les nœuds sélectionnés sur celui le plus à gauche</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the topmost one</source>
        <translation>Aligner les nœuds sélectionnés sur celui le plus haut</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lay the pipeline out left to right in flow order</source>
        <translation>Disposer le pipeline de gauche à droite dans l’ordre du flux</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Snap moved and dropped nodes to the grid</source>
        <translation>Aligner sur la grille les nœuds déplacés et déposés</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoom à 100&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the whole pipeline</source>
        <translation>Afficher tout le pipeline</translation>
    </message>
    <message>
        <source>Search the palette of node types</source>
        <translation>Rechercher dans la palette des types de nœuds</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run the pipeline on the engine thread until stopped</source>
        <translation>Exécuter le pipeline sur le thread du moteur jusqu’à son arrêt</translation>
    </message>
    <message>
        <source>Run &amp;Once</source>
        <translation>Exécuter une &amp;fois</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>Run until the sources are drained, then stop</source>
        <translation>Exécuter jusqu’à épuisement des sources, puis s’arrêter</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the run (sources stop reading); again to resume</source>
        <translation>Mettre l’exécution en pause (les sources cessent de lire)&#xa0;; cliquer à nouveau pour reprendre</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Finish the batch in flight, commit and stop</source>
        <translation>Terminer le lot en cours, le valider et s’arrêter</translation>
    </message>
    <message>
        <source>&amp;Copy Sandbox Broker Address</source>
        <translation>Copier l’adresse du broker &amp;bac à sable</translation>
    </message>
    <message>
        <source>Copy the embedded sandbox broker&apos;s bootstrap servers, for outside producers and consumers</source>
        <translation>Copier les serveurs bootstrap du broker bac à sable intégré, pour des producteurs et consommateurs externes</translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation>Afficher le &amp;moniteur</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Bring the live monitor&apos;s charts forward</source>
        <translation>Afficher au premier plan les graphiques du moniteur en direct</translation>
    </message>
    <message>
        <source>Export &amp;Alert Rules…</source>
        <translation>Exporter les règles d’a&amp;lerte…</translation>
    </message>
    <message>
        <source>Save the pipeline&apos;s alert thresholds as a Prometheus alerting-rules file, for its headless workers</source>
        <translation>Enregistrer les seuils d’alerte du pipeline dans un fichier de règles d’alerte Prometheus, pour ses workers sans interface</translation>
    </message>
    <message>
        <source>&amp;Browse Topics</source>
        <translation>&amp;Parcourir les topics</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Browse a Kafka cluster: topics, consumer groups and messages</source>
        <translation>Parcourir un cluster Kafka&#xa0;: topics, groupes de consommateurs et messages</translation>
    </message>
    <message>
        <source>&amp;Replay Through Pipeline…</source>
        <translation>&amp;Rejouer dans le pipeline…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run the pipeline over an exact offset or time range of a topic, into a scratch folder, and compare with an earlier replay</source>
        <translation>Exécuter le pipeline sur une plage exacte d’offsets ou de temps d’un topic, dans un dossier temporaire, et comparer avec un rejeu précédent</translation>
    </message>
    <message>
        <source>&amp;Preview Data</source>
        <translation>&amp;Aperçu des données</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Run the pipeline on its first records without touching its sinks, then click a node to see what it sent</source>
        <translation>Exécuter le pipeline sur ses premiers enregistrements sans toucher à ses destinations, puis cliquer sur un nœud pour voir ce qu’il a émis</translation>
    </message>
    <message>
        <source>&amp;Dead Letters</source>
        <translation>&amp;Lettres mortes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Records that failed parsing: why, where from, and re-drive them after fixing the schema</source>
        <translation>Enregistrements rejetés à l’analyse&#xa0;: motif, provenance, et réinjection après correction du schéma</translation>
    </message>
    <message>
        <source>&amp;About Weir</source>
        <translation>À &amp;propos de Weir</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>Version et bibliothèques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>Dé&amp;bogage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Align Le&amp;ft</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align T&amp;op</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Auto-La&amp;yout</source>
        <translation>Disposition a&amp;uto</translation>
    </message>
    <message>
        <source>Find &amp;Node Type…</source>
        <translation>Rechercher un &amp;type de nœud…</translation>
    </message>
</context>
<context>
    <name>weir::DesktopNotifier</name>
    <message>
        <source>no desktop notification service on the session bus</source>
        <translation>aucun service de notifications de bureau sur le bus de session</translation>
    </message>
    <message>
        <source>, and no system tray</source>
        <translation>, et aucune zone de notification</translation>
    </message>
</context>
<context>
    <name>weir::DocumentController</name>
    <message>
        <source>Weir pipelines (*.weir.json);;JSON files (*.json);;All files (*)</source>
        <translation>Pipelines Weir (*.weir.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation>Impossible d’ouvrir le modèle</translation>
    </message>
    <message>
        <source>The document has no file yet: use Save As.</source>
        <translation>Le document n’a pas encore de fichier&#xa0;: utilisez Enregistrer sous.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Impossible d’enregistrer %1</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Ouvrir un pipeline</translation>
    </message>
    <message>
        <source>Save pipeline as</source>
        <translation>Enregistrer le pipeline sous</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
</context>
<context>
    <name>weir::DurationEdit</name>
    <message>
        <source>
Written like &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; or &quot;500ms&quot;.</source>
        <translation>
À écrire sous la forme &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; ou &quot;500ms&quot;.</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>durée non valide</translation>
    </message>
</context>
<context>
    <name>weir::EngineController</name>
    <message>
        <source>a run is still active: stop it first</source>
        <translation>une exécution est toujours active&#xa0;: arrêtez-la d’abord</translation>
    </message>
</context>
<context>
    <name>weir::FetchStartEdit</name>
    <message>
        <source>From offset</source>
        <translation>Depuis l’offset</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Depuis une date</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récent</translation>
    </message>
    <message>
        <source>offset, e.g. 1200</source>
        <translation>offset, p.&#xa0;ex. 1200</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z ou epoch en ms</translation>
    </message>
    <message>
        <source>The offset must be a whole number of 0 or more.</source>
        <translation>L’offset doit être un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>Saisissez la date au format 2026-11-26T03:00:00Z ou en millisecondes epoch.</translation>
    </message>
</context>
<context>
    <name>weir::FieldListEdit</name>
    <message>
        <source>+ Add</source>
        <translation>+ Ajouter</translation>
    </message>
    <message>
        <source>Add a name to %1</source>
        <translation>Ajouter un nom à %1</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Retirer</translation>
    </message>
    <message>
        <source>Remove the selected names</source>
        <translation>Retirer les noms sélectionnés</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
</context>
<context>
    <name>weir::KafkaBrowser</name>
    <message>
        <source>Kafka topics</source>
        <translation>Topics Kafka</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Groupes de consommateurs</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>cannot list the topics</source>
        <translation>impossible de lister les topics</translation>
    </message>
    <message>
        <source>cannot list the consumer groups</source>
        <translation>impossible de lister les groupes de consommateurs</translation>
    </message>
    <message>
        <source>
Look a group up by its id instead.</source>
        <translation>
Recherchez plutôt un groupe par son id.</translation>
    </message>
    <message>
        <source>cannot read group %1</source>
        <translation>impossible de lire le groupe %1</translation>
    </message>
</context>
<context>
    <name>weir::KafkaConnectionBar</name>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>host:port,... or embedded (the sandbox)</source>
        <translation>host:port,... ou embedded (le bac à sable)</translation>
    </message>
    <message>
        <source>Bootstrap servers; &quot;embedded&quot; is Weir&apos;s in-process sandbox</source>
        <translation>Serveurs bootstrap&#xa0;; &quot;embedded&quot; désigne le bac à sable intégré au processus de Weir</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>librdkafka properties for this connection</source>
        <translation>Propriétés librdkafka pour cette connexion</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Serveurs bootstrap&#xa0;:</translation>
    </message>
</context>
<context>
    <name>weir::KafkaGroupsView</name>
    <message>
        <source>Group id</source>
        <translation>Id du groupe</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation>Réinitialiser les offsets…</translation>
    </message>
    <message>
        <source>Move the selected group&apos;s committed offsets</source>
        <translation>Déplacer les offsets validés du groupe sélectionné</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Lag (s)</source>
        <translation>Lag (s)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No committed offsets</source>
        <translation>Aucun offset validé</translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageModel</name>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp (UTC)</source>
        <translation>Horodatage (UTC)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Select a message to see it here</source>
        <translation>Sélectionnez un message pour l’afficher ici</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>Exporter l’affichage…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Replay selection through pipeline…</source>
        <translation>Rejouer la sélection dans le pipeline…</translation>
    </message>
    <message>
        <source>Run the current pipeline over the selected offsets of each partition</source>
        <translation>Exécuter le pipeline courant sur les offsets sélectionnés de chaque partition</translation>
    </message>
    <message>
        <source>Select the messages to replay first.</source>
        <translation>Sélectionnez d’abord les messages à rejouer.</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>Toutes les partitions</translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>cannot read topic %1</source>
        <translation>impossible de lire le topic %1</translation>
    </message>
    <message>
        <source>No newer messages.</source>
        <translation>Aucun message plus récent.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Aucun message plus ancien.</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1&#xa0;: %2 messages</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exporter les messages</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl)</source>
        <translation>NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 par page</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
</context>
<context>
    <name>weir::KafkaSearchBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Text: found in the key or the value, any case.
Expression: a condition over partition, offset, timestamp, key, value, headers,
e.g. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</source>
        <translation>Texte&#xa0;: recherché dans la clé ou la valeur, sans tenir compte de la casse.
Expression&#xa0;: une condition sur partition, offset, timestamp, key, value, headers,
p.&#xa0;ex. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>Rechercher dans les clés et valeurs…</translation>
    </message>
    <message>
        <source>partition = 0 and offset &gt;= 100</source>
        <translation>partition = 0 and offset &gt;= 100</translation>
    </message>
    <message>
        <source>Connect and choose a topic before searching.</source>
        <translation>Connectez-vous et choisissez un topic avant de lancer la recherche.</translation>
    </message>
    <message>
        <source>Search expression: %1</source>
        <translation>Expression de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 matches in %2 of %3 records</source>
        <translation>Annulé&#xa0;: %1 correspondances dans %2 enregistrements sur %3</translation>
    </message>
    <message>
        <source>%1 matches in %2 of %3 records</source>
        <translation>%1 correspondances dans %2 enregistrements sur %3</translation>
    </message>
    <message>
        <source> (stopped at the first %1)</source>
        <translation> (arrêt aux %1 premières)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Parcours en cours…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>at most %1 per partition</source>
        <translation>au plus %1 par partition</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>search from a position</comment>
        <translation>depuis %1</translation>
    </message>
</context>
<context>
    <name>weir::KafkaTopicsView</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation>Débit (msg/s)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>partition %1</translation>
    </message>
    <message>
        <source>First offset</source>
        <translation>Premier offset</translation>
    </message>
    <message>
        <source>End offset</source>
        <translation>Offset de fin</translation>
    </message>
</context>
<context>
    <name>weir::KafkaWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation>impossible de se connecter à %1</translation>
    </message>
</context>
<context>
    <name>weir::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>weir::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Weir will use %1 from its next start.</source>
        <translation>Weir utilisera %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>weir::MainWindow</name>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejeu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Dead Letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Résumé de l’exécution</translation>
    </message>
    <message>
        <source>Sandbox broker address</source>
        <translation>Adresse du broker bac à sable</translation>
    </message>
    <message>
        <source>Outside Kafka clients (kcat, kafka-python) can produce to and consume from the sandbox broker at this address</source>
        <translation>Les clients Kafka externes (kcat, kafka-python) peuvent produire et consommer sur le broker bac à sable à cette adresse</translation>
    </message>
    <message>
        <source>Sandbox broker: %1</source>
        <translation>Broker bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Rien à coller&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1[*] — Weir</source>
        <translation>%1[*] — Weir</translation>
    </message>
</context>
<context>
    <name>weir::MonitorChart</name>
    <message>
        <source>lines</source>
        <translation>courbes</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Exporter %1 en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorController</name>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alerte résolue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history ended with the application and are marked interrupted</source>
        <translation>
            <numerusform>%n exécution de l’historique s’est terminée avec l’application et est marquée comme interrompue</numerusform>
            <numerusform>%n exécutions de l’historique se sont terminées avec l’application et sont marquées comme interrompues</numerusform>
        </translation>
    </message>
    <message>
        <source>Run history is off: %1</source>
        <translation>Historique des exécutions désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run history: %1</source>
        <translation>Historique des exécutions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not open the run: %1</source>
        <translation>Impossible d’ouvrir l’exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>The alert thresholds are not valid: %1</source>
        <translation>Les seuils d’alerte ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>The pipeline has no alert thresholds: set alerts.lag_seconds, alerts.error_percent or alerts.latency_p99_ms in its properties</source>
        <translation>Le pipeline n’a aucun seuil d’alerte&#xa0;: définissez alerts.lag_seconds, alerts.error_percent ou alerts.latency_p99_ms dans ses propriétés</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Alert Rules</source>
        <translation>Exporter les règles d’alerte</translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation>Règles Prometheus (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Alert rules written to %1 (load them with rule_files: in prometheus.yml)</source>
        <translation>Règles d’alerte écrites dans %1 (chargez-les avec rule_files: dans prometheus.yml)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Weir alert</source>
        <translation>Alerte Weir</translation>
    </message>
    <message>
        <source>Alerts show here and in the monitor only: %1</source>
        <translation>Les alertes s’affichent uniquement ici et dans le moniteur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>weir::MonitorPanel</name>
    <message>
        <source>Scroll back in time</source>
        <translation>Remonter dans le temps</translation>
    </message>
    <message>
        <source>Scroll back through the run (pauses following)</source>
        <translation>Remonter le fil de l’exécution (suspend le suivi en direct)</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Toute l’exécution</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage de temps</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>Portion de l’exécution affichée par les graphiques</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Suivre en direct</translation>
    </message>
    <message>
        <source>Keep the newest sample in view; uncheck to pause and scroll back with the wheel, by dragging or the scroll bar</source>
        <translation>Garder le dernier échantillon visible&#xa0;; décochez pour mettre en pause et remonter avec la molette, en faisant glisser ou avec la barre de défilement</translation>
    </message>
    <message>
        <source>Lag in offsets</source>
        <translation>Lag en offsets</translation>
    </message>
    <message>
        <source>Lag in seconds</source>
        <translation>Lag en secondes</translation>
    </message>
    <message>
        <source>Consumer lag unit</source>
        <translation>Unité du lag de consommation</translation>
    </message>
    <message>
        <source>Show consumer lag as offsets behind or as seconds behind</source>
        <translation>Afficher le lag de consommation en nombre d’offsets ou en secondes de retard</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export a chart</source>
        <translation>Exporter un graphique</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or its data as CSV</source>
        <translation>Enregistrer un graphique en image PNG ou ses données en CSV</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation>Tout le pipeline</translation>
    </message>
    <message>
        <source>Monitor scope</source>
        <translation>Portée du moniteur</translation>
    </message>
    <message>
        <source>The whole pipeline, or one node (click a node on the canvas)</source>
        <translation>Tout le pipeline, ou un seul nœud (cliquez sur un nœud du canevas)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>événements/s</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>enreg./s</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>erreurs/s</translation>
    </message>
    <message>
        <source>late/s</source>
        <translation>retards/s</translation>
    </message>
    <message>
        <source>% input</source>
        <translation>% entrée</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>% d’erreurs</translation>
    </message>
    <message>
        <source>Dead letters &amp; late records</source>
        <translation>Lettres mortes et retards</translation>
    </message>
    <message>
        <source>records</source>
        <translation>enreg.</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>lettres mortes</translation>
    </message>
    <message>
        <source>late records</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation>Latence de bout en bout</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Batch time</source>
        <translation>Durée des lots</translation>
    </message>
    <message>
        <source>batch p99</source>
        <translation>p99 des lots</translation>
    </message>
    <message>
        <source>Watermark delay</source>
        <translation>Retard du watermark</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>retard</translation>
    </message>
    <message>
        <source>Queue &amp; backpressure</source>
        <translation>File d’attente et contre-pression</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>partitions</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>Lag de consommation</translation>
    </message>
    <message>
        <source>offsets</source>
        <translation>offsets</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Throughput — %1</source>
        <translation>Débit — %1</translation>
    </message>
    <message>
        <source>Errors — %1</source>
        <translation>Erreurs — %1</translation>
    </message>
    <message>
        <source>Errors &amp; late records — %1</source>
        <translation>Erreurs et retards — %1</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>late</source>
        <translation>retards</translation>
    </message>
    <message>
        <source>Processing time — %1</source>
        <translation>Temps de traitement — %1</translation>
    </message>
    <message>
        <source>ms/batch</source>
        <translation>ms/lot</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorView</name>
    <message>
        <source>This Run</source>
        <translation>Cette exécution</translation>
    </message>
    <message>
        <source>Remote Workers</source>
        <translation>Workers distants</translation>
    </message>
    <message>
        <source>Chart the pipeline running in this window</source>
        <translation>Afficher les graphiques du pipeline exécuté dans cette fenêtre</translation>
    </message>
    <message>
        <source>Chart the remote workers added in the Workers panel</source>
        <translation>Afficher les graphiques des workers distants ajoutés dans le panneau Workers</translation>
    </message>
    <message>
        <source>All workers summed, or one worker</source>
        <translation>Somme de tous les workers, ou un seul worker</translation>
    </message>
    <message>
        <source>Worker shown</source>
        <translation>Worker affiché</translation>
    </message>
    <message>
        <source>Showing this window&apos;s run</source>
        <translation>Affichage de l’exécution de cette fenêtre</translation>
    </message>
    <message>
        <source>Showing the remote workers</source>
        <translation>Affichage des workers distants</translation>
    </message>
    <message>
        <source>Showing a past run: %1</source>
        <translation>Affichage d’une exécution passée&#xa0;: %1</translation>
    </message>
    <message>
        <source>All workers (summed)</source>
        <translation>Tous les workers (somme)</translation>
    </message>
</context>
<context>
    <name>weir::NodeItem</name>
    <message>
        <source>Unknown node type &apos;%1&apos;</source>
        <translation>Type de nœud inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;&lt;br&gt;Drag an output port here to feed this node.</source>
        <translation>&lt;b&gt;Entrée&lt;/b&gt;&lt;br&gt;Faites glisser un port de sortie ici pour alimenter ce nœud.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n problème&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n problèmes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s) firing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n alerte déclenchée&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n alertes déclenchées&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weir::NodePalette</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Search nodes</source>
        <translation>Rechercher des nœuds</translation>
    </message>
    <message>
        <source>Search node types</source>
        <translation>Rechercher des types de nœuds</translation>
    </message>
    <message>
        <source>Filter by title, type or description; Enter adds the first match</source>
        <translation>Filtrer par titre, type ou description&#xa0;; Entrée ajoute le premier résultat</translation>
    </message>
    <message>
        <source>No node type matches “%1”.</source>
        <translation>Aucun type de nœud ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>weir::NodePaletteTree</name>
    <message>
        <source>Node types</source>
        <translation>Types de nœuds</translation>
    </message>
</context>
<context>
    <name>weir::NumberEdit</name>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Au moins %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Au plus %1</translation>
    </message>
</context>
<context>
    <name>weir::OffsetResetDialog</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset offsets of group %1</source>
        <translation>Réinitialiser les offsets du groupe %1</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Plus récent</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Explicit offsets</source>
        <translation>Offsets explicites</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z ou epoch en ms</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>After reset</source>
        <translation>Après réinit.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévisualiser</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic&#xa0;:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Déplacer vers&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Preview lists the partitions; then type the new offsets in &quot;After reset&quot; and preview again.</source>
        <translation>Prévisualiser liste les partitions&#xa0;; saisissez ensuite les nouveaux offsets dans «&#xa0;Après réinit.&#xa0;» et prévisualisez à nouveau.</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Choisissez un topic.</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>Saisissez la date au format 2026-11-26T03:00:00Z ou en millisecondes epoch.</translation>
    </message>
    <message>
        <source>Reading offsets…</source>
        <translation>Lecture des offsets…</translation>
    </message>
    <message>
        <source>Preview failed</source>
        <translation>Échec de la prévisualisation</translation>
    </message>
    <message>
        <source>Type the new offsets in &quot;After reset&quot;.</source>
        <translation>Saisissez les nouveaux offsets dans «&#xa0;Après réinit.&#xa0;».</translation>
    </message>
    <message>
        <source>Preview: nothing changed yet.</source>
        <translation>Prévisualisation&#xa0;: rien n’a encore été modifié.</translation>
    </message>
    <message>
        <source>Type the new offsets first.</source>
        <translation>Saisissez d’abord les nouveaux offsets.</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Validation en cours…</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>Done: the group&apos;s committed offsets moved.</source>
        <translation>Terminé&#xa0;: les offsets validés du groupe ont été déplacés.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>An offset is a whole number of 0 or more.</source>
        <translation>Un offset est un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>Offset validé</translation>
    </message>
</context>
<context>
    <name>weir::ParamRow</name>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Rétablir la valeur par défaut de %1</translation>
    </message>
</context>
<context>
    <name>weir::ParamTable</name>
    <message>
        <source>+ Add</source>
        <translation>+ Ajouter</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Retirer</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Retirer les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>weir::PipelineEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3</source>
        <translation>Connecter %1.%2 à %3</translation>
    </message>
    <message>
        <source>Disconnect %1.%2 from %3</source>
        <translation>Déconnecter %1.%2 de %3</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the parameters of %1</source>
        <translation>Modifier les paramètres de %1</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>aucun nœud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation>un nœud doit avoir un id</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is taken by another node</source>
        <translation>l’id «&#xa0;%1&#xa0;» est déjà pris par un autre nœud</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message numerus="yes">
        <source>Align %n nodes</source>
        <translation>
            <numerusform>Aligner %n nœud</numerusform>
            <numerusform>Aligner %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineModel</name>
    <message>
        <source>cannot read pipeline file &apos;%1&apos;: %2</source>
        <translation>impossible de lire le fichier de pipeline «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineOverview</name>
    <message>
        <source>Pipeline overview</source>
        <translation>Vue d’ensemble du pipeline</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d’ensemble&#xa0;: cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>weir::PipelineScene</name>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to errors</source>
        <translation>
            <numerusform>%n enregistrement envoyé vers errors</numerusform>
            <numerusform>%n enregistrements envoyés vers errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late record(s)</source>
        <translation>
            <numerusform>%n enregistrement en retard</numerusform>
            <numerusform>%n enregistrements en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s, %2 in all</source>
        <translation>%1 enreg./s, %2 au total</translation>
    </message>
</context>
<context>
    <name>weir::PipelineView</name>
    <message>
        <source>Pipeline canvas</source>
        <translation>Canevas du pipeline</translation>
    </message>
</context>
<context>
    <name>weir::PreviewController</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pré&amp;visualiser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Records to preview per source</source>
        <translation>Enregistrements à prévisualiser par source</translation>
    </message>
    <message>
        <source>Source the sample file replaces</source>
        <translation>Source remplacée par le fichier échantillon</translation>
    </message>
    <message>
        <source>Preview a sample NDJSON file instead of one source&apos;s data</source>
        <translation>Prévisualiser un fichier NDJSON échantillon à la place des données d’une source</translation>
    </message>
    <message>
        <source>sample.ndjson</source>
        <translation>sample.ndjson</translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation>Fichier échantillon</translation>
    </message>
    <message>
        <source>Runs the pipeline on its first records without touching its sinks; then click a node on the canvas to see what it sent.</source>
        <translation>Exécute le pipeline sur ses premiers enregistrements sans toucher à ses destinations&#xa0;; cliquez ensuite sur un nœud du canevas pour voir ce qu’il a émis.</translation>
    </message>
    <message>
        <source>Sample File</source>
        <translation>Fichier échantillon</translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>JSON délimité par des retours à la ligne (*.ndjson *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Previewed %L1 records. Click a node to see its records.</source>
        <translation>%L1 enregistrements prévisualisés. Cliquez sur un nœud pour voir ses enregistrements.</translation>
    </message>
    <message>
        <source>its sources</source>
        <translation>ses sources</translation>
    </message>
    <message>
        <source>a sample file for %1</source>
        <translation>un fichier échantillon pour %1</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>Impossible de créer le dossier d’aperçu %1</translation>
    </message>
    <message>
        <source>Planning the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Choose the sample file, or preview the sources themselves</source>
        <translation>Choisissez le fichier échantillon, ou prévisualisez les sources elles-mêmes</translation>
    </message>
    <message>
        <source>Preview cancelled before it started</source>
        <translation>Aperçu annulé avant son démarrage</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Aperçu impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Aperçu en cours…</translation>
    </message>
    <message>
        <source>First %1 records per source from %2</source>
        <translation>Les %1 premiers enregistrements par source depuis %2</translation>
    </message>
</context>
<context>
    <name>weir::PreviewPanel</name>
    <message>
        <source>Records the node sent to its &apos;%1&apos; port</source>
        <translation>Enregistrements émis par le nœud sur son port «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>Enregistrements de l’aperçu</translation>
    </message>
    <message>
        <source>No preview yet: run one to see records here</source>
        <translation>Pas encore d’aperçu&#xa0;: lancez-en un pour voir des enregistrements ici</translation>
    </message>
    <message>
        <source>Select a node to see its records</source>
        <translation>Sélectionnez un nœud pour voir ses enregistrements</translation>
    </message>
    <message>
        <source>%1 — input</source>
        <translation>%1 — entrée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records</source>
        <translation>Affichage des %1 premiers enregistrements sur %2</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
</context>
<context>
    <name>weir::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problèmes</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(pipeline)</translation>
    </message>
</context>
<context>
    <name>weir::PropertyEditor</name>
    <message>
        <source>The node&apos;s name: unique in the pipeline; edges, problems and metrics name the node by it.</source>
        <translation>Le nom du nœud&#xa0;: unique dans le pipeline&#xa0;; les connexions, les problèmes et les métriques désignent le nœud par ce nom.</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name, shown in the title and in metrics.</source>
        <translation>Le nom du pipeline, affiché dans le titre et dans les métriques.</translation>
    </message>
    <message>
        <source>What the pipeline does, for the people who read it.</source>
        <translation>Ce que fait le pipeline, à l’intention de ses lecteurs.</translation>
    </message>
</context>
<context>
    <name>weir::PropertyHeader</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name and description, and how it runs: trigger, batch sizes, checkpoint and metrics.</source>
        <translation>Le nom et la description du pipeline, et son mode d’exécution&#xa0;: déclencheur, taille des lots, checkpoint et métriques.</translation>
    </message>
    <message>
        <source>Unknown node type</source>
        <translation>Type de nœud inconnu</translation>
    </message>
    <message>
        <source>The engine has no node type &apos;%1&apos;.</source>
        <translation>Le moteur ne connaît aucun type de nœud «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>weir::RemoteWorkers</name>
    <message>
        <source>not Prometheus text: %1</source>
        <translation>pas au format texte Prometheus&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 de %3</translation>
    </message>
    <message>
        <source>connection refused by %1 (is the worker running with --metrics-addr?)</source>
        <translation>connexion refusée par %1 (le worker tourne-t-il avec --metrics-addr&#xa0;?)</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>aucune réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 a fermé la connexion sans répondre</translation>
    </message>
</context>
<context>
    <name>weir::ReplayPanel</name>
    <message>
        <source>Dr&amp;y run (count only)</source>
        <translation>&amp;Simulation (comptage seul)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Each replay writes into its own folder under %1; the pipeline&apos;s real sinks, topics and consumer groups are not touched</source>
        <translation>Chaque rejeu écrit dans son propre dossier sous %1&#xa0;; les vraies destinations, topics et groupes de consommateurs du pipeline ne sont pas touchés</translation>
    </message>
    <message>
        <source>Replaying: %L1 of %L2 records read</source>
        <translation>Rejeu&#xa0;: %L1 enregistrements lus sur %L2</translation>
    </message>
    <message>
        <source>Choose a range and press Replay. The sandbox broker keeps at most 5 MiB or 100,000 message sets per partition.</source>
        <translation>Choisissez une plage et cliquez sur Rejouer. Le broker bac à sable conserve au plus 5&#xa0;Mio ou 100&#xa0;000 lots de messages par partition.</translation>
    </message>
    <message>
        <source>This pipeline has no Kafka source: there is no topic to replay.</source>
        <translation>Ce pipeline n’a pas de source Kafka&#xa0;: aucun topic à rejouer.</translation>
    </message>
    <message>
        <source>Reading the partitions of %1…</source>
        <translation>Lecture des partitions de %1…</translation>
    </message>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation>Impossible de lire les partitions de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s). Narrow From/To per partition, or choose a time range.</source>
        <translation>
            <numerusform>%1&#xa0;: %n partition. Restreignez De/À par partition, ou choisissez une plage de temps.</numerusform>
            <numerusform>%1&#xa0;: %n partitions. Restreignez De/À par partition, ou choisissez une plage de temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the replay folder %1</source>
        <translation>Impossible de créer le dossier de rejeu %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Resolving the range on the cluster…</source>
        <translation>Résolution de la plage sur le cluster…</translation>
    </message>
    <message>
        <source>Replay cancelled before it started</source>
        <translation>Rejeu annulé avant son démarrage</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>Rejeu impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replaying %L1 records…</source>
        <translation>Rejeu de %L1 enregistrements…</translation>
    </message>
    <message>
        <source>Replay %1: %L2 records into %3</source>
        <translation>Rejeu %1&#xa0;: %L2 enregistrements dans %3</translation>
    </message>
    <message>
        <source>a dry run</source>
        <translation>une simulation</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejeu</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1&#xa0;: %L2</translation>
    </message>
    <message>
        <source>Replayed %L1 records. Rows per sink: %2%3</source>
        <translation>%L1 enregistrements rejoués. Lignes par destination&#xa0;: %2%3</translation>
    </message>
    <message>
        <source> (dry run: nothing kept)</source>
        <translation> (simulation&#xa0;: rien n’est conservé)</translation>
    </message>
    <message>
        <source>. Results in %1</source>
        <translation>. Résultats dans %1</translation>
    </message>
    <message>
        <source>Sinks into a scratch fol&amp;der</source>
        <translation>Destinations dans un doss&amp;ier temporaire</translation>
    </message>
</context>
<context>
    <name>weir::ReplayRangeForm</name>
    <message>
        <source>Topic to replay</source>
        <translation>Topic à rejouer</translation>
    </message>
    <message>
        <source>&amp;Offsets</source>
        <translation>&amp;Offsets</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>&amp;Plage de temps</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochain</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>À (exclu)</translation>
    </message>
    <message>
        <source>Edit From and To per partition; From = To reads nothing from that partition</source>
        <translation>Modifiez De et À par partition&#xa0;; De = À ne lit rien dans cette partition</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>Matched against each record&apos;s Kafka timestamp, in every partition.</source>
        <translation>Comparé à l’horodatage Kafka de chaque enregistrement, dans toutes les partitions.</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Topic&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a topic: the pipeline has no Kafka source with a named topic</source>
        <translation>Choisissez un topic&#xa0;: le pipeline n’a aucune source Kafka avec un topic nommé</translation>
    </message>
    <message>
        <source>The time range is empty: From must be before To</source>
        <translation>La plage de temps est vide&#xa0;: De doit précéder Jusqu’à</translation>
    </message>
    <message>
        <source>The partitions of %1 are not known yet</source>
        <translation>Les partitions de %1 ne sont pas encore connues</translation>
    </message>
    <message>
        <source>Partition %1: From and To must be offsets (whole numbers, 0 or more)</source>
        <translation>Partition %1&#xa0;: De et À doivent être des offsets (nombres entiers, 0 ou plus)</translation>
    </message>
    <message>
        <source>Partition %1: From (%2) is after To (%3)</source>
        <translation>Partition %1&#xa0;: De (%2) est après À (%3)</translation>
    </message>
    <message>
        <source>Every record whose timestamp falls in the range; the offsets are looked up when the replay starts.</source>
        <translation>Tous les enregistrements dont l’horodatage tombe dans la plage&#xa0;; les offsets sont recherchés au démarrage du rejeu.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected</source>
        <translation>
            <numerusform>%n enregistrement sélectionné</numerusform>
            <numerusform>%n enregistrements sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>To (e&amp;xcluded):</source>
        <translation>&amp;Jusqu’à (exclu)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>weir::ReplayResults</name>
    <message>
        <source>&amp;Sink:</source>
        <translation>Desti&amp;nation&#xa0;:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Latest replay compared &amp;with:</source>
        <translation>Dernier rejeu comparé a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>%1 (%L2 rows)</source>
        <translation>%1 (%L2 lignes)</translation>
    </message>
    <message>
        <source>Cannot read the result: %1</source>
        <translation>Impossible de lire le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>A dry run keeps no rows to compare</source>
        <translation>Une simulation ne conserve aucune ligne à comparer</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>before: %1
after: %2</source>
        <translation>avant&#xa0;: %1
après&#xa0;: %2</translation>
    </message>
    <message>
        <source>+ added, − removed, ~ changed</source>
        <translation>+ ajoutée, − supprimée, ~ modifiée</translation>
    </message>
    <message>
        <source>%1: rows are matched by this key</source>
        <translation>%1&#xa0;: les lignes sont appariées par cette clé</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (avant)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (après)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffView</name>
    <message>
        <source>Sink:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Show rows only the after run has</source>
        <translation>Afficher les lignes présentes uniquement dans l’exécution «&#xa0;après&#xa0;»</translation>
    </message>
    <message>
        <source>Show rows only the before run has</source>
        <translation>Afficher les lignes présentes uniquement dans l’exécution «&#xa0;avant&#xa0;»</translation>
    </message>
    <message>
        <source>Show rows both runs have under the same key, with other values</source>
        <translation>Afficher les lignes présentes dans les deux exécutions sous la même clé, avec des valeurs différentes</translation>
    </message>
    <message>
        <source>No results to compare</source>
        <translation>Aucun résultat à comparer</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutées (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimées (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiées (%1)</translation>
    </message>
    <message>
        <source>No key: rows are compared whole, so they are only added or removed.</source>
        <translation>Pas de clé&#xa0;: les lignes sont comparées en entier, elles ne peuvent donc être qu’ajoutées ou supprimées.</translation>
    </message>
    <message>
        <source>Columns only before: %1.</source>
        <translation>Colonnes présentes uniquement avant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Columns only after: %1.</source>
        <translation>Colonnes présentes uniquement après&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableModel</name>
    <message>
        <source>%1 (part of the table&apos;s primary key)</source>
        <translation>%1 (fait partie de la clé primaire de la table)</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableView</name>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>weir::RunFigures</name>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>commits %1</source>
        <translation>commits %1</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortie</translation>
    </message>
</context>
<context>
    <name>weir::RunHistoryPanel</name>
    <message>
        <source>Open Charts</source>
        <translation>Ouvrir les graphiques</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>Évén. entrants</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>How long finished runs stay in the history</source>
        <translation>Durée de conservation des exécutions terminées dans l’historique</translation>
    </message>
    <message>
        <source>Keep runs for</source>
        <translation>Conserver les exécutions</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s charts in the monitor (Enter)</source>
        <translation>Afficher les graphiques de l’exécution sélectionnée dans le moniteur (Entrée)</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>Supprimer l’exécution sélectionnée de l’historique</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>indéfiniment</translation>
    </message>
</context>
<context>
    <name>weir::RunLogPanel</name>
    <message>
        <source>Run log</source>
        <translation>Journal d’exécution</translation>
    </message>
    <message>
        <source>Engine messages appear here while a pipeline runs.</source>
        <translation>Les messages du moteur s’affichent ici pendant l’exécution d’un pipeline.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the run log</source>
        <translation>Effacer le journal d’exécution</translation>
    </message>
</context>
<context>
    <name>weir::RunMonitor</name>
    <message>
        <source>Run history not recorded: %1</source>
        <translation>Historique des exécutions non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run history stopped recording: %1</source>
        <translation>L’historique des exécutions a cessé d’enregistrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>weir::RunSession</name>
    <message>
        <source>Run failed: %1</source>
        <translation>Échec de l’exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox broker listening at %1 (in memory; each partition keeps at most 5 MiB or 100,000 message sets)</source>
        <translation>Broker bac à sable à l’écoute sur %1 (en mémoire&#xa0;; chaque partition conserve au plus 5&#xa0;Mio ou 100&#xa0;000 lots de messages)</translation>
    </message>
    <message>
        <source>Stopping: finishing the batch in flight and committing it…</source>
        <translation>Arrêt&#xa0;: fin du lot en cours et validation…</translation>
    </message>
    <message>
        <source> · %1 events/s · in %2 · out %3 rows</source>
        <translation> · %1 événements/s · entrée %2 · sortie %3 lignes</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · %1 erreurs</translation>
    </message>
    <message>
        <source> · p99 %1 ms</source>
        <translation> · p99 %1 ms</translation>
    </message>
    <message>
        <source> · lag %1</source>
        <translation> · lag %1</translation>
    </message>
    <message>
        <source>Starting %1 (%2) in %3</source>
        <translation>Démarrage de %1 (%2) dans %3</translation>
    </message>
    <message>
        <source>until the sources are drained</source>
        <translation>jusqu’à épuisement des sources</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Paused: sources stopped reading</source>
        <translation>En pause&#xa0;: les sources ont cessé de lire</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>weir::RunStateText</name>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>weir::SchemaTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Oblig.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>Required: a record without the field goes to the errors port</source>
        <translation>Obligatoire&#xa0;: un enregistrement sans ce champ part vers le port errors</translation>
    </message>
    <message>
        <source>The value of an optional field when a record lacks it, as JSON</source>
        <translation>La valeur d’un champ facultatif quand un enregistrement ne l’a pas, en JSON</translation>
    </message>
</context>
<context>
    <name>weir::TextParamEdit</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Choisir un fichier pour %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
</context>
<context>
    <name>weir::WorkersPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation>URL des métriques</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Événements/s</translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation>Workers distants</translation>
    </message>
    <message>
        <source>name, e.g. worker-1</source>
        <translation>nom, p.&#xa0;ex. worker-1</translation>
    </message>
    <message>
        <source>Worker name</source>
        <translation>Nom du worker</translation>
    </message>
    <message>
        <source>http://host:9464/metrics</source>
        <translation>http://host:9464/metrics</translation>
    </message>
    <message>
        <source>Worker metrics URL</source>
        <translation>URL des métriques du worker</translation>
    </message>
    <message>
        <source>Scrape this worker every second and chart it</source>
        <translation>Collecter les métriques de ce worker toutes les secondes et en afficher les graphiques</translation>
    </message>
    <message>
        <source>Stop scraping the selected worker</source>
        <translation>Arrêter la collecte du worker sélectionné</translation>
    </message>
    <message>
        <source>A worker needs a name of letters, digits and _ . : -</source>
        <translation>Le nom d’un worker ne peut contenir que des lettres, des chiffres et _ .&#xa0;: -</translation>
    </message>
    <message>
        <source>There is a worker named &apos;%1&apos; already</source>
        <translation>Un worker nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>Could not add worker &apos;%1&apos;</source>
        <translation>Impossible d’ajouter le worker «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>scraping</source>
        <translation>collecte</translation>
    </message>
</context>
</TS>
