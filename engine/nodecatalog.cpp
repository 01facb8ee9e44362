#include "nodecatalog.h"

namespace weir {

namespace {

constexpr double kFractionMax = 1.0;

PortInfo outPort(std::string help)
{
    return {"out", std::move(help)};
}

PortInfo errorsPort()
{
    return {"errors",
            "Records that could not be processed, as dead letters: node, reason, source, "
            "partition, offset and the raw value."};
}

std::vector<ParamInfo> generatorParams()
{
    return {
        {.name = "seed", .type = ParamType::Int, .defaultValue = 42,
         .help = "Random seed. The same seed and parameters produce the same events."},
        {.name = "rate", .type = ParamType::Double, .defaultValue = 10000, .unit = "events/s",
         .help = "Events generated per second of wall-clock time; 0 generates as fast as the "
                 "pipeline consumes.",
         .min = 0, .max = 1e9},
        {.name = "count", .type = ParamType::Int, .defaultValue = 0, .unit = "events",
         .help = "Total number of events to generate, then stop; 0 runs forever.", .min = 0},
        {.name = "users", .type = ParamType::Int, .defaultValue = 10000, .unit = "users",
         .help = "Number of distinct user_id values.", .min = 1, .max = 4294967295.0},
        {.name = "zipf", .type = ParamType::Double, .defaultValue = 1.1,
         .help = "Skew exponent of the user_id distribution (Zipf); 0 is uniform, larger "
                 "values make a few users very active.",
         .min = 0, .max = 100},
        {.name = "event_types", .type = ParamType::StringDoubleMap,
         .defaultValue = Json::parse(R"({"page_view": 60, "click": 25, "add_to_cart": 8,
                                         "purchase": 5, "signup": 2})"),
         .unit = "weight",
         .help = "Relative weight of each event_type value; weights need not add up to 100.",
         .min = 0},
        {.name = "time_rate", .type = ParamType::Double, .defaultValue = 0, .unit = "events/s",
         .help = "Events per second of event time, i.e. how fast the event clock advances; "
                 "0 follows rate (or 10000 when rate is unlimited).",
         .min = 0},
        {.name = "out_of_order", .type = ParamType::Double, .defaultValue = 0.05,
         .unit = "fraction",
         .help = "Fraction of events whose timestamp is shifted back by up to `disorder`. "
                 "out_of_order + late + malformed is at most 1.",
         .min = 0, .max = kFractionMax},
        {.name = "disorder", .type = ParamType::Duration, .defaultValue = "2 minutes",
         .help = "Largest shift back in event time of an out-of-order event.", .min = 0},
        {.name = "late", .type = ParamType::Double, .defaultValue = 0.001, .unit = "fraction",
         .help = "Fraction of events that arrive `lateness` behind the event clock.",
         .min = 0, .max = kFractionMax},
        {.name = "lateness", .type = ParamType::Duration, .defaultValue = "30 minutes",
         .help = "How far behind the event clock late events are.", .min = 0},
        {.name = "malformed", .type = ParamType::Double, .defaultValue = 0.001,
         .unit = "fraction",
         .help = "Fraction of events written as broken JSON, to exercise error handling.",
         .min = 0, .max = kFractionMax},
        {.name = "start_time", .type = ParamType::String, .defaultValue = "now",
         .help = "Event time of the first event: \"now\" or an ISO-8601 time between 1970 "
                 "and 9000 such as \"2024-05-01T12:00:00Z\". \"now\" is resolved once and "
                 "kept in the checkpoint, so a restart regenerates identical events."},
    };
}

std::vector<ParamInfo> windowParams(std::vector<ParamInfo> timing)
{
    std::vector<ParamInfo> params = std::move(timing);
    params.push_back(
        {.name = "group_by", .type = ParamType::StringList, .defaultValue = Json::array(),
         .help = "Fields to group by within each window; empty aggregates all records."});
    params.push_back(
        {.name = "aggregates", .type = ParamType::Aggregates,
         .defaultValue = Json::array({Json{{"fn", "count"}}}),
         .help = "The aggregates to compute: fn (count, count_distinct, "
                 "approx_count_distinct, sum, min, max, avg, percentile), field (optional "
                 "for count), as (the output column) and q (0 < q < 1, for percentile). "
                 "Empty counts the records."});
    params.push_back(
        {.name = "output_mode", .type = ParamType::Enum, .defaultValue = "update",
         .allowed = {"append", "update", "complete"},
         .help = "append emits each window once, when the watermark passes its end; update "
                 "emits the windows that changed in each batch; complete emits every window "
                 "in each batch."});
    return params;
}

std::vector<PortInfo> windowOutputs()
{
    return {outPort("One row per window and group: window_start, window_end, the group_by "
                    "fields, then the aggregates."),
            {"late", "Records that only belong to windows already final (behind the "
                     "watermark)."}};
}

} // namespace

