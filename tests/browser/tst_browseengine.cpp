#include "browsertesting.h"
#include "kafkaadmin.h"
#include "messageexport.h"
#include "messagefilter.h"
#include "messagepager.h"
#include "messagesearch.h"
#include "topicrates.h"

#include <QtTest>

#include <fstream>
#include <functional>
#include <future>
#include <memory>

using namespace weir;
using namespace browsertesting;
using namespace std::chrono_literals;

namespace {

constexpr int kPartitions = 3;
constexpr int kRecords = 300;
constexpr size_t kPage = 25;

using Predicate = std::function<bool(const KafkaMessage &)>;

// The per-partition start of a page request, computed from the produced records.
std::map<int32_t, int64_t> expectedStarts(const std::vector<KafkaMessage> &records,
                                          FetchStart start)
{
    std::map<int32_t, int64_t> starts;
    for (int p = 0; p < kPartitions; ++p) {
        int64_t first = kRecords; // past every offset: nothing there
        for (const KafkaMessage &m : records) {
            if (m.partition != p)
                continue;
            const bool at = start.kind == FetchStart::Kind::Oldest
                || (start.kind == FetchStart::Kind::Offset && m.offset >= start.value)
                || (start.kind == FetchStart::Kind::Timestamp && m.timestampMs >= start.value);
            if (at)
                first = std::min(first, m.offset);
        }
        starts[p] = first;
    }
    return starts;
}

std::vector<KafkaMessage> slice(const std::vector<KafkaMessage> &list, size_t from, size_t count)
{
    from = std::min(from, list.size());
    return {list.begin() + std::ptrdiff_t(from),
            list.begin() + std::ptrdiff_t(std::min(list.size(), from + count))};
}

} // namespace

Q_DECLARE_METATYPE(Predicate)

class tst_BrowseEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paging_data();
    void paging();
    void newestAndBack();
    void onePartition();
    void search_data();
    void search();
    void badExpressions();
    void cancelLongScan();
    void exportRoundTrip();
    void rates();
    void lagSeconds();

private:
    std::vector<KafkaMessage> m_records; // topic "browse", in timestamp order
    std::unique_ptr<KafkaAdmin> m_admin;
};

void tst_BrowseEngine::initTestCase()
{
    m_records = fillTopic("browse", kPartitions, kRecords);
    m_admin = std::make_unique<KafkaAdmin>("embedded");
}

void tst_BrowseEngine::paging_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::newRow("oldest") << int(FetchStart::Kind::Oldest) << qint64(0);
    QTest::newRow("offset 40") << int(FetchStart::Kind::Offset) << qint64(40);
    QTest::newRow("timestamp of record 120")
        << int(FetchStart::Kind::Timestamp) << qint64(kBaseTimestampMs + 1200);
    QTest::newRow("timestamp between records")
        << int(FetchStart::Kind::Timestamp) << qint64(kBaseTimestampMs + 2005);
    QTest::newRow("offset near the end") << int(FetchStart::Kind::Offset) << qint64(90);
}

// Pages are the produced records from each partition's start, in timestamp order, in
// slices of kPage; next and previous move by one slice.
void tst_BrowseEngine::paging()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    const FetchStart start {FetchStart::Kind(kind), value};
    const std::map<int32_t, int64_t> starts = expectedStarts(m_records, start);
    std::vector<KafkaMessage> expected;
    for (const KafkaMessage &m : m_records)
        if (m.offset >= starts.at(m.partition))
            expected.push_back(m);

    MessagePager pager("browse", {0, 1, 2}, kPage);
    QString why;
    QVERIFY2(sameMessages(pager.open(*m_admin, start, 20s), slice(expected, 0, kPage), &why),
             qPrintable(why));
    size_t shown = 0;
    for (int page = 1; page < 3; ++page) {
        const std::vector<KafkaMessage> next = pager.next(*m_admin, 20s);
        if (page * kPage >= expected.size()) {
            QVERIFY(next.empty()); // the end: the page shown stays
            break;
        }
        shown = page * kPage;
        QVERIFY2(sameMessages(next, slice(expected, shown, kPage), &why), qPrintable(why));
    }
    if (shown > 0) {
        QVERIFY2(sameMessages(pager.previous(*m_admin, 20s), slice(expected, shown - kPage, kPage),
                              &why),
                 qPrintable(why));
    }
}

