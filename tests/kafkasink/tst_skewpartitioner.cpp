#include "counterrng.h"
#include "murmur2.h"
#include "skewpartitioner.h"

#include <QtTest>

#include <librdkafka/rdkafka.h>

#include <map>
#include <set>
#include <string>

using namespace weir;

namespace {

// librdkafka's own murmur2_random partitioner, the reference for keyed records.
class LibrdkafkaPartitioner
{
public:
    LibrdkafkaPartitioner()
    {
        char reason[256];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        m_handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof reason);
        m_topic = rd_kafka_topic_new(m_handle, "t", nullptr);
    }
    ~LibrdkafkaPartitioner()
    {
        rd_kafka_topic_destroy(m_topic);
        rd_kafka_destroy(m_handle);
    }
    int32_t partition(const std::string &key, int32_t partitions) const
    {
        return rd_kafka_msg_partitioner_murmur2_random(m_topic, key.data(), key.size(),
                                                       partitions, nullptr, nullptr);
    }

private:
    rd_kafka_t *m_handle = nullptr;
    rd_kafka_topic_t *m_topic = nullptr;
};

// Keys of every length up to 40 bytes, with bytes of the whole range (UTF-8 and not).
std::vector<std::string> someKeys()
{
    std::vector<std::string> keys = {"", "a", "ab", "abc", "abcd", "user-42", "é", "日本"};
    const CounterRng rng(4);
    for (uint64_t i = 0; i < 2000; ++i) {
        std::string key(size_t(i % 41), '\0');
        for (size_t b = 0; b < key.size(); ++b)
            key[b] = char(rng.bits(i, b) & 0xff);
        keys.push_back(key);
    }
    return keys;
}

} // namespace

class tst_SkewPartitioner : public QObject
{
    Q_OBJECT

private slots:
    void murmur2MatchesLibrdkafka_data();
    void murmur2MatchesLibrdkafka();
    void coldKeysStayOnTheirMurmur2Partition();
    void hotKeySpreadsOverItsPartitions_data();
    void hotKeySpreadsOverItsPartitions();
};

void tst_SkewPartitioner::murmur2MatchesLibrdkafka_data()
{
    QTest::addColumn<int>("partitions");
    for (int partitions : {1, 2, 3, 8, 12, 100, 1000})
        QTest::addRow("%d partitions", partitions) << partitions;
}

void tst_SkewPartitioner::murmur2MatchesLibrdkafka()
{
    QFETCH(int, partitions);
    const LibrdkafkaPartitioner librdkafka;
    for (const std::string &key : someKeys())
        QCOMPARE(murmur2Partition(key, partitions), librdkafka.partition(key, partitions));
}

void tst_SkewPartitioner::coldKeysStayOnTheirMurmur2Partition()
{
    SkewPartitioner partitioner({.hotKeyShare = 0.05, .hotKeyPartitions = 4});
    const CounterRng rng(2);
    for (uint64_t i = 0; i < 100000; ++i) { // 1000 keys, each about 0.1%
        const std::string key = "user-" + std::to_string(CounterRng::below(rng.bits(i, 0), 1000));
        QCOMPARE(partitioner.partition(key, 8), murmur2Partition(key, 8));
    }
    QVERIFY(partitioner.hotKeys(10).empty());
}

void tst_SkewPartitioner::hotKeySpreadsOverItsPartitions_data()
{
    QTest::addColumn<int>("partitions");
    QTest::addColumn<int>("spread");
    QTest::addColumn<int>("expectedSpread");
    QTest::newRow("4 of 8") << 8 << 4 << 4;
    QTest::newRow("3 of 5") << 5 << 3 << 3;
    QTest::newRow("all of 6") << 6 << 6 << 6;
    QTest::newRow("capped by 2 partitions") << 2 << 4 << 2;
    QTest::newRow("one partition") << 1 << 4 << 1;
}

// A key with a third of the records: after warm-up each of its records lands on one of
// `spread` partitions, home and the next ones (wrapping), evenly.
void tst_SkewPartitioner::hotKeySpreadsOverItsPartitions()
{
    QFETCH(int, partitions);
    QFETCH(int, spread);
    QFETCH(int, expectedSpread);
    SkewPartitioner partitioner({.hotKeyShare = 0.01, .hotKeyPartitions = spread});
    const std::string hot = "the-hot-key";
    const int32_t home = murmur2Partition(hot, partitions);
    std::set<int32_t> allowed;
    for (int i = 0; i < expectedSpread; ++i)
        allowed.insert((home + i) % partitions);
    const CounterRng rng(8);
    std::map<int32_t, int> hotCounts;
    const int records = 60000;
    for (int i = 0; i < records; ++i) {
        if (i % 3) {
            const std::string cold = "c" + std::to_string(CounterRng::below(rng.bits(i, 0), 5000));
            QCOMPARE(partitioner.partition(cold, partitions), murmur2Partition(cold, partitions));
            continue;
        }
        const int32_t p = partitioner.partition(hot, partitions);
        QVERIFY(allowed.count(p));
        ++hotCounts[p];
    }
    QCOMPARE(int(hotCounts.size()), expectedSpread);
    const double even = double(records / 3) / expectedSpread;
    for (const auto &[p, count] : hotCounts)
        QVERIFY2(std::abs(count - even) < 0.1 * even, qPrintable(QString::number(count)));
    const std::vector<HotKey> hotKeys = partitioner.hotKeys(10);
    QCOMPARE(int(hotKeys.size()), 1);
    QCOMPARE(hotKeys[0].key, hot);
    QVERIFY(std::abs(hotKeys[0].share - 1.0 / 3) < 0.02);
}

QTEST_GUILESS_MAIN(tst_SkewPartitioner)
#include "tst_skewpartitioner.moc"