std::vector<NodeTypeInfo> sourceNodeTypes()
{
    return {
        {.type = "source.generator", .category = "source", .title = "Event generator",
         .description = "Generates synthetic user_events as JSON (event_id, user_id, "
                        "event_type, timestamp, properties) at a chosen rate, with skewed users "
                        "and a controlled share of out-of-order, late and malformed events.",
         .icon = "source-generator", .hasInput = false,
         .outputs = {outPort("Raw records: key and value (the JSON text of one event).")},
         .params = generatorParams()},
        {.type = "source.file", .category = "source", .title = "File source",
         .description = "Reads newline-delimited JSON (NDJSON): one record per line.",
         .icon = "source-file", .hasInput = false,
         .outputs = {outPort("Raw records: key (empty) and value (the text of one line).")},
         .params = {
             {.name = "path", .type = ParamType::Path,
              .help = "The NDJSON file to read.", .required = true},
             {.name = "follow", .type = ParamType::Bool, .defaultValue = false,
              .help = "Keep reading lines appended to the file (like tail -f) instead of "
                      "stopping at its end."},
             {.name = "poll_interval", .type = ParamType::Duration, .defaultValue = "200ms",
              .help = "How often a followed file is checked for new lines.", .min = 1},
             {.name = "max_rate", .type = ParamType::Double, .defaultValue = 0,
              .unit = "records/s",
              .help = "Read at most this many records per second (0: as fast as the "
                      "pipeline goes).",
              .min = 0, .max = 1e9},
         }},
        {.type = "source.kafka", .category = "source", .title = "Kafka topic",
         .description = "Reads the partitions of one or more Kafka topics. By default every "
                        "partition, with the checkpoint owning the positions (exactly once); "
                        "in subscribe mode the consumer group splits the partitions among "
                        "its members. The group's offsets follow each committed batch so "
                        "monitoring tools see the progress.",
         .icon = "source-kafka", .hasInput = false,
         .outputs = {outPort("Raw records: key (the record key, empty when null) and value.")},
         .params = {
             {.name = "bootstrap_servers", .type = ParamType::String,
              .defaultValue = "embedded",
              .help = "host:port[,host:port...] of the Kafka brokers; \"embedded\" is the "
                      "built-in sandbox broker."},
             {.name = "topics", .type = ParamType::StringList,
              .help = "The topics to read (at least one); a name starting with ^ is a "
                      "regular expression matched against the cluster's topics.",
              .required = true},
             {.name = "group_mode", .type = ParamType::Enum, .defaultValue = "assign",
              .allowed = {"assign", "subscribe"},
              .help = "assign: read every partition, positions in the checkpoint (exactly "
                      "once). subscribe: join the consumer group and read the partitions it "
                      "assigns, starting at the group's committed offsets (several "
                      "pipelines share the topics; at least once after a crash; no windows)."},
             {.name = "group_id", .type = ParamType::String,
              .help = "Consumer group whose offsets follow the committed batches; not set: "
                      "\"weir-\" followed by the node id."},
             {.name = "starting_offsets", .type = ParamType::String, .defaultValue = "latest",
              .help = "Where a run without checkpoint starts: \"earliest\", \"latest\" or "
                      "an ISO-8601 time (the first record at or after it)."},
             {.name = "starting_partition_offsets", .type = ParamType::StringDoubleMap,
              .defaultValue = Json::object(),
              .help = "Explicit start offsets of some partitions, overriding starting_offsets "
                      "for them: {\"topic:partition\": offset}, -2 the earliest and -1 the "
                      "latest record."},
             {.name = "ending_partition_offsets", .type = ParamType::StringDoubleMap,
              .defaultValue = Json::object(),
              .help = "Where a run with trigger once stops in some partitions, before "
                      "the partition's end: {\"topic:partition\": offset}, the first offset "
                      "not read. With starting_partition_offsets it replays an exact range."},
             {.name = "commit_offsets", .type = ParamType::Bool, .defaultValue = true,
              .help = "Commit the consumer group's offsets as batches commit, so monitoring "
                      "tools see the progress. Off for replays and previews: the group is "
                      "left as it was (group_mode assign only)."},
             {.name = "on_data_loss", .type = ParamType::Enum, .defaultValue = "fail",
              .allowed = {"fail", "continue"},
              .help = "When retention deleted records the checkpoint had not read yet: fail, "
                      "or continue at the oldest record still kept (the skipped records are "
                      "counted)."},
             {.name = "config", .type = ParamType::StringStringMap, .defaultValue = Json::object(),
              .help = "Further librdkafka consumer properties, e.g. {\"fetch.min.bytes\": "
                      "\"1\"}. Keys that run programs or load code (*.cmd, "
                      "plugin.library.paths, ssl.engine.location, test.*) are refused."},
             {.name = "allow_insecure_tls", .type = ParamType::Bool, .defaultValue = false,
              .help = "Accept config keys that turn TLS verification off "
                      "(enable.ssl.certificate.verification, "
                      "ssl.endpoint.identification.algorithm=none)."},
             {.name = "max_rate", .type = ParamType::Double, .defaultValue = 0,
              .unit = "records/s",
              .help = "Read at most this many records per second (0: as fast as the "
                      "pipeline goes).",
              .min = 0, .max = 1e9},
             {.name = "max_rate_per_partition", .type = ParamType::Double, .defaultValue = 0,
              .unit = "records/s",
              .help = "Read at most this many records per second per partition read "
                      "(Spark's maxRatePerPartition; 0: no limit).",
              .min = 0, .max = 1e9},
         }},
    };
}

