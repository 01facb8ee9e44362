#include "kafkaoffsets.h"
#include "kafkatesting.h"
#include "problem.h"

#include <algorithm>
#include <memory>

using namespace weir;

class tst_KafkaSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryRecordOnce();
    void resumesAtPositions_data();
    void resumesAtPositions();
    void latestReadsOnlyNewRecords();
    void explicitPartitionStarts();
    void lagIsTheBacklog();
    void lagSecondsIsTheAgeOfTheLastRecordRead();
    void readsSeveralTopics();
    void readsTopicsMatchingAPattern();
    void pauseKeepsEveryRecord();
    void ratePerPartition();
    void commitsTheGroupOffsets();
    void resumeOffset_data();
    void resumeOffset();
    void retentionLossFailsOrSkips();
    void positionBeyondTheEnd();
    void badParameters_data();
    void badParameters();

private:
    std::unique_ptr<KafkaSource> source(const Json &params);
    // 3 partitions x perPartition records; record i goes to partition i % 3.
    std::vector<KafkaRecord> fill(const std::string &topic, int perPartition);

    std::unique_ptr<SandboxBroker> m_broker;
    std::unique_ptr<TestProducer> m_producer;
};

void tst_KafkaSource::initTestCase()
{
    m_broker = std::make_unique<SandboxBroker>(1, 3);
    m_producer = std::make_unique<TestProducer>(m_broker->bootstrapServers());
}

std::unique_ptr<KafkaSource> tst_KafkaSource::source(const Json &params)
{
    Json p = params;
    p["bootstrap_servers"] = m_broker->bootstrapServers();
    return std::make_unique<KafkaSource>("kafka", KafkaSourceParams::fromJson("kafka", p));
}

std::vector<KafkaRecord> tst_KafkaSource::fill(const std::string &topic, int perPartition)
{
    m_broker->createTopic(topic, 3);
    std::vector<KafkaRecord> expected;
    for (int i = 0; i < 3 * perPartition; ++i) {
        const int32_t partition = i % 3;
        // Every 10th record has a null key, which reads as an empty key.
        const std::optional<std::string> key =
            i % 10 == 9 ? std::nullopt : std::optional<std::string>("k" + std::to_string(i));
        const std::string value = "{\"id\":" + std::to_string(i) + "}";
        m_producer->produce(topic, partition, key, value);
        expected.emplace_back(partition, i / 3, key.value_or(""), value);
    }
    m_producer->flush();
    return expected;
}

void tst_KafkaSource::readsEveryRecordOnce()
{
    std::vector<KafkaRecord> expected = fill("all", 100);
    auto s = source({{"topics", {"all"}}, {"starting_offsets", "earliest"}});
    s->open({});
    QCOMPARE(s->position(), (Positions{{0, 0}, {1, 0}, {2, 0}}));
    QCOMPARE(s->availableEnd(), (Positions{{0, 100}, {1, 100}, {2, 100}}));
    std::vector<KafkaRecord> got = readRecords(*s, expected.size());
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(s->position(), (Positions{{0, 100}, {1, 100}, {2, 100}}));
    QVERIFY(nothingMore(*s));
}

void tst_KafkaSource::resumesAtPositions_data()
{
    QTest::addColumn<int64_t>("p0");
    QTest::addColumn<int64_t>("p1");
    QTest::addColumn<int64_t>("p2");
    QTest::newRow("middle") << int64_t(10) << int64_t(25) << int64_t(39);
    QTest::newRow("start and end") << int64_t(0) << int64_t(40) << int64_t(40);
    QTest::newRow("all at the end") << int64_t(40) << int64_t(40) << int64_t(40);
}

void tst_KafkaSource::resumesAtPositions()
{
    QFETCH(int64_t, p0);
    QFETCH(int64_t, p1);
    QFETCH(int64_t, p2);
    static int topicNumber = 0;
    const std::string topic = "resume" + std::to_string(topicNumber++);
    const std::vector<KafkaRecord> all = fill(topic, 40);
    const Positions from{{0, p0}, {1, p1}, {2, p2}};
    std::vector<KafkaRecord> expected;
    for (const KafkaRecord &r : all) {
        if (std::get<1>(r) >= from.at(std::get<0>(r)))
            expected.push_back(r);
    }
    auto s = source({{"topics", {topic}}, {"starting_offsets", "earliest"}});
    s->open(from);
    QCOMPARE(s->position(), from);
    std::vector<KafkaRecord> got = readRecords(*s, expected.size());
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QVERIFY(got == expected);
    QVERIFY(nothingMore(*s));
    QCOMPARE(s->position(), (Positions{{0, 40}, {1, 40}, {2, 40}}));
}

