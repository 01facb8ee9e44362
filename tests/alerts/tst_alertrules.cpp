#include "alertrules.h"
#include "pipelinefile.h"

#include "../cli/weirrunprocess.h"
#include "../kafka/brokerprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace weir;

namespace {

// 41 points, 15 s apart: 0 .. 10 minutes.
constexpr int kPoints = 41;
constexpr double kStep = 15;
const std::vector<double> kBuckets = {.001, .005, .01, .05, .1, .5, 1, 2.5, 5, 10, 30, 60, INFINITY};

std::string q(const std::string &text)
{
    return Json(text).dump(); // a JSON string is a YAML double-quoted scalar
}

std::string seriesName(const std::string &metric, const std::string &pipeline,
                       const std::string &labels = {})
{
    std::string escaped;
    for (char c : pipeline) {
        if (c == '"' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return metric + "{pipeline=\"" + escaped + "\"" + (labels.empty() ? "" : "," + labels) + "}";
}

std::string number(double v)
{
    return QString::number(v, 'g', 15).toStdString();
}

std::string values(const std::function<double(int)> &at)
{
    std::string text;
    for (int i = 0; i < kPoints; ++i)
        text += (i ? " " : "") + number(at(i));
    return text;
}

// Prometheus' humanize for values from 1 to 1000: "%.4g".
std::string humanize(double v)
{
    return QString::asprintf("%.4g", v).toStdString();
}

// Consumer lag in seconds of partition 0: 10, a 30 s spike to 45 at 1m (shorter than
// `for`), exactly the threshold 30 from 2m to 4m, then 45 from 5m on.
double lagAt(int i)
{
    const double t = i * kStep;
    if (t >= 60 && t < 90)
        return 45;
    if (t >= 120 && t < 240)
        return 30;
    return t >= 300 ? 45 : 10;
}

// Counters per 15 s step: 0.5 % errors up to 5m, 2 % after.
double errorsAt(int i)
{
    return i <= 20 ? i * 1.0 : 20 + (i - 20) * 4.0;
}
double okAt(int i)
{
    return i <= 20 ? i * 199.0 : 20 * 199.0 + (i - 20) * 196.0;
}

// 100 latencies a step, all in (0.05, 0.1] s up to 5m, then all in (2.5, 5] s.
double bucketAt(int i, double le)
{
    const int before = std::min(i, 20), after = std::max(0, i - 20);
    return (le >= 0.1 ? 100.0 * before : 0) + (le >= 5 ? 100.0 * after : 0);
}

// histogram_quantile as Prometheus documents it: find the bucket holding rank q * count,
// interpolate linearly inside it (the lowest bucket starts at 0).
double quantile(double q, const std::vector<std::pair<double, double>> &cumulative)
{
    const double rank = q * cumulative.back().second;
    double lower = 0, below = 0;
    for (const auto &[le, count] : cumulative) {
        if (count >= rank)
            return lower + (le - lower) * (rank - below) / (count - below);
        lower = le;
        below = count;
    }
    return NAN;
}

} // namespace

class tst_AlertRules : public QObject
{
    Q_OBJECT

private slots:
    void promtoolChecksAndTests_data();
    void promtoolChecksAndTests();
    void weirRunWritesRules();
    void weirRunErrors();

private:
    QTemporaryDir m_dir;
};

void tst_AlertRules::promtoolChecksAndTests_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "orders";
    QTest::newRow("quotes and backslash") << "orders \"eu\" \\ 2";
}

void tst_AlertRules::promtoolChecksAndTests()
{
    QFETCH(QString, name);
    Pipeline pipeline;
    pipeline.name = name.toStdString();
    AlertThresholds t;
    t.lagSeconds = 30;
    t.errorPercent = 1;
    t.latencyP99Ms = 2000;
    t.forSeconds = 60;
    const QString rules = m_dir.filePath("rules.yml");
    {
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(prometheusAlertRules(pipeline, t)));
    }
    const ToolResult check = runTool("promtool", {"check", "rules", rules});
    QVERIFY2(check.exitCode == 0, check.out + check.err);
    QVERIFY2(check.out.contains("SUCCESS: 3 rules found"), check.out);

    const std::string p = pipeline.name;
    std::string series;
    auto add = [&series](const std::string &name, const std::string &vals) {
        series += "      - series: " + q(name) + "\n        values: " + q(vals) + "\n";
    };
    add(seriesName("pipeline_consumer_lag_seconds", p, "topic=\"t\",partition=\"0\""), values(lagAt));
    add(seriesName("pipeline_consumer_lag_seconds", p, "topic=\"t\",partition=\"1\""),
        values([](int) { return 5; }));
    add(seriesName("pipeline_events_processed_total", p, "status=\"ok\""), values(okAt));
    add(seriesName("pipeline_events_processed_total", p, "status=\"error\""), values(errorsAt));
    add(seriesName("pipeline_events_processed_total", p, "status=\"late\""),
        values([](int) { return 0; }));
    for (double le : kBuckets)
        add(seriesName("pipeline_end_to_end_latency_seconds_bucket", p,
                       "le=\"" + (std::isinf(le) ? std::string("+Inf") : number(le)) + "\""),
            values([le](int i) { return bucketAt(i, le); }));
    // Another pipeline far over every threshold: the rules must not see it.
    const std::string other = p + "-other";
    add(seriesName("pipeline_consumer_lag_seconds", other, "topic=\"t\",partition=\"0\""),
        values([](int) { return 1000; }));
    add(seriesName("pipeline_events_processed_total", other, "status=\"error\""),
        values([](int i) { return i * 100.0; }));

