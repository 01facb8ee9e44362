<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>NodeCatalog</name>
    <message>
        <source>Event generator</source>
        <translation>イベントジェネレーター</translation>
    </message>
    <message>
        <source>Generates synthetic user_events as JSON (event_id, user_id, event_type, timestamp, properties) at a chosen rate, with skewed users and a controlled share of out-of-order, late and malformed events.</source>
        <translation>合成の user_events を JSON（event_id、user_id、event_type、timestamp、properties）として指定したレートで生成します。ユーザーの偏りや、順序外れ・遅延・不正なイベントの割合を制御できます。</translation>
    </message>
    <message>
        <source>Raw records: key and value (the JSON text of one event).</source>
        <translation>生レコード：キーと値（1 イベント分の JSON テキスト）。</translation>
    </message>
    <message>
        <source>Random seed. The same seed and parameters produce the same events.</source>
        <translation>乱数シード。同じシードとパラメーターからは同じイベントが生成されます。</translation>
    </message>
    <message>
        <source>Events generated per second of wall-clock time; 0 generates as fast as the pipeline consumes.</source>
        <translation>実時間 1 秒あたりに生成するイベント数。0 の場合、パイプラインが消費できる最大速度で生成します。</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>events/s</translation>
    </message>
    <message>
        <source>Total number of events to generate, then stop; 0 runs forever.</source>
        <translation>生成するイベントの総数（生成後に停止）。0 の場合は無制限に実行します。</translation>
    </message>
    <message>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Number of distinct user_id values.</source>
        <translation>user_id の値の種類数。</translation>
    </message>
    <message>
        <source>users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Skew exponent of the user_id distribution (Zipf); 0 is uniform, larger values make a few users very active.</source>
        <translation>user_id の分布（Zipf）の偏り指数。0 で一様分布になり、値を大きくすると一部のユーザーに活動が集中します。</translation>
    </message>
    <message>
        <source>Relative weight of each event_type value; weights need not add up to 100.</source>
        <translation>event_type の各値の相対的な重み。合計が 100 になる必要はありません。</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Events per second of event time, i.e. how fast the event clock advances; 0 follows rate (or 10000 when rate is unlimited).</source>
        <translation>イベント時刻 1 秒あたりのイベント数（イベントクロックの進む速さ）。0 の場合は rate に従います（rate が無制限の場合は 10000）。</translation>
    </message>
    <message>
        <source>Fraction of events whose timestamp is shifted back by up to `disorder`. out_of_order + late + malformed is at most 1.</source>
        <translation>タイムスタンプを最大 `disorder` だけ過去にずらすイベントの割合。out_of_order + late + malformed は 1 以下です。</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Largest shift back in event time of an out-of-order event.</source>
        <translation>順序外れイベントをイベント時刻で過去にずらす最大幅。</translation>
    </message>
    <message>
        <source>Fraction of events that arrive `lateness` behind the event clock.</source>
        <translation>イベントクロックから `lateness` だけ遅れて到着するイベントの割合。</translation>
    </message>
    <message>
        <source>How far behind the event clock late events are.</source>
        <translation>遅延イベントがイベントクロックからどれだけ遅れるか。</translation>
    </message>
    <message>
        <source>Fraction of events written as broken JSON, to exercise error handling.</source>
        <translation>エラー処理を試すため、壊れた JSON として書き出すイベントの割合。</translation>
    </message>
    <message>
        <source>Event time of the first event: &quot;now&quot; or an ISO-8601 time between 1970 and 9000 such as &quot;2024-05-01T12:00:00Z&quot;. &quot;now&quot; is resolved once and kept in the checkpoint, so a restart regenerates identical events.</source>
        <translation>最初のイベントのイベント時刻：&quot;now&quot;、または &quot;2024-05-01T12:00:00Z&quot; のような 1970 年から 9000 年までの ISO-8601 時刻。&quot;now&quot; は一度だけ解決されてチェックポイントに保存されるため、再起動しても同一のイベントが再生成されます。</translation>
    </message>
    <message>
        <source>File source</source>
        <translation>ファイルソース</translation>
    </message>
    <message>
        <source>Reads newline-delimited JSON (NDJSON): one record per line.</source>
        <translation>改行区切り JSON（NDJSON）を読み込みます。1 行が 1 レコードです。</translation>
    </message>
    <message>
        <source>Raw records: key (empty) and value (the text of one line).</source>
        <translation>生レコード：キー（空）と値（1 行分のテキスト）。</translation>
    </message>
    <message>
        <source>The NDJSON file to read.</source>
        <translation>読み込む NDJSON ファイル。</translation>
    </message>
    <message>
        <source>Keep reading lines appended to the file (like tail -f) instead of stopping at its end.</source>
        <translation>ファイルの末尾で停止せず、追記される行を読み続けます（tail -f と同様）。</translation>
    </message>
    <message>
        <source>How often a followed file is checked for new lines.</source>
        <translation>追跡中のファイルに新しい行があるかを確認する間隔。</translation>
    </message>
    <message>
        <source>Read at most this many records per second (0: as fast as the pipeline goes).</source>
        <translation>1 秒あたりに読み込む最大レコード数（0：パイプラインの処理速度のまま）。</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>records/s</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka トピック</translation>
    </message>
    <message>
        <source>Reads the partitions of one or more Kafka topics. By default every partition, with the checkpoint owning the positions (exactly once); in subscribe mode the consumer group splits the partitions among its members. The group&apos;s offsets follow each committed batch so monitoring tools see the progress.</source>
        <translation>1 つ以上の Kafka トピックのパーティションを読み込みます。既定ではすべてのパーティションを読み、読み取り位置はチェックポイントが管理します（exactly once）。subscribe モードではコンシューマーグループがメンバー間でパーティションを分担します。グループのオフセットはコミットされたバッチごとに更新されるため、監視ツールで進捗を確認できます。</translation>
    </message>
    <message>
        <source>Raw records: key (the record key, empty when null) and value.</source>
        <translation>生レコード：キー（レコードのキー。null の場合は空）と値。</translation>
    </message>
    <message>
        <source>host:port[,host:port...] of the Kafka brokers; &quot;embedded&quot; is the built-in sandbox broker.</source>
        <translation>Kafka ブローカーの host:port[,host:port...]。&quot;embedded&quot; は組み込みのサンドボックスブローカーです。</translation>
    </message>
    <message>
        <source>The topics to read (at least one); a name starting with ^ is a regular expression matched against the cluster&apos;s topics.</source>
        <translation>読み込むトピック（1 つ以上）。^ で始まる名前は、クラスターのトピックに対して照合される正規表現です。</translation>
    </message>
    <message>
        <source>assign: read every partition, positions in the checkpoint (exactly once). subscribe: join the consumer group and read the partitions it assigns, starting at the group&apos;s committed offsets (several pipelines share the topics; at least once after a crash; no windows).</source>
        <translation>assign：すべてのパーティションを読み、読み取り位置をチェックポイントに保存します（exactly once）。subscribe：コンシューマーグループに参加し、割り当てられたパーティションをグループのコミット済みオフセットから読みます（複数のパイプラインでトピックを分担。クラッシュ後は at least once。ウィンドウは使用不可）。</translation>
    </message>
    <message>
        <source>Consumer group whose offsets follow the committed batches; not set: &quot;weir-&quot; followed by the node id.</source>
        <translation>コミットされたバッチに合わせてオフセットを更新するコンシューマーグループ。未設定の場合は &quot;weir-&quot; にノード ID を付けた名前です。</translation>
    </message>
    <message>
        <source>Where a run without checkpoint starts: &quot;earliest&quot;, &quot;latest&quot; or an ISO-8601 time (the first record at or after it).</source>
        <translation>チェックポイントがない実行の開始位置：&quot;earliest&quot;、&quot;latest&quot;、または ISO-8601 時刻（その時刻以降の最初のレコード）。</translation>
    </message>
    <message>
        <source>Explicit start offsets of some partitions, overriding starting_offsets for them: {&quot;topic:partition&quot;: offset}, -2 the earliest and -1 the latest record.</source>
        <translation>一部のパーティションの開始オフセットを明示的に指定し、starting_offsets を上書きします：{&quot;topic:partition&quot;: offset}。-2 は最も古いレコード、-1 は最新のレコードです。</translation>
    </message>
    <message>
        <source>Where a run with trigger once stops in some partitions, before the partition&apos;s end: {&quot;topic:partition&quot;: offset}, the first offset not read. With starting_partition_offsets it replays an exact range.</source>
        <translation>trigger が once の実行で、一部のパーティションをその末尾より前で停止する位置：{&quot;topic:partition&quot;: offset}（読み込まない最初のオフセット）。starting_partition_offsets と組み合わせると、正確な範囲をリプレイできます。</translation>
    </message>
    <message>
        <source>Commit the consumer group&apos;s offsets as batches commit, so monitoring tools see the progress. Off for replays and previews: the group is left as it was (group_mode assign only).</source>
        <translation>バッチのコミットに合わせてコンシューマーグループのオフセットをコミットし、監視ツールで進捗を確認できるようにします。リプレイとプレビューではオフになり、グループはそのまま残ります（group_mode が assign の場合のみ）。</translation>
    </message>
    <message>
        <source>When retention deleted records the checkpoint had not read yet: fail, or continue at the oldest record still kept (the skipped records are counted).</source>
        <translation>チェックポイントがまだ読んでいないレコードが保持期間により削除された場合の動作：失敗する、またはまだ保持されている最も古いレコードから続行する（スキップしたレコードはカウントされます）。</translation>
    </message>
    <message>
        <source>Further librdkafka consumer properties, e.g. {&quot;fetch.min.bytes&quot;: &quot;1&quot;}. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>追加の librdkafka コンシューマープロパティ（例：{&quot;fetch.min.bytes&quot;: &quot;1&quot;}）。プログラムを実行したりコードを読み込んだりするキー（*.cmd、plugin.library.paths、ssl.engine.location、test.*）は拒否されます。</translation>
    </message>
    <message>
        <source>Accept config keys that turn TLS verification off (enable.ssl.certificate.verification, ssl.endpoint.identification.algorithm=none).</source>
        <translation>TLS 検証を無効にする設定キー（enable.ssl.certificate.verification、ssl.endpoint.identification.algorithm=none）を許可します。</translation>
    </message>
    <message>
        <source>Read at most this many records per second per partition read (Spark&apos;s maxRatePerPartition; 0: no limit).</source>
        <translation>読み込むパーティションごとに、1 秒あたりに読む最大レコード数（Spark の maxRatePerPartition。0：無制限）。</translation>
    </message>
    <message>
        <source>Parse JSON</source>
        <translation>JSON 解析</translation>
    </message>
    <message>
        <source>Parses the value of each raw record as a JSON object into typed columns. Records that are not JSON, miss a required field or hold a value of the wrong type go to the errors port.</source>
        <translation>各生レコードの値を JSON オブジェクトとして解析し、型付きの列にします。JSON でないレコード、必須フィールドが欠けているレコード、型の誤った値を持つレコードは errors ポートに送られます。</translation>
    </message>
    <message>
        <source>Parsed records with the columns of the schema.</source>
        <translation>スキーマの列を持つ解析済みレコード。</translation>
    </message>
    <message>
        <source>Records that could not be processed, as dead letters: node, reason, source, partition, offset and the raw value.</source>
        <translation>処理できなかったレコード（デッドレター）：ノード、理由、ソース、パーティション、オフセット、生の値。</translation>
    </message>
    <message>
        <source>The fields to extract, in order: name, type (string, int, double, bool, timestamp, map&lt;string,string&gt;), required (default true) and a default for optional fields.</source>
        <translation>抽出するフィールド（順序どおり）：名前、型（string、int、double、bool、timestamp、map&lt;string,string&gt;）、必須（既定は true）、省略可能なフィールドの既定値。</translation>
    </message>
    <message>
        <source>Unit of numeric timestamps: epoch milliseconds or seconds. ISO-8601 text is always accepted.</source>
        <translation>数値タイムスタンプの単位：エポックミリ秒またはエポック秒。ISO-8601 形式のテキストは常に受け付けます。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Keeps the records for which an expression is true.</source>
        <translation>式が true になるレコードだけを残します。</translation>
    </message>
    <message>
        <source>The records that pass the expression.</source>
        <translation>式を満たしたレコード。</translation>
    </message>
    <message>
        <source>A condition over the fields, e.g. event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10. Supports = == != &lt;&gt; &lt; &lt;= &gt; &gt;=, and/or/not, in (...), arithmetic, true/false/null and parentheses.</source>
        <translation>フィールドに対する条件（例：event_type in (&apos;click&apos;, &apos;purchase&apos;) and amount &gt; 10）。= == != &lt;&gt; &lt; &lt;= &gt; &gt;=、and/or/not、in (...)、算術演算、true/false/null、括弧を使用できます。</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>ウォーターマーク</translation>
    </message>
    <message>
        <source>Declares the event-time column and how late records may arrive. The watermark is the largest event time seen minus the delay; windows downstream are final once it passes their end.</source>
        <translation>イベント時刻の列と、レコードがどれだけ遅れて到着してよいかを宣言します。ウォーターマークはこれまでに観測した最大のイベント時刻から遅延を引いた値で、下流のウィンドウはウォーターマークがその終了時刻を過ぎると確定します。</translation>
    </message>
    <message>
        <source>The records, now carrying event time and the watermark.</source>
        <translation>イベント時刻とウォーターマークを持つようになったレコード。</translation>
    </message>
    <message>
        <source>Records older than the watermark (only when drop_late is true).</source>
        <translation>ウォーターマークより古いレコード（drop_late が true の場合のみ）。</translation>
    </message>
    <message>
        <source>The timestamp field that holds each record&apos;s event time.</source>
        <translation>各レコードのイベント時刻を保持するタイムスタンプフィールド。</translation>
    </message>
    <message>
        <source>How late a record may arrive and still be counted (Spark&apos;s withWatermark delay threshold).</source>
        <translation>レコードがどれだけ遅れて到着しても集計対象になるか（Spark の withWatermark の遅延しきい値）。</translation>
    </message>
    <message>
        <source>Send records older than the watermark to the late port here. When false, the windows downstream decide what is late, as Spark does.</source>
        <translation>ウォーターマークより古いレコードを、ここで late ポートに送ります。false の場合は、Spark と同様に下流のウィンドウが遅延かどうかを判断します。</translation>
    </message>
    <message>
        <source>Advance the watermark with the slowest input partition: the smallest of the partitions&apos; largest event times, minus the delay (as Flink aligns its sources). Under trigger once it waits for every partition the run will read. For bounded runs that read partitions in bulk, one after another - replays and previews turn it on - where the records of a partition read later would otherwise be late. A partition that stops sending holds the watermark back, so leave it off for live runs.</source>
        <translation>最も遅い入力パーティションに合わせてウォーターマークを進めます：各パーティションの最大イベント時刻のうち最小のものから遅延を引いた値です（Flink がソースを揃えるのと同様）。trigger が once の場合は、実行で読むすべてのパーティションを待ちます。パーティションを 1 つずつ順にまとめて読む有限の実行向けの設定で（リプレイとプレビューではオンになります）、オフのままだと後から読んだパーティションのレコードが遅延扱いになります。新しいレコードが届かなくなったパーティションがあるとウォーターマークが進まなくなるため、ライブ実行ではオフにしてください。</translation>
    </message>
    <message>
        <source>Tumbling window</source>
        <translation>タンブリングウィンドウ</translation>
    </message>
    <message>
        <source>Aggregates records in fixed, non-overlapping event-time windows aligned to the epoch (Spark&apos;s window(ts, size)).</source>
        <translation>エポックに揃えた、固定長で重複しないイベント時刻ウィンドウでレコードを集計します（Spark の window(ts, size)）。</translation>
    </message>
    <message>
        <source>One row per window and group: window_start, window_end, the group_by fields, then the aggregates.</source>
        <translation>ウィンドウとグループごとに 1 行：window_start、window_end、group_by のフィールド、続いて集計値。</translation>
    </message>
    <message>
        <source>Records that only belong to windows already final (behind the watermark).</source>
        <translation>すでに確定したウィンドウ（ウォーターマークより前）にしか属さないレコード。</translation>
    </message>
    <message>
        <source>Length of each window, e.g. &quot;10 minutes&quot;.</source>
        <translation>各ウィンドウの長さ（例：&quot;10 minutes&quot;）。</translation>
    </message>
    <message>
        <source>Fields to group by within each window; empty aggregates all records.</source>
        <translation>各ウィンドウ内でグループ化するフィールド。空の場合はすべてのレコードを集計します。</translation>
    </message>
    <message>
        <source>The aggregates to compute: fn (count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile), field (optional for count), as (the output column) and q (0 &lt; q &lt; 1, for percentile). Empty counts the records.</source>
        <translation>計算する集計：fn（count、count_distinct、approx_count_distinct、sum、min、max、avg、percentile）、field（count では省略可）、as（出力列）、q（0 &lt; q &lt; 1、percentile 用）。空の場合はレコード数を数えます。</translation>
    </message>
    <message>
        <source>append emits each window once, when the watermark passes its end; update emits the windows that changed in each batch; complete emits every window in each batch.</source>
        <translation>append はウォーターマークが終了時刻を過ぎたときに各ウィンドウを一度だけ出力し、update は各バッチで変化したウィンドウを出力し、complete は各バッチですべてのウィンドウを出力します。</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>スライディングウィンドウ</translation>
    </message>
    <message>
        <source>Aggregates records in overlapping event-time windows of a fixed size that start every slide (Spark&apos;s window(ts, size, slide)).</source>
        <translation>slide ごとに開始する、固定サイズで重複するイベント時刻ウィンドウでレコードを集計します（Spark の window(ts, size, slide)）。</translation>
    </message>
    <message>
        <source>How far each window starts after the previous one; at most size. Every record belongs to size/slide windows (at most 1000).</source>
        <translation>各ウィンドウが前のウィンドウからどれだけ後に開始するか。size 以下です。各レコードは size/slide 個のウィンドウに属します（最大 1000）。</translation>
    </message>
    <message>
        <source>Session window</source>
        <translation>セッションウィンドウ</translation>
    </message>
    <message>
        <source>Aggregates bursts of activity per group: a session lasts until no record arrives for gap (Spark&apos;s session_window(ts, gap)).</source>
        <translation>グループごとの活動のまとまりを集計します：セッションは gap の間レコードが届かなくなるまで続きます（Spark の session_window(ts, gap)）。</translation>
    </message>
    <message>
        <source>A session closes after this long without a record of its group.</source>
        <translation>グループのレコードがこの時間届かないと、セッションが閉じます。</translation>
    </message>
    <message>
        <source>SQLite table</source>
        <translation>SQLite テーブル</translation>
    </message>
    <message>
        <source>Writes records to a SQLite table (WAL mode), exactly once: each batch commits together with its batch id.</source>
        <translation>SQLite テーブル（WAL モード）に exactly once でレコードを書き込みます：各バッチはバッチ ID と一緒にコミットされます。</translation>
    </message>
    <message>
        <source>The database file; created if missing.</source>
        <translation>データベースファイル。存在しない場合は作成されます。</translation>
    </message>
    <message>
        <source>The table to write; created from the input schema if missing.</source>
        <translation>書き込むテーブル。存在しない場合は入力スキーマから作成されます。</translation>
    </message>
    <message>
        <source>upsert replaces the row with the same key (like MERGE); append inserts every record.</source>
        <translation>upsert は同じキーの行を置き換え（MERGE と同様）、append はすべてのレコードを挿入します。</translation>
    </message>
    <message>
        <source>The fields forming the primary key for upsert; empty uses the input&apos;s natural key (window_start, window_end and the group_by fields of a window).</source>
        <translation>upsert の主キーを構成するフィールド。空の場合は入力の自然キー（ウィンドウでは window_start、window_end と group_by のフィールド）を使用します。</translation>
    </message>
    <message>
        <source>File sink</source>
        <translation>ファイルシンク</translation>
    </message>
    <message>
        <source>Appends records to a file as newline-delimited JSON.</source>
        <translation>レコードを改行区切り JSON としてファイルに追記します。</translation>
    </message>
    <message>
        <source>The file to append to; created if missing.</source>
        <translation>追記先のファイル。存在しない場合は作成されます。</translation>
    </message>
    <message>
        <source>The file format: one JSON object per line.</source>
        <translation>ファイル形式：1 行に 1 つの JSON オブジェクト。</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Prints records to standard output, like Spark&apos;s console sink.</source>
        <translation>Spark の console シンクと同様に、レコードを標準出力に出力します。</translation>
    </message>
    <message>
        <source>Rows printed per batch; 0 prints all.</source>
        <translation>バッチごとに出力する行数。0 の場合はすべて出力します。</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>table prints aligned columns; json prints one object per line.</source>
        <translation>table は列を揃えて出力し、json は 1 行に 1 オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Produces each record to a Kafka topic as a JSON object (or one field&apos;s text, with value_field). A batch commits once Kafka acknowledged all of its records (acks=all, idempotent producer). At least once: a batch replayed after a crash is produced again - unless transactional_id is set, which makes each batch one Kafka transaction and the output exactly once.</source>
        <translation>各レコードを JSON オブジェクト（value_field を指定した場合は 1 フィールドのテキスト）として Kafka トピックにプロデュースします。バッチは、Kafka がそのすべてのレコードを確認応答した時点でコミットされます（acks=all、べき等プロデューサー）。at least once：クラッシュ後にリプレイされたバッチは再度プロデュースされます。ただし transactional_id を設定すると、各バッチが 1 つの Kafka トランザクションになり、出力は exactly once になります。</translation>
    </message>
    <message>
        <source>The topic to produce to.</source>
        <translation>プロデュース先のトピック。</translation>
    </message>
    <message>
        <source>The field whose value, as text, is the record key (records with the same key go to the same partition); not set produces without keys.</source>
        <translation>値をテキストとしてレコードキーにするフィールド（同じキーのレコードは同じパーティションに送られます）。未設定の場合はキーなしでプロデュースします。</translation>
    </message>
    <message>
        <source>The field whose text is the record value, produced verbatim (e.g. &quot;value&quot; to pass a source&apos;s raw records through unchanged); not set produces the whole row as a JSON object.</source>
        <translation>テキストをそのままレコードの値としてプロデュースするフィールド（例：&quot;value&quot; でソースの生レコードを変更せずに通過させる）。未設定の場合は行全体を JSON オブジェクトとしてプロデュースします。</translation>
    </message>
    <message>
        <source>Compression of the produced record batches.</source>
        <translation>プロデュースするレコードバッチの圧縮方式。</translation>
    </message>
    <message>
        <source>How records choose a partition: murmur2_random hashes the key like the Java client and spreads keyless records at random; skew_aware does the same but spreads each hot key over hot_key_partitions partitions (per-key order is given up for hot keys only).</source>
        <translation>レコードのパーティションの選び方：murmur2_random は Java クライアントと同様にキーをハッシュし、キーなしのレコードはランダムに分散します。skew_aware も同様ですが、ホットキーはそれぞれ hot_key_partitions 個のパーティションに分散します（キーごとの順序が失われるのはホットキーのみ）。</translation>
    </message>
    <message>
        <source>skew_aware: a key is hot while it makes up at least this share of the recent keyed records (a heavy-hitters sketch with decay finds it).</source>
        <translation>skew_aware：直近のキー付きレコードのうち、この割合以上を占める間、そのキーをホットキーとみなします（減衰付きのヘビーヒッタースケッチで検出）。</translation>
    </message>
    <message>
        <source>skew_aware: the partitions each hot key is spread over, starting at its murmur2 partition (capped by the topic&apos;s partition count).</source>
        <translation>skew_aware：各ホットキーを分散させるパーティション数。そのキーの murmur2 パーティションから始まります（トピックのパーティション数が上限）。</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Makes each batch one Kafka transaction with this transactional.id, for exactly-once Kafka-to-Kafka pipelines (consumers must read with isolation.level=read_committed); not set: idempotent, at least once. Unique per pipeline instance.</source>
        <translation>この transactional.id で各バッチを 1 つの Kafka トランザクションにし、Kafka から Kafka への exactly-once パイプラインを実現します（コンシューマーは isolation.level=read_committed で読む必要があります）。未設定の場合はべき等プロデューサーで at least once です。パイプラインのインスタンスごとに一意にしてください。</translation>
    </message>
    <message>
        <source>Further librdkafka producer properties, e.g. {&quot;linger.ms&quot;: &quot;20&quot;}; applied last, so they override the defaults. Keys that run programs or load code (*.cmd, plugin.library.paths, ssl.engine.location, test.*) are refused.</source>
        <translation>追加の librdkafka プロデューサープロパティ（例：{&quot;linger.ms&quot;: &quot;20&quot;}）。最後に適用されるため、既定値を上書きします。プログラムを実行したりコードを読み込んだりするキー（*.cmd、plugin.library.paths、ssl.engine.location、test.*）は拒否されます。</translation>
    </message>
    <message>
        <source>When batches run: processing_time starts one every interval; once (or available_now) processes what is available and stops; continuous runs the next batch as soon as the previous ends, for low latency.</source>
        <translation>バッチを実行するタイミング：processing_time は interval ごとに 1 つ開始し、once（または available_now）は利用可能なデータを処理して停止し、continuous は低レイテンシのため前のバッチが終わるとすぐ次のバッチを実行します。</translation>
    </message>
    <message>
        <source>Time between batch starts with the processing_time trigger; 0 runs batches back to back.</source>
        <translation>processing_time トリガーでのバッチ開始間隔。0 の場合はバッチを連続して実行します。</translation>
    </message>
    <message>
        <source>Most records taken into one micro-batch.</source>
        <translation>1 つのマイクロバッチに取り込む最大レコード数。</translation>
    </message>
    <message>
        <source>records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Records buffered between the sources and the engine; sources pause when it is full (backpressure).</source>
        <translation>ソースとエンジンの間でバッファーするレコード数。満杯になるとソースは一時停止します（バックプレッシャー）。</translation>
    </message>
    <message>
        <source>Checkpoint file (offsets and operator state) for exactly-once restarts; not set runs without a checkpoint.</source>
        <translation>exactly-once での再起動に使うチェックポイントファイル（オフセットとオペレーターの状態）。未設定の場合はチェックポイントなしで実行します。</translation>
    </message>
    <message>
        <source>host:port where Prometheus metrics are served.</source>
        <translation>Prometheus メトリクスを提供する host:port。</translation>
    </message>
    <message>
        <source>Alert when the consumer lag (the oldest unread record&apos;s age, worst partition) stays above this many seconds. Not set: no lag alert.</source>
        <translation>コンシューマーラグ（最も古い未読レコードの経過時間、最悪のパーティション）がこの秒数を超え続けたときにアラートを出します。未設定の場合、ラグのアラートはありません。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Alert when more than this share of the input goes to errors ports. Not set: no error alert.</source>
        <translation>入力のうち errors ポートに送られる割合がこの値を超えたときにアラートを出します。未設定の場合、エラーのアラートはありません。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Alert when the end-to-end p99 latency (read to committed) stays above this. Not set: no latency alert.</source>
        <translation>エンドツーエンドの p99 レイテンシ（読み取りからコミットまで）がこの値を超え続けたときにアラートを出します。未設定の場合、レイテンシのアラートはありません。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long a value must stay above its threshold before the alert fires (as a Prometheus rule&apos;s for:). Not set: at once.</source>
        <translation>アラートが発生するまでに、値がしきい値を超え続ける必要がある時間です（Prometheus ルールの for: と同じ）。未設定の場合は即時に発生します。</translation>
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
        <translation>%1（%2、テーブル %3）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The worker&apos;s Prometheus endpoint: weir-run serves it at the pipeline&apos;s metrics_addr</source>
        <translation>ワーカーの Prometheus エンドポイント：weir-run がパイプラインの metrics_addr で提供します</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Change pipeline settings</source>
        <translation>パイプライン設定の変更</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Weir: design, run and watch data pipelines.</source>
        <translation>Weir：データパイプラインを設計、実行、監視します。</translation>
    </message>
    <message>
        <source>A *.weir.json to open.</source>
        <translation>開く *.weir.json ファイル。</translation>
    </message>
    <message>
        <source>Open a template (e.g. user_events).</source>
        <translation>テンプレート（例：user_events）を開きます。</translation>
    </message>
    <message>
        <source>Start running.</source>
        <translation>実行を開始します。</translation>
    </message>
    <message>
        <source>Where unsaved pipelines write their relative paths.</source>
        <translation>未保存のパイプラインが相対パスで指定したファイルを書き込むフォルダー。</translation>
    </message>
    <message>
        <source>Save the window as PNG, then quit.</source>
        <translation>ウィンドウを PNG として保存し、終了します。</translation>
    </message>
    <message>
        <source>Seconds of running before the screenshot.</source>
        <translation>スクリーンショットを撮るまでの実行秒数。</translation>
    </message>
    <message>
        <source>Colours for this session: system, light, dark.</source>
        <translation>このセッションの配色：system、light、dark。</translation>
    </message>
    <message>
        <source>Language of the window: system, en, de, fr, es, ja, zh_CN (default: as chosen in View &gt; Language).</source>
        <translation>ウィンドウの言語：system、en、de、fr、es、ja、zh_CN（既定：[表示] &gt; [言語] で選択した言語）。</translation>
    </message>
    <message>
        <source>Select a node and show its properties.</source>
        <translation>ノードを選択してプロパティを表示します。</translation>
    </message>