std::vector<NodeTypeInfo> transformNodeTypes()
{
    return {
        {.type = "transform.parse_json", .category = "transform", .title = "Parse JSON",
         .description = "Parses the value of each raw record as a JSON object into typed "
                        "columns. Records that are not JSON, miss a required field or hold "
                        "a value of the wrong type go to the errors port.",
         .icon = "transform-parse-json",
         .outputs = {outPort("Parsed records with the columns of the schema."), errorsPort()},
         .params = {
             {.name = "schema", .type = ParamType::Schema,
              .help = "The fields to extract, in order: name, type (string, int, double, "
                      "bool, timestamp, map<string,string>), required (default true) and a "
                      "default for optional fields.",
              .required = true},
             {.name = "timestamp_unit", .type = ParamType::Enum, .defaultValue = "ms",
              .allowed = {"ms", "s"},
              .help = "Unit of numeric timestamps: epoch milliseconds or seconds. ISO-8601 "
                      "text is always accepted."},
         }},
        {.type = "transform.filter", .category = "transform", .title = "Filter",
         .description = "Keeps the records for which an expression is true.",
         .icon = "transform-filter",
         .outputs = {outPort("The records that pass the expression.")},
         .params = {
             {.name = "expression", .type = ParamType::Expression,
              .help = "A condition over the fields, e.g. event_type in ('click', 'purchase') "
                      "and amount > 10. Supports = == != <> < <= > >=, and/or/not, in (...), "
                      "arithmetic, true/false/null and parentheses.",
              .required = true},
         }},
        {.type = "transform.watermark", .category = "transform", .title = "Watermark",
         .description = "Declares the event-time column and how late records may arrive. "
                        "The watermark is the largest event time seen minus the delay; "
                        "windows downstream are final once it passes their end.",
         .icon = "transform-watermark",
         .outputs = {outPort("The records, now carrying event time and the watermark."),
                     {"late", "Records older than the watermark (only when drop_late is "
                              "true)."}},
         .params = {
             {.name = "event_time", .type = ParamType::String,
              .help = "The timestamp field that holds each record's event time.",
              .required = true},
             {.name = "delay", .type = ParamType::Duration, .defaultValue = "10 minutes",
              .help = "How late a record may arrive and still be counted (Spark's "
                      "withWatermark delay threshold).",
              .min = 0},
             {.name = "drop_late", .type = ParamType::Bool, .defaultValue = false,
              .help = "Send records older than the watermark to the late port here. When "
                      "false, the windows downstream decide what is late, as Spark does."},
             {.name = "align_partitions", .type = ParamType::Bool, .defaultValue = false,
              .help = "Advance the watermark with the slowest input partition: the smallest "
                      "of the partitions' largest event times, minus the delay (as Flink "
                      "aligns its sources). Under trigger once it waits for every partition "
                      "the run will read. For bounded runs that read partitions in bulk, one "
                      "after another - replays and previews turn it on - where the records of "
                      "a partition read later would otherwise be late. A partition that stops "
                      "sending holds the watermark back, so leave it off for live runs."},
         }},
    };
}

