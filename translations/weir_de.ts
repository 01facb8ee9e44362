<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>NodeCatalog</name>
    <message>
        <source>Event generator</source>
        <translation>Ereignisgenerator</translation>
    </message>
    <message>
        <source>Generates synthetic user_events as JSON (event_id, user_id, event_type, timestamp, properties) at a chosen rate, with skewed users and a controlled share of out-of-order, late and malformed events.</source>
        <translation>Erzeugt synthetische user_events als JSON (event_id, user_id, event_type, timestamp, properties) mit wählbarer Rate, ungleich verteilten Benutzern und einem festgelegten Anteil an ungeordneten, verspäteten und fehlerhaften Ereignissen.</translation>
    </message>
    <message>
        <source>Raw records: key and value (the JSON text of one event).</source>
        <translation>Rohdatensätze: Schlüssel und Wert (der JSON-Text eines Ereignisses).</translation>
    </message>
    <message>
        <source>Random seed. The same seed and parameters produce the same events.</source>
        <translation>Zufalls-Seed. Gleicher Seed und gleiche Parameter erzeugen dieselben Ereignisse.</translation>
    </message>
    <message>
        <source>Events generated per second of wall-clock time; 0 generates as fast as the pipeline consumes.</source>
        <translation>Erzeugte Ereignisse pro Sekunde Echtzeit; 0 erzeugt so schnell, wie die Pipeline sie verarbeitet.</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>Total number of events to generate, then stop; 0 runs forever.</source>
        <translation>Gesamtzahl der zu erzeugenden Ereignisse, danach stoppt die Quelle; 0 erzeugt unbegrenzt.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Number of distinct user_id values.</source>
        <translation>Anzahl unterschiedlicher user_id-Werte.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Skew exponent of the user_id distribution (Zipf); 0 is uniform, larger values make a few users very active.</source>
        <translation>Schiefe-Exponent der user_id-Verteilung (Zipf); 0 ist gleichverteilt, größere Werte machen wenige Benutzer sehr aktiv.</translation>
    </message>
    <message>
        <source>Relative weight of each event_type value; weights need not add up to 100.</source>
        <translation>Relatives Gewicht jedes event_type-Werts; die Gewichte müssen sich nicht zu 100 addieren.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Events per second of event time, i.e. how fast the event clock advances; 0 follows rate (or 10000 when rate is unlimited).</source>
        <translation>Ereignisse pro Sekunde Ereigniszeit, d. h. wie schnell die Ereignisuhr voranschreitet; 0 folgt rate (oder 10000, wenn rate unbegrenzt ist).</translation>
    </message>
    <message>
        <source>Fraction of events whose timestamp is shifted back by up to `disorder`. out_of_order + late + malformed is at most 1.</source>
        <translation>Anteil der Ereignisse, deren Zeitstempel um bis zu `disorder` zurückverschoben wird. out_of_order + late + malformed ist höchstens 1.</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Largest shift back in event time of an out-of-order event.</source>
        <translation>Größte Rückverschiebung eines ungeordneten Ereignisses in der Ereigniszeit.</translation>
    </message>
    <message>
        <source>Fraction of events that arrive `lateness` behind the event clock.</source>
        <translation>Anteil der Ereignisse, die um `lateness` hinter der Ereignisuhr eintreffen.</translation>
    </message>
    <message>
        <source>How far behind the event clock late events are.</source>
        <translation>Wie weit verspätete Ereignisse hinter der Ereignisuhr liegen.</translation>
    </message>
    <message>
        <source>Fraction of events written as broken JSON, to exercise error handling.</source>
        <translation>Anteil der Ereignisse, die als fehlerhaftes JSON geschrieben werden, um die Fehlerbehandlung zu testen.</translation>
    </message>
    <message>
        <source>Event time of the first event: &quot;now&quot; or an ISO-8601 time between 1970 and 9000 such as &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; is resolved once and kept in the checkpoint, so a restart regenerates identical events.</source>
        <translation>Ereigniszeit des ersten Ereignisses: &quot;now&quot; oder eine ISO-8601-Zeit zwischen 1970 und 9000 wie &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; wird einmal aufgelöst und im Checkpoint gespeichert, sodass ein Neustart identische Ereignisse erzeugt.</translation>
    </message>
    <message>
        <source>File source</source>
        <translation>Dateiquelle</translation>
    </message>
    <message>
        <source>Reads newline-delimited JSON (NDJSON): one record per line.</source>
        <translation>Liest zeilengetrenntes JSON (NDJSON): ein Datensatz pro Zeile.</translation>
    </message>
    <message>
        <source>Raw records: key (empty) and value (the text of one line).</source>
        <translation>Rohdatensätze: Schlüssel (leer) und Wert (der Text einer Zeile).</translation>
    </message>
    <message>
        <source>The NDJSON file to read.</source>
        <translation>Die zu lesende NDJSON-Datei.</translation>
    </message>
    <message>
        <source>Keep reading lines appended to the file (like tail -f) instead of stopping at its end.</source>
        <translation>An die Datei angehängte Zeilen weiterlesen (wie tail -f), statt am Dateiende aufzuhören.</translation>
    </message>
    <message>
        <source>How often a followed file is checked for new lines.</source>
        <translation>Wie oft eine verfolgte Datei auf neue Zeilen geprüft wird.</translation>
    </message>
    <message>
        <source>Read at most this many records per second (0: as fast as the pipeline goes).</source>
        <translation>Höchstens so viele Datensätze pro Sekunde lesen (0: so schnell, wie die Pipeline verarbeitet).</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka-Topic</translation>
    </message>
    <message>
        <source>Reads the partitions of one or more Kafka topics. By default every partition, with the checkpoint owning the positions (exactly once); in subscribe mode the consumer group splits the partitions among its members. The group&apos;s offsets follow each committed batch so monitoring tools see the progress.</source>
        <translation>Liest die Partitionen eines oder mehrerer Kafka-Topics. Standardmäßig jede Partition, wobei der Checkpoint die Positionen verwaltet (exactly once); im subscribe-Modus verteilt die Consumer Group die Partitionen auf ihre Mitglieder. Die Offsets der Gruppe folgen jedem committeten Batch, damit Monitoring-Tools den Fortschritt sehen.</translation>
    </message>
    <message>
        <source>Raw records: key (the record key, empty when null) and value.</source>
        <translation>Rohdatensätze: Schlüssel (der Datensatzschlüssel, leer bei null) und Wert.</translation>
    </message>
    <message>
        <source>host:port[,host:port...] of the Kafka brokers; &quot;embedded&quot; is the built-in sandbox broker.</source>
        <translation>host:port[,host:port...] der Kafka-Broker; &quot;embedded&quot; ist der integrierte Sandbox-Broker.</translation>
    </message>
    <message>
        <source>The topics to read (at least one); a name starting with ^ is a regular expression matched against the cluster&apos;s topics.</source>
        <translation>Die zu lesenden Topics (mindestens eines); ein Name, der mit ^ beginnt, ist ein regulärer Ausdruck, der mit den Topics des Clusters abgeglichen wird.</translation>
    </message>
    <message>
        <source>assign: read every partition, positions in the checkpoint (exactly once). subscribe: join the consumer group and read the partitions it assigns, starting at the group&apos;s committed offsets (several pipelines share the topics; at least once after a crash; no windows).</source>
        <translation>assign: jede Partition lesen, Positionen im Checkpoint (exactly once). subscribe: der Consumer Group beitreten und die zugewiesenen Partitionen ab den committeten Offsets der Gruppe lesen (mehrere Pipelines teilen sich die Topics; at least once nach einem Absturz; keine Fenster).</translation>
    </message>
    <message>
        <source>Consumer group whose offsets follow the committed batches; not set: &quot;weir-&quot; followed by the node id.</source>
        <translation>Consumer Group, deren Offsets den committeten Batches folgen; nicht gesetzt: &quot;weir-&quot; gefolgt von der Knoten-ID.</translation>
    </message>
    <message>
        <source>Where a run without checkpoint starts: &quot;earliest&quot;, &quot;latest&quot; or an ISO-8601 time (the first record at or after it).</source>
        <translation>Wo ein Lauf ohne Checkpoint beginnt: &quot;earliest&quot;, &quot;latest&quot; oder eine ISO-8601-Zeit (der erste Datensatz ab diesem Zeitpunkt).</translation>
    </message>
    <message>
        <source>Explicit start offsets of some partitions, overriding starting_offsets for them: {&quot;topic:partition&quot;: offset}, -2 the earliest and -1 the latest record.</source>
        <translation>Explizite Start-Offsets einzelner Partitionen, die für diese starting_offsets überschreiben: {&quot;topic:partition&quot;: offset}, -2 der früheste und -1 der neueste Datensatz.</translation>
    </message>
    <message>
        <source>Where a run with trigger once stops in some partitions, before the partition&apos;s end: {&quot;topic:partition&quot;: offset}, the first offset not read. With starting_partition_offsets it replays an exact range.</source>
        <translation>Wo ein Lauf mit Trigger once in einzelnen Partitionen vor deren Ende stoppt: {&quot;topic:partition&quot;: offset}, der erste nicht gelesene Offset. Zusammen mit starting_partition_offsets wird ein exakter Bereich erneut abgespielt.</translation>
    </message>
    <message>
        <source>Commit the consumer group&apos;s offsets as batches commit, so monitoring tools see the progress. Off for replays and previews: the group is left as it was (group_mode assign only).</source>
        <translation>Die Offsets der Consumer Group mit jedem Batch-Commit committen, damit Monitoring-Tools den Fortschritt sehen. Bei Replays und Vorschauen aus: Die Gruppe bleibt unverändert (nur group_mode assign).</translation>
    </message>
    <message>
        <source>When retention deleted records the checkpoint had not read yet: fail, or continue at the oldest record still kept (the skipped records are counted).</source>
        <translation>Wenn die Retention Datensätze gelöscht hat, die der Checkpoint noch nicht gelesen hatte: fehlschlagen oder beim ältesten noch vorhandenen Datensatz fortfahren (die übersprungenen Datensätze werden gezählt).</translation>
    </message>
    <message>
        <source>Further librdkafka consumer properties, e.g. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>Weitere librdkafka-Consumer-Eigenschaften, z. B. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Schlüssel, die Programme ausführen oder Code laden (*.cmd, plugin.library.paths, ssl.engine.location, test.*), werden abgelehnt.</translation>
    </message>
    <message>
        <source>Accept config keys that turn TLS verification off (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</source>
        <translation>Konfigurationsschlüssel akzeptieren, die die TLS-Prüfung abschalten (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</translation>
    </message>
    <message>
        <source>Read at most this many records per second per partition read (Spark&apos;s maxRatePerPartition; 0: no limit).</source>
        <translation>Höchstens so viele Datensätze pro Sekunde und gelesener Partition lesen (maxRatePerPartition in Spark; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>Parse JSON</source>
        <translation>JSON parsen</translation>
    </message>
    <message>
        <source>Parses the value of each raw record as a JSON object into typed columns. Records that are not JSON, miss a required field or hold a value of the wrong type go to the errors port.</source>
        <translation>Parst den Wert jedes Rohdatensatzes als JSON-Objekt in typisierte Spalten. Datensätze, die kein JSON sind, bei denen ein Pflichtfeld fehlt oder die einen Wert mit falschem Typ enthalten, gehen an den errors-Port.</translation>
    </message>
    <message>
        <source>Parsed records with the columns of the schema.</source>
        <translation>Geparste Datensätze mit den Spalten des Schemas.</translation>
    </message>
    <message>
        <source>Records that could not be processed, as dead letters: node, reason, source, partition, offset and the raw value.</source>
        <translation>Datensätze, die nicht verarbeitet werden konnten, als Dead Letters: Knoten, Grund, Quelle, Partition, Offset und der Rohwert.</translation>
    </message>
    <message>
        <source>The fields to extract, in order: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (default true) and a default for optional fields.</source>
        <translation>Die zu extrahierenden Felder, der Reihe nach: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (Standard true) und ein Standardwert für optionale Felder.</translation>
    </message>
    <message>
        <source>Unit of numeric timestamps: epoch milliseconds or seconds. ISO-8601 text is always accepted.</source>
        <translation>Einheit numerischer Zeitstempel: Epoch-Millisekunden oder -Sekunden. ISO-8601-Text wird immer akzeptiert.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Keeps the records for which an expression is true.</source>
        <translation>Behält die Datensätze, für die ein Ausdruck wahr ist.</translation>
    </message>
    <message>
        <source>The records that pass the expression.</source>
        <translation>Die Datensätze, die den Ausdruck erfüllen.</translation>
    </message>
    <message>
        <source>A condition over the fields, e.g. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Supports = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), arithmetic, true/false/null and parentheses.</source>
        <translation>Eine Bedingung über die Felder, z. B. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Unterstützt = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), Arithmetik, true/false/null und Klammern.</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Watermark</translation>
    </message>
    <message>
        <source>Declares the event-time column and how late records may arrive. The watermark is the largest event time seen minus the delay; windows downstream are final once it passes their end.</source>
        <translation>Legt die Ereigniszeit-Spalte fest und wie verspätet Datensätze eintreffen dürfen. Das Watermark ist die größte bisher gesehene Ereigniszeit minus der Verzögerung; nachgelagerte Fenster sind abgeschlossen, sobald es ihr Ende überschreitet.</translation>
    </message>
    <message>
        <source>The records, now carrying event time and the watermark.</source>
        <translation>Die Datensätze, jetzt mit Ereigniszeit und Watermark.</translation>
    </message>
    <message>
        <source>Records older than the watermark (only when drop_late is true).</source>
        <translation>Datensätze, die älter als das Watermark sind (nur wenn drop_late true ist).</translation>
    </message>
    <message>
        <source>The timestamp field that holds each record&apos;s event time.</source>
        <translation>Das Zeitstempelfeld mit der Ereigniszeit jedes Datensatzes.</translation>
    </message>
    <message>
        <source>How late a record may arrive and still be counted (Spark&apos;s withWatermark delay threshold).</source>
        <translation>Wie verspätet ein Datensatz eintreffen darf und trotzdem noch gezählt wird (Verzögerungsschwelle von withWatermark in Spark).</translation>
    </message>
    <message>
        <source>Send records older than the watermark to the late port here. When false, the windows downstream decide what is late, as Spark does.</source>
        <translation>Datensätze, die älter als das Watermark sind, schon hier an den late-Port senden. Bei false entscheiden die nachgelagerten Fenster, was verspätet ist, wie in Spark.</translation>
    </message>
    <message>
        <source>Advance the watermark with the slowest input partition: the smallest of the partitions&apos; largest event times, minus the delay (as Flink aligns its sources). Under trigger once it waits for every partition the run will read. For bounded runs that read partitions in bulk, one after another - replays and previews turn it on - where the records of a partition read later would otherwise be late. A partition that stops sending holds the watermark back, so leave it off for live runs.</source>
        <translation>Das Watermark mit der langsamsten Eingabepartition voranschieben: die kleinste der größten Ereigniszeiten der Partitionen, minus der Verzögerung (so wie Flink seine Quellen ausrichtet). Bei Trigger once wartet es auf jede Partition, die der Lauf lesen wird. Für begrenzte Läufe, die Partitionen nacheinander im Block lesen – Replays und Vorschauen schalten es ein –, bei denen die Datensätze einer später gelesenen Partition sonst verspätet wären. Eine Partition, die nichts mehr sendet, hält das Watermark zurück; für Live-Läufe daher ausgeschaltet lassen.</translation>
    </message>
    <message>
        <source>Tumbling window</source>
        <translation>Tumbling-Fenster</translation>
    </message>
    <message>
        <source>Aggregates records in fixed, non-overlapping event-time windows aligned to the epoch (Spark&apos;s window(ts, size)).</source>
        <translation>Aggregiert Datensätze in festen, nicht überlappenden, an der Epoche ausgerichteten Ereigniszeit-Fenstern (window(ts, size) in Spark).</translation>
    </message>
    <message>
        <source>One row per window and group: window_start, window_end, the group_by fields, then the aggregates.</source>
        <translation>Eine Zeile pro Fenster und Gruppe: window_start, window_end, die group_by-Felder, dann die Aggregate.</translation>
    </message>
    <message>
        <source>Records that only belong to windows already final (behind the watermark).</source>
        <translation>Datensätze, die nur zu bereits abgeschlossenen Fenstern gehören (hinter dem Watermark).</translation>
    </message>
    <message>
        <source>Length of each window, e.g. &quot;10 minutes&quot;.</source>
        <translation>Länge jedes Fensters, z. B. &quot;10 minutes&quot;.</translation>
    </message>
    <message>
        <source>Fields to group by within each window; empty aggregates all records.</source>
        <translation>Felder, nach denen innerhalb jedes Fensters gruppiert wird; leer aggregiert alle Datensätze.</translation>
    </message>
    <message>
        <source>The aggregates to compute: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (optional for count), as (the output column) and q (0 &lt; q &lt; 1, for percentile). Empty counts the records.</source>
        <translation>Die zu berechnenden Aggregate: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (optional bei count), as (die Ausgabespalte) und q (0 &lt; q &lt; 1, für percentile). Leer zählt die Datensätze.</translation>
    </message>
    <message>
        <source>append emits each window once, when the watermark passes its end; update emits the windows that changed in each batch; complete emits every window in each batch.</source>
        <translation>append gibt jedes Fenster einmal aus, sobald das Watermark sein Ende überschreitet; update gibt in jedem Batch die geänderten Fenster aus; complete gibt in jedem Batch alle Fenster aus.</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Sliding-Fenster</translation>
    </message>
    <message>
        <source>Aggregates records in overlapping event-time windows of a fixed size that start every slide (Spark&apos;s window(ts, size, slide)).</source>
        <translation>Aggregiert Datensätze in überlappenden Ereigniszeit-Fenstern fester Größe, die jeweils im Abstand slide beginnen (window(ts, size, slide) in Spark).</translation>
    </message>
    <message>
        <source>How far each window starts after the previous one; at most size. Every record belongs to size/slide windows (at most 1000).</source>
        <translation>Wie weit jedes Fenster nach dem vorherigen beginnt; höchstens size. Jeder Datensatz gehört zu size/slide Fenstern (höchstens 1000).</translation>
    </message>
    <message>
        <source>Session window</source>
        <translation>Session-Fenster</translation>
    </message>
    <message>
        <source>Aggregates bursts of activity per group: a session lasts until no record arrives for gap (Spark&apos;s session_window(ts, gap)).</source>
        <translation>Aggregiert Aktivitätsschübe pro Gruppe: Eine Session dauert, bis für die Dauer gap kein Datensatz eintrifft (session_window(ts, gap) in Spark).</translation>
    </message>
    <message>
        <source>A session closes after this long without a record of its group.</source>
        <translation>Eine Session endet nach dieser Zeit ohne Datensatz ihrer Gruppe.</translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation>SQLite-Tabelle</translation>
    </message>
    <message>
        <source>Writes records to a SQLite table (WAL mode), exactly once: each batch commits together with its batch id.</source>
        <translation>Schreibt Datensätze exactly once in eine SQLite-Tabelle (WAL-Modus): Jeder Batch wird zusammen mit seiner Batch-ID committet.</translation>
    </message>
    <message>
        <source>The database file; created if missing.</source>
        <translation>Die Datenbankdatei; wird angelegt, falls sie fehlt.</translation>
    </message>
    <message>
        <source>The table to write; created from the input schema if missing.</source>
        <translation>Die zu schreibende Tabelle; wird aus dem Eingabeschema angelegt, falls sie fehlt.</translation>
    </message>
    <message>
        <source>upsert replaces the row with the same key (like MERGE); append inserts every record.</source>
        <translation>upsert ersetzt die Zeile mit demselben Schlüssel (wie MERGE); append fügt jeden Datensatz ein.</translation>
    </message>
    <message>
        <source>The fields forming the primary key for upsert; empty uses the input&apos;s natural key (window_start, window_end and the group_by fields of a window).</source>
        <translation>Die Felder, die den Primärschlüssel für upsert bilden; leer verwendet den natürlichen Schlüssel der Eingabe (window_start, window_end und die group_by-Felder eines Fensters).</translation>
    </message>
    <message>
        <source>File sink</source>
        <translation>Dateisenke</translation>
    </message>
    <message>
        <source>Appends records to a file as newline-delimited JSON.</source>
        <translation>Hängt Datensätze als zeilengetrenntes JSON an eine Datei an.</translation>
    </message>
    <message>
        <source>The file to append to; created if missing.</source>
        <translation>Die Datei, an die angehängt wird; wird angelegt, falls sie fehlt.</translation>
    </message>
    <message>
        <source>The file format: one JSON object per line.</source>
        <translation>Das Dateiformat: ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Prints records to standard output, like Spark&apos;s console sink.</source>
        <translation>Gibt Datensätze auf der Standardausgabe aus, wie die Console-Senke von Spark.</translation>
    </message>
    <message>
        <source>Rows printed per batch; 0 prints all.</source>
        <translation>Pro Batch ausgegebene Zeilen; 0 gibt alle aus.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>table prints aligned columns; json prints one object per line.</source>
        <translation>table gibt ausgerichtete Spalten aus; json gibt ein Objekt pro Zeile aus.</translation>
    </message>
    <message>
        <source>Produces each record to a Kafka topic as a JSON object (or one field&apos;s text, with value_field). A batch commits once Kafka acknowledged all of its records (acks=all, idempotent producer). At least once: a batch replayed after a crash is produced again - unless transactional_id is set, which makes each batch one Kafka transaction and the output exactly once.</source>
        <translation>Schreibt jeden Datensatz als JSON-Objekt (oder mit value_field als Text eines Felds) in ein Kafka-Topic. Ein Batch wird committet, sobald Kafka alle seine Datensätze bestätigt hat (acks=all, idempotenter Producer). At least once: Ein nach einem Absturz wiederholter Batch wird erneut geschrieben – außer wenn transactional_id gesetzt ist; dann wird jeder Batch zu einer Kafka-Transaktion und die Ausgabe exactly once.</translation>
    </message>
    <message>
        <source>The topic to produce to.</source>
        <translation>Das Topic, in das geschrieben wird.</translation>
    </message>
    <message>
        <source>The field whose value, as text, is the record key (records with the same key go to the same partition); not set produces without keys.</source>
        <translation>Das Feld, dessen Wert als Text der Datensatzschlüssel ist (Datensätze mit gleichem Schlüssel landen in derselben Partition); nicht gesetzt: ohne Schlüssel schreiben.</translation>
    </message>
    <message>
        <source>The field whose text is the record value, produced verbatim (e.g. &quot;value&quot; to pass a source&apos;s raw records through unchanged); not set produces the whole row as a JSON object.</source>
        <translation>Das Feld, dessen Text unverändert als Datensatzwert geschrieben wird (z. B. &quot;value&quot;, um die Rohdatensätze einer Quelle unverändert durchzureichen); nicht gesetzt: die ganze Zeile als JSON-Objekt schreiben.</translation>
    </message>
    <message>
        <source>Compression of the produced record batches.</source>
        <translation>Komprimierung der geschriebenen Datensatz-Batches.</translation>
    </message>
    <message>
        <source>How records choose a partition: murmur2_random hashes the key like the Java client and spreads keyless records at random; skew_aware does the same but spreads each hot key over hot_key_partitions partitions (per-key order is given up for hot keys only).</source>
        <translation>Wie Datensätze eine Partition wählen: murmur2_random hasht den Schlüssel wie der Java-Client und verteilt Datensätze ohne Schlüssel zufällig; skew_aware macht dasselbe, verteilt aber jeden Hot Key auf hot_key_partitions Partitionen (die Reihenfolge pro Schlüssel wird nur für Hot Keys aufgegeben).</translation>
    </message>
    <message>
        <source>skew_aware: a key is hot while it makes up at least this share of the recent keyed records (a heavy-hitters sketch with decay finds it).</source>
        <translation>skew_aware: Ein Schlüssel ist ein Hot Key, solange er mindestens diesen Anteil der jüngsten Datensätze mit Schlüssel ausmacht (ermittelt durch einen Heavy-Hitters-Sketch mit Abklingen).</translation>
    </message>
    <message>
        <source>skew_aware: the partitions each hot key is spread over, starting at its murmur2 partition (capped by the topic&apos;s partition count).</source>
        <translation>skew_aware: die Partitionen, auf die jeder Hot Key verteilt wird, beginnend bei seiner murmur2-Partition (begrenzt durch die Partitionszahl des Topics).</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Makes each batch one Kafka transaction with this transactional.id, for exactly-once Kafka-to-Kafka pipelines (consumers must read with isolation.level=read_committed); not set: idempotent, at least once. Unique per pipeline instance.</source>
        <translation>Macht jeden Batch zu einer Kafka-Transaktion mit dieser transactional.id, für Exactly-once-Pipelines von Kafka zu Kafka (Consumer müssen mit isolation.level=read_committed lesen); nicht gesetzt: idempotent, at least once. Eindeutig pro Pipeline-Instanz.</translation>
    </message>
    <message>
        <source>Further librdkafka producer properties, e.g. {&quot;linger.ms&quot;: &quot;20&quot;}; applied last, so they override the defaults. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>Weitere librdkafka-Producer-Eigenschaften, z. B. {&quot;linger.ms&quot;: &quot;20&quot;}; werden zuletzt angewendet und überschreiben daher die Standardwerte. Schlüssel, die Programme ausführen oder Code laden (*.cmd, plugin.library.paths, ssl.engine.location, test.*), werden abgelehnt.</translation>
    </message>
    <message>
        <source>When batches run: processing_time starts one every interval; once (or available_now) processes what is available and stops; continuous runs the next batch as soon as the previous ends, for low latency.</source>
        <translation>Wann Batches laufen: processing_time startet einen pro interval; once (oder available_now) verarbeitet das Verfügbare und stoppt; continuous startet den nächsten Batch, sobald der vorherige endet, für geringe Latenz.</translation>
    </message>
    <message>
        <source>Time between batch starts with the processing_time trigger; 0 runs batches back to back.</source>
        <translation>Zeit zwischen Batch-Starts beim Trigger processing_time; 0 führt Batches direkt nacheinander aus.</translation>
    </message>
    <message>
        <source>Most records taken into one micro-batch.</source>
        <translation>Höchstzahl an Datensätzen pro Micro-Batch.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Records buffered between the sources and the engine; sources pause when it is full (backpressure).</source>
        <translation>Zwischen Quellen und Engine gepufferte Datensätze; die Quellen pausieren, wenn der Puffer voll ist (Backpressure).</translation>
    </message>
    <message>
        <source>Checkpoint file (offsets and operator state) for exactly-once restarts; not set runs without a checkpoint.</source>
        <translation>Checkpoint-Datei (Offsets und Operatorzustand) für Exactly-once-Neustarts; nicht gesetzt: Lauf ohne Checkpoint.</translation>
    </message>
    <message>
        <source>host:port where Prometheus metrics are served.</source>
        <translation>host:port, unter dem die Prometheus-Metriken bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Alert when the consumer lag (the oldest unread record&apos;s age, worst partition) stays above this many seconds. Not set: no lag alert.</source>
        <translation>Alarm, wenn der Consumer-Lag (Alter des ältesten ungelesenen Datensatzes, schlechteste Partition) anhaltend über so vielen Sekunden liegt. Nicht gesetzt: kein Lag-Alarm.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Alert when more than this share of the input goes to errors ports. Not set: no error alert.</source>
        <translation>Alarm, wenn mehr als dieser Anteil der Eingabe an errors-Ports geht. Nicht gesetzt: kein Fehler-Alarm.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Alert when the end-to-end p99 latency (read to committed) stays above this. Not set: no latency alert.</source>
        <translation>Alarm, wenn die End-to-End-Latenz p99 (vom Lesen bis zum Commit) anhaltend über diesem Wert liegt. Nicht gesetzt: kein Latenz-Alarm.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a value must stay above its threshold before the alert fires (as a Prometheus rule&apos;s for:). Not set: at once.</source>
        <translation>Wie lange ein Wert über seinem Schwellwert liegen muss, bevor der Alarm auslöst (wie for: einer Prometheus-Regel). Nicht gesetzt: sofort.</translation>
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
        <translation>%1 (%2, Tabelle %3)</translation>
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
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The worker&apos;s Prometheus endpoint: weir-run serves it at the pipeline&apos;s metrics_addr</source>
        <translation>Der Prometheus-Endpunkt des Workers: weir-run stellt ihn unter metrics_addr der Pipeline bereit</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change pipeline settings</source>
        <translation>Pipeline-Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Weir: design, run and watch data pipelines.</source>
        <translation>Weir: Datenpipelines entwerfen, ausführen und beobachten.</translation>
    </message>
    <message>
        <source>A *.weir.json to open.</source>
        <translation>Zu öffnende *.weir.json-Datei.</translation>
    </message>
    <message>
        <source>Open a template (e.g. user_events).</source>
        <translation>Eine Vorlage öffnen (z. B. user_events).</translation>
    </message>
    <message>
        <source>Start running.</source>
        <translation>Ausführung sofort starten.</translation>
    </message>
    <message>
        <source>Where unsaved pipelines write their relative paths.</source>
        <translation>Basisordner für die relativen Pfade ungespeicherter Pipelines.</translation>
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation>Das Fenster als PNG speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Seconds of running before the screenshot.</source>
        <translation>Laufzeit in Sekunden vor dem Screenshot.</translation>
    </message>
    <message>
        <source>Colours for this session: system, light, dark.</source>
        <translation>Farben für diese Sitzung: system, light, dark.</translation>
    </message>
    <message>
        <source>Language of the window: system, en, de, fr, es, ja, zh_CN (default: as chosen in View &gt; Language).</source>
        <translation>Sprache des Fensters: system, en, de, fr, es, ja, zh_CN (Standard: wie unter Ansicht &gt; Sprache gewählt).</translation>
    </message>
    <message>
        <source>Select a node and show its properties.</source>
        <translation>Einen Knoten auswählen und seine Eigenschaften anzeigen.</translation>
    </message>
</context>
<context>
    <name>weir::AboutDialog</name>
    <message>
        <source>Design, run, watch and debug real-time data pipelines.</source>
        <translation>Echtzeit-Datenpipelines entwerfen, ausführen, beobachten und debuggen.</translation>
    </message>
    <message>
        <source>About Weir</source>
        <translation>Über Weir</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, %3.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2, %3.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Versionsinfo kopieren</translation>
    </message>
    <message>
        <source>Weir is built on these libraries:</source>
        <translation>Weir basiert auf diesen Bibliotheken:</translation>
    </message>
</context>
<context>
    <name>weir::AggregatesTable</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>The input field; empty counts rows</source>
        <translation>Das Eingabefeld; leer zählt Zeilen</translation>
    </message>
    <message>
        <source>The quantile of a percentile, 0 &lt; q &lt; 1</source>
        <translation>Das Quantil eines Perzentils, 0 &lt; q &lt; 1</translation>
    </message>
    <message>
        <source>The output column; empty: named after fn and field</source>
        <translation>Die Ausgabespalte; leer: benannt nach fn und field</translation>
    </message>
</context>
<context>
    <name>weir::AlertBanner</name>
    <message>
        <source>Firing alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
</context>
<context>
    <name>weir::BoolParamEdit</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>weir::BoundedRun</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is still running: cancel it first</source>
        <translation>%1 läuft noch: bitte zuerst abbrechen</translation>
    </message>
    <message>
        <source>%1 cancelled: the results hold what was read until then</source>
        <translation>%1 abgebrochen: Die Ergebnisse enthalten, was bis dahin gelesen wurde</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionCheck</name>
    <message>
        <source>dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>raw records</source>
        <translation>Rohdatensätze</translation>
    </message>
    <message>
        <source>records parsed by &apos;%1&apos;</source>
        <translation>von „%1“ geparste Datensätze</translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos;</source>
        <translation>die Zeilen von „%1“</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>es gibt keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown node type &apos;%2&apos;</source>
        <translation>„%1“ hat einen unbekannten Knotentyp „%2“</translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation>ein Knoten kann sich nicht selbst speisen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a sink (%2): sinks have no outputs</source>
        <translation>„%1“ ist eine Senke (%2): Senken haben keine Ausgänge</translation>
    </message>
    <message>
        <source>%1 has no port &apos;%2&apos;; its ports: %3</source>
        <translation>%1 hat keinen Port „%2“; seine Ports: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a source (%2) and takes no input</source>
        <translation>„%1“ ist eine Quelle (%2) und nimmt keine Eingabe an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already fed by %2 with %3; %4 carries %5, and all inputs of a node must carry the same records</source>
        <translation>„%1“ wird bereits von %2 mit %3 gespeist; %4 liefert %5, und alle Eingänge eines Knotens müssen dieselben Datensätze liefern</translation>
    </message>
    <message>
        <source>%1 already feeds &apos;%2&apos;</source>
        <translation>%1 speist bereits „%2“</translation>
    </message>
    <message>
        <source>this would close a cycle: %1 -&gt; %2; records must flow from sources to sinks</source>
        <translation>dies würde einen Zyklus schließen: %1 -&gt; %2; Datensätze müssen von Quellen zu Senken fließen</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionDrag</name>
    <message>
        <source>Reconnect %1.%2 to %3</source>
        <translation>%1.%2 neu mit %3 verbinden</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterPanel</name>
    <message>
        <source>Dead-letter store</source>
        <translation>Dead-Letter-Speicher</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>%1. Nothing was removed from the store.</source>
        <translation>%1. Es wurde nichts aus dem Speicher entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s) into the pipeline&apos;s sinks</source>
        <translation>
            <numerusform>%n Dead Letter erneut in die Senken der Pipeline eingespeist</numerusform>
            <numerusform>%n Dead Letters erneut in die Senken der Pipeline eingespeist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed again and are back in the store with their new reason</source>
        <translation>
            <numerusform>; %n ist erneut fehlgeschlagen und mit neuem Grund wieder im Speicher</numerusform>
            <numerusform>; %n sind erneut fehlgeschlagen und mit neuem Grund wieder im Speicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be re-driven (see the log)</source>
        <translation>
            <numerusform>; %n konnte nicht erneut eingespeist werden (siehe Protokoll)</numerusform>
            <numerusform>; %n konnten nicht erneut eingespeist werden (siehe Protokoll)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s), but could not remove them from the store: %1</source>
        <translation>
            <numerusform>%n Dead Letter erneut eingespeist, aber nicht aus dem Speicher entfernt: %1</numerusform>
            <numerusform>%n Dead Letters erneut eingespeist, aber nicht aus dem Speicher entfernt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters are kept: wire a parser&apos;s errors port to a file or SQLite sink to keep them.</source>
        <translation>Es werden keine Dead Letters aufbewahrt: Verbinden Sie den errors-Port eines Parsers mit einer Datei- oder SQLite-Senke, um sie aufzubewahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n Dead Letter</numerusform>
            <numerusform>%n Dead Letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the dead letters: %1</source>
        <translation>Dead Letters können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-driving %n letter(s)…</source>
        <translation>
            <numerusform>%n Dead Letter wird erneut eingespeist…</numerusform>
            <numerusform>%n Dead Letters werden erneut eingespeist…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 of %2 not re-driven: %3</source>
        <translation>Dead Letter %1 von %2 nicht erneut eingespeist: %3</translation>
    </message>
    <message>
        <source>None of the selected letters can be re-driven (see the log)</source>
        <translation>Keiner der ausgewählten Dead Letters kann erneut eingespeist werden (siehe Protokoll)</translation>
    </message>
    <message>
        <source>Cannot re-drive: %1</source>
        <translation>Erneutes Einspeisen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Re-drive</source>
        <translation>Erneut einspeisen</translation>
    </message>
    <message>
        <source> The sinks&apos; batch markers could not be put back (%1): a run with a checkpoint may skip its next batch there.</source>
        <translation> Die Batch-Markierungen der Senken konnten nicht zurückgesetzt werden (%1): Ein Lauf mit Checkpoint überspringt dort eventuell seinen nächsten Batch.</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterView</name>
    <message>
        <source>Re-drive selected</source>
        <translation>Auswahl erneut einspeisen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Send the selected records through the pipeline again, into its real sinks, and remove them from this store; those that fail again come back with their new reason</source>
        <translation>Die ausgewählten Datensätze erneut durch die Pipeline in ihre echten Senken senden und aus diesem Speicher entfernen; erneut fehlschlagende kommen mit ihrem neuen Grund zurück</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>Wert</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Original bytes as text</source>
        <translation>Originalbytes als Text</translation>
    </message>
    <message>
        <source>Original bytes in hex</source>
        <translation>Originalbytes in Hex</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>1 dead letter</source>
        <translation>1 Dead Letter</translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation>%1 Dead Letters</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Re-drive selected (%1)</source>
        <translation>Auswahl erneut einspeisen (%1)</translation>
    </message>
    <message>
        <source>Select a letter to see its original bytes.</source>
        <translation>Wählen Sie einen Dead Letter aus, um seine Originalbytes zu sehen.</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(unbekannte Quelle)</translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation>Zeile %1 von Tabelle %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, partition %2, offset %3 — stored by %4, %5</source>
        <translation>%1, Partition %2, Offset %3 — gespeichert von %4, %5</translation>
    </message>