</context>
<context>
    <name>weir::AboutDialog</name>
    <message>
        <source>Design, run, watch and debug real-time data pipelines.</source>
        <translation>リアルタイムデータパイプラインを設計、実行、監視、デバッグします。</translation>
    </message>
    <message>
        <source>About Weir</source>
        <translation>Weir について</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, %3.</source>
        <translation>Qt %1 でビルド、Qt %2 で実行中、%3。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>ライブラリとライセンス</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>バージョン情報をコピー</translation>
    </message>
    <message>
        <source>Weir is built on these libraries:</source>
        <translation>Weir は次のライブラリを使用しています：</translation>
    </message>
</context>
<context>
    <name>weir::AggregatesTable</name>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>As</source>
        <translation>出力名</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>The input field; empty counts rows</source>
        <translation>入力フィールド。空の場合は行数を数えます</translation>
    </message>
    <message>
        <source>The quantile of a percentile, 0 &lt; q &lt; 1</source>
        <translation>パーセンタイルの分位数（0 &lt; q &lt; 1）</translation>
    </message>
    <message>
        <source>The output column; empty: named after fn and field</source>
        <translation>出力列。空の場合は fn と field から命名されます</translation>
    </message>
</context>
<context>
    <name>weir::AlertBanner</name>
    <message>
        <source>Firing alerts</source>
        <translation>発生中のアラート</translation>
    </message>
