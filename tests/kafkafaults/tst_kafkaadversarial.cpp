// Adversarial payloads from an outside client: kafka-python writes valid user_events, an
// empty value, a null key, a null value, invalid UTF-8, invalid JSON, a JSON array and a
// ~1 MB record into weir-broker; weir-run (source.kafka -> parse_json -> sink.file, the
// errors port -> dead letters) must put every valid record in `out` once and every bad one
// in the dead letters once, with its partition, offset and a reason, and exit 0.
#include "../cli/weirrunprocess.h"
#include "../kafka/brokerprocess.h"

#include "pipeline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>
#include <optional>
#include <set>

using weir::Json;

namespace {

struct Payload
{
    std::string name;
    std::optional<QByteArray> key;
    std::optional<QByteArray> value; // nullopt: a null value (tombstone)
    bool valid;
    int partition;
};

QByteArray userEvent(const std::string &id, const std::string &extra = {})
{
    Json j = {{"event_id", id}, {"user_id", "u-" + id}, {"event_type", "click"},
              {"timestamp", "2026-01-01T00:00:00Z"}};
    if (!extra.empty())
        j["properties"] = {{"blob", extra}};
    return QByteArray::fromStdString(j.dump());
}

// Reads kafka-python's JSON Lines input (name, partition, key/value hex or null) and
// prints one line per record: name partition offset.
const char *kProducerScript = R"PY(
import json, sys
from kafka import KafkaProducer
servers, topic, spec = sys.argv[1], sys.argv[2], sys.argv[3]
producer = KafkaProducer(bootstrap_servers=servers, max_request_size=4 * 1024 * 1024,
                         acks=1, retries=5, request_timeout_ms=30000)
with open(spec) as f:
    for line in f:
        item = json.loads(line)
        key = None if item["key"] is None else bytes.fromhex(item["key"])
        value = None if item["value"] is None else bytes.fromhex(item["value"])
        meta = producer.send(topic, key=key, value=value,
                             partition=item["partition"]).get(timeout=60)
        print(item["name"], meta.partition, meta.offset, flush=True)
producer.flush()
producer.close()
)PY";

} // namespace

class tst_KafkaAdversarial : public QObject
{
    Q_OBJECT

private slots:
    void badPayloadsGoToDeadLettersOnce();
};