    // The expected values at 10m, from the inputs: lag 45; errors in the last minute
    // 16 of 16 + 4 x 196; p99 from the buckets' increase over the last minute.
    const double errorPercent = 100.0 * (errorsAt(40) - errorsAt(36))
                                / (errorsAt(40) - errorsAt(36) + okAt(40) - okAt(36));
    std::vector<std::pair<double, double>> increase;
    for (double le : kBuckets)
        increase.emplace_back(le, bucketAt(40, le) - bucketAt(36, le));
    const double p99 = quantile(0.99, increase);
    QCOMPARE(errorPercent, 2.0);
    QVERIFY(p99 > 2.5 && p99 < 5);

    auto alert = [&](const std::string &summary,
                     const std::string &description) {
        return "          - exp_labels:\n              severity: warning\n              pipeline: "
               + q(p) + "\n            exp_annotations:\n              summary: " + q(summary)
               + "\n              description: " + q(description) + "\n";
    };
    const std::string lagFiring = alert(
        "Consumer lag above 30 s on pipeline " + p,
        "The oldest unconsumed Kafka record of pipeline " + p + " is " + humanize(45)
            + " s old (threshold 30 s).");
    const std::string errorFiring = alert(
        "Error rate above 1 % on pipeline " + p,
        humanize(errorPercent) + " % of the records pipeline " + p
            + " read went to an errors port (threshold 1 %).");
    const std::string latencyFiring = alert(
        "p99 latency above 2000 ms on pipeline " + p,
        "The end-to-end p99 latency of pipeline " + p + " is " + humanize(p99)
            + " s (threshold 2000 ms).");
    std::string expectations;
    auto expect = [&](const char *at, const char *alertName, const std::string &alerts) {
        expectations += std::string("      - eval_time: ") + at + "\n        alertname: "
                        + alertName + "\n        exp_alerts:" + (alerts.empty() ? " []\n" : "\n" + alerts);
    };
    for (const char *name : {"WeirConsumerLagHigh", "WeirErrorRateHigh", "WeirLatencyP99High"}) {
        expect("1m15s", name, {}); // lag spiked above 30 at 1m: pending, not for 1m yet
        expect("3m", name, {});    // lag exactly 30; 0.5 % errors; p99 0.1 s
        expect("5m45s", name, {}); // all above since 5m to 5m30: pending
    }
    expect("7m", "WeirConsumerLagHigh", lagFiring);
    expect("10m", "WeirConsumerLagHigh", lagFiring);
    expect("10m", "WeirErrorRateHigh", errorFiring);
    expect("10m", "WeirLatencyP99High", latencyFiring);

    const QString unitFile = m_dir.filePath("rules_test.yml");
    {
        QFile f(unitFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString("rule_files:\n  - rules.yml\nevaluation_interval: 15s\n"
                                          "tests:\n  - interval: 15s\n    input_series:\n" + series
                                          + "    alert_rule_test:\n" + expectations));
    }
    const ToolResult test = runTool("promtool", {"test", "rules", unitFile});
    QVERIFY2(test.exitCode == 0, test.out + test.err + "\n" + QByteArray::fromStdString(series + expectations));
    QVERIFY2(test.out.contains("SUCCESS"), test.out);
}

void tst_AlertRules::weirRunWritesRules()
{
    Pipeline pipeline = loadPipelineFile(examplePipeline().toStdString());
    pipeline.settings["alerts"] = Json{{"lag_seconds", 30}, {"latency_p99_ms", 1500}, {"for", "2 minutes"}};
    const QString pipelinePath = m_dir.filePath("alerting.weir.json");
    {
        QFile f(pipelinePath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(savePipeline(pipeline)));
    }
    const QString out = m_dir.filePath("weir-run-rules.yml");
    const WeirRunResult run = runWeirRun({pipelinePath, "--alert-rules", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const std::string text = f.readAll().toStdString();
    QCOMPARE(text, prometheusAlertRules(loadPipelineFile(pipelinePath.toStdString()),
                                        AlertThresholds::fromSettings(pipeline.settings)));
    QVERIFY(text.find("for: 120s") != std::string::npos);
    QVERIFY(text.find("> 1.5\"") != std::string::npos); // 1500 ms in seconds
    QVERIFY(text.find("WeirErrorRateHigh") == std::string::npos); // not set: no rule
    const ToolResult check = runTool("promtool", {"check", "rules", out});
    QVERIFY2(check.exitCode == 0, check.out + check.err);
    QVERIFY2(check.out.contains("SUCCESS: 2 rules found"), check.out);
    QVERIFY(runWeirRun({"--help"}).out.contains("--alert-rules FILE"));
}

void tst_AlertRules::weirRunErrors()
{
    const QString out = m_dir.filePath("none.yml");
    const WeirRunResult none = runWeirRun({examplePipeline(), "--alert-rules", out});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("has no alerts"), qPrintable(none.err));
    QVERIFY(!QFile::exists(out));

    Pipeline pipeline = loadPipelineFile(examplePipeline().toStdString());
    pipeline.settings["alerts"] = Json{{"lag_seconds", 30}, {"for", "soon"}};
    const QString bad = m_dir.filePath("bad.weir.json");
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(savePipeline(pipeline)));
    }
    const WeirRunResult invalid = runWeirRun({bad, "--alert-rules", out});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains("settings.alerts.for"), qPrintable(invalid.err));

    pipeline.settings["alerts"] = Json{{"error_percent", 5}};
    const QString good = m_dir.filePath("good.weir.json");
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(savePipeline(pipeline)));
    }
    const QString blocked = m_dir.filePath("good.weir.json/rules.yml"); // a file as folder
    const WeirRunResult unwritable = runWeirRun({good, "--alert-rules", blocked});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains("cannot write the alert rules to '" + blocked + "'"),
             qPrintable(unwritable.err));
}

QTEST_GUILESS_MAIN(tst_AlertRules)
#include "tst_alertrules.moc"
