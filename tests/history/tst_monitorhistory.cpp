#include "monitorhistory.h"
#include "monitorseries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <filesystem>
#include <limits>
#include <random>
#include <set>

using namespace weir;

namespace {

// Every kind of name a run produces: fixed, per partition, per node, per worker.
std::vector<std::string> seriesPool()
{
    std::vector<std::string> names = {series::kInRate,       series::kOutRate,
                                      series::kErrorRate,    series::kErrorPercent,
                                      series::kLagSeconds,   series::kLatencyP99,
                                      series::kQueueDepth,   series::kWatermarkDelay};
    for (int p = 0; p < 12; ++p) {
        names.push_back(series::partitionLagOffsets("orders", p));
        names.push_back(series::partitionLagSeconds("orders \"eu\"/x", p));
    }
    for (const char *id : {"parse", "filter", "sink", "n\xc3\xa4me"}) {
        for (const char *what : {"in_rate", "out_rate", "error_rate", "late_rate"})
            names.push_back(series::node(id, what));
    }
    names.push_back(series::worker("w1", series::kInRate));
    return names;
}

double randomValue(std::mt19937_64 &rng)
{
    switch (rng() % 8) {
    case 0:
        return std::numeric_limits<double>::quiet_NaN();
    case 1:
        return (rng() % 2 ? 1 : -1) * std::numeric_limits<double>::infinity();
    case 2:
        return -0.0;
    case 3:
        return std::numeric_limits<double>::denorm_min() * double(rng() % 1000);
    case 4:
        return double(rng() % 100000);
    default: // any finite double, from its bits
        for (;;) {
            const double v = std::bit_cast<double>(uint64_t(rng()));
            if (std::isfinite(v))
                return v;
        }
    }
}

std::vector<MonitorSample> randomRun(std::mt19937_64 &rng, int count,
                                     const std::vector<std::string> &pool)
{
    std::vector<MonitorSample> run;
    double t = double(rng() % 3) * 0.25;
    for (int i = 0; i < count; ++i) {
        MonitorSample s;
        s.t = t;
        t += 1.0 + double(rng() % 5) / 7.0; // not always whole seconds
        for (const std::string &name : pool) {
            if (rng() % 3 != 0)
                s.values[name] = randomValue(rng);
        }
        run.push_back(s);
    }
    return run;
}

// Exact equality, bit for bit: NaN equals NaN, -0 differs from 0.
bool sameBits(double a, double b)
{
    return std::bit_cast<uint64_t>(a) == std::bit_cast<uint64_t>(b);
}

QString differences(const std::vector<MonitorSample> &got, const std::vector<MonitorSample> &want)
{
    if (got.size() != want.size())
        return QStringLiteral("%1 samples, expected %2").arg(got.size()).arg(want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        if (!sameBits(got[i].t, want[i].t))
            return QStringLiteral("sample %1: t %2, expected %3").arg(i).arg(got[i].t).arg(want[i].t);
        if (got[i].values.size() != want[i].values.size())
            return QStringLiteral("sample %1: %2 values, expected %3")
                .arg(i).arg(got[i].values.size()).arg(want[i].values.size());
        for (const auto &[name, value] : want[i].values) {
            const auto it = got[i].values.find(name);
            if (it == got[i].values.end() || !sameBits(it->second, value))
                return QStringLiteral("sample %1: series %2 differs").arg(i).arg(name.c_str());
        }
    }
    return {};
}

std::vector<int64_t> idsOf(const std::vector<RunRecord> &runs)
{
    std::vector<int64_t> ids;
    for (const RunRecord &r : runs)
        ids.push_back(r.id);
    return ids;
}

qint64 storeSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + "-wal").size();
}

constexpr int64_t kDay = 24LL * 3600 * 1000;

} // namespace

class tst_MonitorHistory : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void runsNewestFirst();
    void survivesReopening();
    void finishRun();
    void twoConnections();
    void retention_data();
    void retention();
    void retentionGivesSpaceBack();
    void markInterrupted();
    void unwritablePath();
    void newerSchemaRefused();
    void sizeAndSpeed();

private:
    QTemporaryDir m_dir;
    QString dbPath(const char *name) const { return m_dir.filePath(name); }
};

