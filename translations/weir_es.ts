<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>NodeCatalog</name>
    <message>
        <source>Event generator</source>
        <translation>Generador de eventos</translation>
    </message>
    <message>
        <source>Generates synthetic user_events as JSON (event_id, user_id, event_type, timestamp, properties) at a chosen rate, with skewed users and a controlled share of out-of-order, late and malformed events.</source>
        <translation>Genera user_events sintéticos en JSON (event_id, user_id, event_type, timestamp, properties) al ritmo elegido, con usuarios sesgados y una proporción controlada de eventos desordenados, tardíos y malformados.</translation>
    </message>
    <message>
        <source>Raw records: key and value (the JSON text of one event).</source>
        <translation>Registros sin procesar: clave y valor (el texto JSON de un evento).</translation>
    </message>
    <message>
        <source>Random seed. The same seed and parameters produce the same events.</source>
        <translation>Semilla aleatoria. La misma semilla con los mismos parámetros produce los mismos eventos.</translation>
    </message>
    <message>
        <source>Events generated per second of wall-clock time; 0 generates as fast as the pipeline consumes.</source>
        <translation>Eventos generados por segundo de tiempo real; 0 genera tan rápido como el pipeline consume.</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>eventos/s</translation>
    </message>
    <message>
        <source>Total number of events to generate, then stop; 0 runs forever.</source>
        <translation>Número total de eventos que se generan antes de parar; 0 genera sin fin.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>Number of distinct user_id values.</source>
        <translation>Número de valores distintos de user_id.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>Skew exponent of the user_id distribution (Zipf); 0 is uniform, larger values make a few users very active.</source>
        <translation>Exponente de sesgo de la distribución de user_id (Zipf); 0 es uniforme y los valores mayores hacen que unos pocos usuarios sean muy activos.</translation>
    </message>
    <message>
        <source>Relative weight of each event_type value; weights need not add up to 100.</source>
        <translation>Peso relativo de cada valor de event_type; los pesos no tienen que sumar 100.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>Events per second of event time, i.e. how fast the event clock advances; 0 follows rate (or 10000 when rate is unlimited).</source>
        <translation>Eventos por segundo de tiempo de evento, es decir, la velocidad a la que avanza el reloj de eventos; 0 sigue a rate (o 10000 si rate no tiene límite).</translation>
    </message>
    <message>
        <source>Fraction of events whose timestamp is shifted back by up to `disorder`. out_of_order + late + malformed is at most 1.</source>
        <translation>Fracción de eventos cuyo timestamp se retrasa hasta `disorder`. out_of_order + late + malformed es como máximo 1.</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fracción</translation>
    </message>
    <message>
        <source>Largest shift back in event time of an out-of-order event.</source>
        <translation>Retraso máximo en tiempo de evento de un evento desordenado.</translation>
    </message>
    <message>
        <source>Fraction of events that arrive `lateness` behind the event clock.</source>
        <translation>Fracción de eventos que llegan con un retraso de `lateness` respecto al reloj de eventos.</translation>
    </message>
    <message>
        <source>How far behind the event clock late events are.</source>
        <translation>Cuánto van por detrás del reloj de eventos los eventos tardíos.</translation>
    </message>
    <message>
        <source>Fraction of events written as broken JSON, to exercise error handling.</source>
        <translation>Fracción de eventos escritos como JSON defectuoso, para poner a prueba el manejo de errores.</translation>
    </message>
    <message>
        <source>Event time of the first event: &quot;now&quot; or an ISO-8601 time between 1970 and 9000 such as &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; is resolved once and kept in the checkpoint, so a restart regenerates identical events.</source>
        <translation>Tiempo de evento del primer evento: &quot;now&quot; o una fecha y hora ISO-8601 entre 1970 y 9000, como &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; se resuelve una sola vez y se guarda en el checkpoint, de modo que un reinicio vuelve a generar eventos idénticos.</translation>
    </message>
    <message>
        <source>File source</source>
        <translation>Origen de archivo</translation>
    </message>
    <message>
        <source>Reads newline-delimited JSON (NDJSON): one record per line.</source>
        <translation>Lee JSON delimitado por saltos de línea (NDJSON): un registro por línea.</translation>
    </message>
    <message>
        <source>Raw records: key (empty) and value (the text of one line).</source>
        <translation>Registros sin procesar: clave (vacía) y valor (el texto de una línea).</translation>
    </message>
    <message>
        <source>The NDJSON file to read.</source>
        <translation>El archivo NDJSON que se lee.</translation>
    </message>
    <message>
        <source>Keep reading lines appended to the file (like tail -f) instead of stopping at its end.</source>
        <translation>Seguir leyendo las líneas que se añaden al archivo (como tail -f) en lugar de parar al llegar al final.</translation>
    </message>
    <message>
        <source>How often a followed file is checked for new lines.</source>
        <translation>Cada cuánto se comprueba si un archivo seguido tiene líneas nuevas.</translation>
    </message>
    <message>
        <source>Read at most this many records per second (0: as fast as the pipeline goes).</source>
        <translation>Leer como máximo esta cantidad de registros por segundo (0: tan rápido como vaya el pipeline).</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>registros/s</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Topic de Kafka</translation>
    </message>
    <message>
        <source>Reads the partitions of one or more Kafka topics. By default every partition, with the checkpoint owning the positions (exactly once); in subscribe mode the consumer group splits the partitions among its members. The group&apos;s offsets follow each committed batch so monitoring tools see the progress.</source>
        <translation>Lee las particiones de uno o varios topics de Kafka. De forma predeterminada lee todas las particiones y el checkpoint guarda las posiciones (exactly once); en modo subscribe, el grupo de consumidores reparte las particiones entre sus miembros. Los offsets del grupo siguen cada lote confirmado para que las herramientas de monitorización vean el progreso.</translation>
    </message>
    <message>
        <source>Raw records: key (the record key, empty when null) and value.</source>
        <translation>Registros sin procesar: clave (la clave del registro, vacía si es nula) y valor.</translation>
    </message>
    <message>
        <source>host:port[,host:port...] of the Kafka brokers; &quot;embedded&quot; is the built-in sandbox broker.</source>
        <translation>host:port[,host:port...] de los brokers de Kafka; &quot;embedded&quot; es el broker de pruebas integrado.</translation>
    </message>
    <message>
        <source>The topics to read (at least one); a name starting with ^ is a regular expression matched against the cluster&apos;s topics.</source>
        <translation>Los topics que se leen (al menos uno); un nombre que empieza por ^ es una expresión regular que se compara con los topics del clúster.</translation>
    </message>
    <message>
        <source>assign: read every partition, positions in the checkpoint (exactly once). subscribe: join the consumer group and read the partitions it assigns, starting at the group&apos;s committed offsets (several pipelines share the topics; at least once after a crash; no windows).</source>
        <translation>assign: lee todas las particiones, con las posiciones en el checkpoint (exactly once). subscribe: se une al grupo de consumidores y lee las particiones que este le asigna, a partir de los offsets confirmados del grupo (varios pipelines comparten los topics; at least once tras un fallo; sin ventanas).</translation>
    </message>
    <message>
        <source>Consumer group whose offsets follow the committed batches; not set: &quot;weir-&quot; followed by the node id.</source>
        <translation>Grupo de consumidores cuyos offsets siguen a los lotes confirmados; si no se define: &quot;weir-&quot; seguido del id del nodo.</translation>
    </message>
    <message>
        <source>Where a run without checkpoint starts: &quot;earliest&quot;, &quot;latest&quot; or an ISO-8601 time (the first record at or after it).</source>
        <translation>Dónde empieza una ejecución sin checkpoint: &quot;earliest&quot;, &quot;latest&quot; o una fecha y hora ISO-8601 (el primer registro en ese instante o después).</translation>
    </message>
    <message>
        <source>Explicit start offsets of some partitions, overriding starting_offsets for them: {&quot;topic:partition&quot;: offset}, -2 the earliest and -1 the latest record.</source>
        <translation>Offsets iniciales explícitos de algunas particiones, que prevalecen sobre starting_offsets para ellas: {&quot;topic:partition&quot;: offset}, -2 para el registro más antiguo y -1 para el más reciente.</translation>
    </message>
    <message>
        <source>Where a run with trigger once stops in some partitions, before the partition&apos;s end: {&quot;topic:partition&quot;: offset}, the first offset not read. With starting_partition_offsets it replays an exact range.</source>
        <translation>Dónde se detiene una ejecución con trigger once en algunas particiones, antes del final de la partición: {&quot;topic:partition&quot;: offset}, el primer offset que no se lee. Junto con starting_partition_offsets reprocesa un rango exacto.</translation>
    </message>
    <message>
        <source>Commit the consumer group&apos;s offsets as batches commit, so monitoring tools see the progress. Off for replays and previews: the group is left as it was (group_mode assign only).</source>
        <translation>Confirmar los offsets del grupo de consumidores a medida que se confirman los lotes, para que las herramientas de monitorización vean el progreso. Desactivado en reprocesos y vistas previas: el grupo se queda como estaba (solo con group_mode assign).</translation>
    </message>
    <message>
        <source>When retention deleted records the checkpoint had not read yet: fail, or continue at the oldest record still kept (the skipped records are counted).</source>
        <translation>Cuando la retención ha eliminado registros que el checkpoint aún no había leído: fallar o continuar en el registro más antiguo que se conserve (los registros omitidos se cuentan).</translation>
    </message>
    <message>
        <source>Further librdkafka consumer properties, e.g. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>Otras propiedades del consumidor de librdkafka, p. ej. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Se rechazan las claves que ejecutan programas o cargan código (*.cmd, plugin.library.paths, ssl.engine.location, test.*).</translation>
    </message>
    <message>
        <source>Accept config keys that turn TLS verification off (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</source>
        <translation>Aceptar claves de configuración que desactivan la verificación TLS (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</translation>
    </message>
    <message>
        <source>Read at most this many records per second per partition read (Spark&apos;s maxRatePerPartition; 0: no limit).</source>
        <translation>Leer como máximo esta cantidad de registros por segundo por cada partición leída (maxRatePerPartition de Spark; 0: sin límite).</translation>
    </message>
    <message>
        <source>Parse JSON</source>
        <translation>Analizar JSON</translation>
    </message>
    <message>
        <source>Parses the value of each raw record as a JSON object into typed columns. Records that are not JSON, miss a required field or hold a value of the wrong type go to the errors port.</source>
        <translation>Analiza el valor de cada registro sin procesar como un objeto JSON y lo convierte en columnas con tipo. Los registros que no son JSON, a los que les falta un campo obligatorio o que contienen un valor del tipo incorrecto van al puerto errors.</translation>
    </message>
    <message>
        <source>Parsed records with the columns of the schema.</source>
        <translation>Registros analizados con las columnas del esquema.</translation>
    </message>
    <message>
        <source>Records that could not be processed, as dead letters: node, reason, source, partition, offset and the raw value.</source>
        <translation>Registros que no se pudieron procesar, como mensajes fallidos: nodo, motivo, origen, partición, offset y el valor sin procesar.</translation>
    </message>
    <message>
        <source>The fields to extract, in order: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (default true) and a default for optional fields.</source>
        <translation>Los campos que se extraen, en orden: nombre, tipo (string, int, double, bool, timestamp, map&lt;string,string&gt;), obligatorio (true de forma predeterminada) y un valor predeterminado para los campos opcionales.</translation>
    </message>
    <message>
        <source>Unit of numeric timestamps: epoch milliseconds or seconds. ISO-8601 text is always accepted.</source>
        <translation>Unidad de los timestamps numéricos: milisegundos o segundos desde epoch. El texto ISO-8601 se acepta siempre.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Keeps the records for which an expression is true.</source>
        <translation>Conserva los registros para los que una expresión es verdadera.</translation>
    </message>
    <message>
        <source>The records that pass the expression.</source>
        <translation>Los registros que cumplen la expresión.</translation>
    </message>
    <message>
        <source>A condition over the fields, e.g. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Supports = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), arithmetic, true/false/null and parentheses.</source>
        <translation>Una condición sobre los campos, p. ej. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Admite = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), aritmética, true/false/null y paréntesis.</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca de agua</translation>
    </message>
    <message>
        <source>Declares the event-time column and how late records may arrive. The watermark is the largest event time seen minus the delay; windows downstream are final once it passes their end.</source>
        <translation>Declara la columna de tiempo de evento y con cuánto retraso pueden llegar los registros. La marca de agua es el mayor tiempo de evento visto menos el retraso; las ventanas posteriores son definitivas cuando la marca de agua supera su final.</translation>
    </message>
    <message>
        <source>The records, now carrying event time and the watermark.</source>
        <translation>Los registros, que ahora llevan el tiempo de evento y la marca de agua.</translation>
    </message>
    <message>
        <source>Records older than the watermark (only when drop_late is true).</source>
        <translation>Registros anteriores a la marca de agua (solo si drop_late es true).</translation>
    </message>
    <message>
        <source>The timestamp field that holds each record&apos;s event time.</source>
        <translation>El campo timestamp que contiene el tiempo de evento de cada registro.</translation>
    </message>
    <message>
        <source>How late a record may arrive and still be counted (Spark&apos;s withWatermark delay threshold).</source>
        <translation>Con cuánto retraso puede llegar un registro y seguir contándose (el umbral de retraso de withWatermark de Spark).</translation>
    </message>
    <message>
        <source>Send records older than the watermark to the late port here. When false, the windows downstream decide what is late, as Spark does.</source>
        <translation>Enviar aquí al puerto late los registros anteriores a la marca de agua. Si es false, las ventanas posteriores deciden qué es tardío, como hace Spark.</translation>
    </message>
    <message>
        <source>Advance the watermark with the slowest input partition: the smallest of the partitions&apos; largest event times, minus the delay (as Flink aligns its sources). Under trigger once it waits for every partition the run will read. For bounded runs that read partitions in bulk, one after another - replays and previews turn it on - where the records of a partition read later would otherwise be late. A partition that stops sending holds the watermark back, so leave it off for live runs.</source>
        <translation>Avanzar la marca de agua según la partición de entrada más lenta: el menor de los mayores tiempos de evento de las particiones, menos el retraso (igual que Flink alinea sus orígenes). Con trigger once espera a todas las particiones que leerá la ejecución. Pensado para ejecuciones acotadas que leen particiones en bloque, una tras otra (los reprocesos y las vistas previas lo activan), en las que, de lo contrario, los registros de una partición leída después serían tardíos. Una partición que deja de enviar retiene la marca de agua, así que déjelo desactivado en ejecuciones en vivo.</translation>
    </message>
    <message>
        <source>Tumbling window</source>
        <translation>Ventana fija</translation>
    </message>
    <message>
        <source>Aggregates records in fixed, non-overlapping event-time windows aligned to the epoch (Spark&apos;s window(ts, size)).</source>
        <translation>Agrega registros en ventanas fijas de tiempo de evento, sin solapamiento y alineadas con epoch (window(ts, size) de Spark).</translation>
    </message>
    <message>
        <source>One row per window and group: window_start, window_end, the group_by fields, then the aggregates.</source>
        <translation>Una fila por ventana y grupo: window_start, window_end, los campos de group_by y, a continuación, los agregados.</translation>
    </message>
    <message>
        <source>Records that only belong to windows already final (behind the watermark).</source>
        <translation>Registros que solo pertenecen a ventanas ya definitivas (por detrás de la marca de agua).</translation>
    </message>
    <message>
        <source>Length of each window, e.g. &quot;10 minutes&quot;.</source>
        <translation>Duración de cada ventana, p. ej. &quot;10 minutes&quot;.</translation>
    </message>
    <message>
        <source>Fields to group by within each window; empty aggregates all records.</source>
        <translation>Campos por los que agrupar dentro de cada ventana; si está vacío, se agregan todos los registros.</translation>
    </message>
    <message>
        <source>The aggregates to compute: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (optional for count), as (the output column) and q (0 &lt; q &lt; 1, for percentile). Empty counts the records.</source>
        <translation>Los agregados que se calculan: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (opcional para count), as (la columna de salida) y q (0 &lt; q &lt; 1, para percentile). Si está vacío, se cuentan los registros.</translation>
    </message>
    <message>
        <source>append emits each window once, when the watermark passes its end; update emits the windows that changed in each batch; complete emits every window in each batch.</source>
        <translation>append emite cada ventana una vez, cuando la marca de agua supera su final; update emite las ventanas que cambiaron en cada lote; complete emite todas las ventanas en cada lote.</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Ventana deslizante</translation>
    </message>
    <message>
        <source>Aggregates records in overlapping event-time windows of a fixed size that start every slide (Spark&apos;s window(ts, size, slide)).</source>
        <translation>Agrega registros en ventanas de tiempo de evento solapadas, de tamaño fijo, que empiezan cada slide (window(ts, size, slide) de Spark).</translation>
    </message>
    <message>
        <source>How far each window starts after the previous one; at most size. Every record belongs to size/slide windows (at most 1000).</source>
        <translation>Cuánto después de la anterior empieza cada ventana; como máximo size. Cada registro pertenece a size/slide ventanas (como máximo 1000).</translation>
    </message>
    <message>
        <source>Session window</source>
        <translation>Ventana de sesión</translation>
    </message>
    <message>
        <source>Aggregates bursts of activity per group: a session lasts until no record arrives for gap (Spark&apos;s session_window(ts, gap)).</source>
        <translation>Agrega ráfagas de actividad por grupo: una sesión dura hasta que no llega ningún registro durante gap (session_window(ts, gap) de Spark).</translation>
    </message>
    <message>
        <source>A session closes after this long without a record of its group.</source>
        <translation>Una sesión se cierra tras este tiempo sin ningún registro de su grupo.</translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation>Tabla SQLite</translation>
    </message>
    <message>
        <source>Writes records to a SQLite table (WAL mode), exactly once: each batch commits together with its batch id.</source>
        <translation>Escribe registros en una tabla SQLite (modo WAL), exactly once: cada lote se confirma junto con su id de lote.</translation>
    </message>
    <message>
        <source>The database file; created if missing.</source>
        <translation>El archivo de base de datos; se crea si no existe.</translation>
    </message>
    <message>
        <source>The table to write; created from the input schema if missing.</source>
        <translation>La tabla en la que se escribe; se crea a partir del esquema de entrada si no existe.</translation>
    </message>
    <message>
        <source>upsert replaces the row with the same key (like MERGE); append inserts every record.</source>
        <translation>upsert reemplaza la fila con la misma clave (como MERGE); append inserta cada registro.</translation>
    </message>
    <message>
        <source>The fields forming the primary key for upsert; empty uses the input&apos;s natural key (window_start, window_end and the group_by fields of a window).</source>
        <translation>Los campos que forman la clave primaria para upsert; si está vacío, se usa la clave natural de la entrada (window_start, window_end y los campos de group_by de una ventana).</translation>
    </message>
    <message>
        <source>File sink</source>
        <translation>Destino de archivo</translation>
    </message>
    <message>
        <source>Appends records to a file as newline-delimited JSON.</source>
        <translation>Añade registros a un archivo como JSON delimitado por saltos de línea.</translation>
    </message>
    <message>
        <source>The file to append to; created if missing.</source>
        <translation>El archivo al que se añade; se crea si no existe.</translation>
    </message>
    <message>
        <source>The file format: one JSON object per line.</source>
        <translation>El formato del archivo: un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Prints records to standard output, like Spark&apos;s console sink.</source>
        <translation>Imprime los registros en la salida estándar, como el destino console de Spark.</translation>
    </message>
    <message>
        <source>Rows printed per batch; 0 prints all.</source>
        <translation>Filas impresas por lote; 0 las imprime todas.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>table prints aligned columns; json prints one object per line.</source>
        <translation>table imprime columnas alineadas; json imprime un objeto por línea.</translation>
    </message>
    <message>
        <source>Produces each record to a Kafka topic as a JSON object (or one field&apos;s text, with value_field). A batch commits once Kafka acknowledged all of its records (acks=all, idempotent producer). At least once: a batch replayed after a crash is produced again - unless transactional_id is set, which makes each batch one Kafka transaction and the output exactly once.</source>
        <translation>Produce cada registro en un topic de Kafka como objeto JSON (o como el texto de un campo, con value_field). Un lote se confirma cuando Kafka ha acusado recibo de todos sus registros (acks=all, productor idempotente). At least once: un lote que se reprocesa tras un fallo se vuelve a producir, salvo que se defina transactional_id, que convierte cada lote en una transacción de Kafka y hace la salida exactly once.</translation>
    </message>
    <message>
        <source>The topic to produce to.</source>
        <translation>El topic en el que se produce.</translation>
    </message>
    <message>
        <source>The field whose value, as text, is the record key (records with the same key go to the same partition); not set produces without keys.</source>
        <translation>El campo cuyo valor, como texto, es la clave del registro (los registros con la misma clave van a la misma partición); si no se define, se produce sin claves.</translation>
    </message>
    <message>
        <source>The field whose text is the record value, produced verbatim (e.g. &quot;value&quot; to pass a source&apos;s raw records through unchanged); not set produces the whole row as a JSON object.</source>
        <translation>El campo cuyo texto es el valor del registro, producido tal cual (p. ej. &quot;value&quot; para pasar sin cambios los registros sin procesar de un origen); si no se define, se produce la fila entera como objeto JSON.</translation>
    </message>
    <message>
        <source>Compression of the produced record batches.</source>
        <translation>Compresión de los lotes de registros producidos.</translation>
    </message>
    <message>
        <source>How records choose a partition: murmur2_random hashes the key like the Java client and spreads keyless records at random; skew_aware does the same but spreads each hot key over hot_key_partitions partitions (per-key order is given up for hot keys only).</source>
        <translation>Cómo eligen partición los registros: murmur2_random aplica un hash a la clave como el cliente de Java y reparte al azar los registros sin clave; skew_aware hace lo mismo, pero reparte cada clave caliente entre hot_key_partitions particiones (solo se renuncia al orden por clave en las claves calientes).</translation>
    </message>
    <message>
        <source>skew_aware: a key is hot while it makes up at least this share of the recent keyed records (a heavy-hitters sketch with decay finds it).</source>
        <translation>skew_aware: una clave es caliente mientras supone al menos esta proporción de los registros con clave recientes (la detecta un sketch de heavy hitters con decaimiento).</translation>
    </message>
    <message>
        <source>skew_aware: the partitions each hot key is spread over, starting at its murmur2 partition (capped by the topic&apos;s partition count).</source>
        <translation>skew_aware: las particiones entre las que se reparte cada clave caliente, empezando por su partición murmur2 (limitado por el número de particiones del topic).</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>particiones</translation>
    </message>
    <message>
        <source>Makes each batch one Kafka transaction with this transactional.id, for exactly-once Kafka-to-Kafka pipelines (consumers must read with isolation.level=read_committed); not set: idempotent, at least once. Unique per pipeline instance.</source>
        <translation>Convierte cada lote en una transacción de Kafka con este transactional.id, para pipelines de Kafka a Kafka exactly once (los consumidores deben leer con isolation.level=read_committed); si no se define: idempotente, at least once. Único por instancia del pipeline.</translation>
    </message>
    <message>
        <source>Further librdkafka producer properties, e.g. {&quot;linger.ms&quot;: &quot;20&quot;}; applied last, so they override the defaults. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>Otras propiedades del productor de librdkafka, p. ej. {&quot;linger.ms&quot;: &quot;20&quot;}; se aplican al final, así que prevalecen sobre los valores predeterminados. Se rechazan las claves que ejecutan programas o cargan código (*.cmd, plugin.library.paths, ssl.engine.location, test.*).</translation>
    </message>
    <message>
        <source>When batches run: processing_time starts one every interval; once (or available_now) processes what is available and stops; continuous runs the next batch as soon as the previous ends, for low latency.</source>
        <translation>Cuándo se ejecutan los lotes: processing_time inicia uno cada intervalo; once (o available_now) procesa lo disponible y se detiene; continuous ejecuta el siguiente lote en cuanto termina el anterior, para una latencia baja.</translation>
    </message>
    <message>
        <source>Time between batch starts with the processing_time trigger; 0 runs batches back to back.</source>
        <translation>Tiempo entre inicios de lote con el disparador processing_time; 0 ejecuta los lotes uno tras otro sin pausa.</translation>
    </message>
    <message>
        <source>Most records taken into one micro-batch.</source>
        <translation>Máximo de registros que se toman en un microlote.</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Records buffered between the sources and the engine; sources pause when it is full (backpressure).</source>
        <translation>Registros almacenados en búfer entre los orígenes y el motor; los orígenes se pausan cuando está lleno (contrapresión).</translation>
    </message>
    <message>
        <source>Checkpoint file (offsets and operator state) for exactly-once restarts; not set runs without a checkpoint.</source>
        <translation>Archivo de checkpoint (offsets y estado de los operadores) para reinicios exactly once; si no se define, se ejecuta sin checkpoint.</translation>
    </message>
    <message>
        <source>host:port where Prometheus metrics are served.</source>
        <translation>host:port donde se sirven las métricas de Prometheus.</translation>
    </message>
    <message>
        <source>Alert when the consumer lag (the oldest unread record&apos;s age, worst partition) stays above this many seconds. Not set: no lag alert.</source>
        <translation>Alertar cuando el lag del consumidor (antigüedad del registro sin leer más antiguo, peor partición) se mantiene por encima de estos segundos. Sin definir: sin alerta de lag.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Alert when more than this share of the input goes to errors ports. Not set: no error alert.</source>
        <translation>Alertar cuando más de esta proporción de la entrada va a los puertos errors. Sin definir: sin alerta de errores.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Alert when the end-to-end p99 latency (read to committed) stays above this. Not set: no latency alert.</source>
        <translation>Alertar cuando la latencia p99 de extremo a extremo (de la lectura a la confirmación) se mantiene por encima de este valor. Sin definir: sin alerta de latencia.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a value must stay above its threshold before the alert fires (as a Prometheus rule&apos;s for:). Not set: at once.</source>
        <translation>Cuánto tiempo debe mantenerse un valor por encima de su umbral antes de que salte la alerta (como el for: de una regla de Prometheus). Sin definir: de inmediato.</translation>
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
        <translation>%1 (%2, tabla %3)</translation>
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
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The worker&apos;s Prometheus endpoint: weir-run serves it at the pipeline&apos;s metrics_addr</source>
        <translation>El endpoint de Prometheus del worker: weir-run lo sirve en la metrics_addr del pipeline</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>Change pipeline settings</source>
        <translation>Cambiar la configuración del pipeline</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Weir: design, run and watch data pipelines.</source>
        <translation>Weir: diseñe, ejecute y supervise pipelines de datos.</translation>
    </message>
    <message>
        <source>A *.weir.json to open.</source>
        <translation>Un *.weir.json que abrir.</translation>
    </message>
    <message>
        <source>Open a template (e.g. user_events).</source>
        <translation>Abrir una plantilla (p. ej. user_events).</translation>
    </message>
    <message>
        <source>Start running.</source>
        <translation>Iniciar la ejecución.</translation>
    </message>
    <message>
        <source>Where unsaved pipelines write their relative paths.</source>
        <translation>Dónde escriben sus rutas relativas los pipelines sin guardar.</translation>
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation>Guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>Seconds of running before the screenshot.</source>
        <translation>Segundos de ejecución antes de la captura de pantalla.</translation>
    </message>
    <message>
        <source>Colours for this session: system, light, dark.</source>
        <translation>Colores de esta sesión: system, light, dark.</translation>
    </message>
    <message>
        <source>Language of the window: system, en, de, fr, es, ja, zh_CN (default: as chosen in View &gt; Language).</source>
        <translation>Idioma de la ventana: system, en, de, fr, es, ja, zh_CN (predeterminado: el elegido en Ver &gt; Idioma).</translation>
    </message>
    <message>
        <source>Select a node and show its properties.</source>
        <translation>Seleccionar un nodo y mostrar sus propiedades.</translation>
    </message>
