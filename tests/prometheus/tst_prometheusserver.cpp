// A real Prometheus server scrapes a running weir-run and answers for its metrics through
// the HTTP query API, with the labels weir-run exported plus its own job and instance.
#include "exposition.h"
#include "monitoredrun.h"
#include "polluntil.h"
#include "prometheusserver.h"

#include <QtTest>

class tst_PrometheusServer : public QObject
{
    Q_OBJECT

private slots:
    void scrapesWeirRunAndAnswersQueries();
};

void tst_PrometheusServer::scrapesWeirRunAndAnswersQueries()
{
    MonitoredRun run;
    QVERIFY(run.start());
    PrometheusServer prometheus;
    QString error;
    QVERIFY2(prometheus.start(run.address(), error), qPrintable(error));

    const QString expr = R"(pipeline_events_processed_total{status="ok"})";
    QJsonArray result;
    auto firstValue = [](const QJsonArray &r) {
        return r.isEmpty() ? -1.0 : r[0].toObject()["value"].toArray()[1].toString().toDouble();
    };
    QVERIFY2(pollUntil([&] { return firstValue(result = prometheus.results(expr)) > 0; }, 20000),
             qPrintable(prometheus.log()));
    QCOMPARE(result.size(), 1);
    const QJsonObject sample = result[0].toObject();
    const double stored = sample["value"].toArray()[1].toString().toDouble();

    // Counters only grow: what Prometheus stored is at most what weir-run says now.
    const QString text = run.scrape();
    double exported = -1;
    QMap<QString, QString> exportedLabels;
    for (const ExposedSample &s : parseExposition(text)) {
        if (s.name == "pipeline_events_processed_total" && s.labels.value("status") == "ok") {
            exported = s.value;
            exportedLabels = s.labels;
        }
    }
    QVERIFY2(exported > 0, qPrintable(text));
    QVERIFY2(stored > 0 && stored <= exported,
             qPrintable(QString("stored %1, exported %2").arg(stored).arg(exported)));

    // The series' labels: weir-run's own, plus the job and instance Prometheus adds.
    QMap<QString, QString> expected = exportedLabels;
    expected.insert("__name__", "pipeline_events_processed_total");
    expected.insert("job", PrometheusServer::kJob);
    expected.insert("instance", run.address());
    QMap<QString, QString> storedLabels;
    const QJsonObject metric = sample["metric"].toObject();
    for (auto it = metric.begin(); it != metric.end(); ++it)
        storedLabels.insert(it.key(), it.value().toString());
    QCOMPARE(storedLabels, expected);
    QCOMPARE(exportedLabels.value("pipeline"), run.pipelineName());

    // Every status series arrived, and the target is healthy.
    QVERIFY(pollUntil(
        [&] { return prometheus.results("pipeline_events_processed_total").size() == 3; }, 10000));
    const QJsonArray up
        = prometheus.results(QString(R"(up{job="%1"})").arg(PrometheusServer::kJob));
    QCOMPARE(up.size(), 1);
    QCOMPARE(up[0].toObject()["value"].toArray()[1].toString(), QString("1"));

    prometheus.stop();
    QCOMPARE(prometheus.exitStatus(), QProcess::NormalExit);
    QCOMPARE(prometheus.exitCode(), 0);
    QVERIFY2(run.stop(), qPrintable(run.stderrText()));
}

QTEST_GUILESS_MAIN(tst_PrometheusServer)
#include "tst_prometheusserver.moc"
