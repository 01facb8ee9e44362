// resources/grafana/weir-dashboard.json: a Grafana dashboard whose every query a real
// Prometheus server, scraping a running weir-run, accepts and answers with data.
#include "exposition.h"
#include "monitoredrun.h"
#include "polluntil.h"
#include "prometheusserver.h"

#include <QRect>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

QString dashboardPath()
{
    return QStringLiteral(WEIR_SOURCE_DIR "/resources/grafana/weir-dashboard.json");
}

QJsonObject loadDashboard(QString &error)
{
    QFile file(dashboardPath());
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    error = parse.error == QJsonParseError::NoError ? QString() : parse.errorString();
    return doc.object();
}

// A dashboard query as Prometheus gets it with "All" selected in every variable.
QString substituteVariables(QString expr)
{
    static const QRegularExpression variable(R"(\$\{?(pipeline|instance)\}?)");
    return expr.replace(variable, ".*");
}

struct Target
{
    QString panel;
    QString expr; // variables substituted
    QString legend;
};

QVector<Target> dashboardTargets(const QJsonObject &dashboard)
{
    QVector<Target> targets;
    for (const QJsonValue &p : dashboard["panels"].toArray()) {
        for (const QJsonValue &t : p["targets"].toArray())
            targets.append({p["title"].toString(), substituteVariables(t["expr"].toString()),
                            t["legendFormat"].toString()});
    }
    return targets;
}

QJsonObject variable(const QJsonObject &dashboard, const QString &name)
{
    for (const QJsonValue &v : dashboard["templating"]["list"].toArray()) {
        if (v["name"].toString() == name)
            return v.toObject();
    }
    return {};
}

// The targets that Prometheus has no data for yet, with their answers ("" once none).
QString withoutData(const PrometheusServer &prometheus, const QVector<Target> &targets)
{
    QStringList missing;
    for (const Target &t : targets) {
        if (prometheus.results(t.expr).isEmpty())
            missing << t.panel + ": " + t.expr;
    }
    return missing.join('\n');
}

} // namespace

class tst_GrafanaDashboard : public QObject
{
    Q_OBJECT

private slots:
    void everyPanelHasTitleUnitAndQueries();
    void variablesAreThoseOfAPrometheusDashboard();
    void queriesRunOnARealPrometheus();
};

