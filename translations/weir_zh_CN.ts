<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NodeCatalog</name>
    <message>
        <source>Event generator</source>
        <translation>事件生成器</translation>
    </message>
    <message>
        <source>Generates synthetic user_events as JSON (event_id, user_id, event_type, timestamp, properties) at a chosen rate, with skewed users and a controlled share of out-of-order, late and malformed events.</source>
        <translation>以指定速率生成 JSON 格式的合成 user_events（event_id、user_id、event_type、timestamp、properties），用户分布有倾斜，并按可控比例生成乱序、迟到和格式错误的事件。</translation>
    </message>
    <message>
        <source>Raw records: key and value (the JSON text of one event).</source>
        <translation>原始记录：key 和 value（单个事件的 JSON 文本）。</translation>
    </message>
    <message>
        <source>Random seed. The same seed and parameters produce the same events.</source>
        <translation>随机种子。相同的种子和参数会生成相同的事件。</translation>
    </message>
    <message>
        <source>Events generated per second of wall-clock time; 0 generates as fast as the pipeline consumes.</source>
        <translation>每秒（挂钟时间）生成的事件数；0 表示按管道的消费速度尽快生成。</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>事件/s</translation>
    </message>
    <message>
        <source>Total number of events to generate, then stop; 0 runs forever.</source>
        <translation>要生成的事件总数，生成完即停止；0 表示一直运行。</translation>
    </message>
    <message>
        <source>events</source>
        <translation>个事件</translation>
    </message>
    <message>
        <source>Number of distinct user_id values.</source>
        <translation>不同 user_id 值的数量。</translation>
    </message>
    <message>
        <source>users</source>
        <translation>个用户</translation>
    </message>
    <message>
        <source>Skew exponent of the user_id distribution (Zipf); 0 is uniform, larger values make a few users very active.</source>
        <translation>user_id 分布（Zipf）的倾斜指数；0 为均匀分布，值越大，少数用户越活跃。</translation>
    </message>
    <message>
        <source>Relative weight of each event_type value; weights need not add up to 100.</source>
        <translation>各 event_type 值的相对权重；权重之和不必等于 100。</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Events per second of event time, i.e. how fast the event clock advances; 0 follows rate (or 10000 when rate is unlimited).</source>
        <translation>每秒事件时间内的事件数，即事件时钟前进的速度；0 表示跟随 rate（rate 不限时为 10000）。</translation>
    </message>
    <message>
        <source>Fraction of events whose timestamp is shifted back by up to `disorder`. out_of_order + late + malformed is at most 1.</source>
        <translation>时间戳被回拨（最多回拨 `disorder`）的事件比例。out_of_order + late + malformed 之和最多为 1。</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Largest shift back in event time of an out-of-order event.</source>
        <translation>乱序事件在事件时间上的最大回拨量。</translation>
    </message>
    <message>
        <source>Fraction of events that arrive `lateness` behind the event clock.</source>
        <translation>比事件时钟晚 `lateness` 到达的事件比例。</translation>
    </message>
    <message>
        <source>How far behind the event clock late events are.</source>
        <translation>迟到事件落后于事件时钟的时长。</translation>
    </message>
    <message>
        <source>Fraction of events written as broken JSON, to exercise error handling.</source>
        <translation>写成损坏 JSON 的事件比例，用于测试错误处理。</translation>
    </message>
    <message>
        <source>Event time of the first event: &quot;now&quot; or an ISO-8601 time between 1970 and 9000 such as &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; is resolved once and kept in the checkpoint, so a restart regenerates identical events.</source>
        <translation>第一个事件的事件时间：“now”或 1970 到 9000 年之间的 ISO-8601 时间，例如“2024-05-01T12:00:00Z”。“now”只解析一次并保存在检查点中，因此重启后会重新生成完全相同的事件。</translation>
    </message>
    <message>
        <source>File source</source>
        <translation>文件数据源</translation>
    </message>
    <message>
        <source>Reads newline-delimited JSON (NDJSON): one record per line.</source>
        <translation>读取换行分隔的 JSON（NDJSON）：每行一条记录。</translation>
    </message>
    <message>
        <source>Raw records: key (empty) and value (the text of one line).</source>
        <translation>原始记录：key（为空）和 value（一行的文本）。</translation>
    </message>
    <message>
        <source>The NDJSON file to read.</source>
        <translation>要读取的 NDJSON 文件。</translation>
    </message>
    <message>
        <source>Keep reading lines appended to the file (like tail -f) instead of stopping at its end.</source>
        <translation>持续读取追加到文件的新行（类似 tail -f），而不是读到文件末尾就停止。</translation>
    </message>
    <message>
        <source>How often a followed file is checked for new lines.</source>
        <translation>检查被跟踪文件是否有新行的间隔。</translation>
    </message>
    <message>
        <source>Read at most this many records per second (0: as fast as the pipeline goes).</source>
        <translation>每秒最多读取的记录数（0：与管道处理速度一致）。</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>记录/s</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka Topic</translation>
    </message>
    <message>
        <source>Reads the partitions of one or more Kafka topics. By default every partition, with the checkpoint owning the positions (exactly once); in subscribe mode the consumer group splits the partitions among its members. The group&apos;s offsets follow each committed batch so monitoring tools see the progress.</source>
        <translation>读取一个或多个 Kafka Topic 的分区。默认读取所有分区，由检查点管理读取位置（精确一次）；在 subscribe 模式下，由消费者组在其成员之间分配分区。消费者组的偏移量随每个已提交的批次更新，便于监控工具查看进度。</translation>
    </message>
    <message>
        <source>Raw records: key (the record key, empty when null) and value.</source>
        <translation>原始记录：key（记录的 key，为 null 时为空）和 value。</translation>
    </message>
    <message>
        <source>host:port[,host:port...] of the Kafka brokers; &quot;embedded&quot; is the built-in sandbox broker.</source>
        <translation>Kafka Broker 的 host:port[,host:port...]；“embedded”表示内置的沙箱 Broker。</translation>
    </message>
    <message>
        <source>The topics to read (at least one); a name starting with ^ is a regular expression matched against the cluster&apos;s topics.</source>
        <translation>要读取的 Topic（至少一个）；以 ^ 开头的名称是正则表达式，与集群中的 Topic 进行匹配。</translation>
    </message>
    <message>
        <source>assign: read every partition, positions in the checkpoint (exactly once). subscribe: join the consumer group and read the partitions it assigns, starting at the group&apos;s committed offsets (several pipelines share the topics; at least once after a crash; no windows).</source>
        <translation>assign：读取所有分区，读取位置保存在检查点中（精确一次）。subscribe：加入消费者组，读取分配到的分区，从该组已提交的偏移量开始（多个管道共享这些 Topic；崩溃后为至少一次；不支持窗口）。</translation>
    </message>
    <message>
        <source>Consumer group whose offsets follow the committed batches; not set: &quot;weir-&quot; followed by the node id.</source>
        <translation>偏移量随已提交批次更新的消费者组；未设置时为“weir-”加节点 ID。</translation>
    </message>
    <message>
        <source>Where a run without checkpoint starts: &quot;earliest&quot;, &quot;latest&quot; or an ISO-8601 time (the first record at or after it).</source>
        <translation>没有检查点的运行从何处开始：“earliest”、“latest”或一个 ISO-8601 时间（该时间点及之后的第一条记录）。</translation>
    </message>
    <message>
        <source>Explicit start offsets of some partitions, overriding starting_offsets for them: {&quot;topic:partition&quot;: offset}, -2 the earliest and -1 the latest record.</source>
        <translation>为部分分区显式指定起始偏移量，覆盖这些分区的 starting_offsets：{&quot;topic:partition&quot;: offset}，-2 表示最早的记录，-1 表示最新的记录。</translation>
    </message>
    <message>
        <source>Where a run with trigger once stops in some partitions, before the partition&apos;s end: {&quot;topic:partition&quot;: offset}, the first offset not read. With starting_partition_offsets it replays an exact range.</source>
        <translation>trigger once 运行在某些分区中的停止位置（在分区末尾之前）：{&quot;topic:partition&quot;: offset}，即第一个不读取的偏移量。与 starting_partition_offsets 一起使用可重放一个精确范围。</translation>
    </message>
    <message>
        <source>Commit the consumer group&apos;s offsets as batches commit, so monitoring tools see the progress. Off for replays and previews: the group is left as it was (group_mode assign only).</source>
        <translation>批次提交时同时提交消费者组的偏移量，便于监控工具查看进度。重放和预览时关闭：消费者组保持原样（仅限 group_mode assign）。</translation>
    </message>
    <message>
        <source>When retention deleted records the checkpoint had not read yet: fail, or continue at the oldest record still kept (the skipped records are counted).</source>
        <translation>当保留策略删除了检查点尚未读取的记录时：失败，或从仍保留的最早记录继续（跳过的记录会被计数）。</translation>
    </message>
    <message>
        <source>Further librdkafka consumer properties, e.g. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>其他 librdkafka 消费者属性，例如 {&quot;fetch.min.bytes&quot;: &quot;1&quot;}。会运行程序或加载代码的键（*.cmd、plugin.library.paths、ssl.engine.location、test.*）将被拒绝。</translation>
    </message>
    <message>
        <source>Accept config keys that turn TLS verification off (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</source>
        <translation>接受关闭 TLS 验证的配置键（enable.ssl.certificate.verification、ssl.endpoint.identification.algorithm=none）。</translation>
    </message>
    <message>
        <source>Read at most this many records per second per partition read (Spark&apos;s maxRatePerPartition; 0: no limit).</source>
        <translation>每个被读取的分区每秒最多读取的记录数（相当于 Spark 的 maxRatePerPartition；0：不限）。</translation>
    </message>
    <message>
        <source>Parse JSON</source>
        <translation>解析 JSON</translation>
    </message>
    <message>
        <source>Parses the value of each raw record as a JSON object into typed columns. Records that are not JSON, miss a required field or hold a value of the wrong type go to the errors port.</source>
        <translation>将每条原始记录的 value 作为 JSON 对象解析为带类型的列。不是 JSON、缺少必填字段或字段值类型错误的记录会发送到 errors 端口。</translation>
    </message>
    <message>
        <source>Parsed records with the columns of the schema.</source>
        <translation>解析后的记录，包含 Schema 中的列。</translation>
    </message>
    <message>
        <source>Records that could not be processed, as dead letters: node, reason, source, partition, offset and the raw value.</source>
        <translation>无法处理的记录，以死信形式输出：节点、原因、来源、分区、偏移量和原始值。</translation>
    </message>
    <message>
        <source>The fields to extract, in order: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (default true) and a default for optional fields.</source>
        <translation>要提取的字段（按顺序）：名称、类型（string、int、double、bool、timestamp、map&lt;string,string&gt;）、是否必填（默认为 true），以及可选字段的默认值。</translation>
    </message>
    <message>
        <source>Unit of numeric timestamps: epoch milliseconds or seconds. ISO-8601 text is always accepted.</source>
        <translation>数值时间戳的单位：epoch 毫秒或秒。始终接受 ISO-8601 文本。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>Keeps the records for which an expression is true.</source>
        <translation>保留表达式结果为 true 的记录。</translation>
    </message>
    <message>
        <source>The records that pass the expression.</source>
        <translation>通过表达式的记录。</translation>
    </message>
    <message>
        <source>A condition over the fields, e.g. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Supports = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), arithmetic, true/false/null and parentheses.</source>
        <translation>基于字段的条件，例如 event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10。支持 = == != &lt;&gt; &lt; &lt;= &gt; &gt;=、and/or/not、in (...)、算术运算、true/false/null 以及括号。</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>水位线</translation>
    </message>
    <message>
        <source>Declares the event-time column and how late records may arrive. The watermark is the largest event time seen minus the delay; windows downstream are final once it passes their end.</source>
        <translation>声明事件时间列以及记录最多可以迟到多久。水位线等于已见到的最大事件时间减去延迟；水位线越过下游窗口的结束时间后，该窗口即为最终结果。</translation>
    </message>
    <message>
        <source>The records, now carrying event time and the watermark.</source>
        <translation>记录，现已带有事件时间和水位线。</translation>
    </message>
    <message>
        <source>Records older than the watermark (only when drop_late is true).</source>
        <translation>早于水位线的记录（仅当 drop_late 为 true 时）。</translation>
    </message>
    <message>
        <source>The timestamp field that holds each record&apos;s event time.</source>
        <translation>存放每条记录事件时间的时间戳字段。</translation>
    </message>
    <message>
        <source>How late a record may arrive and still be counted (Spark&apos;s withWatermark delay threshold).</source>
        <translation>记录最多可以迟到多久仍被计入（相当于 Spark withWatermark 的延迟阈值）。</translation>
    </message>
    <message>
        <source>Send records older than the watermark to the late port here. When false, the windows downstream decide what is late, as Spark does.</source>
        <translation>在此处将早于水位线的记录发送到 late 端口。为 false 时，由下游窗口判断哪些记录迟到，与 Spark 的做法相同。</translation>
    </message>
    <message>
        <source>Advance the watermark with the slowest input partition: the smallest of the partitions&apos; largest event times, minus the delay (as Flink aligns its sources). Under trigger once it waits for every partition the run will read. For bounded runs that read partitions in bulk, one after another - replays and previews turn it on - where the records of a partition read later would otherwise be late. A partition that stops sending holds the watermark back, so leave it off for live runs.</source>
        <translation>按最慢的输入分区推进水位线：取各分区最大事件时间中的最小值，再减去延迟（类似 Flink 对齐其数据源的方式）。在 trigger once 下，它会等待本次运行要读取的每个分区。适用于逐个批量读取分区的有界运行（重放和预览会开启此项），否则后读取的分区中的记录会被判为迟到。停止发送数据的分区会拖住水位线，因此实时运行时请保持关闭。</translation>
    </message>
    <message>
        <source>Tumbling window</source>
        <translation>滚动窗口</translation>
    </message>
    <message>
        <source>Aggregates records in fixed, non-overlapping event-time windows aligned to the epoch (Spark&apos;s window(ts, size)).</source>
        <translation>在固定、不重叠、与 epoch 对齐的事件时间窗口中聚合记录（相当于 Spark 的 window(ts, size)）。</translation>
    </message>
    <message>
        <source>One row per window and group: window_start, window_end, the group_by fields, then the aggregates.</source>
        <translation>每个窗口和分组一行：window_start、window_end、group_by 字段，然后是各聚合值。</translation>
    </message>
    <message>
        <source>Records that only belong to windows already final (behind the watermark).</source>
        <translation>仅属于已确定的窗口（落后于水位线）的记录。</translation>
    </message>
    <message>
        <source>Length of each window, e.g. &quot;10 minutes&quot;.</source>
        <translation>每个窗口的长度，例如 &quot;10 minutes&quot;。</translation>
    </message>
    <message>
        <source>Fields to group by within each window; empty aggregates all records.</source>
        <translation>在每个窗口内分组所依据的字段；为空时聚合所有记录。</translation>
    </message>
    <message>
        <source>The aggregates to compute: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (optional for count), as (the output column) and q (0 &lt; q &lt; 1, for percentile). Empty counts the records.</source>
        <translation>要计算的聚合：fn（count、count_distinct、approx_count_distinct、sum、min、max、avg、percentile）、field（count 时可选）、as（输出列）和 q（0 &lt; q &lt; 1，用于 percentile）。为空时统计记录数。</translation>
    </message>
    <message>
        <source>append emits each window once, when the watermark passes its end; update emits the windows that changed in each batch; complete emits every window in each batch.</source>
        <translation>append 在水位线越过窗口结束时间时输出每个窗口一次；update 在每个批次中输出发生变化的窗口；complete 在每个批次中输出所有窗口。</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>Aggregates records in overlapping event-time windows of a fixed size that start every slide (Spark&apos;s window(ts, size, slide)).</source>
        <translation>在固定大小、每隔 slide 开始一个的重叠事件时间窗口中聚合记录（相当于 Spark 的 window(ts, size, slide)）。</translation>
    </message>
    <message>
        <source>How far each window starts after the previous one; at most size. Every record belongs to size/slide windows (at most 1000).</source>
        <translation>每个窗口比上一个窗口晚多久开始；最多为 size。每条记录属于 size/slide 个窗口（最多 1000 个）。</translation>
    </message>
    <message>
        <source>Session window</source>
        <translation>会话窗口</translation>
    </message>
    <message>
        <source>Aggregates bursts of activity per group: a session lasts until no record arrives for gap (Spark&apos;s session_window(ts, gap)).</source>
        <translation>按分组聚合突发活动：会话一直持续到 gap 时长内没有记录到达为止（相当于 Spark 的 session_window(ts, gap)）。</translation>
    </message>
    <message>
        <source>A session closes after this long without a record of its group.</source>
        <translation>分组持续这么长时间没有新记录时，会话关闭。</translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation>SQLite 表</translation>
    </message>
    <message>
        <source>Writes records to a SQLite table (WAL mode), exactly once: each batch commits together with its batch id.</source>
        <translation>将记录写入 SQLite 表（WAL 模式），精确一次：每个批次与其批次 ID 一起提交。</translation>
    </message>
    <message>
        <source>The database file; created if missing.</source>
        <translation>数据库文件；不存在时自动创建。</translation>
    </message>
    <message>
        <source>The table to write; created from the input schema if missing.</source>
        <translation>要写入的表；不存在时根据输入 Schema 创建。</translation>
    </message>
    <message>
        <source>upsert replaces the row with the same key (like MERGE); append inserts every record.</source>
        <translation>upsert 替换具有相同键的行（类似 MERGE）；append 插入每条记录。</translation>
    </message>
    <message>
        <source>The fields forming the primary key for upsert; empty uses the input&apos;s natural key (window_start, window_end and the group_by fields of a window).</source>
        <translation>构成 upsert 主键的字段；为空时使用输入的自然键（窗口的 window_start、window_end 和 group_by 字段）。</translation>
    </message>
    <message>
        <source>File sink</source>
        <translation>文件输出端</translation>
    </message>
    <message>
        <source>Appends records to a file as newline-delimited JSON.</source>
        <translation>以换行分隔的 JSON 格式将记录追加到文件。</translation>
    </message>
    <message>
        <source>The file to append to; created if missing.</source>
        <translation>要追加到的文件；不存在时自动创建。</translation>
    </message>
    <message>
        <source>The file format: one JSON object per line.</source>
        <translation>文件格式：每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Prints records to standard output, like Spark&apos;s console sink.</source>
        <translation>将记录打印到标准输出，类似 Spark 的 console sink。</translation>
    </message>
    <message>
        <source>Rows printed per batch; 0 prints all.</source>
        <translation>每个批次打印的行数；0 表示全部打印。</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>table prints aligned columns; json prints one object per line.</source>
        <translation>table 打印对齐的列；json 每行打印一个对象。</translation>
    </message>
    <message>
        <source>Produces each record to a Kafka topic as a JSON object (or one field&apos;s text, with value_field). A batch commits once Kafka acknowledged all of its records (acks=all, idempotent producer). At least once: a batch replayed after a crash is produced again - unless transactional_id is set, which makes each batch one Kafka transaction and the output exactly once.</source>
        <translation>将每条记录作为 JSON 对象（使用 value_field 时为某个字段的文本）发送到 Kafka Topic。Kafka 确认批次中的所有记录后（acks=all，幂等生产者），该批次才会提交。至少一次：崩溃后重放的批次会再次发送，除非设置了 transactional_id，此时每个批次为一个 Kafka 事务，输出为精确一次。</translation>
    </message>
    <message>
        <source>The topic to produce to.</source>
        <translation>要发送到的 Topic。</translation>
    </message>
    <message>
        <source>The field whose value, as text, is the record key (records with the same key go to the same partition); not set produces without keys.</source>
        <translation>以其值（文本形式）作为记录 key 的字段（key 相同的记录进入同一分区）；未设置时不带 key 发送。</translation>
    </message>
    <message>
        <source>The field whose text is the record value, produced verbatim (e.g. &quot;value&quot; to pass a source&apos;s raw records through unchanged); not set produces the whole row as a JSON object.</source>
        <translation>以其文本作为记录 value 原样发送的字段（例如设为“value”可将数据源的原始记录原样传递）；未设置时将整行作为 JSON 对象发送。</translation>
    </message>
    <message>
        <source>Compression of the produced record batches.</source>
        <translation>所发送记录批次的压缩方式。</translation>
    </message>
    <message>
        <source>How records choose a partition: murmur2_random hashes the key like the Java client and spreads keyless records at random; skew_aware does the same but spreads each hot key over hot_key_partitions partitions (per-key order is given up for hot keys only).</source>
        <translation>记录如何选择分区：murmur2_random 像 Java 客户端一样对 key 做哈希，无 key 的记录随机分布；skew_aware 同样如此，但会将每个热点 key 分散到 hot_key_partitions 个分区（仅热点 key 放弃按 key 保序）。</translation>
    </message>
    <message>
        <source>skew_aware: a key is hot while it makes up at least this share of the recent keyed records (a heavy-hitters sketch with decay finds it).</source>
        <translation>skew_aware：当某个 key 在最近带 key 的记录中所占比例至少达到此值时，视为热点 key（由带衰减的 heavy-hitters Sketch 识别）。</translation>
    </message>
    <message>
        <source>skew_aware: the partitions each hot key is spread over, starting at its murmur2 partition (capped by the topic&apos;s partition count).</source>
        <translation>skew_aware：每个热点 key 分散到的分区数，从其 murmur2 分区开始（不超过 Topic 的分区数）。</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>个分区</translation>
    </message>
    <message>
        <source>Makes each batch one Kafka transaction with this transactional.id, for exactly-once Kafka-to-Kafka pipelines (consumers must read with isolation.level=read_committed); not set: idempotent, at least once. Unique per pipeline instance.</source>
        <translation>使用此 transactional.id 将每个批次作为一个 Kafka 事务，用于精确一次的 Kafka 到 Kafka 管道（消费者须使用 isolation.level=read_committed 读取）；未设置时：幂等，至少一次。每个管道实例须唯一。</translation>
    </message>
    <message>
        <source>Further librdkafka producer properties, e.g. {&quot;linger.ms&quot;: &quot;20&quot;}; applied last, so they override the defaults. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>其他 librdkafka 生产者属性，例如 {&quot;linger.ms&quot;: &quot;20&quot;}；最后应用，因此会覆盖默认值。会运行程序或加载代码的键（*.cmd、plugin.library.paths、ssl.engine.location、test.*）将被拒绝。</translation>
    </message>
    <message>
        <source>When batches run: processing_time starts one every interval; once (or available_now) processes what is available and stops; continuous runs the next batch as soon as the previous ends, for low latency.</source>
        <translation>批次何时运行：processing_time 每隔 interval 启动一个批次；once（或 available_now）处理当前可用的数据后停止；continuous 在上一个批次结束后立即运行下一个批次，以实现低延迟。</translation>
    </message>
    <message>
        <source>Time between batch starts with the processing_time trigger; 0 runs batches back to back.</source>
        <translation>使用 processing_time 触发器时批次启动的间隔；0 表示批次连续运行。</translation>
    </message>
    <message>
        <source>Most records taken into one micro-batch.</source>
        <translation>一个微批最多包含的记录数。</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条记录</translation>
    </message>
    <message>
        <source>Records buffered between the sources and the engine; sources pause when it is full (backpressure).</source>
        <translation>在数据源和引擎之间缓冲的记录数；缓冲区满时数据源暂停（反压）。</translation>
    </message>
    <message>
        <source>Checkpoint file (offsets and operator state) for exactly-once restarts; not set runs without a checkpoint.</source>
        <translation>用于精确一次重启的检查点文件（偏移量和算子状态）；未设置时不使用检查点运行。</translation>
    </message>
    <message>
        <source>host:port where Prometheus metrics are served.</source>
        <translation>提供 Prometheus 指标的 host:port。</translation>
    </message>
    <message>
        <source>Alert when the consumer lag (the oldest unread record&apos;s age, worst partition) stays above this many seconds. Not set: no lag alert.</source>
        <translation>当消费积压（最早未读记录已等待的时长，取最差分区）持续高于此秒数时告警。未设置：不对积压告警。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Alert when more than this share of the input goes to errors ports. Not set: no error alert.</source>
        <translation>当输入中进入 errors 端口的比例超过此值时告警。未设置：不对错误告警。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Alert when the end-to-end p99 latency (read to committed) stays above this. Not set: no latency alert.</source>
        <translation>当端到端 p99 延迟（从读取到提交）持续高于此值时告警。未设置：不对延迟告警。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a value must stay above its threshold before the alert fires (as a Prometheus rule&apos;s for:). Not set: at once.</source>
        <translation>值需持续高于阈值多久才触发告警（同 Prometheus 规则的 for:）。未设置：立即触发。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, table %3)</source>
        <translation>%1（%2，表 %3）</translation>
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
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The worker&apos;s Prometheus endpoint: weir-run serves it at the pipeline&apos;s metrics_addr</source>
        <translation>Worker 的 Prometheus 端点：weir-run 在管道的 metrics_addr 上提供该端点</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change pipeline settings</source>
        <translation>更改管道设置</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Weir: design, run and watch data pipelines.</source>
        <translation>Weir：设计、运行和监控数据管道。</translation>
    </message>
    <message>
        <source>A *.weir.json to open.</source>
        <translation>要打开的 *.weir.json。</translation>
    </message>
    <message>
        <source>Open a template (e.g. user_events).</source>
        <translation>打开模板（例如 user_events）。</translation>
    </message>
    <message>
        <source>Start running.</source>
        <translation>开始运行。</translation>
    </message>
    <message>
        <source>Where unsaved pipelines write their relative paths.</source>
        <translation>未保存的管道按相对路径写入文件时所用的目录。</translation>
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation>将窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <source>Seconds of running before the screenshot.</source>
        <translation>截图前运行的秒数。</translation>
    </message>
    <message>
        <source>Colours for this session: system, light, dark.</source>
        <translation>本次会话的配色：system、light、dark。</translation>
    </message>
    <message>
        <source>Language of the window: system, en, de, fr, es, ja, zh_CN (default: as chosen in View &gt; Language).</source>
        <translation>窗口语言：system、en、de、fr、es、ja、zh_CN（默认：使用“视图 &gt; 语言”中的选择）。</translation>
    </message>
    <message>
        <source>Select a node and show its properties.</source>
        <translation>选择节点并显示其属性。</translation>
    </message>