std::vector<NodeTypeInfo> windowNodeTypes()
{
    const ParamInfo size{.name = "size", .type = ParamType::Duration,
                         .help = "Length of each window, e.g. \"10 minutes\".",
                         .required = true, .min = 1};
    const ParamInfo slide{.name = "slide", .type = ParamType::Duration,
                          .help = "How far each window starts after the previous one; at "
                                  "most size. Every record belongs to size/slide windows "
                                  "(at most 1000).",
                          .required = true, .min = 1};
    const ParamInfo gap{.name = "gap", .type = ParamType::Duration,
                        .help = "A session closes after this long without a record of its "
                                "group.",
                        .required = true, .min = 1};
    return {
        {.type = "window.tumbling", .category = "window", .title = "Tumbling window",
         .description = "Aggregates records in fixed, non-overlapping event-time windows "
                        "aligned to the epoch (Spark's window(ts, size)).",
         .icon = "window-tumbling", .outputs = windowOutputs(), .params = windowParams({size})},
        {.type = "window.sliding", .category = "window", .title = "Sliding window",
         .description = "Aggregates records in overlapping event-time windows of a fixed size "
                        "that start every slide (Spark's window(ts, size, slide)).",
         .icon = "window-sliding", .outputs = windowOutputs(),
         .params = windowParams({size, slide})},
        {.type = "window.session", .category = "window", .title = "Session window",
         .description = "Aggregates bursts of activity per group: a session lasts until no "
                        "record arrives for gap (Spark's session_window(ts, gap)).",
         .icon = "window-session", .outputs = windowOutputs(), .params = windowParams({gap})},
    };
}

std::vector<NodeTypeInfo> sinkNodeTypes()
{
    return {
        {.type = "sink.sqlite", .category = "sink", .title = "SQLite table",
         .description = "Writes records to a SQLite table (WAL mode), exactly once: each "
                        "batch commits together with its batch id.",
         .icon = "sink-sqlite",
         .params = {
             {.name = "path", .type = ParamType::Path,
              .help = "The database file; created if missing.", .required = true},
             {.name = "table", .type = ParamType::String, .defaultValue = "results",
              .help = "The table to write; created from the input schema if missing."},
             {.name = "mode", .type = ParamType::Enum, .defaultValue = "upsert",
              .allowed = {"upsert", "append"},
              .help = "upsert replaces the row with the same key (like MERGE); append "
                      "inserts every record."},
             {.name = "key", .type = ParamType::StringList, .defaultValue = Json::array(),
              .help = "The fields forming the primary key for upsert; empty uses the "
                      "input's natural key (window_start, window_end and the group_by "
                      "fields of a window)."},
         }},
        {.type = "sink.file", .category = "sink", .title = "File sink",
         .description = "Appends records to a file as newline-delimited JSON.",
         .icon = "sink-file",
         .params = {
             {.name = "path", .type = ParamType::Path,
              .help = "The file to append to; created if missing.", .required = true},
             {.name = "format", .type = ParamType::Enum, .defaultValue = "ndjson",
              .allowed = {"ndjson"}, .help = "The file format: one JSON object per line."},
         }},
        {.type = "sink.console", .category = "sink", .title = "Console",
         .description = "Prints records to standard output, like Spark's console sink.",
         .icon = "sink-console",
         .params = {
             {.name = "limit", .type = ParamType::Int, .defaultValue = 20, .unit = "rows",
              .help = "Rows printed per batch; 0 prints all.", .min = 0},
             {.name = "format", .type = ParamType::Enum, .defaultValue = "table",
              .allowed = {"table", "json"},
              .help = "table prints aligned columns; json prints one object per line."},
         }},
        {.type = "sink.kafka", .category = "sink", .title = "Kafka topic",
         .description = "Produces each record to a Kafka topic as a JSON object (or one field's "
                        "text, with value_field). A batch "
                        "commits once Kafka acknowledged all of its records (acks=all, "
                        "idempotent producer). At least once: a batch replayed after a crash "
                        "is produced again - unless transactional_id is set, which makes each "
                        "batch one Kafka transaction and the output exactly once.",
         .icon = "sink-kafka",
         .params = {
             {.name = "bootstrap_servers", .type = ParamType::String,
              .defaultValue = "embedded",
              .help = "host:port[,host:port...] of the Kafka brokers; \"embedded\" is the "
                      "built-in sandbox broker."},
             {.name = "topic", .type = ParamType::String,
              .help = "The topic to produce to.", .required = true},
             {.name = "key_field", .type = ParamType::String,
              .help = "The field whose value, as text, is the record key (records with the "
                      "same key go to the same partition); not set produces without keys."},
             {.name = "value_field", .type = ParamType::String,
              .help = "The field whose text is the record value, produced verbatim (e.g. "
                      "\"value\" to pass a source's raw records through unchanged); not set "
                      "produces the whole row as a JSON object."},
             {.name = "compression", .type = ParamType::Enum, .defaultValue = "zstd",
              .allowed = {"none", "gzip", "snappy", "lz4", "zstd"},
              .help = "Compression of the produced record batches."},
             {.name = "partitioner", .type = ParamType::Enum, .defaultValue = "murmur2_random",
              .allowed = {"murmur2_random", "murmur2", "consistent_random", "fnv1a_random",
                          "random", "skew_aware"},
              .help = "How records choose a partition: murmur2_random hashes the key like "
                      "the Java client and spreads keyless records at random; skew_aware "
                      "does the same but spreads each hot key over hot_key_partitions "
                      "partitions (per-key order is given up for hot keys only)."},
             {.name = "hot_key_share", .type = ParamType::Double, .defaultValue = 0.01,
              .unit = "fraction",
              .help = "skew_aware: a key is hot while it makes up at least this share of the "
                      "recent keyed records (a heavy-hitters sketch with decay finds it).",
              .min = 0.001, .max = 1},
             {.name = "hot_key_partitions", .type = ParamType::Int, .defaultValue = 4,
              .unit = "partitions",
              .help = "skew_aware: the partitions each hot key is spread over, starting at "
                      "its murmur2 partition (capped by the topic's partition count).",
              .min = 1, .max = 10000},
             {.name = "transactional_id", .type = ParamType::String,
              .help = "Makes each batch one Kafka transaction with this transactional.id, "
                      "for exactly-once Kafka-to-Kafka pipelines (consumers must read with "
                      "isolation.level=read_committed); not set: idempotent, at least once. "
                      "Unique per pipeline instance."},
             {.name = "config", .type = ParamType::StringStringMap, .defaultValue = Json::object(),
              .help = "Further librdkafka producer properties, e.g. {\"linger.ms\": \"20\"}; "
                      "applied last, so they override the defaults. Keys that run programs or "
                      "load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) "
                      "are refused."},
             {.name = "allow_insecure_tls", .type = ParamType::Bool, .defaultValue = false,
              .help = "Accept config keys that turn TLS verification off "
                      "(enable.ssl.certificate.verification, "
                      "ssl.endpoint.identification.algorithm=none)."},
         }},
    };
}