void tst_KafkaSource::latestReadsOnlyNewRecords()
{
    fill("latest", 10);
    auto s = source({{"topics", {"latest"}}}); // starting_offsets defaults to latest
    s->open({});
    QCOMPARE(s->position(), (Positions{{0, 10}, {1, 10}, {2, 10}}));
    QVERIFY(nothingMore(*s));
    m_producer->produce("latest", 1, std::string("new1"), "a");
    m_producer->produce("latest", 2, std::string("new2"), "b");
    m_producer->flush();
    std::vector<KafkaRecord> got = readRecords(*s, 2);
    QVERIFY(nothingMore(*s));
    std::sort(got.begin(), got.end());
    QVERIFY(got == (std::vector<KafkaRecord>{{1, 10, "new1", "a"}, {2, 10, "new2", "b"}}));
    QCOMPARE(s->position(), (Positions{{0, 10}, {1, 11}, {2, 11}}));
}

// starting_partition_offsets overrides starting_offsets for the partitions it names; an
// offset the partition does not hold stops the open with the range it holds.
void tst_KafkaSource::explicitPartitionStarts()
{
    fill("explicit", 10);
    auto s = source({{"topics", {"explicit"}},
                     {"starting_offsets", "latest"},
                     {"starting_partition_offsets", {{"explicit:0", 4}, {"explicit:2", -2}}}});
    s->open({});
    QCOMPARE(s->position(), (Positions{{0, 4}, {1, 10}, {2, 0}}));
    const std::vector<KafkaRecord> got = readRecords(*s, 16);
    QCOMPARE(got.size(), size_t(6 + 10));
    QVERIFY(nothingMore(*s));

    auto beyond = source({{"topics", {"explicit"}},
                          {"starting_partition_offsets", {{"explicit:1", 11}}}});
    try {
        beyond->open({});
        QFAIL("opened at an offset the partition does not hold");
    } catch (const std::runtime_error &e) {
        QVERIFY2(QString(e.what()).contains("offset 11 of topic 'explicit' partition 1 is "
                                            "outside what the partition holds, offsets 0 to 10"),
                 e.what());
    }
}

void tst_KafkaSource::lagIsTheBacklog()
{
    fill("lag", 20);
    auto s = source({{"topics", {"lag"}}, {"starting_offsets", "earliest"}});
    s->open({{0, 5}, {1, 0}, {2, 20}});
    QCOMPARE(backlog(s->availableEnd(), s->position()),
             (std::map<int32_t, int64_t>{{0, 15}, {1, 20}, {2, 0}}));
    QCOMPARE(readRecords(*s, 35).size(), size_t(35));
    QCOMPARE(backlog(s->availableEnd(), s->position()),
             (std::map<int32_t, int64_t>{{0, 0}, {1, 0}, {2, 0}}));
}

void tst_KafkaSource::lagSecondsIsTheAgeOfTheLastRecordRead()
{
    m_broker->createTopic("aged", 3);
    const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    // Partition 0's newest record is 90 s old, partition 1's 30 s; partition 2 stays empty.
    m_producer->produce("aged", 0, "a", "{}", now - 120000);
    m_producer->produce("aged", 0, "b", "{}", now - 90000);
    m_producer->produce("aged", 1, "c", "{}", now - 30000);
    m_producer->flush();
    auto s = source({{"topics", {"aged"}}, {"starting_offsets", "earliest"}});
    s->open({});
    QVERIFY(s->lagSeconds().empty()); // nothing read yet: unknown, not zero
    QCOMPARE(readRecords(*s, 3).size(), size_t(3));
    const auto seconds = s->lagSeconds();
    QCOMPARE(seconds.size(), size_t(2));
    // Measured a moment after producing: at least the age given, at most a minute more.
    QVERIFY2(seconds.at(0) >= 90 && seconds.at(0) < 150, qPrintable(QString::number(seconds.at(0))));
    QVERIFY2(seconds.at(1) >= 30 && seconds.at(1) < 90, qPrintable(QString::number(seconds.at(1))));
    QCOMPARE(s->describePartition(1), (std::pair<std::string, int32_t>{"aged", 1}));
}