</context>
<context>
    <name>weir::AboutDialog</name>
    <message>
        <source>Design, run, watch and debug real-time data pipelines.</source>
        <translation>Diseñe, ejecute, supervise y depure pipelines de datos en tiempo real.</translation>
    </message>
    <message>
        <source>About Weir</source>
        <translation>Acerca de Weir</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, %3.</source>
        <translation>Compilado con Qt %1, en ejecución sobre Qt %2, %3.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Copiar información de versión</translation>
    </message>
    <message>
        <source>Weir is built on these libraries:</source>
        <translation>Weir se basa en estas bibliotecas:</translation>
    </message>
</context>
<context>
    <name>weir::AggregatesTable</name>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
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
        <translation>El campo de entrada; si está vacío, se cuentan las filas</translation>
    </message>
    <message>
        <source>The quantile of a percentile, 0 &lt; q &lt; 1</source>
        <translation>El cuantil de un percentil, 0 &lt; q &lt; 1</translation>
    </message>
    <message>
        <source>The output column; empty: named after fn and field</source>
        <translation>La columna de salida; si está vacía, se nombra según fn y field</translation>
    </message>
</context>
<context>
    <name>weir::AlertBanner</name>
    <message>
        <source>Firing alerts</source>
        <translation>Alertas activas</translation>
    </message>