</context>
<context>
    <name>weir::DesignerActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty pipeline</source>
        <translation>Eine neue, leere Pipeline anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a *.weir.json pipeline</source>
        <translation>Eine *.weir.json-Pipeline öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the pipeline</source>
        <translation>Die Pipeline speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the pipeline under a new name</source>
        <translation>Die Pipeline unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Weir</source>
        <translation>Weir beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>Die ausgewählten Knoten ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected nodes and the connections among them (as pipeline JSON)</source>
        <translation>Die ausgewählten Knoten und ihre Verbindungen untereinander kopieren (als Pipeline-JSON)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>Knoten einfügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation>Die ausgewählten Knoten duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected nodes and connections</source>
        <translation>Die ausgewählten Knoten und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>Alle Knoten auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the leftmost one</source>
        <translation>Die ausgewählten Knoten am äußersten linken Knoten ausrichten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the topmost one</source>
        <translation>Die ausgewählten Knoten am obersten Knoten ausrichten</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lay the pipeline out left to right in flow order</source>
        <translation>Die Pipeline von links nach rechts in Flussrichtung anordnen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Gitter einrasten</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Snap moved and dropped nodes to the grid</source>
        <translation>Verschobene und abgelegte Knoten am Gitter einrasten</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the whole pipeline</source>
        <translation>Die ganze Pipeline anzeigen</translation>
    </message>
    <message>
        <source>Search the palette of node types</source>
        <translation>Die Palette der Knotentypen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Run the pipeline on the engine thread until stopped</source>
        <translation>Die Pipeline im Engine-Thread ausführen, bis sie gestoppt wird</translation>
    </message>
    <message>
        <source>Run &amp;Once</source>
        <translation>&amp;Einmal ausführen</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>Run until the sources are drained, then stop</source>
        <translation>Ausführen, bis die Quellen erschöpft sind, dann stoppen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the run (sources stop reading); again to resume</source>
        <translation>Den Lauf pausieren (die Quellen lesen nicht weiter); erneut auslösen zum Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Finish the batch in flight, commit and stop</source>
        <translation>Den laufenden Batch abschließen, committen und stoppen</translation>
    </message>
    <message>
        <source>&amp;Copy Sandbox Broker Address</source>
        <translation>Sandbox-Broker-Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the embedded sandbox broker&apos;s bootstrap servers, for outside producers and consumers</source>
        <translation>Die Bootstrap-Server des eingebetteten Sandbox-Brokers kopieren, für externe Producer und Consumer</translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation>&amp;Monitor anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Bring the live monitor&apos;s charts forward</source>
        <translation>Die Diagramme des Live-Monitors in den Vordergrund holen</translation>
    </message>
    <message>
        <source>Export &amp;Alert Rules…</source>
        <translation>Alarm&amp;regeln exportieren…</translation>
    </message>
    <message>
        <source>Save the pipeline&apos;s alert thresholds as a Prometheus alerting-rules file, for its headless workers</source>
        <translation>Die Alarmschwellen der Pipeline als Prometheus-Regeldatei speichern, für ihre Worker ohne Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Browse Topics</source>
        <translation>&amp;Topics durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Browse a Kafka cluster: topics, consumer groups and messages</source>
        <translation>Einen Kafka-Cluster durchsuchen: Topics, Consumer Groups und Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Replay Through Pipeline…</source>
        <translation>Durch die Pipeline a&amp;bspielen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run the pipeline over an exact offset or time range of a topic, into a scratch folder, and compare with an earlier replay</source>
        <translation>Die Pipeline auf einen exakten Offset- oder Zeitbereich eines Topics anwenden, mit Ausgabe in einen temporären Ordner, und mit einem früheren Replay vergleichen</translation>
    </message>
    <message>
        <source>&amp;Preview Data</source>
        <translation>Daten&amp;vorschau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Run the pipeline on its first records without touching its sinks, then click a node to see what it sent</source>
        <translation>Die Pipeline mit ihren ersten Datensätzen ausführen, ohne in die Senken zu schreiben; dann auf einen Knoten klicken, um zu sehen, was er ausgegeben hat</translation>
    </message>
    <message>
        <source>&amp;Dead Letters</source>
        <translation>&amp;Dead Letters</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Records that failed parsing: why, where from, and re-drive them after fixing the schema</source>
        <translation>Datensätze, deren Parsen fehlgeschlagen ist: Grund, Herkunft und erneutes Einspeisen nach Korrektur des Schemas</translation>
    </message>
    <message>
        <source>&amp;About Weir</source>
        <translation>&amp;Über Weir</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>Version und Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>Debu&amp;g</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Align Le&amp;ft</source>
        <translation>Li&amp;nks ausrichten</translation>
    </message>
    <message>
        <source>Align T&amp;op</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Auto-La&amp;yout</source>
        <translation>Auto-La&amp;yout</translation>
    </message>
    <message>
        <source>Find &amp;Node Type…</source>
        <translation>Knoten&amp;typ suchen…</translation>
    </message>
