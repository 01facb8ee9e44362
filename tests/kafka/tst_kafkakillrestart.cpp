// Exactly-once from Kafka: weir-broker (its own process) keeps the topic while
// weir-run, reading it with source.kafka, is SIGKILLed at random moments and started
// again on its checkpoint. The final SQLite table, dead letters and late records must
// equal those of a run that was never interrupted.
#include "../cli/runoutputs.h"
#include "../cli/weirrunprocess.h"
#include "brokerprocess.h"

#include "generatorsource.h"
#include "pipelinefile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace weir;

namespace {

constexpr int64_t kEvents = 40000;

// "user_id:json" lines of generated user_events (malformed ones included), for kcat -K:.
QByteArray generatedEvents()
{
    auto source = makeGeneratorSource("gen", {{"seed", 11}, {"count", kEvents}, {"rate", 0},
                                              {"start_time", "2026-01-01T00:00:00Z"},
                                              {"time_rate", 200}, {"malformed", 0.01},
                                              {"late", 0.01}});
    source->open({});
    QByteArray lines;
    for (;;) {
        RawChunk chunk;
        const ReadStatus status = source->read(chunk, 4096);
        for (size_t i = 0; i < chunk.size(); ++i) {
            const std::string_view value = chunk.value(i);
            if (value.find('\n') != std::string_view::npos)
                continue; // a line-based producer cannot carry it
            const std::string key = chunk.keys.empty() || chunk.keys[i].empty() ? "none"
                                                                                 : chunk.keys[i];
            lines += QByteArray::fromStdString(key) + ':'
                     + QByteArray(value.data(), qsizetype(value.size())) + '\n';
        }
        if (status == ReadStatus::End)
            return lines;
    }
}

// The example pipeline with its generator replaced by source.kafka on `servers`.
QString writePipeline(const QString &dir, const QString &servers, const QString &group)
{
    Pipeline p = loadPipelineFile(examplePipeline().toStdString());
    NodeSpec *events = p.node("events");
    events->type = "source.kafka";
    events->params = {{"bootstrap_servers", servers.toStdString()},
                      {"topics", Json::array({"user_events"})},
                      {"group_id", group.toStdString()},
                      {"starting_offsets", "earliest"}};
    p.settings["interval"] = "100ms";
    p.node("sink")->params["path"] = (dir + "/counts.db").toStdString();
    p.node("dead_letters")->params["path"] = (dir + "/dead.ndjson").toStdString();
    p.node("late_events")->params["path"] = (dir + "/late.ndjson").toStdString();
    const QString path = dir + "/kafka.weir.json";
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray::fromStdString(savePipeline(p)));
    return path;
}

} // namespace

class tst_KafkaKillRestart : public QObject
{
    Q_OBJECT

private slots:
    void killedRunsEndLikeAnUninterruptedOne();
};

void tst_KafkaKillRestart::killedRunsEndLikeAnUninterruptedOne()
{
    QProcess broker;
    ProcessGuard guard(broker);
    broker.start(weirBrokerPath(), {"--topic", "user_events:4"});
    const QString line = readFirstLine(broker);
    QVERIFY2(line.startsWith("bootstrap.servers="), qPrintable(line));
    const QString servers = line.mid(int(strlen("bootstrap.servers=")));
    const QByteArray input = generatedEvents();
    const qsizetype records = input.count('\n');
    const auto produced = runTool("kcat", {"-P", "-b", servers, "-t", "user_events", "-K:"}, input);
    QVERIFY2(produced.exitCode == 0, produced.err.constData());

    QTemporaryDir reference;
    const QString refPipeline = writePipeline(reference.path(), servers, "reference");
    const auto clean = runWeirRun({refPipeline, "--once", "--quiet", "--checkpoint",
                                   reference.path() + "/ck"},
                                  reference.path(), 300000);
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
    QVERIFY2(clean.err.contains(QStringLiteral(": %1 events in").arg(records)), qPrintable(clean.err));
    const QStringList expected = eventCountRows(reference.path() + "/counts.db");
    QVERIFY(expected.size() > 20);

    QTemporaryDir crashed;
    const QString pipeline = writePipeline(crashed.path(), servers, "crashed");
    const QStringList slowRun{pipeline, "--quiet", "--checkpoint", crashed.path() + "/ck",
                              "--set", "events.max_rate=15000"};
    std::mt19937 rng(4242);
    int kills = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess run;
        run.setWorkingDirectory(crashed.path());
        run.start(weirRunPath(), slowRun);
        QVERIFY(run.waitForStarted());
        // Kill once a little more (a random amount) is committed, after a random moment.
        const QString db = crashed.path() + "/counts.db";
        const int64_t target = committedBatch(db) + 1 + int64_t(rng() % 4);
        QElapsedTimer timer;
        timer.start();
        while (run.state() == QProcess::Running && committedBatch(db) < target
               && timer.elapsed() < 60000)
            run.waitForFinished(5);
        QTest::qWait(int(rng() % 120));
        if (run.state() != QProcess::Running)
            QFAIL(qPrintable("the run ended by itself: " + run.readAllStandardError()));
        run.kill(); // SIGKILL
        QVERIFY(run.waitForFinished(10000));
        ++kills;
    }
    QCOMPARE(kills, 6);
    // Finish: everything the topic holds, then close every window — as the reference did.
    const auto last = runWeirRun({pipeline, "--once", "--quiet", "--checkpoint",
                                  crashed.path() + "/ck"},
                                 crashed.path(), 300000);
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));

    QCOMPARE(eventCountRows(crashed.path() + "/counts.db"), expected);
    QCOMPARE(sortedLines(crashed.path() + "/dead.ndjson"),
             sortedLines(reference.path() + "/dead.ndjson"));
    QCOMPARE(sortedLines(crashed.path() + "/late.ndjson"),
             sortedLines(reference.path() + "/late.ndjson"));
    QVERIFY(!sortedLines(reference.path() + "/dead.ndjson").isEmpty());
}

QTEST_GUILESS_MAIN(tst_KafkaKillRestart)
#include "tst_kafkakillrestart.moc"