</context>
<context>
    <name>weir::BoolParamEdit</name>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
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
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 is still running: cancel it first</source>
        <translation>%1 todavía se está ejecutando: cancélelo primero</translation>
    </message>
    <message>
        <source>%1 cancelled: the results hold what was read until then</source>
        <translation>%1 se canceló: los resultados contienen lo leído hasta ese momento</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionCheck</name>
    <message>
        <source>dead letters</source>
        <translation>mensajes fallidos</translation>
    </message>
    <message>
        <source>raw records</source>
        <translation>registros sin procesar</translation>
    </message>
    <message>
        <source>records parsed by &apos;%1&apos;</source>
        <translation>registros analizados por &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos;</source>
        <translation>las filas de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>no existe ningún nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown node type &apos;%2&apos;</source>
        <translation>&apos;%1&apos; tiene un tipo de nodo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation>un nodo no puede alimentarse a sí mismo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a sink (%2): sinks have no outputs</source>
        <translation>&apos;%1&apos; es un destino (%2): los destinos no tienen salidas</translation>
    </message>
    <message>
        <source>%1 has no port &apos;%2&apos;; its ports: %3</source>
        <translation>%1 no tiene ningún puerto &apos;%2&apos;; sus puertos: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a source (%2) and takes no input</source>
        <translation>&apos;%1&apos; es un origen (%2) y no acepta entradas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already fed by %2 with %3; %4 carries %5, and all inputs of a node must carry the same records</source>
        <translation>&apos;%1&apos; ya recibe %3 de %2; %4 lleva %5, y todas las entradas de un nodo deben llevar los mismos registros</translation>
    </message>
    <message>
        <source>%1 already feeds &apos;%2&apos;</source>
        <translation>%1 ya alimenta a &apos;%2&apos;</translation>
    </message>
    <message>
        <source>this would close a cycle: %1 -&gt; %2; records must flow from sources to sinks</source>
        <translation>esto cerraría un ciclo: %1 -&gt; %2; los registros deben fluir de los orígenes a los destinos</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionDrag</name>
    <message>
        <source>Reconnect %1.%2 to %3</source>
        <translation>Reconectar %1.%2 a %3</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterPanel</name>
    <message>
        <source>Dead-letter store</source>
        <translation>Almacén de mensajes fallidos</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>%1. Nothing was removed from the store.</source>
        <translation>%1. No se ha eliminado nada del almacén.</translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s) into the pipeline&apos;s sinks</source>
        <translation>
            <numerusform>Se reenvió %n mensaje fallido a los destinos del pipeline</numerusform>
            <numerusform>Se reenviaron %n mensajes fallidos a los destinos del pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed again and are back in the store with their new reason</source>
        <translation>
            <numerusform>; %n volvió a fallar y está de nuevo en el almacén con su nuevo motivo</numerusform>
            <numerusform>; %n volvieron a fallar y están de nuevo en el almacén con su nuevo motivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be re-driven (see the log)</source>
        <translation>
            <numerusform>; %n no se pudo reenviar (consulte el registro de ejecución)</numerusform>
            <numerusform>; %n no se pudieron reenviar (consulte el registro de ejecución)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s), but could not remove them from the store: %1</source>
        <translation>
            <numerusform>Se reenvió %n mensaje fallido, pero no se pudo eliminar del almacén: %1</numerusform>
            <numerusform>Se reenviaron %n mensajes fallidos, pero no se pudieron eliminar del almacén: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters are kept: wire a parser&apos;s errors port to a file or SQLite sink to keep them.</source>
        <translation>No se conservan mensajes fallidos: conecte el puerto errors de un analizador a un destino de archivo o SQLite para conservarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n mensaje fallido</numerusform>
            <numerusform>%n mensajes fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the dead letters: %1</source>
        <translation>No se pueden leer los mensajes fallidos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-driving %n letter(s)…</source>
        <translation>
            <numerusform>Reenviando %n mensaje…</numerusform>
            <numerusform>Reenviando %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 of %2 not re-driven: %3</source>
        <translation>El mensaje fallido %1 de %2 no se reenvió: %3</translation>
    </message>
    <message>
        <source>None of the selected letters can be re-driven (see the log)</source>
        <translation>Ninguno de los mensajes seleccionados se puede reenviar (consulte el registro de ejecución)</translation>
    </message>
    <message>
        <source>Cannot re-drive: %1</source>
        <translation>No se puede reenviar: %1</translation>
    </message>
    <message>
        <source>Re-drive</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source> The sinks&apos; batch markers could not be put back (%1): a run with a checkpoint may skip its next batch there.</source>
        <translation> No se pudieron restaurar las marcas de lote de los destinos (%1): una ejecución con checkpoint puede omitir allí su siguiente lote.</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterView</name>
    <message>
        <source>Re-drive selected</source>
        <translation>Reenviar selección</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Send the selected records through the pipeline again, into its real sinks, and remove them from this store; those that fail again come back with their new reason</source>
        <translation>Enviar de nuevo los registros seleccionados por el pipeline, a sus destinos reales, y eliminarlos de este almacén; los que vuelvan a fallar regresan con su nuevo motivo</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <source>Original bytes as text</source>
        <translation>Bytes originales como texto</translation>
    </message>
    <message>
        <source>Original bytes in hex</source>
        <translation>Bytes originales en hexadecimal</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Procedencia:</translation>
    </message>
    <message>
        <source>1 dead letter</source>
        <translation>1 mensaje fallido</translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation>%1 mensajes fallidos</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Re-drive selected (%1)</source>
        <translation>Reenviar selección (%1)</translation>
    </message>
    <message>
        <source>Select a letter to see its original bytes.</source>
        <translation>Seleccione un mensaje para ver sus bytes originales.</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(origen desconocido)</translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation>fila %1 de la tabla %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1, partition %2, offset %3 — stored by %4, %5</source>
        <translation>%1, partición %2, offset %3 — guardado por %4, %5</translation>
    </message>