</context>
<context>
    <name>weir::DesktopNotifier</name>
    <message>
        <source>no desktop notification service on the session bus</source>
        <translation>kein Desktop-Benachrichtigungsdienst auf dem Session-Bus</translation>
    </message>
    <message>
        <source>, and no system tray</source>
        <translation>, auch kein System-Tray</translation>
    </message>
</context>
<context>
    <name>weir::DocumentController</name>
    <message>
        <source>Weir pipelines (*.weir.json);;JSON files (*.json);;All files (*)</source>
        <translation>Weir-Pipelines (*.weir.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation>Die Vorlage konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The document has no file yet: use Save As.</source>
        <translation>Das Dokument hat noch keine Datei: Verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Save pipeline as</source>
        <translation>Pipeline speichern unter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>weir::DurationEdit</name>
    <message>
        <source>
Written like &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; or &quot;500ms&quot;.</source>
        <translation>
Angabe wie &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; oder &quot;500ms&quot;.</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>keine Dauer</translation>
    </message>
</context>
<context>
    <name>weir::EngineController</name>
    <message>
        <source>a run is still active: stop it first</source>
        <translation>ein Lauf ist noch aktiv: bitte zuerst stoppen</translation>
    </message>
</context>
<context>
    <name>weir::FetchStartEdit</name>
    <message>
        <source>From offset</source>
        <translation>Ab Offset</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Ab Zeitpunkt</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>offset, e.g. 1200</source>
        <translation>Offset, z. B. 1200</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z oder Epoch-ms</translation>
    </message>
    <message>
        <source>The offset must be a whole number of 0 or more.</source>
        <translation>Der Offset muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>Geben Sie die Zeit als 2026-11-26T03:00:00Z oder als Epoch-Millisekunden an.</translation>
    </message>
</context>
<context>
    <name>weir::FieldListEdit</name>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>Add a name to %1</source>
        <translation>Einen Namen zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected names</source>
        <translation>Die ausgewählten Namen entfernen</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
</context>
<context>
    <name>weir::KafkaBrowser</name>
    <message>
        <source>Kafka topics</source>
        <translation>Kafka-Topics</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Consumer Groups</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>cannot list the topics</source>
        <translation>Topics können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot list the consumer groups</source>
        <translation>Consumer Groups können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>
Look a group up by its id instead.</source>
        <translation>
Rufen Sie die Gruppe stattdessen über ihre ID ab.</translation>
    </message>
    <message>
        <source>cannot read group %1</source>
        <translation>Gruppe %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>weir::KafkaConnectionBar</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>host:port,... or embedded (the sandbox)</source>
        <translation>host:port,... oder embedded (die Sandbox)</translation>
    </message>
    <message>
        <source>Bootstrap servers; &quot;embedded&quot; is Weir&apos;s in-process sandbox</source>
        <translation>Bootstrap-Server; &quot;embedded&quot; ist die prozessinterne Sandbox von Weir</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>librdkafka properties for this connection</source>
        <translation>librdkafka-Eigenschaften für diese Verbindung</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap-Server:</translation>
    </message>
</context>
<context>
    <name>weir::KafkaGroupsView</name>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation>Offsets zurücksetzen…</translation>
    </message>
    <message>
        <source>Move the selected group&apos;s committed offsets</source>
        <translation>Die committeten Offsets der ausgewählten Gruppe verschieben</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committet</translation>
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No committed offsets</source>
        <translation>Keine committeten Offsets</translation>
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
        <translation>Zeitstempel (UTC)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Select a message to see it here</source>
        <translation>Wählen Sie eine Nachricht aus, um sie hier zu sehen</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>Angezeigte exportieren…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Replay selection through pipeline…</source>
        <translation>Auswahl durch die Pipeline abspielen…</translation>
    </message>
    <message>
        <source>Run the current pipeline over the selected offsets of each partition</source>
        <translation>Die aktuelle Pipeline über die ausgewählten Offsets jeder Partition ausführen</translation>
    </message>
    <message>
        <source>Select the messages to replay first.</source>
        <translation>Wählen Sie zuerst die abzuspielenden Nachrichten aus.</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>Alle Partitionen</translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>cannot read topic %1</source>
        <translation>Topic %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No newer messages.</source>
        <translation>Keine neueren Nachrichten.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Keine älteren Nachrichten.</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1: %2 Nachrichten</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl)</source>
        <translation>NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