void tst_BrowseEngine::newestAndBack()
{
    MessagePager pager("browse", {0, 1, 2}, kPage);
    QString why;
    QVERIFY2(sameMessages(pager.open(*m_admin, FetchStart::newest(1), 20s),
                          slice(m_records, kRecords - kPage, kPage), &why),
             qPrintable(why));
    QVERIFY(pager.next(*m_admin, 20s).empty());
    QVERIFY2(sameMessages(pager.previous(*m_admin, 20s),
                          slice(m_records, kRecords - 2 * kPage, kPage), &why),
             qPrintable(why));
}

void tst_BrowseEngine::onePartition()
{
    std::vector<KafkaMessage> expected;
    for (const KafkaMessage &m : m_records)
        if (m.partition == 1 && m.offset >= 5)
            expected.push_back(m);
    MessagePager pager("browse", {1}, 10);
    QString why;
    QVERIFY2(sameMessages(pager.open(*m_admin, FetchStart::offset(5), 20s), slice(expected, 0, 10),
                          &why),
             qPrintable(why));
    QVERIFY2(sameMessages(pager.next(*m_admin, 20s), slice(expected, 10, 10), &why),
             qPrintable(why));
}

void tst_BrowseEngine::search_data()
{
    QTest::addColumn<bool>("isExpression");
    QTest::addColumn<QString>("query");
    QTest::addColumn<Predicate>("oracle");
    const auto contains = [](const std::optional<std::string> &s, const std::string &needle) {
        if (!s)
            return false;
        std::string lower = *s;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        return lower.find(needle) != std::string::npos;
    };
    QTest::newRow("text in value")
        << false << "user-3"
        << Predicate([=](const KafkaMessage &m) { return contains(m.value, "user-3"); });
    QTest::newRow("text in key, any case")
        << false << "KEY-1" << Predicate([=](const KafkaMessage &m) {
               return contains(m.key, "key-1") || contains(m.value, "key-1");
           });
    QTest::newRow("text in binary value")
        << false << "bin" << Predicate([=](const KafkaMessage &m) {
               return contains(m.key, "bin") || contains(m.value, "bin");
           });
    QTest::newRow("partition and offset")
        << true << "partition = 1 and offset >= 40"
        << Predicate([](const KafkaMessage &m) { return m.partition == 1 && m.offset >= 40; });
    QTest::newRow("null key") << true << "key is null"
                              << Predicate([](const KafkaMessage &m) { return !m.key; });
    QTest::newRow("timestamp") << true << "timestamp >= '2023-11-14T22:13:22Z'"
                               << Predicate([](const KafkaMessage &m) {
                                      return m.timestampMs >= kBaseTimestampMs + 2000;
                                  });
    QTest::newRow("key list") << true << "key in ('key-40', 'key-131', 'nope')"
                              << Predicate([](const KafkaMessage &m) {
                                     return m.key == "key-40" || m.key == "key-131";
                                 });
    QTest::newRow("value and header")
        << true
        << "value = '{\"id\":52,\"user\":\"user-2\"}' or headers = "
           "'{\"seq\":\"157\"}'"
        << Predicate([](const KafkaMessage &m) {
               return m.headers.at(0).value == "52" || m.headers.at(0).value == "157";
           });
}

// A search over offsets 10..89 of every partition keeps exactly what a brute-force filter
// over the produced records keeps.
void tst_BrowseEngine::search()
{
    QFETCH(bool, isExpression);
    QFETCH(QString, query);
    QFETCH(Predicate, oracle);
    MessageFilter filter = isExpression ? MessageFilter::expression(query.toStdString())
                                        : MessageFilter::text(query.toStdString());
    SearchRange range;
    range.topic = "browse";
    range.from = FetchStart::offset(10);
    range.endOffset = 90;
    const std::atomic<bool> cancel = false;
    int progressCalls = 0;
    const SearchResult result = searchMessages(
        *m_admin, range, filter, cancel, [&](const SearchProgress &) { ++progressCalls; }, 10000,
        17);
    std::vector<KafkaMessage> expected;
    for (int p = 0; p < kPartitions; ++p)
        for (const KafkaMessage &m : m_records)
            if (m.partition == p && m.offset >= 10 && m.offset < 90 && oracle(m))
                expected.push_back(m);
    QVERIFY(!expected.empty());
    QString why;
    QVERIFY2(sameMessages(result.matches, expected, &why), qPrintable(why));
    QCOMPARE(result.progress.total, int64_t(kPartitions * 80));
    QCOMPARE(result.progress.scanned, result.progress.total);
    QVERIFY(progressCalls > kPartitions * 80 / 17);
    QVERIFY(!result.cancelled);
}