</context>
<context>
    <name>weir::DesignerActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start an empty pipeline</source>
        <translation>Crear un pipeline vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a *.weir.json pipeline</source>
        <translation>Abrir un pipeline *.weir.json</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the pipeline</source>
        <translation>Guardar el pipeline</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the pipeline under a new name</source>
        <translation>Guardar el pipeline con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Weir</source>
        <translation>Salir de Weir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>Cortar los nodos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected nodes and the connections among them (as pipeline JSON)</source>
        <translation>Copiar los nodos seleccionados y las conexiones entre ellos (como JSON de pipeline)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>Pegar nodos</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation>Duplicar los nodos seleccionados</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected nodes and connections</source>
        <translation>Eliminar los nodos y las conexiones seleccionados</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>Seleccionar todos los nodos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the leftmost one</source>
        <translation>Alinear los nodos seleccionados con el situado más a la izquierda</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the topmost one</source>
        <translation>Alinear los nodos seleccionados con el situado más arriba</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lay the pipeline out left to right in flow order</source>
        <translation>Organizar el pipeline de izquierda a derecha según el flujo</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>A&amp;justar a la cuadrícula</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Snap moved and dropped nodes to the grid</source>
        <translation>Ajustar a la cuadrícula los nodos que se mueven o se sueltan</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoom al 100%</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>Ajustar a la &amp;vista</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the whole pipeline</source>
        <translation>Mostrar todo el pipeline</translation>
    </message>
    <message>
        <source>Search the palette of node types</source>
        <translation>Buscar en la paleta de tipos de nodo</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Run the pipeline on the engine thread until stopped</source>
        <translation>Ejecutar el pipeline en el hilo del motor hasta que se detenga</translation>
    </message>
    <message>
        <source>Run &amp;Once</source>
        <translation>Ejecutar &amp;una vez</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>Run until the sources are drained, then stop</source>
        <translation>Ejecutar hasta agotar los orígenes y después detenerse</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the run (sources stop reading); again to resume</source>
        <translation>Pausar la ejecución (los orígenes dejan de leer); pulse de nuevo para reanudarla</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Finish the batch in flight, commit and stop</source>
        <translation>Terminar el lote en curso, confirmarlo y detenerse</translation>
    </message>
    <message>
        <source>&amp;Copy Sandbox Broker Address</source>
        <translation>&amp;Copiar dirección del broker de pruebas</translation>
    </message>
    <message>
        <source>Copy the embedded sandbox broker&apos;s bootstrap servers, for outside producers and consumers</source>
        <translation>Copiar los bootstrap servers del broker de pruebas integrado, para productores y consumidores externos</translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation>Mostrar el &amp;monitor</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Bring the live monitor&apos;s charts forward</source>
        <translation>Traer al frente los gráficos del monitor en vivo</translation>
    </message>
    <message>
        <source>Export &amp;Alert Rules…</source>
        <translation>Exportar reglas de &amp;alerta…</translation>
    </message>
    <message>
        <source>Save the pipeline&apos;s alert thresholds as a Prometheus alerting-rules file, for its headless workers</source>
        <translation>Guardar los umbrales de alerta del pipeline como archivo de reglas de alerta de Prometheus, para sus workers sin interfaz</translation>
    </message>
    <message>
        <source>&amp;Browse Topics</source>
        <translation>&amp;Explorar topics</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Browse a Kafka cluster: topics, consumer groups and messages</source>
        <translation>Explorar un clúster de Kafka: topics, grupos de consumidores y mensajes</translation>
    </message>
    <message>
        <source>&amp;Replay Through Pipeline…</source>
        <translation>&amp;Reprocesar con el pipeline…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run the pipeline over an exact offset or time range of a topic, into a scratch folder, and compare with an earlier replay</source>
        <translation>Ejecutar el pipeline sobre un rango exacto de offsets o de tiempo de un topic, en una carpeta temporal, y comparar con un reproceso anterior</translation>
    </message>
    <message>
        <source>&amp;Preview Data</source>
        <translation>&amp;Vista previa de datos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Run the pipeline on its first records without touching its sinks, then click a node to see what it sent</source>
        <translation>Ejecutar el pipeline con sus primeros registros sin tocar sus destinos y, después, hacer clic en un nodo para ver lo que envió</translation>
    </message>
    <message>
        <source>&amp;Dead Letters</source>
        <translation>&amp;Mensajes fallidos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Records that failed parsing: why, where from, and re-drive them after fixing the schema</source>
        <translation>Registros que no se pudieron analizar: el motivo, su procedencia y la opción de reenviarlos tras corregir el esquema</translation>
    </message>
    <message>
        <source>&amp;About Weir</source>
        <translation>&amp;Acerca de Weir</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>Versión y bibliotecas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>&amp;Depurar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Align Le&amp;ft</source>
        <translation>Alinear a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Align T&amp;op</source>
        <translation>Alinear arri&amp;ba</translation>
    </message>
    <message>
        <source>Auto-La&amp;yout</source>
        <translation>Diseño &amp;automático</translation>
    </message>
    <message>
        <source>Find &amp;Node Type…</source>
        <translation>&amp;Buscar tipo de nodo…</translation>
    </message>