</context>
<context>
    <name>weir::KafkaSearchBar</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Text: found in the key or the value, any case.
Expression: a condition over partition, offset, timestamp, key, value, headers,
e.g. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</source>
        <translation>Text: wird im Schlüssel oder Wert gesucht, ohne Beachtung der Groß-/Kleinschreibung.
Ausdruck: eine Bedingung über partition, offset, timestamp, key, value, headers,
z. B. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>Schlüssel und Werte durchsuchen…</translation>
    </message>
    <message>
        <source>partition = 0 and offset &gt;= 100</source>
        <translation>partition = 0 and offset &gt;= 100</translation>
    </message>
    <message>
        <source>Connect and choose a topic before searching.</source>
        <translation>Verbinden Sie sich und wählen Sie ein Topic, bevor Sie suchen.</translation>
    </message>
    <message>
        <source>Search expression: %1</source>
        <translation>Suchausdruck: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 matches in %2 of %3 records</source>
        <translation>Abgebrochen: %1 Treffer in %2 von %3 Datensätzen</translation>
    </message>
    <message>
        <source>%1 matches in %2 of %3 records</source>
        <translation>%1 Treffer in %2 von %3 Datensätzen</translation>
    </message>
    <message>
        <source> (stopped at the first %1)</source>
        <translation> (nach den ersten %1 angehalten)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird durchsucht…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>at most %1 per partition</source>
        <translation>höchstens %1 pro Partition</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>search from a position</comment>
        <translation>ab %1</translation>
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
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation>Rate (msg/s)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>First offset</source>
        <translation>Erster Offset</translation>
    </message>
    <message>
        <source>End offset</source>
        <translation>End-Offset</translation>
    </message>