void tst_KafkaSource::readsSeveralTopics()
{
    fill("first", 2);
    fill("second", 3);
    auto s = source({{"topics", {"first", "second"}}, {"starting_offsets", "earliest"}});
    s->open({{1, 1}, {65536 + 2, 2}}); // first p1 from 1, second p2 from 2, the rest new
    const Positions start{{0, 0}, {1, 1}, {2, 0}, {65536, 0}, {65537, 0}, {65538, 2}};
    QCOMPARE(s->position(), start);
    // first: p0 2 + p1 1 + p2 2 records; second: p0 3 + p1 3 + p2 1.
    std::vector<KafkaRecord> got = readRecords(*s, 12);
    QCOMPARE(got.size(), size_t(5 + 7));
    QVERIFY(nothingMore(*s));
    QCOMPARE(s->position(), (Positions{{0, 2}, {1, 2}, {2, 2}, {65536, 3}, {65537, 3},
                                       {65538, 3}}));
    QVERIFY(std::count_if(got.begin(), got.end(),
                          [](const KafkaRecord &r) { return std::get<0>(r) >= 65536; })
            == 7);
}

// ^ starts a regular expression: it reads the matching topics (sorted: metrics.cpu is
// topic index 0, metrics.mem 1), not the others; the checkpoint keeps that order even when
// a later run lists them differently.
void tst_KafkaSource::readsTopicsMatchingAPattern()
{
    fill("metrics.cpu", 2);
    fill("metrics.mem", 1);
    fill("logs", 2);
    auto s = source({{"topics", {"^metrics\\..*"}}, {"starting_offsets", "earliest"}});
    s->open({});
    std::vector<KafkaRecord> got = readRecords(*s, 9);
    QCOMPARE(got.size(), size_t(9));
    QVERIFY(nothingMore(*s));
    QCOMPARE(s->position(), (Positions{{0, 2}, {1, 2}, {2, 2}, {65536, 1}, {65537, 1},
                                       {65538, 1}}));
    QCOMPARE(s->describePartition(65537), std::make_pair(std::string("metrics.mem"), 1));
    const std::string settings = s->persistentSettings();
    QCOMPARE(Json::parse(settings)["topics"], Json({"metrics.cpu", "metrics.mem"}));

    auto restored = source({{"topics", {"metrics.mem", "^metrics\\.c.*"}}});
    restored->restoreSettings(settings);
    restored->open({{0, 1}, {65536, 0}});
    QCOMPARE(restored->describePartition(65536), std::make_pair(std::string("metrics.mem"), 0));
    QCOMPARE(restored->position().at(0), int64_t(1));

    auto none = source({{"topics", {"^nothing-.*"}}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, none->open({}));
}

// Backpressure with a long stall, as a consumer-group member: the partitions are paused in
// librdkafka (which drops what it prefetched) while keepAlive() keeps serving the group; on
// resume every partition is sought back to the source's position, so every record produced
// before and during the pause arrives exactly once.
void tst_KafkaSource::pauseKeepsEveryRecord()
{
    std::vector<KafkaRecord> expected = fill("paused", 50);
    auto s = source({{"topics", {"paused"}},
                     {"starting_offsets", "earliest"},
                     {"group_mode", "subscribe"},
                     {"group_id", "pause-test"},
                     {"config", {{"session.timeout.ms", "6000"}}}});
    s->setGroupPauseAfter(std::chrono::milliseconds(0));
    s->open({});
    QCOMPARE(s->assignedPartitions(), size_t(3));
    std::vector<KafkaRecord> got = readRecords(*s, 30);
    s->setPaused(true);
    for (int i = 0; i < 60; ++i) {
        const std::string value = "{\"late\":" + std::to_string(i) + "}";
        m_producer->produce("paused", i % 3, "p" + std::to_string(i), value);
        expected.emplace_back(i % 3, 50 + i / 3, "p" + std::to_string(i), value);
    }
    m_producer->flush();
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    while (std::chrono::steady_clock::now() < until)
        s->keepAlive(); // paused in librdkafka now; serving the group must lose nothing
    s->setPaused(false);
    const std::vector<KafkaRecord> rest = readRecords(*s, expected.size() - got.size());
    got.insert(got.end(), rest.begin(), rest.end());
    QVERIFY(nothingMore(*s));
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(got, expected);
}

void tst_KafkaSource::ratePerPartition()
{
    fill("rated", 1);
    auto s = source({{"topics", {"rated"}}, {"max_rate_per_partition", 250}});
    s->open({});
    QCOMPARE(s->maxRecordsPerSecond(), 750.0);
    auto unlimited = source({{"topics", {"rated"}}});
    unlimited->open({});
    QCOMPARE(unlimited->maxRecordsPerSecond(), 0.0);
}

void tst_KafkaSource::commitsTheGroupOffsets()
{
    fill("commits", 10);
    auto s = source({{"topics", {"commits"}}, {"starting_offsets", "earliest"},
                     {"group_id", "weir-test-group"}});
    s->open({});
    QCOMPARE(readRecords(*s, 30).size(), size_t(30));
    s->committed({{0, 10}, {1, 7}, {2, 3}});

    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char reason[256];
    rd_kafka_conf_set(conf, "bootstrap.servers", m_broker->bootstrapServers().c_str(), reason,
                      sizeof(reason));
    rd_kafka_conf_set(conf, "group.id", "weir-test-group", reason, sizeof(reason));
    rd_kafka_t *reader = rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof(reason));
    QVERIFY(reader);
    std::vector<int64_t> offsets;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (offsets != std::vector<int64_t>{10, 7, 3}
           && std::chrono::steady_clock::now() < deadline) {
        RawChunk chunk;
        s->read(chunk, 10); // serves the commit's reply
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(3);
        for (int p = 0; p < 3; ++p)
            rd_kafka_topic_partition_list_add(list, "commits", p);
        offsets.clear();
        if (rd_kafka_committed(reader, list, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            for (int p = 0; p < 3; ++p)
                offsets.push_back(list->elems[p].offset);
        }
        rd_kafka_topic_partition_list_destroy(list);
    }
    rd_kafka_destroy(reader);
    QCOMPARE(offsets, (std::vector<int64_t>{10, 7, 3}));
    QCOMPARE(s->lastCommitError(), std::string());
}

void tst_KafkaSource::resumeOffset_data()
{
    QTest::addColumn<int64_t>("position");
    QTest::addColumn<bool>("continueOnLoss");
    QTest::addColumn<bool>("sandbox"); // bootstrap_servers "embedded", in this process
    QTest::addColumn<int64_t>("offset"); // -1: throws
    QTest::addColumn<uint64_t>("skipped");
    QTest::addColumn<QString>("message");
    // Watermarks are [100, 200).
    QTest::newRow("at low") << int64_t(100) << false << false << int64_t(100) << uint64_t(0)
                            << "";
    QTest::newRow("inside") << int64_t(150) << false << false << int64_t(150) << uint64_t(0)
                            << "";
    QTest::newRow("at high") << int64_t(200) << false << false << int64_t(200) << uint64_t(0)
                             << "";
    QTest::newRow("deleted, fail")
        << int64_t(40) << false << false << int64_t(-1) << uint64_t(0)
        << "data loss on topic 't' partition 3: offsets 40 to 99 (60 records) were deleted";
    QTest::newRow("deleted, continue")
        << int64_t(40) << true << false << int64_t(100) << uint64_t(60) << "";
    QTest::newRow("beyond, fail") << int64_t(250) << false << false << int64_t(-1) << uint64_t(0)
                                  << "position to resume from (250) is beyond the end";
    QTest::newRow("beyond, continue")
        << int64_t(250) << true << false << int64_t(100) << uint64_t(0) << "";
    // The in-process sandbox starts empty every run: the reason, and what to do instead.
    QTest::newRow("beyond the sandbox, fail")
        << int64_t(250) << false << true << int64_t(-1) << uint64_t(0)
        << "the checkpoint resumes topic 't' partition 3 at offset 250, but the embedded "
           "sandbox broker holds 200 record(s) there: it runs inside this process and forgets "
           "every record when the process exits. Delete the checkpoint to start over, or run a "
           "sandbox that outlives the pipeline (weir-broker --topic t:4)";
    QTest::newRow("beyond the sandbox, continue")
        << int64_t(250) << true << true << int64_t(100) << uint64_t(0) << "";
    QTest::newRow("inside the sandbox")
        << int64_t(150) << false << true << int64_t(150) << uint64_t(0) << "";
}

void tst_KafkaSource::resumeOffset()
{
    QFETCH(int64_t, position);
    QFETCH(bool, continueOnLoss);
    QFETCH(bool, sandbox);
    QFETCH(int64_t, offset);
    QFETCH(uint64_t, skipped);
    QFETCH(QString, message);
    try {
        const KafkaResumeOffset r =
            kafkaResumeOffset("t", 3, position, 100, 200, continueOnLoss, sandbox);
        QCOMPARE(r.offset, offset);
        QCOMPARE(r.skipped, skipped);
    } catch (const std::runtime_error &e) {
        QVERIFY2(offset == -1, e.what());
        QVERIFY2(QString(e.what()).contains(message), e.what());
    }
}

// The mock keeps at most 5 MiB per partition and drops older message sets: 8 records
// of 900 kB each move the log start, as retention would.
void tst_KafkaSource::retentionLossFailsOrSkips()
{
    m_broker->createTopic("retention", 1);
    const std::string big(900 * 1000, 'x');
    for (int i = 0; i < 8; ++i) {
        m_producer->produce("retention", 0, std::nullopt, big);
        m_producer->flush();
    }
    auto probe = source({{"topics", {"retention"}}, {"starting_offsets", "earliest"}});
    probe->open({});
    const int64_t low = probe->position().at(0);
    QVERIFY(low > 0);
    probe->close();

    auto failing = source({{"topics", {"retention"}}});
    try {
        failing->open({{0, 0}});
        QFAIL("no data loss reported");
    } catch (const std::runtime_error &e) {
        const std::string expected = "data loss on topic 'retention' partition 0: offsets 0 to "
            + std::to_string(low - 1);
        QVERIFY2(std::string(e.what()).find(expected) != std::string::npos, e.what());
    }
    auto skipping = source({{"topics", {"retention"}}, {"on_data_loss", "continue"}});
    skipping->open({{0, 0}});
    QCOMPARE(skipping->position(), (Positions{{0, low}}));
    QCOMPARE(skipping->skippedRecords(), uint64_t(low));
    QCOMPARE(readRecords(*skipping, size_t(8 - low)).size(), size_t(8 - low));
    QVERIFY(nothingMore(*skipping));
}

void tst_KafkaSource::positionBeyondTheEnd()
{
    fill("beyond", 2);
    auto failing = source({{"topics", {"beyond"}}});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, failing->open({{0, 1000}, {1, 0}, {2, 0}}));
    auto skipping = source({{"topics", {"beyond"}}, {"on_data_loss", "continue"}});
    skipping->open({{0, 1000}, {1, 1}, {2, 2}});
    QCOMPARE(skipping->position(), (Positions{{0, 0}, {1, 1}, {2, 2}}));
    QCOMPARE(readRecords(*skipping, 3).size(), size_t(3));
    QVERIFY(nothingMore(*skipping));
}