</context>
<context>
    <name>weir::AboutDialog</name>
    <message>
        <source>Design, run, watch and debug real-time data pipelines.</source>
        <translation>设计、运行、监控和调试实时数据管道。</translation>
    </message>
    <message>
        <source>About Weir</source>
        <translation>关于 Weir</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, %3.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2，%3。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>库及其许可证</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Weir is built on these libraries:</source>
        <translation>Weir 基于以下库构建：</translation>
    </message>
</context>
<context>
    <name>weir::AggregatesTable</name>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>As</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>The input field; empty counts rows</source>
        <translation>输入字段；为空时统计行数</translation>
    </message>
    <message>
        <source>The quantile of a percentile, 0 &lt; q &lt; 1</source>
        <translation>百分位数的分位点，0 &lt; q &lt; 1</translation>
    </message>
    <message>
        <source>The output column; empty: named after fn and field</source>
        <translation>输出列；为空时按 fn 和 field 命名</translation>
    </message>
</context>
<context>
    <name>weir::AlertBanner</name>
    <message>
        <source>Firing alerts</source>
        <translation>触发中的告警</translation>
    </message>
</context>
<context>
    <name>weir::BoolParamEdit</name>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>weir::BoundedRun</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 is still running: cancel it first</source>
        <translation>%1 仍在运行：请先取消</translation>
    </message>
    <message>
        <source>%1 cancelled: the results hold what was read until then</source>
        <translation>%1 已取消：结果包含取消前已读取的数据</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionCheck</name>
    <message>
        <source>dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>raw records</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <source>records parsed by &apos;%1&apos;</source>
        <translation>由“%1”解析的记录</translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos;</source>
        <translation>“%1”的行</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>不存在节点“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown node type &apos;%2&apos;</source>
        <translation>“%1”的节点类型“%2”未知</translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation>节点不能连接到自身</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a sink (%2): sinks have no outputs</source>
        <translation>“%1”是输出端（%2）：输出端没有输出端口</translation>
    </message>
    <message>
        <source>%1 has no port &apos;%2&apos;; its ports: %3</source>
        <translation>%1 没有端口“%2”；它的端口：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a source (%2) and takes no input</source>
        <translation>“%1”是数据源（%2），不接受输入</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already fed by %2 with %3; %4 carries %5, and all inputs of a node must carry the same records</source>
        <translation>“%1”已由 %2 提供 %3；%4 传递的是 %5，而一个节点的所有输入必须传递相同的记录</translation>
    </message>
    <message>
        <source>%1 already feeds &apos;%2&apos;</source>
        <translation>%1 已连接到“%2”</translation>
    </message>
    <message>
        <source>this would close a cycle: %1 -&gt; %2; records must flow from sources to sinks</source>
        <translation>这会形成环：%1 -&gt; %2；记录必须从数据源流向输出端</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionDrag</name>
    <message>
        <source>Reconnect %1.%2 to %3</source>
        <translation>将 %1.%2 重新连接到 %3</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterPanel</name>
    <message>
        <source>Dead-letter store</source>
        <translation>死信存储</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>存储(&amp;S)：</translation>
    </message>
    <message>
        <source>%1. Nothing was removed from the store.</source>
        <translation>%1。未从存储中删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s) into the pipeline&apos;s sinks</source>
        <translation>
            <numerusform>已将 %n 条死信重新投递到管道的输出端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed again and are back in the store with their new reason</source>
        <translation>
            <numerusform>；%n 条再次失败，已带着新原因放回存储</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be re-driven (see the log)</source>
        <translation>
            <numerusform>；%n 条无法重新投递（请查看日志）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s), but could not remove them from the store: %1</source>
        <translation>
            <numerusform>已重新投递 %n 条死信，但无法将其从存储中删除：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters are kept: wire a parser&apos;s errors port to a file or SQLite sink to keep them.</source>
        <translation>未保留任何死信：请将解析器的 errors 端口连接到文件或 SQLite 输出端以保留死信。</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n 条死信</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the dead letters: %1</source>
        <translation>无法读取死信：%1</translation>
    </message>
    <message numerus="yes">
        <source>Re-driving %n letter(s)…</source>
        <translation>
            <numerusform>正在重新投递 %n 条死信…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 of %2 not re-driven: %3</source>
        <translation>第 %1 条死信（共 %2 条）未重新投递：%3</translation>
    </message>
    <message>
        <source>None of the selected letters can be re-driven (see the log)</source>
        <translation>所选死信均无法重新投递（请查看日志）</translation>
    </message>
    <message>
        <source>Cannot re-drive: %1</source>
        <translation>无法重新投递：%1</translation>
    </message>
    <message>
        <source>Re-drive</source>
        <translation>重新投递</translation>
    </message>
    <message>
        <source> The sinks&apos; batch markers could not be put back (%1): a run with a checkpoint may skip its next batch there.</source>
        <translation>无法恢复输出端的批次标记（%1）：带检查点的运行可能会在那里跳过下一个批次。</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterView</name>
    <message>
        <source>Re-drive selected</source>
        <translation>重新投递所选</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Send the selected records through the pipeline again, into its real sinks, and remove them from this store; those that fail again come back with their new reason</source>
        <translation>将所选记录再次送入管道，写入其真实输出端，并从此存储中删除；再次失败的记录会带着新原因放回</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>Original bytes as text</source>
        <translation>原始字节（文本）</translation>
    </message>
    <message>
        <source>Original bytes in hex</source>
        <translation>原始字节（十六进制）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来自：</translation>
    </message>
    <message>
        <source>1 dead letter</source>
        <translation>1 条死信</translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation>%1 条死信</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>Re-drive selected (%1)</source>
        <translation>重新投递所选（%1）</translation>
    </message>
    <message>
        <source>Select a letter to see its original bytes.</source>
        <translation>选择一条死信以查看其原始字节。</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>（未知来源）</translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation>表 %2 的第 %1 行</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, partition %2, offset %3 — stored by %4, %5</source>
        <translation>%1，分区 %2，偏移量 %3 — 由 %4 存储，%5</translation>
    </message>