void tst_KafkaAdversarial::badPayloadsGoToDeadLettersOnce()
{
    QProcess broker;
    ProcessGuard guard(broker);
    broker.start(weirBrokerPath(), {"--topic", "events:2"});
    const QString line = readFirstLine(broker);
    QVERIFY2(line.startsWith("bootstrap.servers="), qPrintable(line));
    const QString servers = line.mid(int(strlen("bootstrap.servers=")));

    std::vector<Payload> payloads;
    for (int i = 0; i < 20; ++i)
        payloads.push_back({"valid" + std::to_string(i), QByteArray("k") + QByteArray::number(i),
                            userEvent("valid" + std::to_string(i)), true, i % 2});
    payloads.push_back({"nullkey", std::nullopt, userEvent("nullkey"), true, 0});
    payloads.push_back({"big", QByteArray("big"),
                        userEvent("big", std::string(1000 * 1000, 'x')), true, 1});
    payloads.push_back({"empty", QByteArray("e"), QByteArray(""), false, 0});
    payloads.push_back({"nullvalue", QByteArray("n"), std::nullopt, false, 1});
    payloads.push_back({"badutf8", QByteArray("u"),
                        QByteArray("{\"event_id\":\"\xff\xfe\xc3\",\"user_id\":\"x\","
                                   "\"event_type\":\"click\",\"timestamp\":"
                                   "\"2026-01-01T00:00:00Z\"}"),
                        false, 0});
    payloads.push_back({"badjson", QByteArray("j"), QByteArray("{\"event_id\": \"x\", "), false, 1});
    payloads.push_back({"array", QByteArray("a"), QByteArray("[1,2,3]"), false, 0});
    payloads.push_back({"valid_tail", QByteArray("t"), userEvent("valid_tail"), true, 1});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        std::ofstream spec((dir.path() + "/spec.jsonl").toStdString());
        for (const Payload &p : payloads) {
            Json j = {{"name", p.name}, {"partition", p.partition}};
            j["key"] = p.key ? Json(p.key->toHex().toStdString()) : Json(nullptr);
            j["value"] = p.value ? Json(p.value->toHex().toStdString()) : Json(nullptr);
            spec << j.dump() << '\n';
        }
        std::ofstream script((dir.path() + "/produce.py").toStdString());
        script << kProducerScript;
    }
    const auto produced = runTool("/usr/bin/python3",
                                  {dir.path() + "/produce.py", servers, "events",
                                   dir.path() + "/spec.jsonl"},
                                  {}, 120000);
    QVERIFY2(produced.exitCode == 0, produced.err.constData());
    std::map<std::string, std::pair<int64_t, int64_t>> placed; // name -> partition, offset
    for (const QByteArray &l : produced.out.split('\n')) {
        const QList<QByteArray> parts = l.trimmed().split(' ');
        if (parts.size() == 3)
            placed[parts[0].toStdString()] = {parts[1].toLongLong(), parts[2].toLongLong()};
    }
    QCOMPARE(placed.size(), payloads.size());

    Json pipeline = {
        {"format", "weir-pipeline"},
        {"version", 1},
        {"name", "adversarial"},
        {"settings", {{"trigger", "processing_time"}, {"interval", "100ms"}}},
        {"nodes",
         Json::array(
             {{{"id", "events"},
               {"type", "source.kafka"},
               {"params",
                {{"bootstrap_servers", servers.toStdString()},
                 {"topics", Json::array({"events"})},
                 {"starting_offsets", "earliest"}}}},
              {{"id", "parse"},
               {"type", "transform.parse_json"},
               {"params",
                {{"schema",
                  Json::array({{{"name", "event_id"}, {"type", "string"}},
                               {{"name", "user_id"}, {"type", "string"}},
                               {{"name", "event_type"}, {"type", "string"}},
                               {{"name", "timestamp"}, {"type", "timestamp"}},
                               {{"name", "properties"},
                                {"type", "map<string,string>"},
                                {"required", false},
                                {"default", Json::object()}}})}}}},
              {{"id", "out"},
               {"type", "sink.file"},
               {"params", {{"path", (dir.path() + "/out.ndjson").toStdString()}}}},
              {{"id", "dead_letters"},
               {"type", "sink.file"},
               {"params", {{"path", (dir.path() + "/dead.ndjson").toStdString()}}}}})},
        {"edges",
         Json::array({{{"from", "events"}, {"port", "out"}, {"to", "parse"}},
                      {{"from", "parse"}, {"port", "out"}, {"to", "out"}},
                      {{"from", "parse"}, {"port", "errors"}, {"to", "dead_letters"}}})}};
    const QString pipelinePath = dir.path() + "/adversarial.weir.json";
    {
        std::ofstream f(pipelinePath.toStdString());
        f << pipeline.dump(2);
    }
    const auto run = runWeirRun({pipelinePath, "--once", "--quiet", "--checkpoint",
                                 dir.path() + "/ck"},
                                dir.path(), 120000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Every valid record exactly once in `out`.
    std::map<std::string, int> outSeen;
    {
        std::ifstream in((dir.path() + "/out.ndjson").toStdString());
        for (std::string l; std::getline(in, l);) {
            Json row;
            try {
                row = Json::parse(l);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("out.ndjson has a line that is not JSON: %1")
                                     .arg(e.what())));
            }
            ++outSeen[row.at("event_id").get<std::string>()];
            if (row.at("event_id") == "big")
                QCOMPARE(row.at("properties").at("blob").get<std::string>().size(),
                         size_t(1000 * 1000));
        }
    }
    size_t validCount = 0;
    for (const Payload &p : payloads) {
        if (!p.valid)
            continue;
        ++validCount;
        const std::string id = p.name;
        QVERIFY2(outSeen[id] == 1, (id + " appears " + std::to_string(outSeen[id])
                                    + " times in out.ndjson").c_str());
    }
    QCOMPARE(outSeen.size(), validCount);

    // Every bad record exactly once in the dead letters, with its partition and offset.
    std::map<std::pair<int64_t, int64_t>, Json> dead;
    int deadLines = 0;
    {
        std::ifstream in((dir.path() + "/dead.ndjson").toStdString());
        for (std::string l; std::getline(in, l);) {
            ++deadLines;
            Json row;
            try {
                row = Json::parse(l);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("dead.ndjson line %1 is not valid JSON (%2): %3")
                                     .arg(deadLines)
                                     .arg(e.what())
                                     .arg(QString::fromStdString(l).left(200))));
            }
            QVERIFY2(row.contains("partition") && row["partition"].is_number_integer(),
                     l.c_str());
            QVERIFY2(row.contains("offset") && row["offset"].is_number_integer(), l.c_str());
            const auto at = std::make_pair(row["partition"].get<int64_t>(),
                                           row["offset"].get<int64_t>());
            QVERIFY2(!dead.count(at), ("two dead letters for one record: " + l).c_str());
            dead[at] = row;
        }
    }
    size_t badCount = 0;
    for (const Payload &p : payloads) {
        if (p.valid)
            continue;
        ++badCount;
        const auto at = placed.at(p.name);
        QVERIFY2(dead.count(at), (p.name + " (partition " + std::to_string(at.first)
                                  + ", offset " + std::to_string(at.second)
                                  + ") has no dead letter")
                                     .c_str());
        const Json &row = dead[at];
        QVERIFY2(row.contains("reason") && row["reason"].is_string()
                     && !row["reason"].get<std::string>().empty(),
                 (p.name + ": " + row.dump()).c_str());
        qInfo("%s -> %s", p.name.c_str(), row["reason"].get<std::string>().c_str());
    }
    QCOMPARE(dead.size(), badCount);
}

QTEST_GUILESS_MAIN(tst_KafkaAdversarial)
#include "tst_kafkaadversarial.moc"