void tst_BrowseEngine::badExpressions()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MessageFilter::expression("nosuch = 1"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MessageFilter::expression("offset + 1"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MessageFilter::expression("key = "));
}

void tst_BrowseEngine::cancelLongScan()
{
    constexpr int kBig = 20000;
    fillTopic("browse-big", 1, kBig);
    MessageFilter filter = MessageFilter::text("no such text");
    SearchRange range;
    range.topic = "browse-big";
    std::atomic<bool> cancel = false;
    std::atomic<int64_t> scanned = 0;
    auto scan = std::async(std::launch::async, [&] {
        KafkaAdmin admin("embedded"); // one per thread
        return searchMessages(
            admin, range, filter, cancel, [&](const SearchProgress &p) { scanned = p.scanned; }, 10,
            100);
    });
    QTRY_VERIFY_WITH_TIMEOUT(scanned.load() > 0, 20000);
    cancel = true;
    QCOMPARE(int(scan.wait_for(10s)), int(std::future_status::ready));
    const SearchResult result = scan.get();
    QVERIFY(result.cancelled);
    QCOMPARE(result.progress.total, int64_t(kBig));
    QVERIFY2(result.progress.scanned < kBig, qPrintable(QString::number(result.progress.scanned)));
}

// Every produced record, exported and parsed back line by line, is the same record; text
// values stay readable, binary ones come back from base64.
void tst_BrowseEngine::exportRoundTrip()
{
    std::vector<KafkaMessage> shown;
    for (int p = 0; p < kPartitions; ++p) {
        const auto page
            = m_admin->fetch("browse", p, FetchStart::oldest(), kRecords, std::nullopt, 20s);
        shown.insert(shown.end(), page.begin(), page.end());
    }
    const QString path = QDir::temp().filePath("tst_browseengine_export.ndjson");
    exportNdjson(path.toStdString(), "browse", shown);
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::string line;
    std::vector<KafkaMessage> back;
    int binary = 0;
    while (std::getline(in, line)) {
        const Json object = Json::parse(line); // throws on anything but one JSON object
        QCOMPARE(object.at("topic").get<std::string>(), std::string("browse"));
        back.push_back(messageFromJson(object));
        if (object.contains("value_encoding"))
            ++binary;
        else
            QCOMPARE(object.at("value").get<std::string>(), back.back().value);
    }
    std::vector<KafkaMessage> expected;
    for (int p = 0; p < kPartitions; ++p)
        for (const KafkaMessage &m : m_records)
            if (m.partition == p)
                expected.push_back(m);
    QString why;
    QVERIFY2(sameMessages(back, expected, &why), qPrintable(why));
    QCOMPARE(binary, int(std::count_if(m_records.begin(), m_records.end(), [](const auto &m) {
                 return !isValidUtf8(m.value);
             })));
    QVERIFY(binary > 0);
    QFile::remove(path);
}

void tst_BrowseEngine::rates()
{
    fillTopic("browse-rate", 2, 10);
    TopicRates rates;
    const auto t0 = TopicRates::Clock::now();
    rates.update(m_admin->listTopics(10s), t0);
    QVERIFY(!rates.rate("browse-rate"));
    TestProducer producer(SandboxBroker::shared()->bootstrapServers());
    for (int i = 0; i < 50; ++i)
        producer.produce("browse-rate", recordFor(i, 2));
    producer.flush();
    const std::vector<TopicInfo> topics = m_admin->listTopics(10s);
    rates.update(topics, t0 + 2s);
    QCOMPARE(rates.rate("browse-rate").value_or(-1), 25.0);
    QCOMPARE(rates.rate("browse").value_or(-1), 0.0);
    const auto topic = std::find_if(topics.begin(), topics.end(),
                                    [](const TopicInfo &t) { return t.name == "browse-rate"; });
    QCOMPARE(messageCount(*topic), int64_t(60));
}

void tst_BrowseEngine::lagSeconds()
{
    // Partition 0 holds records 0, 3, 6, ...: offset 10 is record 30.
    const KafkaMessage &unread = m_records.at(30);
    QCOMPARE(unread.offset, int64_t(10));
    const GroupPartition behind {"browse", 0, 10, 90};
    QCOMPARE(m_admin->lagSeconds(behind, unread.timestampMs + 4500, 10s), 4.5);
    const GroupPartition caughtUp {"browse", 0, 100, 0};
    QCOMPARE(m_admin->lagSeconds(caughtUp, unread.timestampMs + 4500, 10s), 0.0);
}

QTEST_GUILESS_MAIN(tst_BrowseEngine)
#include "tst_browseengine.moc"