</context>
<context>
    <name>weir::KafkaWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
</context>
<context>
    <name>weir::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>weir::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Weir will use %1 from its next start.</source>
        <translation>Weir verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>weir::MainWindow</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Laufhistorie</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Dead Letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Laufübersicht</translation>
    </message>
    <message>
        <source>Sandbox broker address</source>
        <translation>Sandbox-Broker-Adresse</translation>
    </message>
    <message>
        <source>Outside Kafka clients (kcat, kafka-python) can produce to and consume from the sandbox broker at this address</source>
        <translation>Externe Kafka-Clients (kcat, kafka-python) können unter dieser Adresse in den Sandbox-Broker schreiben und aus ihm lesen</translation>
    </message>
    <message>
        <source>Sandbox broker: %1</source>
        <translation>Sandbox-Broker: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Nichts einzufügen: %1</translation>
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
        <translation>Linien</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>%1 als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorController</name>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alarm aufgehoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history ended with the application and are marked interrupted</source>
        <translation>
            <numerusform>%n Lauf in der Historie endete mit dem Beenden der Anwendung und ist als unterbrochen markiert</numerusform>
            <numerusform>%n Läufe in der Historie endeten mit dem Beenden der Anwendung und sind als unterbrochen markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Run history is off: %1</source>
        <translation>Laufhistorie ist aus: %1</translation>
    </message>
    <message>
        <source>Run history: %1</source>
        <translation>Laufhistorie: %1</translation>
    </message>
    <message>
        <source>Could not open the run: %1</source>
        <translation>Der Lauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The alert thresholds are not valid: %1</source>
        <translation>Die Alarmschwellen sind ungültig: %1</translation>
    </message>
    <message>
        <source>The pipeline has no alert thresholds: set alerts.lag_seconds, alerts.error_percent or alerts.latency_p99_ms in its properties</source>
        <translation>Die Pipeline hat keine Alarmschwellen: Setzen Sie alerts.lag_seconds, alerts.error_percent oder alerts.latency_p99_ms in ihren Eigenschaften</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Alert Rules</source>
        <translation>Alarmregeln exportieren</translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation>Prometheus-Regeln (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Alert rules written to %1 (load them with rule_files: in prometheus.yml)</source>
        <translation>Alarmregeln nach %1 geschrieben (laden Sie sie mit rule_files: in prometheus.yml)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Weir alert</source>
        <translation>Weir-Alarm</translation>
    </message>
    <message>
        <source>Alerts show here and in the monitor only: %1</source>
        <translation>Alarme erscheinen nur hier und im Monitor: %1</translation>
    </message>
</context>
<context>
    <name>weir::MonitorPanel</name>
    <message>
        <source>Scroll back in time</source>
        <translation>In der Zeit zurückscrollen</translation>
    </message>
    <message>
        <source>Scroll back through the run (pauses following)</source>
        <translation>Im Lauf zurückscrollen (pausiert „Live folgen“)</translation>
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
        <translation>Ganzer Lauf</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitbereich</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>Wie viel vom Lauf die Diagramme zeigen</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>Keep the newest sample in view; uncheck to pause and scroll back with the wheel, by dragging or the scroll bar</source>
        <translation>Den neuesten Messwert im Blick behalten; abwählen, um anzuhalten und mit dem Mausrad, durch Ziehen oder mit der Bildlaufleiste zurückzuscrollen</translation>
    </message>
    <message>
        <source>Lag in offsets</source>
        <translation>Lag in Offsets</translation>
    </message>
    <message>
        <source>Lag in seconds</source>
        <translation>Lag in Sekunden</translation>
    </message>
    <message>
        <source>Consumer lag unit</source>
        <translation>Einheit des Consumer-Lags</translation>
    </message>
    <message>
        <source>Show consumer lag as offsets behind or as seconds behind</source>
        <translation>Consumer-Lag als Rückstand in Offsets oder in Sekunden anzeigen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export a chart</source>
        <translation>Ein Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or its data as CSV</source>
        <translation>Ein Diagramm als PNG-Bild oder seine Daten als CSV speichern</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation>Ganze Pipeline</translation>
    </message>
    <message>
        <source>Monitor scope</source>
        <translation>Monitor-Umfang</translation>
    </message>
    <message>
        <source>The whole pipeline, or one node (click a node on the canvas)</source>
        <translation>Die ganze Pipeline oder ein Knoten (klicken Sie auf einen Knoten auf der Zeichenfläche)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>in</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>late/s</source>
        <translation>verspätet/s</translation>
    </message>
    <message>
        <source>% input</source>
        <translation>% Eingabe</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>Dead letters &amp; late records</source>
        <translation>Dead Letters &amp; verspätete Datensätze</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>late records</source>
        <translation>verspätete Datensätze</translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation>End-to-End-Latenz</translation>
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
        <translation>Batch-Dauer</translation>
    </message>
    <message>
        <source>batch p99</source>
        <translation>Batch p99</translation>
    </message>
    <message>
        <source>Watermark delay</source>
        <translation>Watermark-Verzögerung</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Queue &amp; backpressure</source>
        <translation>Warteschlange &amp; Backpressure</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Füllstand</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>Consumer-Lag</translation>
    </message>
    <message>
        <source>offsets</source>
        <translation>Offsets</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Throughput — %1</source>
        <translation>Durchsatz — %1</translation>
    </message>
    <message>
        <source>Errors — %1</source>
        <translation>Fehler — %1</translation>
    </message>
    <message>
        <source>Errors &amp; late records — %1</source>
        <translation>Fehler &amp; verspätete Datensätze — %1</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>Processing time — %1</source>
        <translation>Verarbeitungszeit — %1</translation>
    </message>
    <message>
        <source>ms/batch</source>
        <translation>ms/Batch</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorView</name>
    <message>
        <source>This Run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>Remote Workers</source>
        <translation>Remote-Worker</translation>
    </message>
    <message>
        <source>Chart the pipeline running in this window</source>
        <translation>Diagramme der in diesem Fenster laufenden Pipeline anzeigen</translation>
    </message>
    <message>
        <source>Chart the remote workers added in the Workers panel</source>
        <translation>Diagramme der im Bereich „Worker“ hinzugefügten Remote-Worker anzeigen</translation>
    </message>
    <message>
        <source>All workers summed, or one worker</source>
        <translation>Alle Worker summiert oder ein einzelner Worker</translation>
    </message>
    <message>
        <source>Worker shown</source>
        <translation>Angezeigter Worker</translation>
    </message>
    <message>
        <source>Showing this window&apos;s run</source>
        <translation>Zeigt den Lauf dieses Fensters</translation>
    </message>
    <message>
        <source>Showing the remote workers</source>
        <translation>Zeigt die Remote-Worker</translation>
    </message>
    <message>
        <source>Showing a past run: %1</source>
        <translation>Zeigt einen früheren Lauf: %1</translation>
    </message>
    <message>
        <source>All workers (summed)</source>
        <translation>Alle Worker (summiert)</translation>
    </message>
</context>
<context>
    <name>weir::NodeItem</name>
    <message>
        <source>Unknown node type &apos;%1&apos;</source>
        <translation>Unbekannter Knotentyp „%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;&lt;br&gt;Drag an output port here to feed this node.</source>
        <translation>&lt;b&gt;Eingang&lt;/b&gt;&lt;br&gt;Ziehen Sie einen Ausgangsport hierher, um diesen Knoten zu speisen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Problem&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Probleme&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s) firing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n aktiver Alarm&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n aktive Alarme&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weir::NodePalette</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformationen</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Senken</translation>
    </message>
    <message>
        <source>Search nodes</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>Search node types</source>
        <translation>Knotentypen suchen</translation>
    </message>
    <message>
        <source>Filter by title, type or description; Enter adds the first match</source>
        <translation>Nach Titel, Typ oder Beschreibung filtern; Enter fügt den ersten Treffer hinzu</translation>
    </message>
    <message>
        <source>No node type matches “%1”.</source>
        <translation>Kein Knotentyp passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>weir::NodePaletteTree</name>
    <message>
        <source>Node types</source>
        <translation>Knotentypen</translation>
    </message>