</context>
<context>
    <name>weir::DesktopNotifier</name>
    <message>
        <source>no desktop notification service on the session bus</source>
        <translation>no hay ningún servicio de notificaciones de escritorio en el bus de sesión</translation>
    </message>
    <message>
        <source>, and no system tray</source>
        <translation>, ni bandeja del sistema</translation>
    </message>
</context>
<context>
    <name>weir::DocumentController</name>
    <message>
        <source>Weir pipelines (*.weir.json);;JSON files (*.json);;All files (*)</source>
        <translation>Pipelines de Weir (*.weir.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation>No se pudo abrir la plantilla</translation>
    </message>
    <message>
        <source>The document has no file yet: use Save As.</source>
        <translation>El documento aún no tiene archivo: use Guardar como.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Abrir pipeline</translation>
    </message>
    <message>
        <source>Save pipeline as</source>
        <translation>Guardar pipeline como</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
</context>
<context>
    <name>weir::DurationEdit</name>
    <message>
        <source>
Written like &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; or &quot;500ms&quot;.</source>
        <translation>
Se escribe como &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; o &quot;500ms&quot;.</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>no es una duración</translation>
    </message>
</context>
<context>
    <name>weir::EngineController</name>
    <message>
        <source>a run is still active: stop it first</source>
        <translation>todavía hay una ejecución activa: deténgala primero</translation>
    </message>
</context>
<context>
    <name>weir::FetchStartEdit</name>
    <message>
        <source>From offset</source>
        <translation>Desde offset</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Desde fecha y hora</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>offset, e.g. 1200</source>
        <translation>offset, p. ej. 1200</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z o ms desde epoch</translation>
    </message>
    <message>
        <source>The offset must be a whole number of 0 or more.</source>
        <translation>El offset debe ser un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>Escriba la fecha y hora como 2026-11-26T03:00:00Z o en milisegundos desde epoch.</translation>
    </message>
</context>
<context>
    <name>weir::FieldListEdit</name>
    <message>
        <source>+ Add</source>
        <translation>+ Añadir</translation>
    </message>
    <message>
        <source>Add a name to %1</source>
        <translation>Añadir un nombre a %1</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Quitar</translation>
    </message>
    <message>
        <source>Remove the selected names</source>
        <translation>Quitar los nombres seleccionados</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
</context>
<context>
    <name>weir::KafkaBrowser</name>
    <message>
        <source>Kafka topics</source>
        <translation>Topics de Kafka</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>cannot list the topics</source>
        <translation>no se pueden listar los topics</translation>
    </message>
    <message>
        <source>cannot list the consumer groups</source>
        <translation>no se pueden listar los grupos de consumidores</translation>
    </message>
    <message>
        <source>
Look a group up by its id instead.</source>
        <translation>
En su lugar, busque un grupo por su id.</translation>
    </message>
    <message>
        <source>cannot read group %1</source>
        <translation>no se puede leer el grupo %1</translation>
    </message>
</context>
<context>
    <name>weir::KafkaConnectionBar</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>host:port,... or embedded (the sandbox)</source>
        <translation>host:port,... o embedded (el broker de pruebas)</translation>
    </message>
    <message>
        <source>Bootstrap servers; &quot;embedded&quot; is Weir&apos;s in-process sandbox</source>
        <translation>Bootstrap servers; &quot;embedded&quot; es el broker de pruebas de Weir dentro del proceso</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>librdkafka properties for this connection</source>
        <translation>Propiedades de librdkafka para esta conexión</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap servers:</translation>
    </message>
</context>
<context>
    <name>weir::KafkaGroupsView</name>
    <message>
        <source>Group id</source>
        <translation>Id del grupo</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation>Restablecer offsets…</translation>
    </message>
    <message>
        <source>Move the selected group&apos;s committed offsets</source>
        <translation>Mover los offsets confirmados del grupo seleccionado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Confirmado</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <source>No committed offsets</source>
        <translation>No hay offsets confirmados</translation>
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
        <translation>Partición</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp (UTC)</source>
        <translation>Timestamp (UTC)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Select a message to see it here</source>
        <translation>Seleccione un mensaje para verlo aquí</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>Exportar visibles…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Replay selection through pipeline…</source>
        <translation>Reprocesar selección con el pipeline…</translation>
    </message>
    <message>
        <source>Run the current pipeline over the selected offsets of each partition</source>
        <translation>Ejecutar el pipeline actual sobre los offsets seleccionados de cada partición</translation>
    </message>
    <message>
        <source>Select the messages to replay first.</source>
        <translation>Seleccione primero los mensajes que desea reprocesar.</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>Todas las particiones</translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation>Partición %1</translation>
    </message>
    <message>
        <source>cannot read topic %1</source>
        <translation>no se puede leer el topic %1</translation>
    </message>
    <message>
        <source>No newer messages.</source>
        <translation>No hay mensajes más recientes.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>No hay mensajes más antiguos.</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1: %2 mensajes</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl)</source>
        <translation>NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 por página</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
</context>
<context>
    <name>weir::KafkaSearchBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <source>Text: found in the key or the value, any case.
Expression: a condition over partition, offset, timestamp, key, value, headers,
e.g. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</source>
        <translation>Texto: se busca en la clave o en el valor, sin distinguir mayúsculas.
Expresión: una condición sobre partition, offset, timestamp, key, value, headers,
p. ej. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>Buscar en claves y valores…</translation>
    </message>
    <message>
        <source>partition = 0 and offset &gt;= 100</source>
        <translation>partition = 0 and offset &gt;= 100</translation>
    </message>
    <message>
        <source>Connect and choose a topic before searching.</source>
        <translation>Conéctese y elija un topic antes de buscar.</translation>
    </message>
    <message>
        <source>Search expression: %1</source>
        <translation>Expresión de búsqueda: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 matches in %2 of %3 records</source>
        <translation>Cancelado: %1 coincidencias en %2 de %3 registros</translation>
    </message>
    <message>
        <source>%1 matches in %2 of %3 records</source>
        <translation>%1 coincidencias en %2 de %3 registros</translation>
    </message>
    <message>
        <source> (stopped at the first %1)</source>
        <translation> (detenido en las primeras %1)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registros</translation>
    </message>
    <message>
        <source>at most %1 per partition</source>
        <translation>como máximo %1 por partición</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>search from a position</comment>
        <translation>desde %1</translation>
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
        <translation>Particiones</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation>Tasa (msg/s)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>partición %1</translation>
    </message>
    <message>
        <source>First offset</source>
        <translation>Primer offset</translation>
    </message>
    <message>
        <source>End offset</source>
        <translation>Offset final</translation>
    </message>