</context>
<context>
    <name>weir::DesignerActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty pipeline</source>
        <translation>新建空管道</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a *.weir.json pipeline</source>
        <translation>打开 *.weir.json 管道</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the pipeline</source>
        <translation>保存管道</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the pipeline under a new name</source>
        <translation>以新名称保存管道</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Weir</source>
        <translation>退出 Weir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>剪切所选节点</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected nodes and the connections among them (as pipeline JSON)</source>
        <translation>复制所选节点及其之间的连接（作为管道 JSON）</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>粘贴节点</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation>创建所选节点的副本</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected nodes and connections</source>
        <translation>删除所选节点和连接</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>选择所有节点</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the leftmost one</source>
        <translation>将所选节点与最左侧的节点对齐</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the topmost one</source>
        <translation>将所选节点与最上方的节点对齐</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lay the pipeline out left to right in flow order</source>
        <translation>按数据流顺序从左到右排列管道</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Snap moved and dropped nodes to the grid</source>
        <translation>将移动和放置的节点对齐到网格</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>缩放到 100%</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>适合视图(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the whole pipeline</source>
        <translation>显示整个管道</translation>
    </message>
    <message>
        <source>Search the palette of node types</source>
        <translation>在节点类型面板中搜索</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the pipeline on the engine thread until stopped</source>
        <translation>在引擎线程上运行管道，直到停止</translation>
    </message>
    <message>
        <source>Run &amp;Once</source>
        <translation>运行一次(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>Run until the sources are drained, then stop</source>
        <translation>一直运行到数据源读完，然后停止</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the run (sources stop reading); again to resume</source>
        <translation>暂停运行（数据源停止读取）；再次点击以继续</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Finish the batch in flight, commit and stop</source>
        <translation>完成正在处理的批次，提交后停止</translation>
    </message>
    <message>
        <source>&amp;Copy Sandbox Broker Address</source>
        <translation>复制沙箱 Broker 地址(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the embedded sandbox broker&apos;s bootstrap servers, for outside producers and consumers</source>
        <translation>复制内置沙箱 Broker 的 bootstrap servers，供外部生产者和消费者使用</translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation>显示监控(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Bring the live monitor&apos;s charts forward</source>
        <translation>将实时监控图表置于前台</translation>
    </message>
    <message>
        <source>Export &amp;Alert Rules…</source>
        <translation>导出告警规则(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the pipeline&apos;s alert thresholds as a Prometheus alerting-rules file, for its headless workers</source>
        <translation>将管道的告警阈值保存为 Prometheus 告警规则文件，供其无界面 Worker 使用</translation>
    </message>
    <message>
        <source>&amp;Browse Topics</source>
        <translation>浏览 Topic(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Browse a Kafka cluster: topics, consumer groups and messages</source>
        <translation>浏览 Kafka 集群：Topic、消费者组和消息</translation>
    </message>
    <message>
        <source>&amp;Replay Through Pipeline…</source>
        <translation>通过管道重放(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run the pipeline over an exact offset or time range of a topic, into a scratch folder, and compare with an earlier replay</source>
        <translation>在 Topic 的指定偏移量或时间范围上运行管道，输出到临时文件夹，并与之前的重放进行比较</translation>
    </message>
    <message>
        <source>&amp;Preview Data</source>
        <translation>预览数据(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Run the pipeline on its first records without touching its sinks, then click a node to see what it sent</source>
        <translation>用前几条记录运行管道而不写入输出端，然后点击节点查看其发送的数据</translation>
    </message>
    <message>
        <source>&amp;Dead Letters</source>
        <translation>死信(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Records that failed parsing: why, where from, and re-drive them after fixing the schema</source>
        <translation>解析失败的记录：失败原因、来源，并可在修正 Schema 后重新投递</translation>
    </message>
    <message>
        <source>&amp;About Weir</source>
        <translation>关于 Weir(&amp;A)</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>版本和库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>调试(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Align Le&amp;ft</source>
        <translation>左对齐(&amp;F)</translation>
    </message>
    <message>
        <source>Align T&amp;op</source>
        <translation>顶端对齐(&amp;O)</translation>
    </message>
    <message>
        <source>Auto-La&amp;yout</source>
        <translation>自动布局(&amp;Y)</translation>
    </message>
    <message>
        <source>Find &amp;Node Type…</source>
        <translation>查找节点类型(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>weir::DesktopNotifier</name>
    <message>
        <source>no desktop notification service on the session bus</source>
        <translation>会话总线上没有桌面通知服务</translation>
    </message>
    <message>
        <source>, and no system tray</source>
        <translation>，也没有系统托盘</translation>
    </message>
</context>
<context>
    <name>weir::DocumentController</name>
    <message>
        <source>Weir pipelines (*.weir.json);;JSON files (*.json);;All files (*)</source>
        <translation>Weir 管道 (*.weir.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation>无法打开模板</translation>
    </message>
    <message>
        <source>The document has no file yet: use Save As.</source>
        <translation>文档尚未保存为文件：请使用“另存为”。</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>打开管道</translation>
    </message>
    <message>
        <source>Save pipeline as</source>
        <translation>管道另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 有未保存的更改。是否先保存？</translation>
    </message>
</context>
<context>
    <name>weir::DurationEdit</name>
    <message>
        <source>
Written like &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; or &quot;500ms&quot;.</source>
        <translation>
格式如 &quot;10 minutes&quot;、&quot;5m&quot;、&quot;1.5s&quot; 或 &quot;500ms&quot;。</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>不是有效的时长</translation>
    </message>
</context>
<context>
    <name>weir::EngineController</name>
    <message>
        <source>a run is still active: stop it first</source>
        <translation>已有运行正在进行：请先停止</translation>
    </message>
</context>
<context>
    <name>weir::FetchStartEdit</name>
    <message>
        <source>From offset</source>
        <translation>指定偏移量</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>offset, e.g. 1200</source>
        <translation>偏移量，例如 1200</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z 或 epoch 毫秒</translation>
    </message>
    <message>
        <source>The offset must be a whole number of 0 or more.</source>
        <translation>偏移量必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>时间格式应为 2026-11-26T03:00:00Z 或 epoch 毫秒数。</translation>
    </message>
</context>
<context>
    <name>weir::FieldListEdit</name>
    <message>
        <source>+ Add</source>
        <translation>+ 添加</translation>
    </message>
    <message>
        <source>Add a name to %1</source>
        <translation>向 %1 添加名称</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− 移除</translation>
    </message>
    <message>
        <source>Remove the selected names</source>
        <translation>移除所选名称</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
</context>
<context>
    <name>weir::KafkaBrowser</name>
    <message>
        <source>Kafka topics</source>
        <translation>Kafka Topic</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>cannot list the topics</source>
        <translation>无法列出 Topic</translation>
    </message>
    <message>
        <source>cannot list the consumer groups</source>
        <translation>无法列出消费者组</translation>
    </message>
    <message>
        <source>
Look a group up by its id instead.</source>
        <translation>
请改为按组 ID 查找。</translation>
    </message>
    <message>
        <source>cannot read group %1</source>
        <translation>无法读取组 %1</translation>
    </message>
</context>
<context>
    <name>weir::KafkaConnectionBar</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>host:port,... or embedded (the sandbox)</source>
        <translation>host:port,... 或 embedded（沙箱）</translation>
    </message>
    <message>
        <source>Bootstrap servers; &quot;embedded&quot; is Weir&apos;s in-process sandbox</source>
        <translation>Bootstrap servers；“embedded”表示 Weir 的进程内沙箱</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>librdkafka properties for this connection</source>
        <translation>此连接的 librdkafka 属性</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap servers：</translation>
    </message>
</context>
<context>
    <name>weir::KafkaGroupsView</name>
    <message>
        <source>Group id</source>
        <translation>组 ID</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation>重置偏移量…</translation>
    </message>
    <message>
        <source>Move the selected group&apos;s committed offsets</source>
        <translation>移动所选消费者组的已提交偏移量</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Lag (s)</source>
        <translation>积压（秒）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No committed offsets</source>
        <translation>无已提交的偏移量</translation>
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
        <translation>分区</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>Timestamp (UTC)</source>
        <translation>时间戳（UTC）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Select a message to see it here</source>
        <translation>选择一条消息以在此处查看</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>导出显示的消息…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选消息…</translation>
    </message>
    <message>
        <source>Replay selection through pipeline…</source>
        <translation>通过管道重放所选消息…</translation>
    </message>
    <message>
        <source>Run the current pipeline over the selected offsets of each partition</source>
        <translation>在每个分区的所选偏移量上运行当前管道</translation>
    </message>
    <message>
        <source>Select the messages to replay first.</source>
        <translation>请先选择要重放的消息。</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>所有分区</translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>cannot read topic %1</source>
        <translation>无法读取 Topic %1</translation>
    </message>
    <message>
        <source>No newer messages.</source>
        <translation>没有更新的消息。</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>没有更早的消息。</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1：%2 条消息</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>导出消息</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl)</source>
        <translation>NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 条/页</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
</context>
<context>
    <name>weir::KafkaSearchBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Text: found in the key or the value, any case.
Expression: a condition over partition, offset, timestamp, key, value, headers,
e.g. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</source>
        <translation>文本：在 key 或 value 中查找，不区分大小写。
表达式：基于 partition、offset、timestamp、key、value、headers 的条件，
例如 partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>搜索 key 和 value…</translation>
    </message>
    <message>
        <source>partition = 0 and offset &gt;= 100</source>
        <translation>partition = 0 and offset &gt;= 100</translation>
    </message>
    <message>
        <source>Connect and choose a topic before searching.</source>
        <translation>请先连接并选择 Topic，再进行搜索。</translation>
    </message>
    <message>
        <source>Search expression: %1</source>
        <translation>搜索表达式：%1</translation>
    </message>
    <message>
        <source>Cancelled: %1 matches in %2 of %3 records</source>
        <translation>已取消：已扫描 %3 条记录中的 %2 条，找到 %1 个匹配</translation>
    </message>
    <message>
        <source>%1 matches in %2 of %3 records</source>
        <translation>已扫描 %3 条记录中的 %2 条，找到 %1 个匹配</translation>
    </message>
    <message>
        <source> (stopped at the first %1)</source>
        <translation>（已在找到 %1 个后停止）</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%2 条记录中的 %1 条</translation>
    </message>
    <message>
        <source>at most %1 per partition</source>
        <translation>每个分区最多 %1 条</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>search from a position</comment>
        <translation>从 %1</translation>
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
        <translation>分区数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation>速率（msg/s）</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>First offset</source>
        <translation>起始偏移量</translation>
    </message>
    <message>
        <source>End offset</source>
        <translation>结束偏移量</translation>
    </message>
</context>
<context>
    <name>weir::KafkaWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
</context>
<context>
    <name>weir::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>weir::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统的语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Weir will use %1 from its next start.</source>
        <translation>下次启动时，Weir 将使用%1。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>weir::MainWindow</name>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Dead Letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>运行摘要</translation>
    </message>
    <message>
        <source>Sandbox broker address</source>
        <translation>沙箱 Broker 地址</translation>
    </message>
    <message>
        <source>Outside Kafka clients (kcat, kafka-python) can produce to and consume from the sandbox broker at this address</source>
        <translation>外部 Kafka 客户端（kcat、kafka-python）可以通过此地址向沙箱 Broker 发送消息或从中消费消息</translation>
    </message>
    <message>
        <source>Sandbox broker: %1</source>
        <translation>沙箱 Broker：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>没有可粘贴的内容：%1</translation>
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
        <translation>条曲线</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法编码图像</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>将 %1 导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>将 %1 导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorController</name>
    <message>
        <source>Alert resolved: %1</source>
        <translation>告警已解除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history ended with the application and are marked interrupted</source>
        <translation>
            <numerusform>历史记录中有 %n 次运行随应用程序一起结束，已标记为已中断</numerusform>
        </translation>
    </message>
    <message>
        <source>Run history is off: %1</source>
        <translation>运行历史已关闭：%1</translation>
    </message>
    <message>
        <source>Run history: %1</source>
        <translation>运行历史：%1</translation>
    </message>
    <message>
        <source>Could not open the run: %1</source>
        <translation>无法打开该运行：%1</translation>
    </message>
    <message>
        <source>The alert thresholds are not valid: %1</source>
        <translation>告警阈值无效：%1</translation>
    </message>
    <message>
        <source>The pipeline has no alert thresholds: set alerts.lag_seconds, alerts.error_percent or alerts.latency_p99_ms in its properties</source>
        <translation>管道没有设置告警阈值：请在其属性中设置 alerts.lag_seconds、alerts.error_percent 或 alerts.latency_p99_ms</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Alert Rules</source>
        <translation>导出告警规则</translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation>Prometheus 规则 (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Alert rules written to %1 (load them with rule_files: in prometheus.yml)</source>
        <translation>告警规则已写入 %1（在 prometheus.yml 中通过 rule_files: 加载）</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <source>Weir alert</source>
        <translation>Weir 告警</translation>
    </message>
    <message>
        <source>Alerts show here and in the monitor only: %1</source>
        <translation>告警仅在此处和监控中显示：%1</translation>
    </message>
</context>
<context>
    <name>weir::MonitorPanel</name>
    <message>
        <source>Scroll back in time</source>
        <translation>回看早先数据</translation>
    </message>
    <message>
        <source>Scroll back through the run (pauses following)</source>
        <translation>往回查看本次运行的早先数据（暂停跟随）</translation>
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
        <translation>整次运行</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>图表显示的运行时间范围</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>Keep the newest sample in view; uncheck to pause and scroll back with the wheel, by dragging or the scroll bar</source>
        <translation>始终显示最新的采样；取消勾选可暂停，并通过滚轮、拖动或滚动条往回查看</translation>
    </message>
    <message>
        <source>Lag in offsets</source>
        <translation>积压（偏移量）</translation>
    </message>
    <message>
        <source>Lag in seconds</source>
        <translation>积压（秒）</translation>
    </message>
    <message>
        <source>Consumer lag unit</source>
        <translation>消费积压单位</translation>
    </message>
    <message>
        <source>Show consumer lag as offsets behind or as seconds behind</source>
        <translation>以落后的偏移量或落后的秒数显示消费积压</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export a chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or its data as CSV</source>
        <translation>将图表保存为 PNG 图像，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation>整个管道</translation>
    </message>
    <message>
        <source>Monitor scope</source>
        <translation>监控范围</translation>
    </message>
    <message>
        <source>The whole pipeline, or one node (click a node on the canvas)</source>
        <translation>整个管道，或单个节点（在画布上点击节点）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>事件/s</translation>
    </message>
    <message>
        <source>in</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>记录/s</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>错误/s</translation>
    </message>
    <message>
        <source>late/s</source>
        <translation>迟到/s</translation>
    </message>
    <message>
        <source>% input</source>
        <translation>占输入 %</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>错误 %</translation>
    </message>
    <message>
        <source>Dead letters &amp; late records</source>
        <translation>死信和迟到记录</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>late records</source>
        <translation>迟到记录</translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation>端到端延迟</translation>
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
        <translation>批次耗时</translation>
    </message>
    <message>
        <source>batch p99</source>
        <translation>批次 p99</translation>
    </message>
    <message>
        <source>Watermark delay</source>
        <translation>水位线延迟</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Queue &amp; backpressure</source>
        <translation>队列与反压</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>消费积压</translation>
    </message>
    <message>
        <source>offsets</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Throughput — %1</source>
        <translation>吞吐量 — %1</translation>
    </message>
    <message>
        <source>Errors — %1</source>
        <translation>错误 — %1</translation>
    </message>
    <message>
        <source>Errors &amp; late records — %1</source>
        <translation>错误和迟到记录 — %1</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Processing time — %1</source>
        <translation>处理耗时 — %1</translation>
    </message>
    <message>
        <source>ms/batch</source>
        <translation>ms/批次</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorView</name>
    <message>
        <source>This Run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>Remote Workers</source>
        <translation>远程 Worker</translation>
    </message>
    <message>
        <source>Chart the pipeline running in this window</source>
        <translation>为此窗口中运行的管道绘制图表</translation>
    </message>
    <message>
        <source>Chart the remote workers added in the Workers panel</source>
        <translation>为在 Worker 面板中添加的远程 Worker 绘制图表</translation>
    </message>
    <message>
        <source>All workers summed, or one worker</source>
        <translation>所有 Worker 汇总，或单个 Worker</translation>
    </message>
    <message>
        <source>Worker shown</source>
        <translation>显示的 Worker</translation>
    </message>
    <message>
        <source>Showing this window&apos;s run</source>
        <translation>正在显示此窗口的运行</translation>
    </message>
    <message>
        <source>Showing the remote workers</source>
        <translation>正在显示远程 Worker</translation>
    </message>
    <message>
        <source>Showing a past run: %1</source>
        <translation>正在显示过去的运行：%1</translation>
    </message>
    <message>
        <source>All workers (summed)</source>
        <translation>所有 Worker（汇总）</translation>
    </message>
</context>
<context>
    <name>weir::NodeItem</name>
    <message>
        <source>Unknown node type &apos;%1&apos;</source>
        <translation>未知节点类型“%1”</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;&lt;br&gt;Drag an output port here to feed this node.</source>
        <translation>&lt;b&gt;输入&lt;/b&gt;&lt;br&gt;将输出端口拖到此处，为此节点提供数据。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个问题&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s) firing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个告警正在触发&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weir::NodePalette</name>
    <message>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>输出端</translation>
    </message>
    <message>
        <source>Search nodes</source>
        <translation>搜索节点</translation>
    </message>
    <message>
        <source>Search node types</source>
        <translation>搜索节点类型</translation>
    </message>
    <message>
        <source>Filter by title, type or description; Enter adds the first match</source>
        <translation>按标题、类型或描述过滤；按 Enter 添加第一个匹配项</translation>
    </message>
    <message>
        <source>No node type matches “%1”.</source>
        <translation>没有匹配“%1”的节点类型。</translation>
    </message>
</context>
<context>
    <name>weir::NodePaletteTree</name>
    <message>
        <source>Node types</source>
        <translation>节点类型</translation>
    </message>
</context>
<context>
    <name>weir::NumberEdit</name>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>至多 %1</translation>
    </message>
</context>
<context>
    <name>weir::OffsetResetDialog</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset offsets of group %1</source>
        <translation>重置组 %1 的偏移量</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Explicit offsets</source>
        <translation>显式偏移量</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z 或 epoch 毫秒</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>After reset</source>
        <translation>重置后</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>组：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic：</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>移动到：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Preview lists the partitions; then type the new offsets in &quot;After reset&quot; and preview again.</source>
        <translation>预览会列出各分区；然后在“重置后”中输入新的偏移量，再次预览。</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>请选择 Topic。</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>时间格式应为 2026-11-26T03:00:00Z 或 epoch 毫秒数。</translation>
    </message>
    <message>
        <source>Reading offsets…</source>
        <translation>正在读取偏移量…</translation>
    </message>
    <message>
        <source>Preview failed</source>
        <translation>预览失败</translation>
    </message>
    <message>
        <source>Type the new offsets in &quot;After reset&quot;.</source>
        <translation>在“重置后”中输入新的偏移量。</translation>
    </message>
    <message>
        <source>Preview: nothing changed yet.</source>
        <translation>预览：尚未做任何更改。</translation>
    </message>
    <message>
        <source>Type the new offsets first.</source>
        <translation>请先输入新的偏移量。</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>Done: the group&apos;s committed offsets moved.</source>
        <translation>完成：该组的已提交偏移量已移动。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>An offset is a whole number of 0 or more.</source>
        <translation>偏移量必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>已提交偏移量</translation>
    </message>
</context>
<context>
    <name>weir::ParamRow</name>
    <message>
        <source>Reset %1 to its default</source>
        <translation>将 %1 重置为默认值</translation>
    </message>
</context>
<context>
    <name>weir::ParamTable</name>
    <message>
        <source>+ Add</source>
        <translation>+ 添加</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>向 %1 添加一行</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− 移除</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>移除所选行</translation>
    </message>
</context>
<context>
    <name>weir::PipelineEditor</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3</source>
        <translation>将 %1.%2 连接到 %3</translation>
    </message>
    <message>
        <source>Disconnect %1.%2 from %3</source>
        <translation>断开 %1.%2 与 %3 的连接</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the parameters of %1</source>
        <translation>设置 %1 的参数</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>不存在节点“%1”</translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation>节点需要 ID</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is taken by another node</source>
        <translation>ID“%1”已被其他节点使用</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message numerus="yes">
        <source>Align %n nodes</source>
        <translation>
            <numerusform>对齐 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>weir::PipelineModel</name>
    <message>
        <source>cannot read pipeline file &apos;%1&apos;: %2</source>
        <translation>无法读取管道文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineOverview</name>
    <message>
        <source>Pipeline overview</source>
        <translation>管道概览</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：点击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>weir::PipelineScene</name>
    <message>
        <source>Delete selection</source>
        <translation>删除所选内容</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to errors</source>
        <translation>
            <numerusform>%n 条记录已发送到 errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late record(s)</source>
        <translation>
            <numerusform>%n 条迟到记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s, %2 in all</source>
        <translation>%1 条记录/s，共 %2 条</translation>
    </message>
</context>
<context>
    <name>weir::PipelineView</name>
    <message>
        <source>Pipeline canvas</source>
        <translation>管道画布</translation>
    </message>
</context>
<context>
    <name>weir::PreviewController</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Records to preview per source</source>
        <translation>每个数据源要预览的记录数</translation>
    </message>
    <message>
        <source>Source the sample file replaces</source>
        <translation>由样本文件替代的数据源</translation>
    </message>
    <message>
        <source>Preview a sample NDJSON file instead of one source&apos;s data</source>
        <translation>用样本 NDJSON 文件代替某个数据源的数据进行预览</translation>
    </message>
    <message>
        <source>sample.ndjson</source>
        <translation>sample.ndjson</translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation>样本文件</translation>
    </message>
    <message>
        <source>Runs the pipeline on its first records without touching its sinks; then click a node on the canvas to see what it sent.</source>
        <translation>用前几条记录运行管道而不写入输出端；然后在画布上点击节点，查看它发送的数据。</translation>
    </message>
    <message>
        <source>Sample File</source>
        <translation>样本文件</translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>换行分隔的 JSON (*.ndjson *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Previewed %L1 records. Click a node to see its records.</source>
        <translation>已预览 %L1 条记录。点击节点查看其记录。</translation>
    </message>
    <message>
        <source>its sources</source>
        <translation>数据源本身</translation>
    </message>
    <message>
        <source>a sample file for %1</source>
        <translation>%1 的样本文件</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>无法创建预览文件夹 %1</translation>
    </message>
    <message>
        <source>Planning the preview…</source>
        <translation>正在规划预览…</translation>
    </message>
    <message>
        <source>Choose the sample file, or preview the sources themselves</source>
        <translation>请选择样本文件，或直接预览数据源本身</translation>
    </message>
    <message>
        <source>Preview cancelled before it started</source>
        <translation>预览在开始前已取消</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>正在预览…</translation>
    </message>
    <message>
        <source>First %1 records per source from %2</source>
        <translation>每个数据源取前 %1 条记录，数据来自 %2</translation>
    </message>
</context>
<context>
    <name>weir::PreviewPanel</name>
    <message>
        <source>Records the node sent to its &apos;%1&apos; port</source>
        <translation>节点发送到其“%1”端口的记录</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>预览记录</translation>
    </message>
    <message>
        <source>No preview yet: run one to see records here</source>
        <translation>尚无预览：运行一次预览即可在此处查看记录</translation>
    </message>
    <message>
        <source>Select a node to see its records</source>
        <translation>选择一个节点以查看其记录</translation>
    </message>
    <message>
        <source>%1 — input</source>
        <translation>%1 — 输入</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records</source>
        <translation>显示 %2 条记录中的前 %1 条</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>weir::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>（管道）</translation>
    </message>
</context>
<context>
    <name>weir::PropertyEditor</name>
    <message>
        <source>The node&apos;s name: unique in the pipeline; edges, problems and metrics name the node by it.</source>
        <translation>节点名称：在管道中唯一；连接、问题和指标都通过它来指代该节点。</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name, shown in the title and in metrics.</source>
        <translation>管道名称，显示在标题和指标中。</translation>
    </message>
    <message>
        <source>What the pipeline does, for the people who read it.</source>
        <translation>管道的用途说明，供阅读者参考。</translation>
    </message>
</context>
<context>
    <name>weir::PropertyHeader</name>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name and description, and how it runs: trigger, batch sizes, checkpoint and metrics.</source>
        <translation>管道的名称和描述，以及运行方式：触发器、批次大小、检查点和指标。</translation>
    </message>
    <message>
        <source>Unknown node type</source>
        <translation>未知节点类型</translation>
    </message>
    <message>
        <source>The engine has no node type &apos;%1&apos;.</source>
        <translation>引擎中没有节点类型“%1”。</translation>
    </message>
</context>
<context>
    <name>weir::RemoteWorkers</name>
    <message>
        <source>not Prometheus text: %1</source>
        <translation>不是 Prometheus 文本格式：%1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>HTTP %1 %2，来自 %3</translation>
    </message>
    <message>
        <source>connection refused by %1 (is the worker running with --metrics-addr?)</source>
        <translation>%1 拒绝连接（该 Worker 是否使用 --metrics-addr 运行？）</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>找不到主机：%1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>%1 在 %2 ms 内无应答</translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 未应答即关闭了连接</translation>
    </message>
</context>
<context>
    <name>weir::ReplayPanel</name>
    <message>
        <source>Dr&amp;y run (count only)</source>
        <translation>试运行（仅计数）(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>重放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Each replay writes into its own folder under %1; the pipeline&apos;s real sinks, topics and consumer groups are not touched</source>
        <translation>每次重放都写入 %1 下各自的文件夹；不会影响管道真实的输出端、Topic 和消费者组</translation>
    </message>
    <message>
        <source>Replaying: %L1 of %L2 records read</source>
        <translation>正在重放：已读取 %L1 / %L2 条记录</translation>
    </message>
    <message>
        <source>Choose a range and press Replay. The sandbox broker keeps at most 5 MiB or 100,000 message sets per partition.</source>
        <translation>选择范围后点击“重放”。沙箱 Broker 的每个分区最多保留 5 MiB 或 100,000 个消息集。</translation>
    </message>
    <message>
        <source>This pipeline has no Kafka source: there is no topic to replay.</source>
        <translation>此管道没有 Kafka 数据源：没有可重放的 Topic。</translation>
    </message>
    <message>
        <source>Reading the partitions of %1…</source>
        <translation>正在读取 %1 的分区…</translation>
    </message>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation>无法读取 %1 的分区：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s). Narrow From/To per partition, or choose a time range.</source>
        <translation>
            <numerusform>%1：%n 个分区。请按分区缩小“从/到”范围，或选择时间范围。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the replay folder %1</source>
        <translation>无法创建重放文件夹 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Resolving the range on the cluster…</source>
        <translation>正在集群上解析范围…</translation>
    </message>
    <message>
        <source>Replay cancelled before it started</source>
        <translation>重放在开始前已取消</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>无法重放：%1</translation>
    </message>
    <message>
        <source>Replaying %L1 records…</source>
        <translation>正在重放 %L1 条记录…</translation>
    </message>
    <message>
        <source>Replay %1: %L2 records into %3</source>
        <translation>重放 %1：%L2 条记录 → %3</translation>
    </message>
    <message>
        <source>a dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1：%L2</translation>
    </message>
    <message>
        <source>Replayed %L1 records. Rows per sink: %2%3</source>
        <translation>已重放 %L1 条记录。各输出端的行数：%2%3</translation>
    </message>
    <message>
        <source> (dry run: nothing kept)</source>
        <translation>（试运行：未保留任何数据）</translation>
    </message>
    <message>
        <source>. Results in %1</source>
        <translation>。结果位于 %1</translation>
    </message>
    <message>
        <source>Sinks into a scratch fol&amp;der</source>
        <translation>输出到临时文件夹(&amp;D)</translation>
    </message>
</context>
<context>
    <name>weir::ReplayRangeForm</name>
    <message>
        <source>Topic to replay</source>
        <translation>要重放的 Topic</translation>
    </message>
    <message>
        <source>&amp;Offsets</source>
        <translation>偏移量(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>时间范围(&amp;T)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>最早偏移量</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一偏移量</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>到（不含）</translation>
    </message>
    <message>
        <source>Edit From and To per partition; From = To reads nothing from that partition</source>
        <translation>按分区编辑“从”和“到”；“从”等于“到”时不读取该分区</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Matched against each record&apos;s Kafka timestamp, in every partition.</source>
        <translation>与每条记录的 Kafka 时间戳匹配，适用于所有分区。</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Topic(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose a topic: the pipeline has no Kafka source with a named topic</source>
        <translation>请选择 Topic：管道中没有指定了 Topic 名称的 Kafka 数据源</translation>
    </message>
    <message>
        <source>The time range is empty: From must be before To</source>
        <translation>时间范围为空：“从”必须早于“到”</translation>
    </message>
    <message>
        <source>The partitions of %1 are not known yet</source>
        <translation>尚未获取 %1 的分区信息</translation>
    </message>
    <message>
        <source>Partition %1: From and To must be offsets (whole numbers, 0 or more)</source>
        <translation>分区 %1：“从”和“到”必须是偏移量（大于或等于 0 的整数）</translation>
    </message>
    <message>
        <source>Partition %1: From (%2) is after To (%3)</source>
        <translation>分区 %1：“从”（%2）大于“到”（%3）</translation>
    </message>
    <message>
        <source>Every record whose timestamp falls in the range; the offsets are looked up when the replay starts.</source>
        <translation>时间戳落在该范围内的所有记录；偏移量在重放开始时查询。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected</source>
        <translation>
            <numerusform>已选择 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>To (e&amp;xcluded):</source>
        <translation>到（不含）(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>weir::ReplayResults</name>
    <message>
        <source>&amp;Sink:</source>
        <translation>输出端(&amp;S)：</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Latest replay compared &amp;with:</source>
        <translation>最近一次重放的对比对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>%1 (%L2 rows)</source>
        <translation>%1（%L2 行）</translation>
    </message>
    <message>
        <source>Cannot read the result: %1</source>
        <translation>无法读取结果：%1</translation>
    </message>
    <message>
        <source>A dry run keeps no rows to compare</source>
        <translation>试运行不保留可比较的行</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
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
        <translation>之前：%1
之后：%2</translation>
    </message>
    <message>
        <source>+ added, − removed, ~ changed</source>
        <translation>+ 新增，− 删除，~ 更改</translation>
    </message>
    <message>
        <source>%1: rows are matched by this key</source>
        <translation>%1：按此键匹配行</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1（之前）</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1（之后）</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>更改</translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffView</name>
    <message>
        <source>Sink:</source>
        <translation>输出端：</translation>
    </message>
    <message>
        <source>Show rows only the after run has</source>
        <translation>显示仅在后一次运行中存在的行</translation>
    </message>
    <message>
        <source>Show rows only the before run has</source>
        <translation>显示仅在前一次运行中存在的行</translation>
    </message>
    <message>
        <source>Show rows both runs have under the same key, with other values</source>
        <translation>显示两次运行中键相同但其他值不同的行</translation>
    </message>
    <message>
        <source>No results to compare</source>
        <translation>没有可比较的结果</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>删除（%1）</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>更改（%1）</translation>
    </message>
    <message>
        <source>No key: rows are compared whole, so they are only added or removed.</source>
        <translation>没有键：按整行比较，因此只有新增或删除。</translation>
    </message>
    <message>
        <source>Columns only before: %1.</source>
        <translation>仅在之前存在的列：%1。</translation>
    </message>
    <message>
        <source>Columns only after: %1.</source>
        <translation>仅在之后存在的列：%1。</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableModel</name>
    <message>
        <source>%1 (part of the table&apos;s primary key)</source>
        <translation>%1（表主键的一部分）</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableView</name>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，位于 %2</translation>
    </message>
</context>
<context>
    <name>weir::RunFigures</name>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>commits %1</source>
        <translation>提交 %1 次</translation>
    </message>
    <message>
        <source>in</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>weir::RunHistoryPanel</name>
    <message>
        <source>Open Charts</source>
        <translation>打开图表</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>输入事件</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>How long finished runs stay in the history</source>
        <translation>已完成的运行在历史中保留多久</translation>
    </message>
    <message>
        <source>Keep runs for</source>
        <translation>运行保留时长</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s charts in the monitor (Enter)</source>
        <translation>在监控中显示所选运行的图表（Enter）</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>从历史中删除所选运行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>永久</translation>
    </message>
</context>
<context>
    <name>weir::RunLogPanel</name>
    <message>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>Engine messages appear here while a pipeline runs.</source>
        <translation>管道运行时，引擎消息会显示在此处。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the run log</source>
        <translation>清除运行日志</translation>
    </message>
</context>
<context>
    <name>weir::RunMonitor</name>
    <message>
        <source>Run history not recorded: %1</source>
        <translation>未记录运行历史：%1</translation>
    </message>
    <message>
        <source>Run history stopped recording: %1</source>
        <translation>运行历史已停止记录：%1</translation>
    </message>
</context>
<context>
    <name>weir::RunSession</name>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Sandbox broker listening at %1 (in memory; each partition keeps at most 5 MiB or 100,000 message sets)</source>
        <translation>沙箱 Broker 正在 %1 上监听（内存中；每个分区最多保留 5 MiB 或 100,000 个消息集）</translation>
    </message>
    <message>
        <source>Stopping: finishing the batch in flight and committing it…</source>
        <translation>正在停止：完成正在处理的批次并提交…</translation>
    </message>
    <message>
        <source> · %1 events/s · in %2 · out %3 rows</source>
        <translation> · %1 事件/s · 输入 %2 · 输出 %3 行</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · %1 个错误</translation>
    </message>
    <message>
        <source> · p99 %1 ms</source>
        <translation> · p99 %1 ms</translation>
    </message>
    <message>
        <source> · lag %1</source>
        <translation> · 积压 %1</translation>
    </message>
    <message>
        <source>Starting %1 (%2) in %3</source>
        <translation>正在启动 %1（%2），目录：%3</translation>
    </message>
    <message>
        <source>until the sources are drained</source>
        <translation>直到数据源读完</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused: sources stopped reading</source>
        <translation>已暂停：数据源已停止读取</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>weir::RunStateText</name>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>weir::SchemaTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Required: a record without the field goes to the errors port</source>
        <translation>必填：缺少该字段的记录会发送到 errors 端口</translation>
    </message>
    <message>
        <source>The value of an optional field when a record lacks it, as JSON</source>
        <translation>记录缺少可选字段时使用的值（JSON 格式）</translation>
    </message>
</context>
<context>
    <name>weir::TextParamEdit</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>为 %1 选择文件</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>选择 %1</translation>
    </message>
</context>
<context>
    <name>weir::WorkersPanel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation>指标 URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>事件/s</translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation>远程 Worker</translation>
    </message>
    <message>
        <source>name, e.g. worker-1</source>
        <translation>名称，例如 worker-1</translation>
    </message>
    <message>
        <source>Worker name</source>
        <translation>Worker 名称</translation>
    </message>
    <message>
        <source>http://host:9464/metrics</source>
        <translation>http://host:9464/metrics</translation>
    </message>
    <message>
        <source>Worker metrics URL</source>
        <translation>Worker 指标 URL</translation>
    </message>
    <message>
        <source>Scrape this worker every second and chart it</source>
        <translation>每秒抓取此 Worker 的指标并绘制图表</translation>
    </message>
    <message>
        <source>Stop scraping the selected worker</source>
        <translation>停止抓取所选 Worker</translation>
    </message>
    <message>
        <source>A worker needs a name of letters, digits and _ . : -</source>
        <translation>Worker 名称只能包含字母、数字和 _ . : -</translation>
    </message>
    <message>
        <source>There is a worker named &apos;%1&apos; already</source>
        <translation>已存在名为“%1”的 Worker</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <source>Could not add worker &apos;%1&apos;</source>
        <translation>无法添加 Worker“%1”</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>scraping</source>
        <translation>正在抓取</translation>
    </message>
</context>
</TS>