</context>
<context>
    <name>weir::NumberEdit</name>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Mindestens %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Höchstens %1</translation>
    </message>
</context>
<context>
    <name>weir::OffsetResetDialog</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset offsets of group %1</source>
        <translation>Offsets der Gruppe %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Früheste</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Explicit offsets</source>
        <translation>Explizite Offsets</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z oder Epoch-ms</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>After reset</source>
        <translation>Nach Zurücksetzen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Verschieben auf:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Preview lists the partitions; then type the new offsets in &quot;After reset&quot; and preview again.</source>
        <translation>„Vorschau“ listet die Partitionen auf; tragen Sie dann die neuen Offsets unter „Nach Zurücksetzen“ ein und klicken Sie erneut auf „Vorschau“.</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Wählen Sie ein Topic.</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>Geben Sie die Zeit als 2026-11-26T03:00:00Z oder als Epoch-Millisekunden an.</translation>
    </message>
    <message>
        <source>Reading offsets…</source>
        <translation>Offsets werden gelesen…</translation>
    </message>
    <message>
        <source>Preview failed</source>
        <translation>Vorschau fehlgeschlagen</translation>
    </message>
    <message>
        <source>Type the new offsets in &quot;After reset&quot;.</source>
        <translation>Tragen Sie die neuen Offsets unter „Nach Zurücksetzen“ ein.</translation>
    </message>
    <message>
        <source>Preview: nothing changed yet.</source>
        <translation>Vorschau: Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>Type the new offsets first.</source>
        <translation>Tragen Sie zuerst die neuen Offsets ein.</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Wird committet…</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>Done: the group&apos;s committed offsets moved.</source>
        <translation>Fertig: Die committeten Offsets der Gruppe wurden verschoben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>An offset is a whole number of 0 or more.</source>
        <translation>Ein Offset ist eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>Committeter Offset</translation>
    </message>