</context>
<context>
    <name>weir::KafkaWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation>no se puede conectar con %1</translation>
    </message>
</context>
<context>
    <name>weir::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>weir::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Weir will use %1 from its next start.</source>
        <translation>Weir usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>weir::MainWindow</name>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Historial</translation>
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
        <translation>Reproceso</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Dead Letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Resumen de ejecución</translation>
    </message>
    <message>
        <source>Sandbox broker address</source>
        <translation>Dirección del broker de pruebas</translation>
    </message>
    <message>
        <source>Outside Kafka clients (kcat, kafka-python) can produce to and consume from the sandbox broker at this address</source>
        <translation>Los clientes de Kafka externos (kcat, kafka-python) pueden producir y consumir mensajes en el broker de pruebas a través de esta dirección</translation>
    </message>
    <message>
        <source>Sandbox broker: %1</source>
        <translation>Broker de pruebas: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Nada que pegar: %1</translation>
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
        <translation>líneas</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Exportar %1 como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorController</name>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alerta resuelta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history ended with the application and are marked interrupted</source>
        <translation>
            <numerusform>%n ejecución del historial terminó con la aplicación y se ha marcado como interrumpida</numerusform>
            <numerusform>%n ejecuciones del historial terminaron con la aplicación y se han marcado como interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run history is off: %1</source>
        <translation>El historial de ejecuciones está desactivado: %1</translation>
    </message>
    <message>
        <source>Run history: %1</source>
        <translation>Historial de ejecuciones: %1</translation>
    </message>
    <message>
        <source>Could not open the run: %1</source>
        <translation>No se pudo abrir la ejecución: %1</translation>
    </message>
    <message>
        <source>The alert thresholds are not valid: %1</source>
        <translation>Los umbrales de alerta no son válidos: %1</translation>
    </message>
    <message>
        <source>The pipeline has no alert thresholds: set alerts.lag_seconds, alerts.error_percent or alerts.latency_p99_ms in its properties</source>
        <translation>El pipeline no tiene umbrales de alerta: defina alerts.lag_seconds, alerts.error_percent o alerts.latency_p99_ms en sus propiedades</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export Alert Rules</source>
        <translation>Exportar reglas de alerta</translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation>Reglas de Prometheus (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Alert rules written to %1 (load them with rule_files: in prometheus.yml)</source>
        <translation>Reglas de alerta escritas en %1 (cárguelas con rule_files: en prometheus.yml)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>Weir alert</source>
        <translation>Alerta de Weir</translation>
    </message>
    <message>
        <source>Alerts show here and in the monitor only: %1</source>
        <translation>Las alertas solo se muestran aquí y en el monitor: %1</translation>
    </message>
</context>
<context>
    <name>weir::MonitorPanel</name>
    <message>
        <source>Scroll back in time</source>
        <translation>Retroceder en el tiempo</translation>
    </message>
    <message>
        <source>Scroll back through the run (pauses following)</source>
        <translation>Retroceder por la ejecución (deja de seguir en vivo)</translation>
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
        <translation>Toda la ejecución</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>Qué parte de la ejecución muestran los gráficos</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Seguir en vivo</translation>
    </message>
    <message>
        <source>Keep the newest sample in view; uncheck to pause and scroll back with the wheel, by dragging or the scroll bar</source>
        <translation>Mantener a la vista la muestra más reciente; desmárquelo para pausar y retroceder con la rueda, arrastrando o con la barra de desplazamiento</translation>
    </message>
    <message>
        <source>Lag in offsets</source>
        <translation>Lag en offsets</translation>
    </message>
    <message>
        <source>Lag in seconds</source>
        <translation>Lag en segundos</translation>
    </message>
    <message>
        <source>Consumer lag unit</source>
        <translation>Unidad del lag del consumidor</translation>
    </message>
    <message>
        <source>Show consumer lag as offsets behind or as seconds behind</source>
        <translation>Mostrar el lag del consumidor como offsets o como segundos de retraso</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export a chart</source>
        <translation>Exportar un gráfico</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or its data as CSV</source>
        <translation>Guardar un gráfico como imagen PNG o sus datos como CSV</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation>Todo el pipeline</translation>
    </message>
    <message>
        <source>Monitor scope</source>
        <translation>Ámbito del monitor</translation>
    </message>
    <message>
        <source>The whole pipeline, or one node (click a node on the canvas)</source>
        <translation>Todo el pipeline o un nodo (haga clic en un nodo del lienzo)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>eventos/s</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>registros/s</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>errores/s</translation>
    </message>
    <message>
        <source>late/s</source>
        <translation>tardíos/s</translation>
    </message>
    <message>
        <source>% input</source>
        <translation>% entrada</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>% errores</translation>
    </message>
    <message>
        <source>Dead letters &amp; late records</source>
        <translation>Mensajes fallidos y registros tardíos</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>mensajes fallidos</translation>
    </message>
    <message>
        <source>late records</source>
        <translation>registros tardíos</translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation>Latencia de extremo a extremo</translation>
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
        <translation>Duración del lote</translation>
    </message>
    <message>
        <source>batch p99</source>
        <translation>p99 de lote</translation>
    </message>
    <message>
        <source>Watermark delay</source>
        <translation>Retraso de la marca de agua</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>retraso</translation>
    </message>
    <message>
        <source>Queue &amp; backpressure</source>
        <translation>Cola y contrapresión</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profundidad</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>particiones</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>Lag del consumidor</translation>
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
        <translation>segundos</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>Throughput — %1</source>
        <translation>Rendimiento — %1</translation>
    </message>
    <message>
        <source>Errors — %1</source>
        <translation>Errores — %1</translation>
    </message>
    <message>
        <source>Errors &amp; late records — %1</source>
        <translation>Errores y registros tardíos — %1</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tardíos</translation>
    </message>
    <message>
        <source>Processing time — %1</source>
        <translation>Tiempo de procesamiento — %1</translation>
    </message>
    <message>
        <source>ms/batch</source>
        <translation>ms/lote</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nodo %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorView</name>
    <message>
        <source>This Run</source>
        <translation>Esta ejecución</translation>
    </message>
    <message>
        <source>Remote Workers</source>
        <translation>Workers remotos</translation>
    </message>
    <message>
        <source>Chart the pipeline running in this window</source>
        <translation>Mostrar en los gráficos el pipeline que se ejecuta en esta ventana</translation>
    </message>
    <message>
        <source>Chart the remote workers added in the Workers panel</source>
        <translation>Mostrar en los gráficos los workers remotos añadidos en el panel Workers</translation>
    </message>
    <message>
        <source>All workers summed, or one worker</source>
        <translation>Todos los workers sumados, o uno solo</translation>
    </message>
    <message>
        <source>Worker shown</source>
        <translation>Worker mostrado</translation>
    </message>
    <message>
        <source>Showing this window&apos;s run</source>
        <translation>Mostrando la ejecución de esta ventana</translation>
    </message>
    <message>
        <source>Showing the remote workers</source>
        <translation>Mostrando los workers remotos</translation>
    </message>
    <message>
        <source>Showing a past run: %1</source>
        <translation>Mostrando una ejecución anterior: %1</translation>
    </message>
    <message>
        <source>All workers (summed)</source>
        <translation>Todos los workers (sumados)</translation>
    </message>
</context>
<context>
    <name>weir::NodeItem</name>
    <message>
        <source>Unknown node type &apos;%1&apos;</source>
        <translation>Tipo de nodo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;&lt;br&gt;Drag an output port here to feed this node.</source>
        <translation>&lt;b&gt;Entrada&lt;/b&gt;&lt;br&gt;Arrastre aquí un puerto de salida para alimentar este nodo.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n problemas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s) firing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n alerta activa&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n alertas activas&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weir::NodePalette</name>
    <message>
        <source>Sources</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformaciones</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Ventanas</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Search nodes</source>
        <translation>Buscar nodos</translation>
    </message>
    <message>
        <source>Search node types</source>
        <translation>Buscar tipos de nodo</translation>
    </message>
    <message>
        <source>Filter by title, type or description; Enter adds the first match</source>
        <translation>Filtrar por título, tipo o descripción; Intro añade la primera coincidencia</translation>
    </message>
    <message>
        <source>No node type matches “%1”.</source>
        <translation>Ningún tipo de nodo coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>weir::NodePaletteTree</name>
    <message>
        <source>Node types</source>
        <translation>Tipos de nodo</translation>
    </message>
</context>
<context>
    <name>weir::NumberEdit</name>
    <message>
        <source>From %1 to %2</source>
        <translation>Entre %1 y %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Al menos %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Como máximo %1</translation>
    </message>
