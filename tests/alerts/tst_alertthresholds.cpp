#include "alertthresholds.h"
#include "pipelinefile.h"
#include "validator.h"

#include <QTest>

using namespace weir;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

Pipeline example()
{
    return loadPipelineFile(WEIR_SOURCE_DIR "/resources/examples/user_events_generator.weir.json");
}

std::vector<Problem> settingsProblems(const Json &alerts)
{
    Pipeline p = example();
    p.settings["alerts"] = alerts;
    std::vector<Problem> settings;
    for (const Problem &problem : validatePipeline(p)) {
        if (problem.node.empty())
            settings.push_back(problem);
    }
    return settings;
}

} // namespace

class tst_AlertThresholds : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void noAlerts();
};

void tst_AlertThresholds::valid_data()
{
    QTest::addColumn<QString>("alerts");
    QTest::addColumn<std::optional<double>>("lag");
    QTest::addColumn<std::optional<double>>("errors");
    QTest::addColumn<std::optional<double>>("latency");
    QTest::addColumn<double>("forSeconds");
    const std::optional<double> off;
    QTest::newRow("all") << R"({"lag_seconds": 30, "error_percent": 1.0, "latency_p99_ms": 2000, "for": "30s"})"
                         << std::optional(30.0) << std::optional(1.0) << std::optional(2000.0) << 30.0;
    QTest::newRow("lag only") << R"({"lag_seconds": 12.5})" << std::optional(12.5) << off << off << 0.0;
    QTest::newRow("errors, for 2 minutes") << R"({"error_percent": 0.5, "for": "2 minutes"})"
                                           << off << std::optional(0.5) << off << 120.0;
    QTest::newRow("zero thresholds") << R"({"error_percent": 0, "latency_p99_ms": 0, "for": "0s"})"
                                     << off << std::optional(0.0) << std::optional(0.0) << 0.0;
    QTest::newRow("100 percent, 1500 ms") << R"({"error_percent": 100, "for": "1500ms"})"
                                          << off << std::optional(100.0) << off << 1.5;
    QTest::newRow("empty") << "{}" << off << off << off << 0.0;
}

void tst_AlertThresholds::valid()
{
    QFETCH(QString, alerts);
    QFETCH(std::optional<double>, lag);
    QFETCH(std::optional<double>, errors);
    QFETCH(std::optional<double>, latency);
    QFETCH(double, forSeconds);
    const Json json = Json::parse(alerts.toStdString());
    const AlertThresholds t = AlertThresholds::fromSettings(Json{{"trigger", "once"}, {"alerts", json}});
    QCOMPARE(t.lagSeconds, lag);
    QCOMPARE(t.errorPercent, errors);
    QCOMPARE(t.latencyP99Ms, latency);
    QCOMPARE(t.forSeconds, forSeconds);
    QCOMPARE(t.any(), lag || errors || latency);
    // The validator knows the key: no "unknown setting" for alerts, no problem at all.
    const std::vector<Problem> problems = settingsProblems(json);
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().toString().c_str());
}

void tst_AlertThresholds::invalid_data()
{
    QTest::addColumn<QString>("alerts");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an object") << "5" << "settings.alerts" << "expected an object";
    QTest::newRow("array") << "[30]" << "settings.alerts" << "got an array";
    QTest::newRow("lag as text") << R"({"lag_seconds": "30"})" << "settings.alerts.lag_seconds"
                                 << "expected a number, got string \"30\"";
    QTest::newRow("negative lag") << R"({"lag_seconds": -1})" << "settings.alerts.lag_seconds"
                                  << "must be at least 0, got -1";
    QTest::newRow("over 100 percent") << R"({"error_percent": 150})"
                                      << "settings.alerts.error_percent"
                                      << "must be at most 100, got 150";
    QTest::newRow("latency bool") << R"({"latency_p99_ms": true})"
                                  << "settings.alerts.latency_p99_ms" << "expected a number";
    QTest::newRow("for unreadable") << R"({"lag_seconds": 1, "for": "soon"})"
                                    << "settings.alerts.for" << "cannot read duration \"soon\"";
    QTest::newRow("for number") << R"({"lag_seconds": 1, "for": 30})" << "settings.alerts.for"
                                << "expected a duration such as \"30s\", got number 30";
    QTest::newRow("typo") << R"({"lag_second": 30})" << "settings.alerts.lag_second"
                          << "unknown alert setting 'lag_second' (did you mean 'lag_seconds'?)";
}

void tst_AlertThresholds::invalid()
{
    QFETCH(QString, alerts);
    QFETCH(QString, param);
    QFETCH(QString, message);
    const Json json = Json::parse(alerts.toStdString());
    // Where the designer's problems panel and weir-run's errors come from.
    const std::vector<Problem> problems = settingsProblems(json);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(QString::fromStdString(problems[0].param), param);
    QVERIFY2(QString::fromStdString(problems[0].message).contains(message),
             problems[0].message.c_str());
    try {
        AlertThresholds::fromSettings(Json{{"alerts", json}});
        QFAIL("fromSettings took a bad alerts object");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems(), problems);
    }
}

void tst_AlertThresholds::noAlerts()
{
    const AlertThresholds t = AlertThresholds::fromSettings(example().settings);
    QVERIFY(!t.any());
    QCOMPARE(t.forSeconds, 0.0);
    QVERIFY(!AlertThresholds::fromSettings(Json::array()).any()); // not settings: no alerts
}

QTEST_GUILESS_MAIN(tst_AlertThresholds)
#include "tst_alertthresholds.moc"