std::vector<ParamInfo> pipelineSettingInfos()
{
    return {
        {.name = "trigger", .type = ParamType::Enum, .defaultValue = "processing_time",
         .allowed = {"processing_time", "once", "available_now", "continuous"},
         .help = "When batches run: processing_time starts one every interval; once (or "
                 "available_now) processes what is available and stops; continuous runs the "
                 "next batch as soon as the previous ends, for low latency."},
        {.name = "interval", .type = ParamType::Duration, .defaultValue = "1 second",
         .help = "Time between batch starts with the processing_time trigger; 0 runs "
                 "batches back to back.",
         .min = 0},
        {.name = "max_batch_records", .type = ParamType::Int, .defaultValue = 1000000,
         .unit = "records", .help = "Most records taken into one micro-batch.", .min = 1},
        {.name = "queue_capacity", .type = ParamType::Int, .defaultValue = 200000,
         .unit = "records",
         .help = "Records buffered between the sources and the engine; sources pause when it "
                 "is full (backpressure).",
         .min = 1},
        {.name = "checkpoint", .type = ParamType::Path,
         .help = "Checkpoint file (offsets and operator state) for exactly-once restarts; "
                 "not set runs without a checkpoint."},
        {.name = "metrics_addr", .type = ParamType::String, .defaultValue = "127.0.0.1:9464",
         .help = "host:port where Prometheus metrics are served."},
    };
}

std::vector<ParamInfo> alertSettingInfos()
{
    return {
        {.name = "alerts.lag_seconds", .type = ParamType::Double, .unit = "s",
         .help = "Alert when the consumer lag (the oldest unread record's age, worst "
                 "partition) stays above this many seconds. Not set: no lag alert.",
         .min = 0},
        {.name = "alerts.error_percent", .type = ParamType::Double, .unit = "%",
         .help = "Alert when more than this share of the input goes to errors ports. Not set: "
                 "no error alert.",
         .min = 0, .max = 100},
        {.name = "alerts.latency_p99_ms", .type = ParamType::Double, .unit = "ms",
         .help = "Alert when the end-to-end p99 latency (read to committed) stays above this. "
                 "Not set: no latency alert.",
         .min = 0},
        {.name = "alerts.for", .type = ParamType::Duration,
         .help = "How long a value must stay above its threshold before the alert fires "
                 "(as a Prometheus rule's for:). Not set: at once."},
    };
}

} // namespace weir