</context>
<context>
    <name>weir::OffsetResetDialog</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset offsets of group %1</source>
        <translation>Restablecer offsets del grupo %1</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Explicit offsets</source>
        <translation>Offsets explícitos</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z o ms desde epoch</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>After reset</source>
        <translation>Tras restablecer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Mover a:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Fecha y hora:</translation>
    </message>
    <message>
        <source>Preview lists the partitions; then type the new offsets in &quot;After reset&quot; and preview again.</source>
        <translation>La vista previa muestra las particiones; después, escriba los nuevos offsets en «Tras restablecer» y vuelva a generar la vista previa.</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Elija un topic.</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>Escriba la fecha y hora como 2026-11-26T03:00:00Z o en milisegundos desde epoch.</translation>
    </message>
    <message>
        <source>Reading offsets…</source>
        <translation>Leyendo offsets…</translation>
    </message>
    <message>
        <source>Preview failed</source>
        <translation>Error en la vista previa</translation>
    </message>
    <message>
        <source>Type the new offsets in &quot;After reset&quot;.</source>
        <translation>Escriba los nuevos offsets en «Tras restablecer».</translation>
    </message>
    <message>
        <source>Preview: nothing changed yet.</source>
        <translation>Vista previa: todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Type the new offsets first.</source>
        <translation>Escriba primero los nuevos offsets.</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Confirmando…</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <source>Done: the group&apos;s committed offsets moved.</source>
        <translation>Listo: los offsets confirmados del grupo se han movido.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>An offset is a whole number of 0 or more.</source>
        <translation>Un offset es un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>Offset confirmado</translation>
    </message>
</context>
<context>
    <name>weir::ParamRow</name>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Restablecer %1 a su valor predeterminado</translation>
    </message>
</context>
<context>
    <name>weir::ParamTable</name>
    <message>
        <source>+ Add</source>
        <translation>+ Añadir</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Quitar</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>weir::PipelineEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>Eliminar %n nodo</numerusform>
            <numerusform>Eliminar %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3</source>
        <translation>Conectar %1.%2 a %3</translation>
    </message>
    <message>
        <source>Disconnect %1.%2 from %3</source>
        <translation>Desconectar %1.%2 de %3</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the parameters of %1</source>
        <translation>Cambiar los parámetros de %1</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>no existe ningún nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation>un nodo necesita un id</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is taken by another node</source>
        <translation>otro nodo ya usa el id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message numerus="yes">
        <source>Align %n nodes</source>
        <translation>
            <numerusform>Alinear %n nodo</numerusform>
            <numerusform>Alinear %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Diseño automático</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineModel</name>
    <message>
        <source>cannot read pipeline file &apos;%1&apos;: %2</source>
        <translation>no se puede leer el archivo de pipeline &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineOverview</name>
    <message>
        <source>Pipeline overview</source>
        <translation>Vista general del pipeline</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vista general: haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>weir::PipelineScene</name>
    <message>
        <source>Delete selection</source>
        <translation>Eliminar selección</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to errors</source>
        <translation>
            <numerusform>%n registro enviado a errors</numerusform>
            <numerusform>%n registros enviados a errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late record(s)</source>
        <translation>
            <numerusform>%n registro tardío</numerusform>
            <numerusform>%n registros tardíos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s, %2 in all</source>
        <translation>%1 registros/s, %2 en total</translation>
    </message>
</context>
<context>
    <name>weir::PipelineView</name>
    <message>
        <source>Pipeline canvas</source>
        <translation>Lienzo del pipeline</translation>
    </message>
</context>
<context>
    <name>weir::PreviewController</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Records to preview per source</source>
        <translation>Registros de vista previa por origen</translation>
    </message>
    <message>
        <source>Source the sample file replaces</source>
        <translation>Origen al que sustituye el archivo de muestra</translation>
    </message>
    <message>
        <source>Preview a sample NDJSON file instead of one source&apos;s data</source>
        <translation>Generar la vista previa a partir de un archivo NDJSON de muestra en lugar de los datos de un origen</translation>
    </message>
    <message>
        <source>sample.ndjson</source>
        <translation>sample.ndjson</translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation>Archivo de muestra</translation>
    </message>
    <message>
        <source>Runs the pipeline on its first records without touching its sinks; then click a node on the canvas to see what it sent.</source>
        <translation>Ejecuta el pipeline con sus primeros registros sin tocar sus destinos; después, haga clic en un nodo del lienzo para ver lo que envió.</translation>
    </message>
    <message>
        <source>Sample File</source>
        <translation>Archivo de muestra</translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>JSON delimitado por saltos de línea (*.ndjson *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Previewed %L1 records. Click a node to see its records.</source>
        <translation>Vista previa generada con %L1 registros. Haga clic en un nodo para ver sus registros.</translation>
    </message>
    <message>
        <source>its sources</source>
        <translation>sus orígenes</translation>
    </message>
    <message>
        <source>a sample file for %1</source>
        <translation>un archivo de muestra para %1</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>No se puede crear la carpeta de vista previa %1</translation>
    </message>
    <message>
        <source>Planning the preview…</source>
        <translation>Planificando la vista previa…</translation>
    </message>
    <message>
        <source>Choose the sample file, or preview the sources themselves</source>
        <translation>Elija el archivo de muestra o genere la vista previa con los propios orígenes</translation>
    </message>
    <message>
        <source>Preview cancelled before it started</source>
        <translation>Vista previa cancelada antes de empezar</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>No se puede generar la vista previa: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Generando vista previa…</translation>
    </message>
    <message>
        <source>First %1 records per source from %2</source>
        <translation>Primeros %1 registros por origen de %2</translation>
    </message>
</context>
<context>
    <name>weir::PreviewPanel</name>
    <message>
        <source>Records the node sent to its &apos;%1&apos; port</source>
        <translation>Registros que el nodo envió a su puerto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>Registros de la vista previa</translation>
    </message>
    <message>
        <source>No preview yet: run one to see records here</source>
        <translation>Aún no hay vista previa: ejecute una para ver aquí los registros</translation>
    </message>
    <message>
        <source>Select a node to see its records</source>
        <translation>Seleccione un nodo para ver sus registros</translation>
    </message>
    <message>
        <source>%1 — input</source>
        <translation>%1 — entrada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records</source>
        <translation>Se muestran los primeros %1 de %2 registros</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
</context>
<context>
    <name>weir::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>No hay problemas</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
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
        <translation>El nombre del nodo: único en el pipeline; con él lo identifican las conexiones, los problemas y las métricas.</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name, shown in the title and in metrics.</source>
        <translation>El nombre del pipeline, que se muestra en el título y en las métricas.</translation>
    </message>
    <message>
        <source>What the pipeline does, for the people who read it.</source>
        <translation>Qué hace el pipeline, para quienes lo lean.</translation>
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
        <translation>configuración</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name and description, and how it runs: trigger, batch sizes, checkpoint and metrics.</source>
        <translation>El nombre y la descripción del pipeline, y cómo se ejecuta: disparador, tamaños de lote, checkpoint y métricas.</translation>
    </message>
    <message>
        <source>Unknown node type</source>
        <translation>Tipo de nodo desconocido</translation>
    </message>
    <message>
        <source>The engine has no node type &apos;%1&apos;.</source>
        <translation>El motor no tiene ningún tipo de nodo &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>weir::RemoteWorkers</name>
    <message>
        <source>not Prometheus text: %1</source>
        <translation>no es texto de Prometheus: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2 de %3</translation>
    </message>
    <message>
        <source>connection refused by %1 (is the worker running with --metrics-addr?)</source>
        <translation>%1 rechazó la conexión (¿se está ejecutando el worker con --metrics-addr?)</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>host no encontrado: %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>%1 no respondió en %2 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 cerró la conexión sin responder</translation>
    </message>
</context>
<context>
    <name>weir::ReplayPanel</name>
    <message>
        <source>Dr&amp;y run (count only)</source>
        <translation>&amp;Simulación (solo contar)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reprocesar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Each replay writes into its own folder under %1; the pipeline&apos;s real sinks, topics and consumer groups are not touched</source>
        <translation>Cada reproceso escribe en su propia carpeta dentro de %1; no se tocan los destinos, topics ni grupos de consumidores reales del pipeline</translation>
    </message>
    <message>
        <source>Replaying: %L1 of %L2 records read</source>
        <translation>Reprocesando: %L1 de %L2 registros leídos</translation>
    </message>
    <message>
        <source>Choose a range and press Replay. The sandbox broker keeps at most 5 MiB or 100,000 message sets per partition.</source>
        <translation>Elija un rango y pulse Reprocesar. El broker de pruebas conserva como máximo 5 MiB o 100&#xa0;000 conjuntos de mensajes por partición.</translation>
    </message>
    <message>
        <source>This pipeline has no Kafka source: there is no topic to replay.</source>
        <translation>Este pipeline no tiene ningún origen Kafka: no hay ningún topic que reprocesar.</translation>
    </message>
    <message>
        <source>Reading the partitions of %1…</source>
        <translation>Leyendo las particiones de %1…</translation>
    </message>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation>No se pueden leer las particiones de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s). Narrow From/To per partition, or choose a time range.</source>
        <translation>
            <numerusform>%1: %n partición. Acote Desde/Hasta por partición o elija un intervalo de tiempo.</numerusform>
            <numerusform>%1: %n particiones. Acote Desde/Hasta por partición o elija un intervalo de tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the replay folder %1</source>
        <translation>No se puede crear la carpeta de reproceso %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Resolving the range on the cluster…</source>
        <translation>Resolviendo el rango en el clúster…</translation>
    </message>
    <message>
        <source>Replay cancelled before it started</source>
        <translation>Reproceso cancelado antes de empezar</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>No se puede reprocesar: %1</translation>
    </message>
    <message>
        <source>Replaying %L1 records…</source>
        <translation>Reprocesando %L1 registros…</translation>
    </message>
    <message>
        <source>Replay %1: %L2 records into %3</source>
        <translation>Reproceso %1: %L2 registros en %3</translation>
    </message>
    <message>
        <source>a dry run</source>
        <translation>una simulación</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproceso</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Replayed %L1 records. Rows per sink: %2%3</source>
        <translation>Se reprocesaron %L1 registros. Filas por destino: %2%3</translation>
    </message>
    <message>
        <source> (dry run: nothing kept)</source>
        <translation> (simulación: no se conserva nada)</translation>
    </message>
    <message>
        <source>. Results in %1</source>
        <translation>. Resultados en %1</translation>
    </message>
    <message>
        <source>Sinks into a scratch fol&amp;der</source>
        <translation>Destinos en una &amp;carpeta temporal</translation>
    </message>