void tst_MonitorHistory::roundTrip()
{
    std::mt19937_64 rng(7);
    const std::vector<std::string> pool = seriesPool();
    MonitorHistory history(dbPath("roundtrip.db").toStdString());
    std::map<int64_t, std::vector<MonitorSample>> written;
    for (int r = 0; r < 4; ++r)
        written[history.beginRun("p" + std::to_string(r), "/x.weir.json", 1000 * r)] =
            randomRun(rng, 30 + r * 20, pool);
    // Interleaved, as runs of several pipelines would be.
    for (size_t i = 0;; ++i) {
        bool any = false;
        for (auto &[run, samples] : written) {
            if (i < samples.size()) {
                history.append(run, samples[i]);
                any = true;
            }
        }
        if (!any)
            break;
    }
    for (const auto &[run, samples] : written)
        QVERIFY2(differences(history.samples(run), samples).isEmpty(),
                 qPrintable(differences(history.samples(run), samples)));
    QVERIFY(history.samples(9999).empty());
}

void tst_MonitorHistory::runsNewestFirst()
{
    std::mt19937_64 rng(11);
    MonitorHistory history(dbPath("order.db").toStdString());
    std::vector<RunRecord> expected;
    for (int i = 0; i < 40; ++i) {
        RunRecord r;
        r.startedAtMs = 1'700'000'000'000 + int64_t(rng() % 10) * 1000; // ties on purpose
        r.pipelineName = "pipe " + std::to_string(i);
        r.pipelinePath = "/home/u/p" + std::to_string(i) + ".weir.json";
        r.state = "running";
        r.id = history.beginRun(r.pipelineName, r.pipelinePath, r.startedAtMs);
        expected.push_back(r);
    }
    std::sort(expected.begin(), expected.end(), [](const RunRecord &a, const RunRecord &b) {
        return a.startedAtMs != b.startedAtMs ? a.startedAtMs > b.startedAtMs : a.id > b.id;
    });
    QCOMPARE(history.runs(), expected);
    QCOMPARE(history.run(expected[3].id), std::optional<RunRecord>(expected[3]));
    QCOMPARE(history.run(123456), std::nullopt);
}

