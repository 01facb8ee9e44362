#include "checkpoint.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>

using namespace weir;

namespace {

// A tiny stateful operator: a key/value map whose changes are saved incrementally.
class MapOperator : public Operator
{
public:
    SchemaPtr outputSchema(Port) const override { return nullptr; }
    void process(const Batch &, Emitter &) override {}
    bool isStateful() const override { return true; }
    void set(const std::string &k, const std::string &v)
    {
        values[k] = v;
        dirty[k] = true;
    }
    void remove(const std::string &k)
    {
        values.erase(k);
        dirty[k] = false;
    }
    void saveState(StateWriter &w) override
    {
        for (const auto &[k, present] : dirty) {
            if (present)
                w.put(k, values[k]);
            else
                w.erase(k);
        }
        dirty.clear();
    }
    void loadState(const StateReader &r) override
    {
        r.forEach([&](std::string_view k, std::string_view v) { values[std::string(k)] = v; });
    }
    std::map<std::string, std::string> values;
    std::map<std::string, bool> dirty;
};

} // namespace

class tst_Checkpoint : public QObject
{
    Q_OBJECT

private slots:
    void offsetsAndCommitsRoundTrip();
    void stateIsRestoredFromIncrementalSaves();
    void foreignFileIsRefused();
    void otherPipelineIsRefused();
    void damagedFileIsRefused();
};

void tst_Checkpoint::offsetsAndCommitsRoundTrip()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("ck").toStdString();
    {
        Checkpoint ck(path, "p", "f1");
        QCOMPARE(ck.lastCommittedBatch(), int64_t(-1));
        ck.writeOffsets({0, {{"events", {{0, 0}}, {{0, 100}}}}, false});
        ck.commit(0, 1234, false, {});
        ck.writeOffsets({1, {{"events", {{0, 100}}, {{0, 250}, {1, 7}}}}, true});
    }
    Checkpoint ck(path, "p", "f1");
    QCOMPARE(ck.lastCommittedBatch(), int64_t(0));
    const auto pending = ck.offsets(1);
    QVERIFY(pending.has_value());
    QVERIFY(pending->finalBatch);
    QCOMPARE(pending->ranges.size(), size_t(1));
    QCOMPARE(pending->ranges[0].to, (Positions{{0, 250}, {1, 7}}));
    QVERIFY(!ck.offsets(2).has_value());
}

void tst_Checkpoint::stateIsRestoredFromIncrementalSaves()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("ck").toStdString();
    MapOperator op;
    {
        Checkpoint ck(path, "p", "f");
        op.set("a", "1");
        op.set("b", "2");
        ck.commit(0, 0, false, {{"win", &op}});
        op.set("a", "3");
        op.remove("b");
        op.set("c", std::string("\0x", 2)); // binary-safe
        ck.commit(1, 0, false, {{"win", &op}});
    }
    Checkpoint ck(path, "p", "f");
    MapOperator restored;
    ck.loadState("win", restored);
    QCOMPARE(restored.values, op.values);
}

void tst_Checkpoint::foreignFileIsRefused()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("notes.txt").toStdString();
    std::ofstream(path) << "these are my notes, not a checkpoint\n";
    try {
        Checkpoint ck(path, "p", "f");
        QFAIL("a text file must be refused");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find("not a Weir checkpoint") != std::string::npos, e.what());
    }
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    QCOMPARE(line, std::string("these are my notes, not a checkpoint")); // untouched
}

void tst_Checkpoint::otherPipelineIsRefused()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("ck").toStdString();
    { Checkpoint ck(path, "p", "f1"); }
    try {
        Checkpoint ck(path, "p", "f2");
        QFAIL("another pipeline's checkpoint must be refused");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find("different pipeline") != std::string::npos, e.what());
    }
}

void tst_Checkpoint::damagedFileIsRefused()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("ck").toStdString();
    {
        Checkpoint ck(path, "p", "f");
        MapOperator op;
        for (int i = 0; i < 2000; ++i)
            op.set("key" + std::to_string(i), std::string(200, 'x'));
        ck.commit(0, 0, false, {{"win", &op}});
    }
    // Scribble over the middle of the file, past the header.
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(8192);
        const std::string junk(4096, '\x5a');
        f.write(junk.data(), std::streamsize(junk.size()));
    }
    try {
        Checkpoint ck(path, "p", "f");
        QFAIL("a damaged checkpoint must be refused");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find("checkpoint") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(tst_Checkpoint)
#include "tst_checkpoint.moc"
