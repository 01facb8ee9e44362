// What weir-run serves on /metrics passes `promtool check metrics` (Debian's prometheus
// package): the exposition parses and breaks none of Prometheus' naming conventions.
#include "exposition.h"
#include "monitoredrun.h"
#include "polluntil.h"

#include <QtTest>

namespace {

struct PromtoolResult
{
    int exitCode = -1;
    QString output; // stdout and stderr: the lint problems, one a line
};

PromtoolResult promtoolCheckMetrics(const QString &exposition)
{
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start("/usr/bin/promtool", {"check", "metrics"});
    if (!promtool.waitForStarted())
        return {-1, "cannot start /usr/bin/promtool: " + promtool.errorString()};
    promtool.write(exposition.toUtf8());
    promtool.closeWriteChannel();
    if (!promtool.waitForFinished(30000))
        return {-1, "promtool timed out"};
    return {promtool.exitStatus() == QProcess::NormalExit ? promtool.exitCode() : -1,
            QString::fromUtf8(promtool.readAll())};
}

// The families weir-run exports; a new one fails the test until it is fed and listed here.
const QStringList kFamilies = {
    "pipeline_events_processed_total",
    "pipeline_dead_letter_records_total",
    "pipeline_late_records_total",
    "pipeline_records_written_total",
    "pipeline_node_records_total",
    "pipeline_processing_seconds",
    "pipeline_end_to_end_latency_seconds",
    "pipeline_checkpoint_seconds",
    "pipeline_queue_depth",
    "pipeline_queue_capacity",
    "pipeline_paused_partitions",
    "pipeline_watermark_delay_seconds",
    "pipeline_state_entries",
    "pipeline_consumer_lag",
    "pipeline_consumer_lag_seconds",
    "pipeline_sink_hot_key_share",
};

bool has(const QVector<ExposedSample> &samples, const QString &name, const QString &label = {},
         const QString &value = {}, double above = -1)
{
    for (const ExposedSample &s : samples) {
        if (s.name == name && (label.isEmpty() || s.labels.value(label) == value)
            && s.value > above)
            return true;
    }
    return false;
}

// What the run has not fed yet ("" once every family has data worth linting).
QString notYetExercised(const QString &text)
{
    const QVector<ExposedSample> s = parseExposition(text);
    const QMap<QString, QString> families = exposedFamilies(text);
    QStringList missing;
    for (const QString &f : kFamilies) {
        if (!families.contains(f))
            missing << f;
    }
    for (const QString &status : {"ok", "error", "late"}) {
        if (!has(s, "pipeline_events_processed_total", "status", status, 0))
            missing << "events with status " + status;
    }
    const QList<std::pair<QString, QString>> fed
        = {{"pipeline_dead_letter_records_total", {}},
           {"pipeline_late_records_total", {}},
           {"pipeline_records_written_total", {}},
           {"pipeline_processing_seconds_count", {}},
           {"pipeline_end_to_end_latency_seconds_count", {}},
           {"pipeline_checkpoint_seconds_count", {}},
           {"pipeline_queue_capacity", {}},
           {"pipeline_watermark_delay_seconds", {}},
           {"pipeline_state_entries", {}},
           {"pipeline_consumer_lag_seconds", "user_events"},
           {"pipeline_sink_hot_key_share", {}}};
    for (const auto &[name, topic] : fed) {
        if (!has(s, name, topic.isEmpty() ? QString() : "topic", topic, 0))
            missing << name;
    }
    if (!has(s, "pipeline_consumer_lag", "topic", "user_events"))
        missing << "pipeline_consumer_lag of topic user_events";
    return missing.join(", ");
}

} // namespace

class tst_Promtool : public QObject
{
    Q_OBJECT

private slots:
    void weirRunMetricsPassPromtool();
    void promtoolFlagsConventionBreaks_data();
    void promtoolFlagsConventionBreaks();
};

void tst_Promtool::weirRunMetricsPassPromtool()
{
    MonitoredRun run;
    QVERIFY(run.start());
    QString text;
    QVERIFY2(pollUntil([&] { return notYetExercised(text = run.scrape()).isEmpty(); }, 30000),
             qPrintable("not fed yet: " + notYetExercised(text)));
    // Every pipeline family in the exposition is one this test knows to have fed.
    for (const QString &family : exposedFamilies(text).keys()) {
        if (family.startsWith("pipeline_"))
            QVERIFY2(kFamilies.contains(family), qPrintable(family));
    }
    const QString body = text.mid(text.indexOf("\r\n\r\n") + 4); // past the HTTP header
    QVERIFY2(body.startsWith("# HELP"), qPrintable(body.left(200)));
    const PromtoolResult lint = promtoolCheckMetrics(body);
    QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
    QVERIFY2(lint.output.trimmed().isEmpty(), qPrintable(lint.output));
    QVERIFY2(run.stop(), qPrintable(run.stderrText()));
}

// The check above is only worth something if promtool does flag what it should.
void tst_Promtool::promtoolFlagsConventionBreaks_data()
{
    QTest::addColumn<QString>("exposition");
    QTest::addColumn<QString>("problem");
    QTest::newRow("counter without _total")
        << "# HELP weir_rows Rows\n# TYPE weir_rows counter\nweir_rows 1\n"
        << R"(weir_rows counter metrics should have "_total" suffix)";
    QTest::newRow("milliseconds")
        << "# HELP weir_lag_milliseconds Lag\n# TYPE weir_lag_milliseconds gauge\n"
           "weir_lag_milliseconds 1\n"
        << R"(use base unit "seconds" instead of "milliseconds")";
    QTest::newRow("no help") << "# TYPE weir_depth gauge\nweir_depth 1\n"
                             << "weir_depth no help text";
    QTest::newRow("camelCase label")
        << "# HELP weir_depth Depth\n# TYPE weir_depth gauge\nweir_depth{userId=\"1\"} 1\n"
        << "label names should be written in 'snake_case'";
}

void tst_Promtool::promtoolFlagsConventionBreaks()
{
    QFETCH(QString, exposition);
    QFETCH(QString, problem);
    const PromtoolResult lint = promtoolCheckMetrics(exposition);
    QVERIFY2(lint.exitCode != 0, qPrintable(lint.output));
    QVERIFY2(lint.output.contains(problem), qPrintable(lint.output));
}

QTEST_GUILESS_MAIN(tst_Promtool)
#include "tst_promtool.moc"
