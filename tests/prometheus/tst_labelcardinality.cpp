// Label values of weir-run's metrics come from the pipeline's configuration only (names of
// the pipeline, nodes, topics, partitions, ranks, buckets), never from record data: over a
// run with thousands of distinct user ids the set of label values stays bounded and holds
// none of them.
#include "exposition.h"
#include "monitoredrun.h"
#include "polluntil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

namespace {

// The pipeline file's own names: node ids and topics.
QSet<QString> configuredNames()
{
    QFile file(MonitoredRun::pipelinePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject pipeline = QJsonDocument::fromJson(file.readAll()).object();
    QSet<QString> names {pipeline.value("name").toString()};
    for (const QJsonValue &node : pipeline.value("nodes").toArray()) {
        names.insert(node.toObject().value("id").toString());
        const QJsonObject params = node.toObject().value("params").toObject();
        for (const QJsonValue &topic : params.value("topics").toArray())
            names.insert(topic.toString());
        if (params.contains("topic"))
            names.insert(params.value("topic").toString());
    }
    return names;
}

// The high-cardinality values of the records the generator made: keys, user and event ids.
QSet<QString> recordValues(const QString &ndjson)
{
    QFile file(ndjson);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> values;
    while (!file.atEnd()) {
        const QJsonObject record = QJsonDocument::fromJson(file.readLine()).object();
        values.insert(record.value("key").toString());
        const QJsonObject event
            = QJsonDocument::fromJson(record.value("value").toString().toUtf8()).object();
        values.insert(event.value("user_id").toString()); // malformed lines give ""
        values.insert(event.value("event_id").toString());
    }
    values.remove(QString());
    return values;
}

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok || text == "+Inf";
}

} // namespace

class tst_LabelCardinality : public QObject
{
    Q_OBJECT

private slots:
    void labelValuesComeFromTheConfigurationOnly();
};

void tst_LabelCardinality::labelValuesComeFromTheConfigurationOnly()
{
    MonitoredRun run;
    QVERIFY(run.start());
    // Scrape while the generator makes new user ids, until the hot-key ranks are filled.
    QMap<QString, QSet<QString>> seen; // label name -> values
    int scrapes = 0;
    const bool ranksFilled = pollUntil(
        [&] {
            for (const ExposedSample &s : parseExposition(run.scrape())) {
                for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                    seen[it.key()].insert(it.value());
            }
            return ++scrapes >= 10 && seen.value("rank").size() >= 10;
        },
        30000, 250);
    QVERIFY2(ranksFilled, qPrintable(QStringList(seen.value("rank").values()).join(' ')));
    QVERIFY2(run.stop(), qPrintable(run.stderrText()));

    const QSet<QString> records = recordValues(run.filePath("all_events.ndjson"));
    // Many distinct keys went through, so a key-valued label would show.
    QVERIFY2(records.size() > 2000, qPrintable(QString::number(records.size())));

    const QSet<QString> names = configuredNames();
    const QMap<QString, QSet<QString>> allowed = {
        {"pipeline", {run.pipelineName()}},
        {"status", {"ok", "error", "late"}},
        {"port", {"out", "errors", "late"}},
        {"node", names},
        {"topic", names},
    };
    QSet<QString> all;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const QString &label = it.key();
        for (const QString &value : it.value()) {
            all.insert(value);
            const QString what = label + "=\"" + value + "\"";
            QVERIFY2(!records.contains(value), qPrintable("record value as a label: " + what));
            if (allowed.contains(label)) {
                QVERIFY2(allowed[label].contains(value), qPrintable(what));
            } else if (label == "rank") {
                const int rank = value.toInt();
                QVERIFY2(rank >= 1 && rank <= 10 && QString::number(rank) == value,
                         qPrintable(what));
            } else if (label == "partition") {
                QVERIFY2(value.toInt() >= 0 && value.toInt() < 64, qPrintable(what));
            } else {
                QVERIFY2(label == "le" || label == "quantile", qPrintable(what));
                QVERIFY2(isNumber(value), qPrintable(what));
            }
        }
    }
    QCOMPARE(seen.value("rank").size(), 10); // and no more
    QVERIFY2(all.size() < 100, qPrintable(QStringList(all.values()).join(' ')));
}

QTEST_GUILESS_MAIN(tst_LabelCardinality)
#include "tst_labelcardinality.moc"
