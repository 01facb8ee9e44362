<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>NodeCatalog</name>
    <message>
        <source>Event generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates synthetic user_events as JSON (event_id, user_id, event_type, timestamp, properties) at a chosen rate, with skewed users and a controlled share of out-of-order, late and malformed events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw records: key and value (the JSON text of one event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed. The same seed and parameters produce the same events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events generated per second of wall-clock time; 0 generates as fast as the pipeline consumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total number of events to generate, then stop; 0 runs forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of distinct user_id values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skew exponent of the user_id distribution (Zipf); 0 is uniform, larger values make a few users very active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative weight of each event_type value; weights need not add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second of event time, i.e. how fast the event clock advances; 0 follows rate (or 10000 when rate is unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of events whose timestamp is shifted back by up to `disorder`. out_of_order + late + malformed is at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest shift back in event time of an out-of-order event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of events that arrive `lateness` behind the event clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far behind the event clock late events are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of events written as broken JSON, to exercise error handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time of the first event: &quot;now&quot; or an ISO-8601 time between 1970 and 9000 such as &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; is resolved once and kept in the checkpoint, so a restart regenerates identical events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads newline-delimited JSON (NDJSON): one record per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw records: key (empty) and value (the text of one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NDJSON file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading lines appended to the file (like tail -f) instead of stopping at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a followed file is checked for new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at most this many records per second (0: as fast as the pipeline goes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the partitions of one or more Kafka topics. By default every partition, with the checkpoint owning the positions (exactly once); in subscribe mode the consumer group splits the partitions among its members. The group&apos;s offsets follow each committed batch so monitoring tools see the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw records: key (the record key, empty when null) and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port[,host:port...] of the Kafka brokers; &quot;embedded&quot; is the built-in sandbox broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics to read (at least one); a name starting with ^ is a regular expression matched against the cluster&apos;s topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: read every partition, positions in the checkpoint (exactly once). subscribe: join the consumer group and read the partitions it assigns, starting at the group&apos;s committed offsets (several pipelines share the topics; at least once after a crash; no windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group whose offsets follow the committed batches; not set: &quot;weir-&quot; followed by the node id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a run without checkpoint starts: &quot;earliest&quot;, &quot;latest&quot; or an ISO-8601 time (the first record at or after it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit start offsets of some partitions, overriding starting_offsets for them: {&quot;topic:partition&quot;: offset}, -2 the earliest and -1 the latest record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a run with trigger once stops in some partitions, before the partition&apos;s end: {&quot;topic:partition&quot;: offset}, the first offset not read. With starting_partition_offsets it replays an exact range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the consumer group&apos;s offsets as batches commit, so monitoring tools see the progress. Off for replays and previews: the group is left as it was (group_mode assign only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When retention deleted records the checkpoint had not read yet: fail, or continue at the oldest record still kept (the skipped records are counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further librdkafka consumer properties, e.g. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept config keys that turn TLS verification off (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at most this many records per second per partition read (Spark&apos;s maxRatePerPartition; 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses the value of each raw record as a JSON object into typed columns. Records that are not JSON, miss a required field or hold a value of the wrong type go to the errors port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsed records with the columns of the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that could not be processed, as dead letters: node, reason, source, partition, offset and the raw value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields to extract, in order: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (default true) and a default for optional fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of numeric timestamps: epoch milliseconds or seconds. ISO-8601 text is always accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the records for which an expression is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records that pass the expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition over the fields, e.g. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Supports = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), arithmetic, true/false/null and parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares the event-time column and how late records may arrive. The watermark is the largest event time seen minus the delay; windows downstream are final once it passes their end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records, now carrying event time and the watermark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records older than the watermark (only when drop_late is true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp field that holds each record&apos;s event time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late a record may arrive and still be counted (Spark&apos;s withWatermark delay threshold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send records older than the watermark to the late port here. When false, the windows downstream decide what is late, as Spark does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the watermark with the slowest input partition: the smallest of the partitions&apos; largest event times, minus the delay (as Flink aligns its sources). Under trigger once it waits for every partition the run will read. For bounded runs that read partitions in bulk, one after another - replays and previews turn it on - where the records of a partition read later would otherwise be late. A partition that stops sending holds the watermark back, so leave it off for live runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumbling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregates records in fixed, non-overlapping event-time windows aligned to the epoch (Spark&apos;s window(ts, size)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per window and group: window_start, window_end, the group_by fields, then the aggregates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that only belong to windows already final (behind the watermark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each window, e.g. &quot;10 minutes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to group by within each window; empty aggregates all records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aggregates to compute: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (optional for count), as (the output column) and q (0 &lt; q &lt; 1, for percentile). Empty counts the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append emits each window once, when the watermark passes its end; update emits the windows that changed in each batch; complete emits every window in each batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregates records in overlapping event-time windows of a fixed size that start every slide (Spark&apos;s window(ts, size, slide)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each window starts after the previous one; at most size. Every record belongs to size/slide windows (at most 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregates bursts of activity per group: a session lasts until no record arrives for gap (Spark&apos;s session_window(ts, gap)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session closes after this long without a record of its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes records to a SQLite table (WAL mode), exactly once: each batch commits together with its batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file; created if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to write; created from the input schema if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsert replaces the row with the same key (like MERGE); append inserts every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields forming the primary key for upsert; empty uses the input&apos;s natural key (window_start, window_end and the group_by fields of a window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appends records to a file as newline-delimited JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to append to; created if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format: one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints records to standard output, like Spark&apos;s console sink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows printed per batch; 0 prints all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table prints aligned columns; json prints one object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produces each record to a Kafka topic as a JSON object (or one field&apos;s text, with value_field). A batch commits once Kafka acknowledged all of its records (acks=all, idempotent producer). At least once: a batch replayed after a crash is produced again - unless transactional_id is set, which makes each batch one Kafka transaction and the output exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic to produce to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field whose value, as text, is the record key (records with the same key go to the same partition); not set produces without keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field whose text is the record value, produced verbatim (e.g. &quot;value&quot; to pass a source&apos;s raw records through unchanged); not set produces the whole row as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression of the produced record batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How records choose a partition: murmur2_random hashes the key like the Java client and spreads keyless records at random; skew_aware does the same but spreads each hot key over hot_key_partitions partitions (per-key order is given up for hot keys only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skew_aware: a key is hot while it makes up at least this share of the recent keyed records (a heavy-hitters sketch with decay finds it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skew_aware: the partitions each hot key is spread over, starting at its murmur2 partition (capped by the topic&apos;s partition count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes each batch one Kafka transaction with this transactional.id, for exactly-once Kafka-to-Kafka pipelines (consumers must read with isolation.level=read_committed); not set: idempotent, at least once. Unique per pipeline instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further librdkafka producer properties, e.g. {&quot;linger.ms&quot;: &quot;20&quot;}; applied last, so they override the defaults. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When batches run: processing_time starts one every interval; once (or available_now) processes what is available and stops; continuous runs the next batch as soon as the previous ends, for low latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between batch starts with the processing_time trigger; 0 runs batches back to back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most records taken into one micro-batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records buffered between the sources and the engine; sources pause when it is full (backpressure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint file (offsets and operator state) for exactly-once restarts; not set runs without a checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port where Prometheus metrics are served.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, table %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s Prometheus endpoint: weir-run serves it at the pipeline&apos;s metrics_addr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pipeline settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Weir: design, run and watch data pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A *.weir.json to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a template (e.g. user_events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where unsaved pipelines write their relative paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of running before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours for this session: system, light, dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: system, en, de, fr, es, ja, zh_CN (default: as chosen in View &gt; Language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node and show its properties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::AboutDialog</name>
    <message>
        <source>Design, run, watch and debug real-time data pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Weir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weir is built on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::AggregatesTable</name>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input field; empty counts rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantile of a percentile, 0 &lt; q &lt; 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output column; empty: named after fn and field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::AlertBanner</name>
    <message>
        <source>Firing alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::BoolParamEdit</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::BoundedRun</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running: cancel it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled: the results hold what was read until then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ConnectionCheck</name>
    <message>
        <source>dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records parsed by &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown node type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a sink (%2): sinks have no outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no port &apos;%2&apos;; its ports: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a source (%2) and takes no input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already fed by %2 with %3; %4 carries %5, and all inputs of a node must carry the same records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already feeds &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would close a cycle: %1 -&gt; %2; records must flow from sources to sinks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ConnectionDrag</name>
    <message>
        <source>Reconnect %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterPanel</name>
    <message>
        <source>Dead-letter store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was removed from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s) into the pipeline&apos;s sinks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed again and are back in the store with their new reason</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be re-driven (see the log)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s), but could not remove them from the store: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters are kept: wire a parser&apos;s errors port to a file or SQLite sink to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the dead letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-driving %n letter(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 of %2 not re-driven: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected letters can be re-driven (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-drive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The sinks&apos; batch markers could not be put back (%1): a run with a checkpoint may skip its next batch there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterView</name>
    <message>
        <source>Re-drive selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected records through the pipeline again, into its real sinks, and remove them from this store; those that fail again come back with their new reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original bytes as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original bytes in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-drive selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a letter to see its original bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, partition %2, offset %3 — stored by %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::DesignerActions</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a *.weir.json pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Weir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected nodes and the connections among them (as pipeline JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected nodes and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line the selected nodes up on the leftmost one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line the selected nodes up on the topmost one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the pipeline out left to right in flow order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap moved and dropped nodes to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Node &amp;Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the palette of node types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pipeline on the engine thread until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run until the sources are drained, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the run (sources stop reading); again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the batch in flight, commit and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Sandbox Broker Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the embedded sandbox broker&apos;s bootstrap servers, for outside producers and consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the live monitor&apos;s charts forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Alert Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline&apos;s alert thresholds as a Prometheus alerting-rules file, for its headless workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse a Kafka cluster: topics, consumer groups and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay Through Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pipeline over an exact offset or time range of a topic, into a scratch folder, and compare with an earlier replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pipeline on its first records without touching its sinks, then click a node to see what it sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dead Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that failed parsing: why, where from, and re-drive them after fixing the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Weir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::DesktopNotifier</name>
    <message>
        <source>no desktop notification service on the session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and no system tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::DocumentController</name>
    <message>
        <source>Weir pipelines (*.weir.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no file yet: use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pipeline as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::DurationEdit</name>
    <message>
        <source>
Written like &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; or &quot;500ms&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::EngineController</name>
    <message>
        <source>a run is still active: stop it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::FetchStartEdit</name>
    <message>
        <source>From offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset, e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::FieldListEdit</name>
    <message>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a name to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaBrowser</name>
    <message>
        <source>Kafka topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Look a group up by its id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaConnectionBar</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port,... or embedded (the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers; &quot;embedded&quot; is Weir&apos;s in-process sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>librdkafka properties for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaGroupsView</name>
    <message>
        <source>Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected group&apos;s committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageModel</name>
    <message>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay selection through pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the current pipeline over the selected offsets of each partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the messages to replay first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No newer messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaSearchBar</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: found in the key or the value, any case.
Expression: a condition over partition, offset, timestamp, key, value, headers,
e.g. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition = 0 and offset &gt;= 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and choose a topic before searching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 matches in %2 of %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches in %2 of %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped at the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaTopicsView</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KafkaWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weir will use %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::MainWindow</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox broker address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Kafka clients (kcat, kafka-python) can produce to and consume from the sandbox broker at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox broker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Weir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::MonitorChart</name>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::MonitorController</name>
    <message>
        <source>Alert resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history ended with the application and are marked interrupted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run history is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert thresholds are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no alert thresholds: set alerts.lag_seconds, alerts.error_percent or alerts.latency_p99_ms in its properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Alert Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules written to %1 (load them with rule_files: in prometheus.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weir alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts show here and in the monitor only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::MonitorPanel</name>
    <message>
        <source>Scroll back in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll back through the run (pauses following)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest sample in view; uncheck to pause and scroll back with the wheel, by dragging or the scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag in offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer lag unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show consumer lag as offsets behind or as seconds behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or its data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole pipeline, or one node (click a node on the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters &amp; late records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue &amp; backpressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors &amp; late records — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms/batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::MonitorView</name>
    <message>
        <source>This Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the pipeline running in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the remote workers added in the Workers panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers summed, or one worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing this window&apos;s run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the remote workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a past run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers (summed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::NodeItem</name>
    <message>
        <source>Unknown node type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;&lt;br&gt;Drag an output port here to feed this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s) firing&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weir::NodePainter</name>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::NodePalette</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search node types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, type or description; Enter adds the first match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node type matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::NodePaletteTree</name>
    <message>
        <source>Node types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::NumberEdit</name>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::OffsetResetDialog</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset offsets of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview lists the partitions; then type the new offsets in &quot;After reset&quot; and preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new offsets in &quot;After reset&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new offsets first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the group&apos;s committed offsets moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offset is a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ParamRow</name>
    <message>
        <source>Reset %1 to its default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ParamTable</name>
    <message>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PipelineEditor</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1.%2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the parameters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is taken by another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Align %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PipelineModel</name>
    <message>
        <source>cannot read pipeline file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PipelineOverview</name>
    <message>
        <source>Pipeline overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PipelineScene</name>
    <message>
        <source>Delete selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PipelineView</name>
    <message>
        <source>Pipeline canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PreviewController</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to preview per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source the sample file replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a sample NDJSON file instead of one source&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample.ndjson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the pipeline on its first records without touching its sinks; then click a node on the canvas to see what it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed %L1 records. Click a node to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sample file, or preview the sources themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PreviewPanel</name>
    <message>
        <source>Records the node sent to its &apos;%1&apos; port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview yet: run one to see records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node to see its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PropertyEditor</name>
    <message>
        <source>The node&apos;s name: unique in the pipeline; edges, problems and metrics name the node by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline&apos;s name, shown in the title and in metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pipeline does, for the people who read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::PropertyHeader</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline&apos;s name and description, and how it runs: trigger, batch sizes, checkpoint and metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine has no node type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::RemoteWorkers</name>
    <message>
        <source>not Prometheus text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1 (is the worker running with --metrics-addr?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ReplayPanel</name>
    <message>
        <source>Sinks into a scratch &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;y run (count only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each replay writes into its own folder under %1; the pipeline&apos;s real sinks, topics and consumer groups are not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying: %L1 of %L2 records read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a range and press Replay. The sandbox broker keeps at most 5 MiB or 100,000 message sets per partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline has no Kafka source: there is no topic to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the partitions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s). Narrow From/To per partition, or choose a time range.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the replay folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving the range on the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %L1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay %1: %L2 records into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed %L1 records. Rows per sink: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: nothing kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Results in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ReplayRangeForm</name>
    <message>
        <source>Topic to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit From and To per partition; From = To reads nothing from that partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o (excluded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched against each record&apos;s Kafka timestamp, in every partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic: the pipeline has no Kafka source with a named topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range is empty: From must be before To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partitions of %1 are not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1: From and To must be offsets (whole numbers, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1: From (%2) is after To (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record whose timestamp falls in the range; the offsets are looked up when the replay starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weir::ReplayResults</name>
    <message>
        <source>&amp;Sink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest replay compared &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run keeps no rows to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffModel</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1
after: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ added, − removed, ~ changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows are matched by this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffView</name>
    <message>
        <source>Sink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows only the after run has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows only the before run has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows both runs have under the same key, with other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key: rows are compared whole, so they are only added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns only before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns only after: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ResultTableModel</name>
    <message>
        <source>%1 (part of the table&apos;s primary key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::ResultTableView</name>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::RunFigures</name>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::RunHistoryPanel</name>
    <message>
        <source>Open Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long finished runs stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep runs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run&apos;s charts in the monitor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::RunLogPanel</name>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine messages appear here while a pipeline runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the run log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::RunMonitor</name>
    <message>
        <source>Run history not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history stopped recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::RunSession</name>
    <message>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox broker listening at %1 (in memory; each partition keeps at most 5 MiB or 100,000 message sets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: finishing the batch in flight and committing it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 events/s · in %2 · out %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · p99 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 (%2) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the sources are drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: sources stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::SchemaTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Req.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: a record without the field goes to the errors port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of an optional field when a record lacks it, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::TextParamEdit</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weir::WorkersPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. worker-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://host:9464/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker metrics URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape this worker every second and chart it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scraping the selected worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker needs a name of letters, digits and _ . : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a worker named &apos;%1&apos; already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add worker &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scraping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