</context>
<context>
    <name>weir::BoolParamEdit</name>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
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
        <translation>%1 が失敗しました：%2</translation>
    </message>
    <message>
        <source>%1 is still running: cancel it first</source>
        <translation>%1 はまだ実行中です：先にキャンセルしてください</translation>
    </message>
    <message>
        <source>%1 cancelled: the results hold what was read until then</source>
        <translation>%1 をキャンセルしました：結果にはそれまでに読み込んだ内容が含まれます</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionCheck</name>
    <message>
        <source>dead letters</source>
        <translation>デッドレター</translation>
    </message>
    <message>
        <source>raw records</source>
        <translation>生レコード</translation>
    </message>
    <message>
        <source>records parsed by &apos;%1&apos;</source>
        <translation>&apos;%1&apos; が解析したレコード</translation>
    </message>
    <message>
        <source>the rows of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の行</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>ノード &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown node type &apos;%2&apos;</source>
        <translation>&apos;%1&apos; のノード種別 &apos;%2&apos; は不明です</translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation>ノードを自身に接続することはできません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a sink (%2): sinks have no outputs</source>
        <translation>&apos;%1&apos; はシンク（%2）です：シンクには出力がありません</translation>
    </message>
    <message>
        <source>%1 has no port &apos;%2&apos;; its ports: %3</source>
        <translation>%1 にポート &apos;%2&apos; はありません。使用できるポート：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a source (%2) and takes no input</source>
        <translation>&apos;%1&apos; はソース（%2）のため、入力を受け付けません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already fed by %2 with %3; %4 carries %5, and all inputs of a node must carry the same records</source>
        <translation>&apos;%1&apos; にはすでに %2 から %3 が入力されています。%4 が運ぶのは %5 です。ノードへの入力はすべて同じ種類のレコードである必要があります</translation>
    </message>
    <message>
        <source>%1 already feeds &apos;%2&apos;</source>
        <translation>%1 はすでに &apos;%2&apos; に接続されています</translation>
    </message>
    <message>
        <source>this would close a cycle: %1 -&gt; %2; records must flow from sources to sinks</source>
        <translation>循環が発生します：%1 -&gt; %2。レコードはソースからシンクへ流れる必要があります</translation>
    </message>