</context>
<context>
    <name>weir::ParamRow</name>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 auf den Standardwert zurücksetzen</translation>
    </message>
</context>
<context>
    <name>weir::ParamTable</name>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>weir::PipelineEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3</source>
        <translation>%1.%2 mit %3 verbinden</translation>
    </message>
    <message>
        <source>Disconnect %1.%2 from %3</source>
        <translation>%1.%2 von %3 trennen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the parameters of %1</source>
        <translation>Die Parameter von %1 setzen</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>es gibt keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation>ein Knoten braucht eine ID</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is taken by another node</source>
        <translation>die ID „%1“ ist bereits von einem anderen Knoten belegt</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Align %n nodes</source>
        <translation>
            <numerusform>%n Knoten ausrichten</numerusform>
            <numerusform>%n Knoten ausrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Auto-Layout</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>weir::PipelineModel</name>
    <message>
        <source>cannot read pipeline file &apos;%1&apos;: %2</source>
        <translation>Pipeline-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineOverview</name>
    <message>
        <source>Pipeline overview</source>
        <translation>Pipeline-Übersicht</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>weir::PipelineScene</name>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to errors</source>
        <translation>
            <numerusform>%n Datensatz an errors gesendet</numerusform>
            <numerusform>%n Datensätze an errors gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late record(s)</source>
        <translation>
            <numerusform>%n verspäteter Datensatz</numerusform>
            <numerusform>%n verspätete Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s, %2 in all</source>
        <translation>%1 Datensätze/s, %2 insgesamt</translation>
    </message>
</context>
<context>
    <name>weir::PipelineView</name>
    <message>
        <source>Pipeline canvas</source>
        <translation>Pipeline-Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>weir::PreviewController</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Records to preview per source</source>
        <translation>Datensätze pro Quelle für die Vorschau</translation>
    </message>
    <message>
        <source>Source the sample file replaces</source>
        <translation>Quelle, die die Beispieldatei ersetzt</translation>
    </message>
    <message>
        <source>Preview a sample NDJSON file instead of one source&apos;s data</source>
        <translation>Vorschau einer NDJSON-Beispieldatei statt der Daten einer Quelle</translation>
    </message>
    <message>
        <source>sample.ndjson</source>
        <translation>sample.ndjson</translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation>Beispieldatei</translation>
    </message>
    <message>
        <source>Runs the pipeline on its first records without touching its sinks; then click a node on the canvas to see what it sent.</source>
        <translation>Führt die Pipeline mit ihren ersten Datensätzen aus, ohne in die Senken zu schreiben; klicken Sie dann auf einen Knoten auf der Zeichenfläche, um zu sehen, was er ausgegeben hat.</translation>
    </message>
    <message>
        <source>Sample File</source>
        <translation>Beispieldatei</translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Zeilengetrenntes JSON (*.ndjson *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Previewed %L1 records. Click a node to see its records.</source>
        <translation>Vorschau mit %L1 Datensätzen erstellt. Klicken Sie auf einen Knoten, um seine Datensätze zu sehen.</translation>
    </message>
    <message>
        <source>its sources</source>
        <translation>ihren Quellen</translation>
    </message>
    <message>
        <source>a sample file for %1</source>
        <translation>einer Beispieldatei für %1</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>Der Vorschauordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Planning the preview…</source>
        <translation>Vorschau wird geplant…</translation>
    </message>
    <message>
        <source>Choose the sample file, or preview the sources themselves</source>
        <translation>Wählen Sie die Beispieldatei oder zeigen Sie die Quellen selbst in der Vorschau an</translation>
    </message>
    <message>
        <source>Preview cancelled before it started</source>
        <translation>Vorschau vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Vorschau nicht möglich: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau läuft…</translation>
    </message>
    <message>
        <source>First %1 records per source from %2</source>
        <translation>Erste %1 Datensätze pro Quelle aus %2</translation>
    </message>
</context>
<context>
    <name>weir::PreviewPanel</name>
    <message>
        <source>Records the node sent to its &apos;%1&apos; port</source>
        <translation>Datensätze, die der Knoten an seinen Port „%1“ gesendet hat</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>Vorschau-Datensätze</translation>
    </message>
    <message>
        <source>No preview yet: run one to see records here</source>
        <translation>Noch keine Vorschau: Starten Sie eine, um hier Datensätze zu sehen</translation>
    </message>
    <message>
        <source>Select a node to see its records</source>
        <translation>Wählen Sie einen Knoten aus, um seine Datensätze zu sehen</translation>
    </message>
    <message>
        <source>%1 — input</source>
        <translation>%1 — Eingang</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records</source>
        <translation>Die ersten %1 von %2 Datensätzen werden angezeigt</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
</context>
<context>
    <name>weir::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(Pipeline)</translation>
    </message>
</context>
<context>
    <name>weir::PropertyEditor</name>
    <message>
        <source>The node&apos;s name: unique in the pipeline; edges, problems and metrics name the node by it.</source>
        <translation>Der Name des Knotens: eindeutig in der Pipeline; Verbindungen, Probleme und Metriken verweisen darüber auf den Knoten.</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name, shown in the title and in metrics.</source>
        <translation>Der Name der Pipeline, angezeigt im Titel und in Metriken.</translation>
    </message>
    <message>
        <source>What the pipeline does, for the people who read it.</source>
        <translation>Was die Pipeline tut, für alle, die sie lesen.</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name and description, and how it runs: trigger, batch sizes, checkpoint and metrics.</source>
        <translation>Name und Beschreibung der Pipeline und wie sie läuft: Trigger, Batch-Größen, Checkpoint und Metriken.</translation>
    </message>
    <message>
        <source>Unknown node type</source>
        <translation>Unbekannter Knotentyp</translation>
    </message>
    <message>
        <source>The engine has no node type &apos;%1&apos;.</source>
        <translation>Die Engine hat keinen Knotentyp „%1“.</translation>
    </message>
</context>
<context>
    <name>weir::RemoteWorkers</name>
    <message>
        <source>not Prometheus text: %1</source>
        <translation>kein Prometheus-Text: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 von %3</translation>
    </message>
    <message>
        <source>connection refused by %1 (is the worker running with --metrics-addr?)</source>
        <translation>Verbindung von %1 abgelehnt (läuft der Worker mit --metrics-addr?)</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>weir::ReplayPanel</name>
    <message>
        <source>Dr&amp;y run (count only)</source>
        <translation>Probe&amp;lauf (nur zählen)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Each replay writes into its own folder under %1; the pipeline&apos;s real sinks, topics and consumer groups are not touched</source>
        <translation>Jedes Replay schreibt in einen eigenen Ordner unter %1; die echten Senken, Topics und Consumer Groups der Pipeline bleiben unberührt</translation>
    </message>
    <message>
        <source>Replaying: %L1 of %L2 records read</source>
        <translation>Replay: %L1 von %L2 Datensätzen gelesen</translation>
    </message>
    <message>
        <source>Choose a range and press Replay. The sandbox broker keeps at most 5 MiB or 100,000 message sets per partition.</source>
        <translation>Wählen Sie einen Bereich und klicken Sie auf „Abspielen“. Der Sandbox-Broker behält höchstens 5 MiB oder 100.000 Message-Sets pro Partition.</translation>
    </message>
    <message>
        <source>This pipeline has no Kafka source: there is no topic to replay.</source>
        <translation>Diese Pipeline hat keine Kafka-Quelle: Es gibt kein Topic zum Abspielen.</translation>
    </message>
    <message>
        <source>Reading the partitions of %1…</source>
        <translation>Partitionen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation>Die Partitionen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s). Narrow From/To per partition, or choose a time range.</source>
        <translation>
            <numerusform>%1: %n Partition. Grenzen Sie Von/Bis pro Partition ein oder wählen Sie einen Zeitbereich.</numerusform>
            <numerusform>%1: %n Partitionen. Grenzen Sie Von/Bis pro Partition ein oder wählen Sie einen Zeitbereich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the replay folder %1</source>
        <translation>Der Replay-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Resolving the range on the cluster…</source>
        <translation>Bereich wird auf dem Cluster aufgelöst…</translation>
    </message>
    <message>
        <source>Replay cancelled before it started</source>
        <translation>Replay vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>Replay nicht möglich: %1</translation>
    </message>
    <message>
        <source>Replaying %L1 records…</source>
        <translation>%L1 Datensätze werden abgespielt…</translation>
    </message>
    <message>
        <source>Replay %1: %L2 records into %3</source>
        <translation>Replay %1: %L2 Datensätze, Ziel: %3</translation>
    </message>
    <message>
        <source>a dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Replayed %L1 records. Rows per sink: %2%3</source>
        <translation>%L1 Datensätze abgespielt. Zeilen pro Senke: %2%3</translation>
    </message>
    <message>
        <source> (dry run: nothing kept)</source>
        <translation> (Probelauf: nichts aufbewahrt)</translation>
    </message>
    <message>
        <source>. Results in %1</source>
        <translation>. Ergebnisse in %1</translation>
    </message>
    <message>
        <source>Sinks into a scratch fol&amp;der</source>
        <translation>Senken in temporären Or&amp;dner umleiten</translation>
    </message>