void tst_KafkaSource::badParameters_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("param");
    QTest::newRow("no topics") << R"({})" << "topics";
    QTest::newRow("empty topics") << R"({"topics": []})" << "topics";
    QTest::newRow("topic twice") << R"({"topics": ["a", "a"]})" << "topics";
    QTest::newRow("bad start") << R"({"topics": ["a"], "starting_offsets": "first"})"
                               << "starting_offsets";
    QTest::newRow("bad loss") << R"({"topics": ["a"], "on_data_loss": "ignore"})"
                              << "on_data_loss";
    QTest::newRow("refused key")
        << R"({"topics": ["a"], "config": {"sasl.kerberos.kinit.cmd": "sh"}})"
        << "config.sasl.kerberos.kinit.cmd";
    QTest::newRow("config not object") << R"({"topics": ["a"], "config": 3})" << "config";
    QTest::newRow("bad pattern") << R"({"topics": ["^metrics[.*"]})" << "topics";
    QTest::newRow("partition key") << R"({"topics": ["a"], "starting_partition_offsets": {"a": 1}})"
                                   << "starting_partition_offsets";
    QTest::newRow("partition offset") << R"({"topics": ["a"], "starting_partition_offsets": {"a:0": -3}})"
                                      << "starting_partition_offsets";
    QTest::newRow("bad group mode") << R"({"topics": ["a"], "group_mode": "share"})"
                                    << "group_mode";
    QTest::newRow("negative rate") << R"({"topics": ["a"], "max_rate_per_partition": -1})"
                                   << "max_rate_per_partition";
}

void tst_KafkaSource::badParameters()
{
    QFETCH(QString, params);
    QFETCH(QString, param);
    try {
        makeKafkaSource("k", Json::parse(params.toStdString()));
        QFAIL("accepted");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().front().node, std::string("k"));
        QCOMPARE(QString::fromStdString(e.problems().front().param), param);
    }
}

QTEST_GUILESS_MAIN(tst_KafkaSource)
#include "tst_kafkasource.moc"