void tst_GrafanaDashboard::everyPanelHasTitleUnitAndQueries()
{
    QString error;
    const QJsonObject dashboard = loadDashboard(error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(dashboard["schemaVersion"].toInt() >= 36);
    QVERIFY(!dashboard["title"].toString().isEmpty());
    const QJsonArray panels = dashboard["panels"].toArray();
    QVERIFY(panels.size() >= 10);
    const QSet<QString> units {"ops", "s", "percent", "percentunit", "short"};
    QSet<int> ids;
    QVector<QRect> areas;
    for (const QJsonValue &p : panels) {
        const QString title = p["title"].toString();
        QVERIFY2(!title.isEmpty(), "a panel without a title");
        QVERIFY2(!ids.contains(p["id"].toInt()), qPrintable(title));
        ids.insert(p["id"].toInt());
        QCOMPARE(p["type"].toString(), QString("timeseries"));
        QVERIFY2(units.contains(p["fieldConfig"]["defaults"]["unit"].toString()),
                 qPrintable(title));
        QCOMPARE(p["datasource"]["uid"].toString(), QString("${datasource}"));
        const QJsonArray targets = p["targets"].toArray();
        QVERIFY2(!targets.isEmpty(), qPrintable(title));
        for (const QJsonValue &t : targets) {
            QVERIFY2(!t["expr"].toString().isEmpty(), qPrintable(title));
            QCOMPARE(t["datasource"]["uid"].toString(), QString("${datasource}"));
        }
        // Panels sit side by side on Grafana's 24-column grid without overlapping.
        const QJsonObject g = p["gridPos"].toObject();
        const QRect area(g["x"].toInt(), g["y"].toInt(), g["w"].toInt(), g["h"].toInt());
        QVERIFY2(area.width() > 0 && area.height() > 0 && area.right() < 24, qPrintable(title));
        for (const QRect &other : std::as_const(areas))
            QVERIFY2(!area.intersects(other), qPrintable(title));
        areas.append(area);
    }
}

void tst_GrafanaDashboard::variablesAreThoseOfAPrometheusDashboard()
{
    QString error;
    const QJsonObject dashboard = loadDashboard(error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject datasource = variable(dashboard, "datasource");
    QCOMPARE(datasource["type"].toString(), QString("datasource"));
    QCOMPARE(datasource["query"].toString(), QString("prometheus"));
    const QJsonObject pipeline = variable(dashboard, "pipeline");
    QCOMPARE(pipeline["type"].toString(), QString("query"));
    QCOMPARE(pipeline["query"]["query"].toString(),
             QString("label_values(pipeline_events_processed_total, pipeline)"));
    const QJsonObject instance = variable(dashboard, "instance");
    QCOMPARE(instance["type"].toString(), QString("query"));
    QVERIFY(instance["query"]["query"].toString().startsWith(
        "label_values(pipeline_events_processed_total{pipeline=~\"$pipeline\"}, instance)"));
    // "All" must be a regex every query's =~ accepts.
    for (const QJsonObject &v : {pipeline, instance}) {
        QVERIFY(v["includeAll"].toBool() && v["multi"].toBool());
        QCOMPARE(v["allValue"].toString(), QString(".*"));
    }
}

void tst_GrafanaDashboard::queriesRunOnARealPrometheus()
{
    QString error;
    const QJsonObject dashboard = loadDashboard(error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QVector<Target> targets = dashboardTargets(dashboard);
    QVERIFY(!targets.isEmpty());

    MonitoredRun run;
    QVERIFY(run.start());
    PrometheusServer prometheus;
    QVERIFY2(prometheus.start(run.address(), error), qPrintable(error));

    // Every metric a query names is one weir-run exports.
    QString text;
    QVERIFY(pollUntil(
        [&] { return (text = run.scrape()).contains("pipeline_sink_hot_key_share{"); }, 30000));
    QSet<QString> exported;
    for (const ExposedSample &s : parseExposition(text))
        exported.insert(s.name);
    static const QRegularExpression metricName(R"(\bpipeline_[a-z_]+\b)");
    for (const Target &t : targets) {
        for (const auto &m : metricName.globalMatch(t.expr)) {
            QVERIFY2(exported.contains(m.captured()), qPrintable(m.captured() + " in " + t.panel));
        }
    }

    // Prometheus accepts every query (a syntax or type error is status "error")...
    for (const Target &t : targets) {
        const QJsonObject answer = prometheus.query(t.expr);
        QVERIFY2(answer["status"].toString() == "success",
                 qPrintable(t.panel + ": " + t.expr + "\n" + answer["error"].toString()));
    }
    // ...and answers each with data once it has scraped a few times (rate() needs two).
    QVERIFY2(pollUntil([&] { return withoutData(prometheus, targets).isEmpty(); }, 30000),
             qPrintable("no data yet:\n" + withoutData(prometheus, targets)));

    // Every {{label}} a legend shows is a label of every series its query returns.
    static const QRegularExpression legendLabel(R"(\{\{\s*(\w+)\s*\}\})");
    for (const Target &t : targets) {
        const QJsonArray series = prometheus.results(t.expr);
        for (const auto &m : legendLabel.globalMatch(t.legend)) {
            for (const QJsonValue &s : series) {
                QVERIFY2(s["metric"].toObject().contains(m.captured(1)),
                         qPrintable(t.panel + ": " + t.legend + " / " + t.expr));
            }
        }
    }
    // The variables' label_values() list the running pipeline and its worker.
    QCOMPARE(prometheus.labelValues("pipeline", "pipeline_events_processed_total"),
             QStringList {run.pipelineName()});
    QCOMPARE(prometheus.labelValues("instance",
                                    R"(pipeline_events_processed_total{pipeline=~"monitored"})"),
             QStringList {run.address()});

    prometheus.stop();
    QVERIFY2(run.stop(), qPrintable(run.stderrText()));
}

QTEST_GUILESS_MAIN(tst_GrafanaDashboard)
#include "tst_grafanadashboard.moc"