</context>
<context>
    <name>weir::ReplayRangeForm</name>
    <message>
        <source>Topic to replay</source>
        <translation>Topic que reprocesar</translation>
    </message>
    <message>
        <source>&amp;Offsets</source>
        <translation>&amp;Offsets</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>&amp;Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>Hasta (excluido)</translation>
    </message>
    <message>
        <source>Edit From and To per partition; From = To reads nothing from that partition</source>
        <translation>Edite Desde y Hasta por partición; Desde = Hasta no lee nada de esa partición</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>Matched against each record&apos;s Kafka timestamp, in every partition.</source>
        <translation>Se compara con el timestamp de Kafka de cada registro, en todas las particiones.</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>Choose a topic: the pipeline has no Kafka source with a named topic</source>
        <translation>Elija un topic: el pipeline no tiene ningún origen Kafka con un topic con nombre</translation>
    </message>
    <message>
        <source>The time range is empty: From must be before To</source>
        <translation>El intervalo de tiempo está vacío: Desde debe ser anterior a Hasta</translation>
    </message>
    <message>
        <source>The partitions of %1 are not known yet</source>
        <translation>Aún no se conocen las particiones de %1</translation>
    </message>
    <message>
        <source>Partition %1: From and To must be offsets (whole numbers, 0 or more)</source>
        <translation>Partición %1: Desde y Hasta deben ser offsets (números enteros iguales o mayores que 0)</translation>
    </message>
    <message>
        <source>Partition %1: From (%2) is after To (%3)</source>
        <translation>Partición %1: Desde (%2) es posterior a Hasta (%3)</translation>
    </message>
    <message>
        <source>Every record whose timestamp falls in the range; the offsets are looked up when the replay starts.</source>
        <translation>Todos los registros cuyo timestamp cae en el intervalo; los offsets se buscan al empezar el reproceso.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected</source>
        <translation>
            <numerusform>%n registro seleccionado</numerusform>
            <numerusform>%n registros seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>To (e&amp;xcluded):</source>
        <translation>&amp;Hasta (excluido):</translation>
    </message>
</context>
<context>
    <name>weir::ReplayResults</name>
    <message>
        <source>&amp;Sink:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Latest replay compared &amp;with:</source>
        <translation>Último reproceso comparado co&amp;n:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>%1 (%L2 rows)</source>
        <translation>%1 (%L2 filas)</translation>
    </message>
    <message>
        <source>Cannot read the result: %1</source>
        <translation>No se puede leer el resultado: %1</translation>
    </message>
    <message>
        <source>A dry run keeps no rows to compare</source>
        <translation>Una simulación no conserva filas que comparar</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
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
        <translation>antes: %1
después: %2</translation>
    </message>
    <message>
        <source>+ added, − removed, ~ changed</source>
        <translation>+ añadida, − eliminada, ~ modificada</translation>
    </message>
    <message>
        <source>%1: rows are matched by this key</source>
        <translation>%1: las filas se emparejan por esta clave</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (antes)</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1 (después)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffView</name>
    <message>
        <source>Sink:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Show rows only the after run has</source>
        <translation>Mostrar las filas que solo tiene la ejecución posterior</translation>
    </message>
    <message>
        <source>Show rows only the before run has</source>
        <translation>Mostrar las filas que solo tiene la ejecución anterior</translation>
    </message>
    <message>
        <source>Show rows both runs have under the same key, with other values</source>
        <translation>Mostrar las filas que ambas ejecuciones tienen con la misma clave, pero con otros valores</translation>
    </message>
    <message>
        <source>No results to compare</source>
        <translation>No hay resultados que comparar</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Añadidas (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Eliminadas (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modificadas (%1)</translation>
    </message>
    <message>
        <source>No key: rows are compared whole, so they are only added or removed.</source>
        <translation>Sin clave: las filas se comparan enteras, así que solo pueden estar añadidas o eliminadas.</translation>
    </message>
    <message>
        <source>Columns only before: %1.</source>
        <translation>Columnas solo en la ejecución anterior: %1.</translation>
    </message>
    <message>
        <source>Columns only after: %1.</source>
        <translation>Columnas solo en la ejecución posterior: %1.</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableModel</name>
    <message>
        <source>%1 (part of the table&apos;s primary key)</source>
        <translation>%1 (parte de la clave primaria de la tabla)</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableView</name>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>weir::RunFigures</name>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>commits %1</source>
        <translation>commits %1</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
    </message>
</context>
<context>
    <name>weir::RunHistoryPanel</name>
    <message>
        <source>Open Charts</source>
        <translation>Abrir gráficos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>How long finished runs stay in the history</source>
        <translation>Cuánto tiempo permanecen en el historial las ejecuciones terminadas</translation>
    </message>
    <message>
        <source>Keep runs for</source>
        <translation>Conservar ejecuciones</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s charts in the monitor (Enter)</source>
        <translation>Mostrar los gráficos de la ejecución seleccionada en el monitor (Intro)</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>Eliminar la ejecución seleccionada del historial</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>siempre</translation>
    </message>
</context>
<context>
    <name>weir::RunLogPanel</name>
    <message>
        <source>Run log</source>
        <translation>Registro de ejecución</translation>
    </message>
    <message>
        <source>Engine messages appear here while a pipeline runs.</source>
        <translation>Los mensajes del motor aparecen aquí mientras se ejecuta un pipeline.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the run log</source>
        <translation>Borrar el registro de ejecución</translation>
    </message>
</context>
<context>
    <name>weir::RunMonitor</name>
    <message>
        <source>Run history not recorded: %1</source>
        <translation>No se registra el historial de ejecuciones: %1</translation>
    </message>
    <message>
        <source>Run history stopped recording: %1</source>
        <translation>El historial de ejecuciones dejó de registrarse: %1</translation>
    </message>
</context>
<context>
    <name>weir::RunSession</name>
    <message>
        <source>Run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <source>Sandbox broker listening at %1 (in memory; each partition keeps at most 5 MiB or 100,000 message sets)</source>
        <translation>Broker de pruebas escuchando en %1 (en memoria; cada partición conserva como máximo 5 MiB o 100&#xa0;000 conjuntos de mensajes)</translation>
    </message>
    <message>
        <source>Stopping: finishing the batch in flight and committing it…</source>
        <translation>Deteniendo: terminando el lote en curso y confirmándolo…</translation>
    </message>
    <message>
        <source> · %1 events/s · in %2 · out %3 rows</source>
        <translation> · %1 eventos/s · entrada %2 · salida %3 filas</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · %1 errores</translation>
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
        <translation>Iniciando %1 (%2) en %3</translation>
    </message>
    <message>
        <source>until the sources are drained</source>
        <translation>hasta agotar los orígenes</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>hasta que se detenga</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Paused: sources stopped reading</source>
        <translation>En pausa: los orígenes dejaron de leer</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finalizado: %1</translation>
    </message>
</context>
<context>
    <name>weir::RunStateText</name>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>weir::SchemaTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Oblig.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <source>Required: a record without the field goes to the errors port</source>
        <translation>Obligatorio: un registro sin el campo va al puerto errors</translation>
    </message>
    <message>
        <source>The value of an optional field when a record lacks it, as JSON</source>
        <translation>El valor de un campo opcional cuando un registro no lo tiene, como JSON</translation>
    </message>
</context>
<context>
    <name>weir::TextParamEdit</name>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Elegir un archivo para %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
</context>
<context>
    <name>weir::WorkersPanel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation>URL de métricas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Eventos/s</translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation>Workers remotos</translation>
    </message>
    <message>
        <source>name, e.g. worker-1</source>
        <translation>nombre, p. ej. worker-1</translation>
    </message>
    <message>
        <source>Worker name</source>
        <translation>Nombre del worker</translation>
    </message>
    <message>
        <source>http://host:9464/metrics</source>
        <translation>http://host:9464/metrics</translation>
    </message>
    <message>
        <source>Worker metrics URL</source>
        <translation>URL de métricas del worker</translation>
    </message>
    <message>
        <source>Scrape this worker every second and chart it</source>
        <translation>Consultar las métricas de este worker cada segundo y mostrarlas en los gráficos</translation>
    </message>
    <message>
        <source>Stop scraping the selected worker</source>
        <translation>Dejar de consultar el worker seleccionado</translation>
    </message>
    <message>
        <source>A worker needs a name of letters, digits and _ . : -</source>
        <translation>Un worker necesita un nombre con letras, dígitos y _ . : -</translation>
    </message>
    <message>
        <source>There is a worker named &apos;%1&apos; already</source>
        <translation>Ya hay un worker llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; no es una URL http(s)</translation>
    </message>
    <message>
        <source>Could not add worker &apos;%1&apos;</source>
        <translation>No se pudo añadir el worker &apos;%1&apos;</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>scraping</source>
        <translation>consultando</translation>
    </message>
</context>
</TS>