</context>
<context>
    <name>weir::ConnectionDrag</name>
    <message>
        <source>Reconnect %1.%2 to %3</source>
        <translation>%1.%2 を %3 に再接続</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterPanel</name>
    <message>
        <source>Dead-letter store</source>
        <translation>デッドレターストア</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>ストア(&amp;S)：</translation>
    </message>
    <message>
        <source>%1. Nothing was removed from the store.</source>
        <translation>%1。ストアからは何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s) into the pipeline&apos;s sinks</source>
        <translation>
            <numerusform>%n 件のデッドレターをパイプラインのシンクに再投入しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed again and are back in the store with their new reason</source>
        <translation>
            <numerusform>。%n 件は再び失敗し、新しい理由とともにストアに戻されました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be re-driven (see the log)</source>
        <translation>
            <numerusform>。%n 件は再投入できませんでした（ログを参照）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-drove %n letter(s), but could not remove them from the store: %1</source>
        <translation>
            <numerusform>%n 件のデッドレターを再投入しましたが、ストアから削除できませんでした：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters are kept: wire a parser&apos;s errors port to a file or SQLite sink to keep them.</source>
        <translation>デッドレターは保存されていません。保存するには、パーサーの errors ポートをファイルシンクまたは SQLite シンクに接続してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>デッドレター %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the dead letters: %1</source>
        <translation>デッドレターを読み込めません：%1</translation>
    </message>
    <message numerus="yes">
        <source>Re-driving %n letter(s)…</source>
        <translation>
            <numerusform>%n 件のデッドレターを再投入しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letter %1 of %2 not re-driven: %3</source>
        <translation>デッドレター %1/%2 は再投入されませんでした：%3</translation>
    </message>
    <message>
        <source>None of the selected letters can be re-driven (see the log)</source>
        <translation>選択したデッドレターはいずれも再投入できません（ログを参照）</translation>
    </message>
    <message>
        <source>Cannot re-drive: %1</source>
        <translation>再投入できません：%1</translation>
    </message>
    <message>
        <source>Re-drive</source>
        <translation>再投入</translation>
    </message>
    <message>
        <source> The sinks&apos; batch markers could not be put back (%1): a run with a checkpoint may skip its next batch there.</source>
        <translation>シンクのバッチマーカーを元に戻せませんでした（%1）：チェックポイントを使う実行では、そのシンクで次のバッチがスキップされる可能性があります。</translation>
    </message>
</context>
<context>
    <name>weir::DeadLetterView</name>
    <message>
        <source>Re-drive selected</source>
        <translation>選択項目を再投入</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Send the selected records through the pipeline again, into its real sinks, and remove them from this store; those that fail again come back with their new reason</source>
        <translation>選択したレコードをもう一度パイプラインに通して本来のシンクに送り、このストアから削除します。再び失敗したレコードは新しい理由とともに戻されます</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>デッドレター</translation>
    </message>
    <message>
        <source>Original bytes as text</source>
        <translation>元のバイト列（テキスト）</translation>
    </message>
    <message>
        <source>Original bytes in hex</source>
        <translation>元のバイト列（16 進）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>取得元：</translation>
    </message>
    <message>
        <source>1 dead letter</source>
        <translation>デッドレター 1 件</translation>
    </message>
    <message>
        <source>%1 dead letters</source>
        <translation>デッドレター %1 件</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Re-drive selected (%1)</source>
        <translation>選択項目を再投入（%1）</translation>
    </message>
    <message>
        <source>Select a letter to see its original bytes.</source>
        <translation>デッドレターを選択すると、元のバイト列が表示されます。</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>（ソース不明）</translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation>テーブル %2 の %1 行目</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1, partition %2, offset %3 — stored by %4, %5</source>
        <translation>%1、パーティション %2、オフセット %3 — %4 により保存（%5）</translation>
    </message>