void tst_MonitorHistory::survivesReopening()
{
    std::mt19937_64 rng(3);
    const std::vector<std::string> pool = seriesPool();
    const std::string path = dbPath("reopen.db").toStdString();
    const std::vector<MonitorSample> first = randomRun(rng, 20, pool);
    std::vector<MonitorSample> second = randomRun(rng, 20, pool);
    second[5].values["a/series/new/after/reopening"] = 1.5;
    int64_t a = 0;
    int64_t b = 0;
    {
        MonitorHistory history(path);
        a = history.beginRun("a", "/a.weir.json", 10);
        for (const MonitorSample &s : first)
            history.append(a, s);
        history.finishRun(a, 20'010, "finished", R"({"events_in": 20})");
    }
    {
        MonitorHistory history(path);
        b = history.beginRun("b", "/b.weir.json", 30);
        for (const MonitorSample &s : second)
            history.append(b, s);
    }
    MonitorHistory reopened(path);
    QCOMPARE(idsOf(reopened.runs()), (std::vector<int64_t>{b, a}));
    QCOMPARE(reopened.run(a)->summary, std::string(R"({"events_in": 20})"));
    QCOMPARE(reopened.run(b)->state, std::string("running"));
    QVERIFY(differences(reopened.samples(a), first).isEmpty());
    QVERIFY(differences(reopened.samples(b), second).isEmpty());
}

void tst_MonitorHistory::finishRun()
{
    MonitorHistory history(dbPath("finish.db").toStdString());
    const int64_t run = history.beginRun("orders", "/o.weir.json", 5000);
    QCOMPARE(history.run(run)->endedAtMs, 0);
    history.finishRun(run, 9000, "failed", R"({"error": "broker down"})");
    const RunRecord r = *history.run(run);
    QCOMPARE(r.endedAtMs, 9000);
    QCOMPARE(r.state, std::string("failed"));
    QCOMPARE(r.summary, std::string(R"({"error": "broker down"})"));
}

// The GUI's history list may read while the monitor writes, each with its own object.
void tst_MonitorHistory::twoConnections()
{
    const std::string path = dbPath("shared.db").toStdString();
    MonitorHistory writer(path);
    MonitorHistory reader(path);
    const int64_t run = writer.beginRun("p", "/p", 1);
    std::vector<MonitorSample> written;
    for (int i = 0; i < 5; ++i) {
        // Each sample brings a series name the reader has never seen.
        written.push_back(MonitorSample{double(i), {{series::node("n" + std::to_string(i),
                                                                  "in_rate"), i * 0.5}}});
        writer.append(run, written.back());
        QVERIFY(differences(reader.samples(run), written).isEmpty());
    }
    // And the reader can write too: the names it adds get ids of their own.
    const int64_t other = reader.beginRun("q", "/q", 2);
    const MonitorSample s{0, {{"only/in/reader", 1}, {series::node("n4", "in_rate"), 2}}};
    reader.append(other, s);
    QVERIFY(differences(writer.samples(other), {s}).isEmpty());
    QVERIFY(differences(writer.samples(run), written).isEmpty());
}

void tst_MonitorHistory::retention_data()
{
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<int>("keepRuns");
    QTest::addColumn<uint>("seed");
    QTest::newRow("no limits") << 0 << 0 << 1u;
    QTest::newRow("7 days") << 7 << 0 << 2u;
    QTest::newRow("1 day") << 1 << 0 << 3u;
    QTest::newRow("5 runs") << 0 << 5 << 4u;
    QTest::newRow("1 run") << 0 << 1 << 5u;
    QTest::newRow("30 days and 10 runs") << 30 << 10 << 6u;
    QTest::newRow("3 days and 50 runs") << 3 << 50 << 7u;
}

void tst_MonitorHistory::retention()
{
    QFETCH(int, keepDays);
    QFETCH(int, keepRuns);
    QFETCH(uint, seed);
    std::mt19937_64 rng(seed);
    const QString file = dbPath("retention.db");
    QFile::remove(file);
    MonitorHistory history(file.toStdString());
    const int64_t now = 1'750'000'000'000;
    struct Made { int64_t id; int64_t started; bool running; };
    std::vector<Made> made;
    for (int i = 0; i < 30; ++i) {
        const int64_t started = now - int64_t(rng() % (40 * kDay));
        const int64_t id = history.beginRun("p", "/p.weir.json", started);
        history.append(id, MonitorSample{1, {{series::kInRate, double(i)}}});
        const bool running = rng() % 6 == 0;
        if (!running)
            history.finishRun(id, started + 1000, "finished", "{}");
        made.push_back({id, started, running});
    }
    // The reference: newest first by start; a finished run goes when it started more
    // than keepDays ago or has keepRuns newer runs before it.
    std::sort(made.begin(), made.end(), [](const Made &a, const Made &b) {
        return a.started != b.started ? a.started > b.started : a.id > b.id;
    });
    std::set<int64_t> kept;
    for (size_t rank = 0; rank < made.size(); ++rank) {
        const Made &m = made[rank];
        const bool old = keepDays > 0 && m.started < now - keepDays * kDay;
        const bool beyond = keepRuns > 0 && rank >= size_t(keepRuns);
        if (m.running || !(old || beyond))
            kept.insert(m.id);
    }
    const int removed = history.applyRetention(now, keepDays, keepRuns);
    QCOMPARE(removed, int(made.size() - kept.size()));
    const std::vector<int64_t> left = idsOf(history.runs());
    QCOMPARE(std::set<int64_t>(left.begin(), left.end()), kept);
    for (const Made &m : made)
        QCOMPARE(history.samples(m.id).size(), size_t(kept.count(m.id)));
    QCOMPARE(history.applyRetention(now, keepDays, keepRuns), 0); // nothing more to do
}

void tst_MonitorHistory::retentionGivesSpaceBack()
{
    const QString file = dbPath("space.db");
    MonitorHistory history(file.toStdString());
    std::mt19937_64 rng(5);
    const std::vector<std::string> pool = seriesPool();
    for (int r = 0; r < 10; ++r) {
        const int64_t id = history.beginRun("p", "/p.weir.json", r * kDay);
        for (const MonitorSample &s : randomRun(rng, 200, pool))
            history.append(id, s);
        history.finishRun(id, r * kDay + 200'000, "finished", "{}");
    }
    const qint64 full = storeSize(file);
    QCOMPARE(history.applyRetention(10 * kDay, 0, 1), 9);
    const qint64 after = storeSize(file);
    qInfo("store %lld bytes with 10 runs, %lld after keeping 1", full, after);
    QVERIFY2(after < full / 4, qPrintable(QString::number(after)));
}

void tst_MonitorHistory::markInterrupted()
{
    const std::string path = dbPath("crash.db").toStdString();
    int64_t crashed = 0, empty = 0, done = 0;
    {
        MonitorHistory history(path);
        crashed = history.beginRun("a", "/a", 100'000);
        for (double t : {0.0, 1.0, 2.0, 3.5})
            history.append(crashed, MonitorSample{t, {{series::kInRate, t}}});
        empty = history.beginRun("b", "/b", 200'000);
        done = history.beginRun("c", "/c", 300'000);
        history.append(done, MonitorSample{1, {{series::kInRate, 1}}});
        history.finishRun(done, 301'000, "stopped", "{}");
    } // the "crash": the object goes without finishing runs a and b
    MonitorHistory history(path);
    QCOMPARE(history.run(crashed)->state, std::string("running"));
    QCOMPARE(history.markInterrupted(), 2);
    QCOMPARE(history.run(crashed)->state, std::string("interrupted"));
    QCOMPARE(history.run(crashed)->endedAtMs, 100'000 + 3'500);
    QCOMPARE(history.run(empty)->state, std::string("interrupted"));
    QCOMPARE(history.run(empty)->endedAtMs, 200'000);
    QCOMPARE(history.run(done)->state, std::string("stopped"));
    QCOMPARE(history.run(done)->endedAtMs, 301'000);
    QCOMPARE(history.markInterrupted(), 0);
}

void tst_MonitorHistory::unwritablePath()
{
    // Running as root defeats permission bits; a regular file as a folder defeats anyone.
    const QString blocker = dbPath("not-a-folder");
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const std::string path = (blocker + "/weir/history.db").toStdString();
    try {
        MonitorHistory history(path);
        QFAIL("opened a store under a regular file");
    } catch (const std::runtime_error &e) {
        const std::string message = e.what();
        QVERIFY2(message.find(path) != std::string::npos, e.what());
        QVERIFY2(message.find("unable to open database file") != std::string::npos, e.what());
    }
}

void tst_MonitorHistory::newerSchemaRefused()
{
    const std::string path = dbPath("newer.db").toStdString();
    { MonitorHistory history(path); }
    {
        SqliteDb db(path, false);
        db.exec("UPDATE schema_version SET version = 99");
    }
    try {
        MonitorHistory history(path);
        QFAIL("opened a store of a newer schema");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find("schema version 99") != std::string::npos, e.what());
    }
}

// One hour of a run with 40 series, one sample a second: what it costs.
void tst_MonitorHistory::sizeAndSpeed()
{
    const QString file = dbPath("hour.db");
    std::vector<std::string> names = seriesPool();
    names.resize(40);
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> value(0, 1e5);
    std::vector<MonitorSample> written;
    QElapsedTimer timer;
    qint64 appendNs = 0;
    int64_t run = 0;
    qint64 openSize = 0;
    {
        MonitorHistory history(file.toStdString());
        run = history.beginRun("hour", "/h.weir.json", 0);
        for (int i = 0; i < 3600; ++i) {
            MonitorSample s;
            s.t = i;
            for (const std::string &n : names)
                s.values[n] = value(rng);
            timer.start();
            history.append(run, s);
            appendNs += timer.nsecsElapsed();
            written.push_back(std::move(s));
        }
        history.finishRun(run, 3'600'000, "finished", "{}");
        openSize = storeSize(file);
    } // closing checkpoints the log into the file
    MonitorHistory history(file.toStdString());
    timer.start();
    const std::vector<MonitorSample> loaded = history.samples(run);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    QVERIFY(differences(loaded, written).isEmpty());
    const double bytesPerSample = double(QFileInfo(file).size()) / 3600.0;
    qInfo("1 h x 40 series: %.0f bytes/sample (%.2f MB; %.2f MB with the log while open), "
          "%.3f ms/append, %.1f ms to load",
          bytesPerSample, double(QFileInfo(file).size()) / 1e6, double(openSize) / 1e6,
          double(appendNs) / 3600.0 / 1e6, loadMs);
    // 40 values are 40 x (1 id byte + 8) = 360 bytes of blob; allow the row and index.
    QVERIFY2(bytesPerSample < 520, qPrintable(QString::number(bytesPerSample)));
}

QTEST_GUILESS_MAIN(tst_MonitorHistory)
#include "tst_monitorhistory.moc"