</context>
<context>
    <name>weir::ReplayRangeForm</name>
    <message>
        <source>Topic to replay</source>
        <translation>Abzuspielendes Topic</translation>
    </message>
    <message>
        <source>&amp;Offsets</source>
        <translation>&amp;Offsets</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>&amp;Zeitbereich</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Ältester</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>Bis (exklusiv)</translation>
    </message>
    <message>
        <source>Edit From and To per partition; From = To reads nothing from that partition</source>
        <translation>Von und Bis pro Partition bearbeiten; Von = Bis liest nichts aus dieser Partition</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Matched against each record&apos;s Kafka timestamp, in every partition.</source>
        <translation>Wird in jeder Partition mit dem Kafka-Zeitstempel jedes Datensatzes abgeglichen.</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>To&amp;pic:</translation>
    </message>
    <message>
        <source>Choose a topic: the pipeline has no Kafka source with a named topic</source>
        <translation>Wählen Sie ein Topic: Die Pipeline hat keine Kafka-Quelle mit benanntem Topic</translation>
    </message>
    <message>
        <source>The time range is empty: From must be before To</source>
        <translation>Der Zeitbereich ist leer: Von muss vor Bis liegen</translation>
    </message>
    <message>
        <source>The partitions of %1 are not known yet</source>
        <translation>Die Partitionen von %1 sind noch nicht bekannt</translation>
    </message>
    <message>
        <source>Partition %1: From and To must be offsets (whole numbers, 0 or more)</source>
        <translation>Partition %1: Von und Bis müssen Offsets sein (ganze Zahlen ab 0)</translation>
    </message>
    <message>
        <source>Partition %1: From (%2) is after To (%3)</source>
        <translation>Partition %1: Von (%2) liegt nach Bis (%3)</translation>
    </message>
    <message>
        <source>Every record whose timestamp falls in the range; the offsets are looked up when the replay starts.</source>
        <translation>Jeder Datensatz, dessen Zeitstempel im Bereich liegt; die Offsets werden beim Start des Replays ermittelt.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected</source>
        <translation>
            <numerusform>%n Datensatz ausgewählt</numerusform>
            <numerusform>%n Datensätze ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>To (e&amp;xcluded):</source>
        <translation>&amp;Bis (exklusiv):</translation>
    </message>
</context>
<context>
    <name>weir::ReplayResults</name>
    <message>
        <source>&amp;Sink:</source>
        <translation>Se&amp;nke:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Latest replay compared &amp;with:</source>
        <translation>Letztes Replay verglichen &amp;mit:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>%1 (%L2 rows)</source>
        <translation>%1 (%L2 Zeilen)</translation>
    </message>
    <message>
        <source>Cannot read the result: %1</source>
        <translation>Das Ergebnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A dry run keeps no rows to compare</source>
        <translation>Ein Probelauf bewahrt keine Zeilen zum Vergleichen auf</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
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
        <translation>vorher: %1
nachher: %2</translation>
    </message>
    <message>
        <source>+ added, − removed, ~ changed</source>
        <translation>+ hinzugefügt, − entfernt, ~ geändert</translation>
    </message>
    <message>
        <source>%1: rows are matched by this key</source>
        <translation>%1: Zeilen werden über diesen Schlüssel zugeordnet</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (vorher)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (nachher)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffView</name>
    <message>
        <source>Sink:</source>
        <translation>Senke:</translation>
    </message>
    <message>
        <source>Show rows only the after run has</source>
        <translation>Zeilen anzeigen, die nur der Nachher-Lauf hat</translation>
    </message>
    <message>
        <source>Show rows only the before run has</source>
        <translation>Zeilen anzeigen, die nur der Vorher-Lauf hat</translation>
    </message>
    <message>
        <source>Show rows both runs have under the same key, with other values</source>
        <translation>Zeilen anzeigen, die beide Läufe unter demselben Schlüssel mit anderen Werten haben</translation>
    </message>
    <message>
        <source>No results to compare</source>
        <translation>Keine Ergebnisse zum Vergleichen</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>No key: rows are compared whole, so they are only added or removed.</source>
        <translation>Kein Schlüssel: Zeilen werden als Ganzes verglichen und sind daher nur hinzugefügt oder entfernt.</translation>
    </message>
    <message>
        <source>Columns only before: %1.</source>
        <translation>Spalten nur vorher: %1.</translation>
    </message>
    <message>
        <source>Columns only after: %1.</source>
        <translation>Spalten nur nachher: %1.</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableModel</name>
    <message>
        <source>%1 (part of the table&apos;s primary key)</source>
        <translation>%1 (Teil des Primärschlüssels der Tabelle)</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableView</name>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>weir::RunFigures</name>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>commits %1</source>
        <translation>Commits %1</translation>
    </message>
    <message>
        <source>in</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>out</source>
        <translation>Ausgang</translation>
    </message>
</context>
<context>
    <name>weir::RunHistoryPanel</name>
    <message>
        <source>Open Charts</source>
        <translation>Diagramme öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>Eingelesen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Laufhistorie</translation>
    </message>
    <message>
        <source>How long finished runs stay in the history</source>
        <translation>Wie lange beendete Läufe in der Historie bleiben</translation>
    </message>
    <message>
        <source>Keep runs for</source>
        <translation>Läufe behalten für</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s charts in the monitor (Enter)</source>
        <translation>Die Diagramme des ausgewählten Laufs im Monitor anzeigen (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>Den ausgewählten Lauf aus der Historie löschen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>weir::RunLogPanel</name>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Engine messages appear here while a pipeline runs.</source>
        <translation>Engine-Meldungen erscheinen hier, während eine Pipeline läuft.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the run log</source>
        <translation>Das Laufprotokoll leeren</translation>
    </message>
</context>
<context>
    <name>weir::RunMonitor</name>
    <message>
        <source>Run history not recorded: %1</source>
        <translation>Laufhistorie nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Run history stopped recording: %1</source>
        <translation>Aufzeichnung der Laufhistorie gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>weir::RunSession</name>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sandbox broker listening at %1 (in memory; each partition keeps at most 5 MiB or 100,000 message sets)</source>
        <translation>Sandbox-Broker lauscht auf %1 (im Arbeitsspeicher; jede Partition behält höchstens 5 MiB oder 100.000 Message-Sets)</translation>
    </message>
    <message>
        <source>Stopping: finishing the batch in flight and committing it…</source>
        <translation>Wird gestoppt: Der laufende Batch wird abgeschlossen und committet…</translation>
    </message>
    <message>
        <source> · %1 events/s · in %2 · out %3 rows</source>
        <translation> · %1 Ereignisse/s · Eingang %2 · Ausgang %3 Zeilen</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · %1 Fehler</translation>
    </message>
    <message>
        <source> · p99 %1 ms</source>
        <translation> · p99 %1 ms</translation>
    </message>
    <message>
        <source> · lag %1</source>
        <translation> · Lag %1</translation>
    </message>
    <message>
        <source>Starting %1 (%2) in %3</source>
        <translation>%1 wird gestartet (%2), Arbeitsordner %3</translation>
    </message>
    <message>
        <source>until the sources are drained</source>
        <translation>bis die Quellen erschöpft sind</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis zum Stoppen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused: sources stopped reading</source>
        <translation>Pausiert: Quellen lesen nicht weiter</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
</context>
<context>
    <name>weir::RunStateText</name>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>weir::SchemaTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Required: a record without the field goes to the errors port</source>
        <translation>Pflichtfeld: Ein Datensatz ohne das Feld geht an den errors-Port</translation>
    </message>
    <message>
        <source>The value of an optional field when a record lacks it, as JSON</source>
        <translation>Der Wert eines optionalen Felds, wenn er in einem Datensatz fehlt, als JSON</translation>
    </message>
</context>
<context>
    <name>weir::TextParamEdit</name>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Datei für %1 auswählen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
</context>
<context>
    <name>weir::WorkersPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation>Metrik-URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation>Remote-Worker</translation>
    </message>
    <message>
        <source>name, e.g. worker-1</source>
        <translation>Name, z. B. worker-1</translation>
    </message>
    <message>
        <source>Worker name</source>
        <translation>Worker-Name</translation>
    </message>
    <message>
        <source>http://host:9464/metrics</source>
        <translation>http://host:9464/metrics</translation>
    </message>
    <message>
        <source>Worker metrics URL</source>
        <translation>Metrik-URL des Workers</translation>
    </message>
    <message>
        <source>Scrape this worker every second and chart it</source>
        <translation>Diesen Worker jede Sekunde abfragen und darstellen</translation>
    </message>
    <message>
        <source>Stop scraping the selected worker</source>
        <translation>Abfrage des ausgewählten Workers beenden</translation>
    </message>
    <message>
        <source>A worker needs a name of letters, digits and _ . : -</source>
        <translation>Ein Worker braucht einen Namen aus Buchstaben, Ziffern und _ . : -</translation>
    </message>
    <message>
        <source>There is a worker named &apos;%1&apos; already</source>
        <translation>Es gibt bereits einen Worker namens „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>„%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>Could not add worker &apos;%1&apos;</source>
        <translation>Worker „%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <source>scraping</source>
        <translation>wird abgefragt</translation>
    </message>
</context>
</TS>