</context>
<context>
    <name>weir::DesignerActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty pipeline</source>
        <translation>空のパイプラインを作成します</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a *.weir.json pipeline</source>
        <translation>*.weir.json パイプラインを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the pipeline</source>
        <translation>パイプラインを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the pipeline under a new name</source>
        <translation>パイプラインを新しい名前で保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Weir</source>
        <translation>Weir を終了します</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規作成(&amp;T)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected nodes</source>
        <translation>選択したノードを切り取ります</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected nodes and the connections among them (as pipeline JSON)</source>
        <translation>選択したノードとその間の接続をコピーします（パイプライン JSON として）</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste nodes</source>
        <translation>ノードを貼り付けます</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation>選択したノードを複製します</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected nodes and connections</source>
        <translation>選択したノードと接続を削除します</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>すべてのノードを選択します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the leftmost one</source>
        <translation>選択したノードを一番左のノードに揃えます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Line the selected nodes up on the topmost one</source>
        <translation>選択したノードを一番上のノードに揃えます</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lay the pipeline out left to right in flow order</source>
        <translation>パイプラインをフロー順に左から右へ配置します</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>グリッドにスナップ(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Snap moved and dropped nodes to the grid</source>
        <translation>移動またはドロップしたノードをグリッドに合わせます</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大します</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小します</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>100% で表示します</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the whole pipeline</source>
        <translation>パイプライン全体を表示します</translation>
    </message>
    <message>
        <source>Search the palette of node types</source>
        <translation>ノード種別のパレットを検索します</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the pipeline on the engine thread until stopped</source>
        <translation>停止するまでエンジンスレッドでパイプラインを実行します</translation>
    </message>
    <message>
        <source>Run &amp;Once</source>
        <translation>1 回実行(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>Run until the sources are drained, then stop</source>
        <translation>ソースを読み切るまで実行し、停止します</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the run (sources stop reading); again to resume</source>
        <translation>実行を一時停止します（ソースの読み込みを停止）。もう一度押すと再開します</translation>
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
        <translation>処理中のバッチを完了してコミットし、停止します</translation>
    </message>
    <message>
        <source>&amp;Copy Sandbox Broker Address</source>
        <translation>サンドボックスブローカーのアドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the embedded sandbox broker&apos;s bootstrap servers, for outside producers and consumers</source>
        <translation>組み込みサンドボックスブローカーのブートストラップサーバーをコピーします（外部のプロデューサーやコンシューマー用）</translation>
    </message>
    <message>
        <source>Show &amp;Monitor</source>
        <translation>モニターを表示(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Bring the live monitor&apos;s charts forward</source>
        <translation>ライブモニターのチャートを前面に表示します</translation>
    </message>
    <message>
        <source>Export &amp;Alert Rules…</source>
        <translation>アラートルールをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the pipeline&apos;s alert thresholds as a Prometheus alerting-rules file, for its headless workers</source>
        <translation>パイプラインのアラートしきい値を、ヘッドレスワーカー用の Prometheus アラートルールファイルとして保存します</translation>
    </message>
    <message>
        <source>&amp;Browse Topics</source>
        <translation>トピックを参照(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Browse a Kafka cluster: topics, consumer groups and messages</source>
        <translation>Kafka クラスターを参照します：トピック、コンシューマーグループ、メッセージ</translation>
    </message>
    <message>
        <source>&amp;Replay Through Pipeline…</source>
        <translation>パイプラインでリプレイ(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run the pipeline over an exact offset or time range of a topic, into a scratch folder, and compare with an earlier replay</source>
        <translation>トピックの正確なオフセット範囲または時間範囲でパイプラインを実行して作業用フォルダーに出力し、以前のリプレイと比較します</translation>
    </message>
    <message>
        <source>&amp;Preview Data</source>
        <translation>データをプレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Run the pipeline on its first records without touching its sinks, then click a node to see what it sent</source>
        <translation>シンクには書き込まずに先頭のレコードでパイプラインを実行し、ノードをクリックしてその出力を確認します</translation>
    </message>
    <message>
        <source>&amp;Dead Letters</source>
        <translation>デッドレター(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Records that failed parsing: why, where from, and re-drive them after fixing the schema</source>
        <translation>解析に失敗したレコード：理由と取得元を確認し、スキーマ修正後に再投入します</translation>
    </message>
    <message>
        <source>&amp;About Weir</source>
        <translation>Weir について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and libraries</source>
        <translation>バージョンとライブラリ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>デバッグ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Align Le&amp;ft</source>
        <translation>左揃え(&amp;F)</translation>
    </message>
    <message>
        <source>Align T&amp;op</source>
        <translation>上揃え(&amp;O)</translation>
    </message>
    <message>
        <source>Auto-La&amp;yout</source>
        <translation>自動レイアウト(&amp;Y)</translation>
    </message>
    <message>
        <source>Find &amp;Node Type…</source>
        <translation>ノード種別を検索(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>weir::DesktopNotifier</name>
    <message>
        <source>no desktop notification service on the session bus</source>
        <translation>セッションバスにデスクトップ通知サービスがありません</translation>
    </message>
    <message>
        <source>, and no system tray</source>
        <translation>。システムトレイもありません</translation>
    </message>
</context>
<context>
    <name>weir::DocumentController</name>
    <message>
        <source>Weir pipelines (*.weir.json);;JSON files (*.json);;All files (*)</source>
        <translation>Weir パイプライン (*.weir.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation>テンプレートを開けませんでした</translation>
    </message>
    <message>
        <source>The document has no file yet: use Save As.</source>
        <translation>ドキュメントにはまだファイルがありません。[名前を付けて保存] を使用してください。</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 を保存できませんでした</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>パイプラインを開く</translation>
    </message>
    <message>
        <source>Save pipeline as</source>
        <translation>パイプラインに名前を付けて保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 には未保存の変更があります。先に保存しますか？</translation>
    </message>
</context>
<context>
    <name>weir::DurationEdit</name>
    <message>
        <source>
Written like &quot;10 minutes&quot;, &quot;5m&quot;, &quot;1.5s&quot; or &quot;500ms&quot;.</source>
        <translation>
&quot;10 minutes&quot;、&quot;5m&quot;、&quot;1.5s&quot;、&quot;500ms&quot; のように記述します。</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>期間の形式ではありません</translation>
    </message>
</context>
<context>
    <name>weir::EngineController</name>
    <message>
        <source>a run is still active: stop it first</source>
        <translation>パイプラインが実行中です：先に停止してください</translation>
    </message>
</context>
<context>
    <name>weir::FetchStartEdit</name>
    <message>
        <source>From offset</source>
        <translation>オフセットから</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>時刻から</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>最も古い位置</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新の位置</translation>
    </message>
    <message>
        <source>offset, e.g. 1200</source>
        <translation>オフセット（例：1200）</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z またはエポックミリ秒</translation>
    </message>
    <message>
        <source>The offset must be a whole number of 0 or more.</source>
        <translation>オフセットは 0 以上の整数で指定してください。</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>時刻は 2026-11-26T03:00:00Z またはエポックミリ秒で指定してください。</translation>
    </message>
</context>
<context>
    <name>weir::FieldListEdit</name>
    <message>
        <source>+ Add</source>
        <translation>+ 追加</translation>
    </message>
    <message>
        <source>Add a name to %1</source>
        <translation>%1 に名前を追加します</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− 削除</translation>
    </message>
    <message>
        <source>Remove the selected names</source>
        <translation>選択した名前を削除します</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
</context>
<context>
    <name>weir::KafkaBrowser</name>
    <message>
        <source>Kafka topics</source>
        <translation>Kafka トピック</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>コンシューマーグループ</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>cannot list the topics</source>
        <translation>トピックの一覧を取得できません</translation>
    </message>
    <message>
        <source>cannot list the consumer groups</source>
        <translation>コンシューマーグループの一覧を取得できません</translation>
    </message>
    <message>
        <source>
Look a group up by its id instead.</source>
        <translation>
代わりにグループ ID でグループを検索してください。</translation>
    </message>
    <message>
        <source>cannot read group %1</source>
        <translation>グループ %1 を読み込めません</translation>
    </message>
</context>
<context>
    <name>weir::KafkaConnectionBar</name>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>host:port,... or embedded (the sandbox)</source>
        <translation>host:port,... または embedded（サンドボックス）</translation>
    </message>
    <message>
        <source>Bootstrap servers; &quot;embedded&quot; is Weir&apos;s in-process sandbox</source>
        <translation>ブートストラップサーバー。&quot;embedded&quot; は Weir のプロセス内サンドボックスです</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>librdkafka properties for this connection</source>
        <translation>この接続の librdkafka プロパティ</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>ブートストラップサーバー：</translation>
    </message>
</context>
<context>
    <name>weir::KafkaGroupsView</name>
    <message>
        <source>Group id</source>
        <translation>グループ ID</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation>オフセットをリセット…</translation>
    </message>
    <message>
        <source>Move the selected group&apos;s committed offsets</source>
        <translation>選択したグループのコミット済みオフセットを移動します</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>コミット済み</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>ラグ</translation>
    </message>
    <message>
        <source>Lag (s)</source>
        <translation>ラグ（秒）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No committed offsets</source>
        <translation>コミット済みオフセットなし</translation>
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
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Timestamp (UTC)</source>
        <translation>タイムスタンプ（UTC）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>weir::KafkaMessageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Select a message to see it here</source>
        <translation>メッセージを選択するとここに表示されます</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>表示分をエクスポート…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>選択項目をエクスポート…</translation>
    </message>
    <message>
        <source>Replay selection through pipeline…</source>
        <translation>選択範囲をパイプラインでリプレイ…</translation>
    </message>
    <message>
        <source>Run the current pipeline over the selected offsets of each partition</source>
        <translation>各パーティションで選択したオフセットを対象に、現在のパイプラインを実行します</translation>
    </message>
    <message>
        <source>Select the messages to replay first.</source>
        <translation>先にリプレイするメッセージを選択してください。</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>すべてのパーティション</translation>
    </message>
    <message>
        <source>Partition %1</source>
        <translation>パーティション %1</translation>
    </message>
    <message>
        <source>cannot read topic %1</source>
        <translation>トピック %1 を読み込めません</translation>
    </message>
    <message>
        <source>No newer messages.</source>
        <translation>これより新しいメッセージはありません。</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>これより古いメッセージはありません。</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1：%2 件のメッセージ</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>メッセージのエクスポート</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson *.jsonl)</source>
        <translation>NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 件/ページ</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込み</translation>
    </message>
</context>
<context>
    <name>weir::KafkaSearchBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <source>Text: found in the key or the value, any case.
Expression: a condition over partition, offset, timestamp, key, value, headers,
e.g. partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</source>
        <translation>テキスト：キーまたは値に含まれるものを、大文字と小文字を区別せずに検索します。
式：partition、offset、timestamp、key、value、headers に対する条件。
例：partition = 1 and key is not null and timestamp &gt;= &apos;2026-11-26T03:00:00Z&apos;</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>キーと値を検索…</translation>
    </message>
    <message>
        <source>partition = 0 and offset &gt;= 100</source>
        <translation>partition = 0 and offset &gt;= 100</translation>
    </message>
    <message>
        <source>Connect and choose a topic before searching.</source>
        <translation>検索する前に接続してトピックを選択してください。</translation>
    </message>
    <message>
        <source>Search expression: %1</source>
        <translation>検索式：%1</translation>
    </message>
    <message>
        <source>Cancelled: %1 matches in %2 of %3 records</source>
        <translation>キャンセルしました：%3 件中 %2 件のレコードで %1 件一致</translation>
    </message>
    <message>
        <source>%1 matches in %2 of %3 records</source>
        <translation>%3 件中 %2 件のレコードで %1 件一致</translation>
    </message>
    <message>
        <source> (stopped at the first %1)</source>
        <translation>（最初の %1 件で停止）</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>検索に失敗しました：%1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>スキャンしています…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%2 件中 %1 件のレコード</translation>
    </message>
    <message>
        <source>at most %1 per partition</source>
        <translation>パーティションごとに最大 %1 件</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>search from a position</comment>
        <translation>%1 から</translation>
    </message>
</context>
<context>
    <name>weir::KafkaTopicsView</name>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>パーティション数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation>レート（msg/s）</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>パーティション %1</translation>
    </message>
    <message>
        <source>First offset</source>
        <translation>先頭オフセット</translation>
    </message>
    <message>
        <source>End offset</source>
        <translation>末尾オフセット</translation>
    </message>
</context>
<context>
    <name>weir::KafkaWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation>%1 に接続できません</translation>
    </message>
</context>
<context>
    <name>weir::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>weir::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Weir will use %1 from its next start.</source>
        <translation>次回の起動から Weir は %1 を使用します。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>weir::MainWindow</name>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>実行ログ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Dead Letters</source>
        <translation>デッドレター</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>実行の概要</translation>
    </message>
    <message>
        <source>Sandbox broker address</source>
        <translation>サンドボックスブローカーのアドレス</translation>
    </message>
    <message>
        <source>Outside Kafka clients (kcat, kafka-python) can produce to and consume from the sandbox broker at this address</source>
        <translation>外部の Kafka クライアント（kcat、kafka-python）は、このアドレスでサンドボックスブローカーに対してプロデュースおよびコンシュームできます</translation>
    </message>
    <message>
        <source>Sandbox broker: %1</source>
        <translation>サンドボックスブローカー：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題（%1）</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>貼り付けるものがありません：%1</translation>
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
        <translation>系列</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>画像をエンコードできませんでした</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>%1 を PNG としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG のエクスポート</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV のエクスポート</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorController</name>
    <message>
        <source>Alert resolved: %1</source>
        <translation>アラート解決：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the history ended with the application and are marked interrupted</source>
        <translation>
            <numerusform>アプリケーションの終了時に実行中だった %n 件の実行を、履歴で中断済みとしてマークしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Run history is off: %1</source>
        <translation>実行履歴はオフです：%1</translation>
    </message>
    <message>
        <source>Run history: %1</source>
        <translation>実行履歴：%1</translation>
    </message>
    <message>
        <source>Could not open the run: %1</source>
        <translation>実行を開けませんでした：%1</translation>
    </message>
    <message>
        <source>The alert thresholds are not valid: %1</source>
        <translation>アラートしきい値が無効です：%1</translation>
    </message>
    <message>
        <source>The pipeline has no alert thresholds: set alerts.lag_seconds, alerts.error_percent or alerts.latency_p99_ms in its properties</source>
        <translation>パイプラインにアラートしきい値がありません：プロパティで alerts.lag_seconds、alerts.error_percent、または alerts.latency_p99_ms を設定してください</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Export Alert Rules</source>
        <translation>アラートルールのエクスポート</translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation>Prometheus ルール (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Alert rules written to %1 (load them with rule_files: in prometheus.yml)</source>
        <translation>アラートルールを %1 に書き込みました（prometheus.yml の rule_files: で読み込んでください）</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>アラート：%1</translation>
    </message>
    <message>
        <source>Weir alert</source>
        <translation>Weir アラート</translation>
    </message>
    <message>
        <source>Alerts show here and in the monitor only: %1</source>
        <translation>アラートはこことモニターにのみ表示されます：%1</translation>
    </message>
</context>
<context>
    <name>weir::MonitorPanel</name>
    <message>
        <source>Scroll back in time</source>
        <translation>過去にスクロール</translation>
    </message>
    <message>
        <source>Scroll back through the run (pauses following)</source>
        <translation>実行を過去にさかのぼってスクロールします（追従を一時停止）</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>実行全体</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>時間範囲</translation>
    </message>
    <message>
        <source>How much of the run the charts show</source>
        <translation>チャートに表示する実行の範囲</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>ライブに追従</translation>
    </message>
    <message>
        <source>Keep the newest sample in view; uncheck to pause and scroll back with the wheel, by dragging or the scroll bar</source>
        <translation>最新のサンプルを常に表示します。オフにすると一時停止し、ホイール、ドラッグ、スクロールバーで過去にさかのぼれます</translation>
    </message>
    <message>
        <source>Lag in offsets</source>
        <translation>ラグ（オフセット）</translation>
    </message>
    <message>
        <source>Lag in seconds</source>
        <translation>ラグ（秒）</translation>
    </message>
    <message>
        <source>Consumer lag unit</source>
        <translation>コンシューマーラグの単位</translation>
    </message>
    <message>
        <source>Show consumer lag as offsets behind or as seconds behind</source>
        <translation>コンシューマーラグを遅れているオフセット数または秒数で表示します</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export a chart</source>
        <translation>チャートのエクスポート</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or its data as CSV</source>
        <translation>チャートを PNG 画像として、またはそのデータを CSV として保存します</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <source>Whole pipeline</source>
        <translation>パイプライン全体</translation>
    </message>
    <message>
        <source>Monitor scope</source>
        <translation>モニターの対象</translation>
    </message>
    <message>
        <source>The whole pipeline, or one node (click a node on the canvas)</source>
        <translation>パイプライン全体、または 1 つのノード（キャンバス上のノードをクリック）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>events/s</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>records/s</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>errors/s</translation>
    </message>
    <message>
        <source>late/s</source>
        <translation>late/s</translation>
    </message>
    <message>
        <source>% input</source>
        <translation>%（入力比）</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>エラー %</translation>
    </message>
    <message>
        <source>Dead letters &amp; late records</source>
        <translation>デッドレターと遅延レコード</translation>
    </message>
    <message>
        <source>records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>デッドレター</translation>
    </message>
    <message>
        <source>late records</source>
        <translation>遅延レコード</translation>
    </message>
    <message>
        <source>End-to-end latency</source>
        <translation>エンドツーエンドレイテンシ</translation>
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
        <translation>バッチ時間</translation>
    </message>
    <message>
        <source>batch p99</source>
        <translation>バッチ p99</translation>
    </message>
    <message>
        <source>Watermark delay</source>
        <translation>ウォーターマークの遅れ</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Queue &amp; backpressure</source>
        <translation>キューとバックプレッシャー</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>コンシューマーラグ</translation>
    </message>
    <message>
        <source>offsets</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
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
        <translation>スループット — %1</translation>
    </message>
    <message>
        <source>Errors — %1</source>
        <translation>エラー — %1</translation>
    </message>
    <message>
        <source>Errors &amp; late records — %1</source>
        <translation>エラーと遅延レコード — %1</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>late</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Processing time — %1</source>
        <translation>処理時間 — %1</translation>
    </message>
    <message>
        <source>ms/batch</source>
        <translation>ms/batch</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
</context>
<context>
    <name>weir::MonitorView</name>
    <message>
        <source>This Run</source>
        <translation>この実行</translation>
    </message>
    <message>
        <source>Remote Workers</source>
        <translation>リモートワーカー</translation>
    </message>
    <message>
        <source>Chart the pipeline running in this window</source>
        <translation>このウィンドウで実行中のパイプラインをチャート表示します</translation>
    </message>
    <message>
        <source>Chart the remote workers added in the Workers panel</source>
        <translation>[ワーカー] パネルで追加したリモートワーカーをチャート表示します</translation>
    </message>
    <message>
        <source>All workers summed, or one worker</source>
        <translation>全ワーカーの合計、または 1 つのワーカー</translation>
    </message>
    <message>
        <source>Worker shown</source>
        <translation>表示するワーカー</translation>
    </message>
    <message>
        <source>Showing this window&apos;s run</source>
        <translation>このウィンドウの実行を表示中</translation>
    </message>
    <message>
        <source>Showing the remote workers</source>
        <translation>リモートワーカーを表示中</translation>
    </message>
    <message>
        <source>Showing a past run: %1</source>
        <translation>過去の実行を表示中：%1</translation>
    </message>
    <message>
        <source>All workers (summed)</source>
        <translation>全ワーカー（合計）</translation>
    </message>
</context>
<context>
    <name>weir::NodeItem</name>
    <message>
        <source>Unknown node type &apos;%1&apos;</source>
        <translation>不明なノード種別 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;&lt;br&gt;Drag an output port here to feed this node.</source>
        <translation>&lt;b&gt;入力&lt;/b&gt;&lt;br&gt;出力ポートをここにドラッグすると、このノードに入力されます。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 件の問題&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n alert(s) firing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 件のアラートが発生中&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>weir::NodePalette</name>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>シンク</translation>
    </message>
    <message>
        <source>Search nodes</source>
        <translation>ノードを検索</translation>
    </message>
    <message>
        <source>Search node types</source>
        <translation>ノード種別を検索</translation>
    </message>
    <message>
        <source>Filter by title, type or description; Enter adds the first match</source>
        <translation>タイトル、種別、説明で絞り込みます。Enter キーで最初に一致したノードを追加します</translation>
    </message>
    <message>
        <source>No node type matches “%1”.</source>
        <translation>「%1」に一致するノード種別はありません。</translation>
    </message>
</context>
<context>
    <name>weir::NodePaletteTree</name>
    <message>
        <source>Node types</source>
        <translation>ノード種別</translation>
    </message>
</context>
<context>
    <name>weir::NumberEdit</name>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 ～ %2 の範囲</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>%1 以下</translation>
    </message>
</context>
<context>
    <name>weir::OffsetResetDialog</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset offsets of group %1</source>
        <translation>グループ %1 のオフセットのリセット</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最も古い位置</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新の位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Explicit offsets</source>
        <translation>オフセットを指定</translation>
    </message>
    <message>
        <source>2026-11-26T03:00:00Z or epoch ms</source>
        <translation>2026-11-26T03:00:00Z またはエポックミリ秒</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>After reset</source>
        <translation>リセット後</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>グループ：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>トピック：</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>移動先：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時刻：</translation>
    </message>
    <message>
        <source>Preview lists the partitions; then type the new offsets in &quot;After reset&quot; and preview again.</source>
        <translation>[プレビュー] でパーティションが一覧表示されます。次に「リセット後」に新しいオフセットを入力し、もう一度プレビューしてください。</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>トピックを選択してください。</translation>
    </message>
    <message>
        <source>Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.</source>
        <translation>時刻は 2026-11-26T03:00:00Z またはエポックミリ秒で指定してください。</translation>
    </message>
    <message>
        <source>Reading offsets…</source>
        <translation>オフセットを読み込んでいます…</translation>
    </message>
    <message>
        <source>Preview failed</source>
        <translation>プレビューに失敗しました</translation>
    </message>
    <message>
        <source>Type the new offsets in &quot;After reset&quot;.</source>
        <translation>「リセット後」に新しいオフセットを入力してください。</translation>
    </message>
    <message>
        <source>Preview: nothing changed yet.</source>
        <translation>プレビュー：まだ何も変更されていません。</translation>
    </message>
    <message>
        <source>Type the new offsets first.</source>
        <translation>先に新しいオフセットを入力してください。</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>コミットしています…</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>適用されませんでした</translation>
    </message>
    <message>
        <source>Done: the group&apos;s committed offsets moved.</source>
        <translation>完了：グループのコミット済みオフセットを移動しました。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>An offset is a whole number of 0 or more.</source>
        <translation>オフセットは 0 以上の整数です。</translation>
    </message>
    <message>
        <source>Committed offset</source>
        <translation>コミット済みオフセット</translation>
    </message>
</context>
<context>
    <name>weir::ParamRow</name>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 を既定値にリセットします</translation>
    </message>
</context>
<context>
    <name>weir::ParamTable</name>
    <message>
        <source>+ Add</source>
        <translation>+ 追加</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>%1 に行を追加します</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− 削除</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>選択した行を削除します</translation>
    </message>
</context>
<context>
    <name>weir::PipelineEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>%n 個のノードの削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1.%2 to %3</source>
        <translation>%1.%2 を %3 に接続</translation>
    </message>
    <message>
        <source>Disconnect %1.%2 from %3</source>
        <translation>%1.%2 と %3 の接続を解除</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 の移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n 個のノードの移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the parameters of %1</source>
        <translation>%1 のパラメーターを設定</translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>ノード &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation>ノードには ID が必要です</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is taken by another node</source>
        <translation>ID &apos;%1&apos; は別のノードで使用されています</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message numerus="yes">
        <source>Align %n nodes</source>
        <translation>
            <numerusform>%n 個のノードの整列</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
</context>
<context>
    <name>weir::PipelineModel</name>
    <message>
        <source>cannot read pipeline file &apos;%1&apos;: %2</source>
        <translation>パイプラインファイル &apos;%1&apos; を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineOverview</name>
    <message>
        <source>Pipeline overview</source>
        <translation>パイプラインの概要</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概要：クリックまたはドラッグして表示位置を移動します</translation>
    </message>
</context>
<context>
    <name>weir::PipelineScene</name>
    <message>
        <source>Delete selection</source>
        <translation>選択項目の削除</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to errors</source>
        <translation>
            <numerusform>errors に送られたレコード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late record(s)</source>
        <translation>
            <numerusform>遅延レコード %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records/s, %2 in all</source>
        <translation>%1 records/s、合計 %2</translation>
    </message>
</context>
<context>
    <name>weir::PipelineView</name>
    <message>
        <source>Pipeline canvas</source>
        <translation>パイプラインキャンバス</translation>
    </message>
</context>
<context>
    <name>weir::PreviewController</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Records to preview per source</source>
        <translation>ソースごとのプレビューレコード数</translation>
    </message>
    <message>
        <source>Source the sample file replaces</source>
        <translation>サンプルファイルで置き換えるソース</translation>
    </message>
    <message>
        <source>Preview a sample NDJSON file instead of one source&apos;s data</source>
        <translation>ソースのデータの代わりに、サンプル NDJSON ファイルをプレビューします</translation>
    </message>
    <message>
        <source>sample.ndjson</source>
        <translation>sample.ndjson</translation>
    </message>
    <message>
        <source>Sample file</source>
        <translation>サンプルファイル</translation>
    </message>
    <message>
        <source>Runs the pipeline on its first records without touching its sinks; then click a node on the canvas to see what it sent.</source>
        <translation>シンクには書き込まずに先頭のレコードでパイプラインを実行します。その後、キャンバス上のノードをクリックするとその出力を確認できます。</translation>
    </message>
    <message>
        <source>Sample File</source>
        <translation>サンプルファイル</translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>改行区切り JSON (*.ndjson *.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Previewed %L1 records. Click a node to see its records.</source>
        <translation>%L1 件のレコードをプレビューしました。ノードをクリックするとレコードが表示されます。</translation>
    </message>
    <message>
        <source>its sources</source>
        <translation>実際のソース</translation>
    </message>
    <message>
        <source>a sample file for %1</source>
        <translation>%1 のサンプルファイル</translation>
    </message>
    <message>
        <source>Cannot create the preview folder %1</source>
        <translation>プレビューフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Planning the preview…</source>
        <translation>プレビューを計画しています…</translation>
    </message>
    <message>
        <source>Choose the sample file, or preview the sources themselves</source>
        <translation>サンプルファイルを選択するか、ソース自体をプレビューしてください</translation>
    </message>
    <message>
        <source>Preview cancelled before it started</source>
        <translation>開始前にプレビューがキャンセルされました</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>プレビューできません：%1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>プレビューしています…</translation>
    </message>
    <message>
        <source>First %1 records per source from %2</source>
        <translation>%2 からソースごとに先頭 %1 件</translation>
    </message>
</context>
<context>
    <name>weir::PreviewPanel</name>
    <message>
        <source>Records the node sent to its &apos;%1&apos; port</source>
        <translation>ノードが &apos;%1&apos; ポートに出力したレコード</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>プレビューレコード</translation>
    </message>
    <message>
        <source>No preview yet: run one to see records here</source>
        <translation>プレビューはまだありません：実行するとここにレコードが表示されます</translation>
    </message>
    <message>
        <source>Select a node to see its records</source>
        <translation>ノードを選択するとレコードが表示されます</translation>
    </message>
    <message>
        <source>%1 — input</source>
        <translation>%1 — 入力</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records</source>
        <translation>%2 件中先頭の %1 件を表示</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 件のレコード</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 件のレコード</translation>
    </message>
</context>
<context>
    <name>weir::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題はありません</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 件の問題</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 件の問題</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>（パイプライン）</translation>
    </message>
</context>
<context>
    <name>weir::PropertyEditor</name>
    <message>
        <source>The node&apos;s name: unique in the pipeline; edges, problems and metrics name the node by it.</source>
        <translation>ノードの名前：パイプライン内で一意です。接続、問題、メトリクスではこの名前でノードを参照します。</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name, shown in the title and in metrics.</source>
        <translation>パイプラインの名前。タイトルとメトリクスに表示されます。</translation>
    </message>
    <message>
        <source>What the pipeline does, for the people who read it.</source>
        <translation>パイプラインの処理内容の説明（パイプラインを読む人向け）。</translation>
    </message>
</context>
<context>
    <name>weir::PropertyHeader</name>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The pipeline&apos;s name and description, and how it runs: trigger, batch sizes, checkpoint and metrics.</source>
        <translation>パイプラインの名前と説明、および実行方法：トリガー、バッチサイズ、チェックポイント、メトリクス。</translation>
    </message>
    <message>
        <source>Unknown node type</source>
        <translation>不明なノード種別</translation>
    </message>
    <message>
        <source>The engine has no node type &apos;%1&apos;.</source>
        <translation>エンジンにノード種別 &apos;%1&apos; はありません。</translation>
    </message>
</context>
<context>
    <name>weir::RemoteWorkers</name>
    <message>
        <source>not Prometheus text: %1</source>
        <translation>Prometheus テキスト形式ではありません：%1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from %3</source>
        <translation>%3 からの応答：HTTP %1 %2</translation>
    </message>
    <message>
        <source>connection refused by %1 (is the worker running with --metrics-addr?)</source>
        <translation>%1 に接続を拒否されました（ワーカーは --metrics-addr 付きで実行されていますか？）</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>ホストが見つかりません：%1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>%1 から %2 ms 以内に応答がありません</translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 が応答なしで接続を閉じました</translation>
    </message>
</context>
<context>
    <name>weir::ReplayPanel</name>
    <message>
        <source>Dr&amp;y run (count only)</source>
        <translation>ドライラン（件数のみ）(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>リプレイ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Each replay writes into its own folder under %1; the pipeline&apos;s real sinks, topics and consumer groups are not touched</source>
        <translation>リプレイごとに %1 の下に専用のフォルダーを作成して書き込みます。パイプラインの本来のシンク、トピック、コンシューマーグループには影響しません</translation>
    </message>
    <message>
        <source>Replaying: %L1 of %L2 records read</source>
        <translation>リプレイ中：%L2 件中 %L1 件のレコードを読み込みました</translation>
    </message>
    <message>
        <source>Choose a range and press Replay. The sandbox broker keeps at most 5 MiB or 100,000 message sets per partition.</source>
        <translation>範囲を選択して [リプレイ] を押してください。サンドボックスブローカーが保持するのは、パーティションごとに最大 5 MiB または 100,000 メッセージセットです。</translation>
    </message>
    <message>
        <source>This pipeline has no Kafka source: there is no topic to replay.</source>
        <translation>このパイプラインには Kafka ソースがないため、リプレイするトピックがありません。</translation>
    </message>
    <message>
        <source>Reading the partitions of %1…</source>
        <translation>%1 のパーティションを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot read the partitions of %1: %2</source>
        <translation>%1 のパーティションを読み込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partition(s). Narrow From/To per partition, or choose a time range.</source>
        <translation>
            <numerusform>%1：%n 個のパーティション。パーティションごとに開始/終了を絞り込むか、時間範囲を選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the replay folder %1</source>
        <translation>リプレイフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Resolving the range on the cluster…</source>
        <translation>クラスターで範囲を解決しています…</translation>
    </message>
    <message>
        <source>Replay cancelled before it started</source>
        <translation>開始前にリプレイがキャンセルされました</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>リプレイできません：%1</translation>
    </message>
    <message>
        <source>Replaying %L1 records…</source>
        <translation>%L1 件のレコードをリプレイしています…</translation>
    </message>
    <message>
        <source>Replay %1: %L2 records into %3</source>
        <translation>リプレイ %1：%L2 件のレコードを %3 に出力</translation>
    </message>
    <message>
        <source>a dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1：%L2</translation>
    </message>
    <message>
        <source>Replayed %L1 records. Rows per sink: %2%3</source>
        <translation>%L1 件のレコードをリプレイしました。シンクごとの行数：%2%3</translation>
    </message>
    <message>
        <source> (dry run: nothing kept)</source>
        <translation>（ドライラン：何も保存されません）</translation>
    </message>
    <message>
        <source>. Results in %1</source>
        <translation>。結果は %1 にあります</translation>
    </message>
    <message>
        <source>Sinks into a scratch fol&amp;der</source>
        <translation>シンクを作業用フォルダーに出力(&amp;D)</translation>
    </message>
</context>
<context>
    <name>weir::ReplayRangeForm</name>
    <message>
        <source>Topic to replay</source>
        <translation>リプレイするトピック</translation>
    </message>
    <message>
        <source>&amp;Offsets</source>
        <translation>オフセット(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>時間範囲(&amp;T)</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>最も古い</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次の位置</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>終了（含まない）</translation>
    </message>
    <message>
        <source>Edit From and To per partition; From = To reads nothing from that partition</source>
        <translation>パーティションごとに開始と終了を編集します。開始 = 終了の場合、そのパーティションからは何も読み込みません</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F)：</translation>
    </message>
    <message>
        <source>Matched against each record&apos;s Kafka timestamp, in every partition.</source>
        <translation>すべてのパーティションで、各レコードの Kafka タイムスタンプと照合します。</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>トピック(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose a topic: the pipeline has no Kafka source with a named topic</source>
        <translation>トピックを選択してください：パイプラインにトピック名が指定された Kafka ソースがありません</translation>
    </message>
    <message>
        <source>The time range is empty: From must be before To</source>
        <translation>時間範囲が空です：開始は終了より前にしてください</translation>
    </message>
    <message>
        <source>The partitions of %1 are not known yet</source>
        <translation>%1 のパーティションはまだ不明です</translation>
    </message>
    <message>
        <source>Partition %1: From and To must be offsets (whole numbers, 0 or more)</source>
        <translation>パーティション %1：開始と終了はオフセット（0 以上の整数）で指定してください</translation>
    </message>
    <message>
        <source>Partition %1: From (%2) is after To (%3)</source>
        <translation>パーティション %1：開始（%2）が終了（%3）より後です</translation>
    </message>
    <message>
        <source>Every record whose timestamp falls in the range; the offsets are looked up when the replay starts.</source>
        <translation>タイムスタンプが範囲内のすべてのレコード。オフセットはリプレイ開始時に特定されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected</source>
        <translation>
            <numerusform>選択中のレコード：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>To (e&amp;xcluded):</source>
        <translation>終了（含まない）(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>weir::ReplayResults</name>
    <message>
        <source>&amp;Sink:</source>
        <translation>シンク(&amp;S)：</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Latest replay compared &amp;with:</source>
        <translation>最新のリプレイの比較対象(&amp;W)：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>%1 (%L2 rows)</source>
        <translation>%1（%L2 行）</translation>
    </message>
    <message>
        <source>Cannot read the result: %1</source>
        <translation>結果を読み込めません：%1</translation>
    </message>
    <message>
        <source>A dry run keeps no rows to compare</source>
        <translation>ドライランでは比較する行が保存されません</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>比較できません：%1</translation>
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
        <translation>変更前：%1
変更後：%2</translation>
    </message>
    <message>
        <source>+ added, − removed, ~ changed</source>
        <translation>+ 追加、− 削除、~ 変更</translation>
    </message>
    <message>
        <source>%1: rows are matched by this key</source>
        <translation>%1：行はこのキーで照合されます</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1（変更前）</translation>
    </message>
    <message>
        <source>%1 (after)</source>
        <translation>%1（変更後）</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>weir::ResultDiffView</name>
    <message>
        <source>Sink:</source>
        <translation>シンク：</translation>
    </message>
    <message>
        <source>Show rows only the after run has</source>
        <translation>変更後の結果にのみある行を表示します</translation>
    </message>
    <message>
        <source>Show rows only the before run has</source>
        <translation>変更前の結果にのみある行を表示します</translation>
    </message>
    <message>
        <source>Show rows both runs have under the same key, with other values</source>
        <translation>両方の結果に同じキーで存在し、他の値が異なる行を表示します</translation>
    </message>
    <message>
        <source>No results to compare</source>
        <translation>比較する結果がありません</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>追加（%1）</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>削除（%1）</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>変更（%1）</translation>
    </message>
    <message>
        <source>No key: rows are compared whole, so they are only added or removed.</source>
        <translation>キーがありません：行全体で比較するため、追加か削除のみになります。</translation>
    </message>
    <message>
        <source>Columns only before: %1.</source>
        <translation>変更前のみの列：%1。</translation>
    </message>
    <message>
        <source>Columns only after: %1.</source>
        <translation>変更後のみの列：%1。</translation>
    </message>
</context>
<context>
    <name>weir::ResultTableModel</name>
    <message>
        <source>%1 (part of the table&apos;s primary key)</source>
        <translation>%1（テーブルの主キーの一部）</translation>
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
        <translation>%1（%2）</translation>
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
        <translation>コミット %1</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出力</translation>
    </message>
</context>
<context>
    <name>weir::RunHistoryPanel</name>
    <message>
        <source>Open Charts</source>
        <translation>チャートを開く</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>入力イベント</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>How long finished runs stay in the history</source>
        <translation>完了した実行を履歴に保持する期間</translation>
    </message>
    <message>
        <source>Keep runs for</source>
        <translation>実行の保持期間</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s charts in the monitor (Enter)</source>
        <translation>選択した実行のチャートをモニターに表示します（Enter）</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>選択した実行を履歴から削除します</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日間</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日間</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日間</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年間</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>無期限</translation>
    </message>
</context>
<context>
    <name>weir::RunLogPanel</name>
    <message>
        <source>Run log</source>
        <translation>実行ログ</translation>
    </message>
    <message>
        <source>Engine messages appear here while a pipeline runs.</source>
        <translation>パイプラインの実行中は、ここにエンジンのメッセージが表示されます。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear the run log</source>
        <translation>実行ログをクリアします</translation>
    </message>
</context>
<context>
    <name>weir::RunMonitor</name>
    <message>
        <source>Run history not recorded: %1</source>
        <translation>実行履歴は記録されていません：%1</translation>
    </message>
    <message>
        <source>Run history stopped recording: %1</source>
        <translation>実行履歴の記録が停止しました：%1</translation>
    </message>
</context>
<context>
    <name>weir::RunSession</name>
    <message>
        <source>Run failed: %1</source>
        <translation>実行に失敗しました：%1</translation>
    </message>
    <message>
        <source>Sandbox broker listening at %1 (in memory; each partition keeps at most 5 MiB or 100,000 message sets)</source>
        <translation>サンドボックスブローカーが %1 で待機しています（インメモリ。各パーティションが保持するのは最大 5 MiB または 100,000 メッセージセット）</translation>
    </message>
    <message>
        <source>Stopping: finishing the batch in flight and committing it…</source>
        <translation>停止しています：処理中のバッチを完了してコミットしています…</translation>
    </message>
    <message>
        <source> · %1 events/s · in %2 · out %3 rows</source>
        <translation> · %1 events/s · 入力 %2 · 出力 %3 行</translation>
    </message>
    <message>
        <source> · %1 errors</source>
        <translation> · エラー %1</translation>
    </message>
    <message>
        <source> · p99 %1 ms</source>
        <translation> · p99 %1 ms</translation>
    </message>
    <message>
        <source> · lag %1</source>
        <translation> · ラグ %1</translation>
    </message>
    <message>
        <source>Starting %1 (%2) in %3</source>
        <translation>%1（%2）を %3 で開始しています</translation>
    </message>
    <message>
        <source>until the sources are drained</source>
        <translation>ソースを読み切るまで</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>停止するまで</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused: sources stopped reading</source>
        <translation>一時停止中：ソースの読み込みを停止しています</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>完了：%1</translation>
    </message>
</context>
<context>
    <name>weir::RunStateText</name>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>weir::SchemaTable</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Required: a record without the field goes to the errors port</source>
        <translation>必須：このフィールドがないレコードは errors ポートに送られます</translation>
    </message>
    <message>
        <source>The value of an optional field when a record lacks it, as JSON</source>
        <translation>レコードにこのフィールドがない場合に使う、省略可能なフィールドの値（JSON）</translation>
    </message>
</context>
<context>
    <name>weir::TextParamEdit</name>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>%1 のファイルを選択</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 を選択</translation>
    </message>
</context>
<context>
    <name>weir::WorkersPanel</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation>メトリクス URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>イベント/s</translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation>リモートワーカー</translation>
    </message>
    <message>
        <source>name, e.g. worker-1</source>
        <translation>名前（例：worker-1）</translation>
    </message>
    <message>
        <source>Worker name</source>
        <translation>ワーカー名</translation>
    </message>
    <message>
        <source>http://host:9464/metrics</source>
        <translation>http://host:9464/metrics</translation>
    </message>
    <message>
        <source>Worker metrics URL</source>
        <translation>ワーカーのメトリクス URL</translation>
    </message>
    <message>
        <source>Scrape this worker every second and chart it</source>
        <translation>このワーカーを毎秒スクレイプしてチャート表示します</translation>
    </message>
    <message>
        <source>Stop scraping the selected worker</source>
        <translation>選択したワーカーのスクレイプを停止します</translation>
    </message>
    <message>
        <source>A worker needs a name of letters, digits and _ . : -</source>
        <translation>ワーカー名には英字、数字、_ . : - を使用してください</translation>
    </message>
    <message>
        <source>There is a worker named &apos;%1&apos; already</source>
        <translation>&apos;%1&apos; という名前のワーカーはすでに存在します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; は http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>Could not add worker &apos;%1&apos;</source>
        <translation>ワーカー &apos;%1&apos; を追加できませんでした</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>scraping</source>
        <translation>スクレイプ中</translation>
    </message>
</context>
</TS>
