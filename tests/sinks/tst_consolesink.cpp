#include "consolesink.h"

#include <QtTest>

#include <cstdio>

using namespace weir;

namespace {

Batch rows(int n)
{
    Batch b = Batch::withSchema(makeSchema({{"n", FieldType::Int}, {"name", FieldType::String}}));
    for (int i = 0; i < n; ++i) {
        b.columns[0].ints.push_back(i);
        b.columns[1].strings.push_back(b.strings().store("row" + std::to_string(i)));
    }
    b.rows = size_t(n);
    return b;
}

QString printed(std::FILE *f)
{
    std::fflush(f);
    std::rewind(f);
    QByteArray text;
    char buffer[4096];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, f))
        text.append(buffer, qsizetype(n));
    return QString::fromUtf8(text);
}

} // namespace

class tst_ConsoleSink : public QObject
{
    Q_OBJECT

private slots:
    void tablePrintsHeaderRowsAndWhatWasCutOff();
    void jsonPrintsOneObjectPerLine();
};

void tst_ConsoleSink::tablePrintsHeaderRowsAndWhatWasCutOff()
{
    std::FILE *f = std::tmpfile();
    ConsoleSink sink("show", {{"limit", 3}}, f);
    const Batch batch = rows(5);
    sink.open(batch.schema);
    sink.beginBatch(7);
    sink.write(batch);
    sink.commitBatch();
    const QString text = printed(f);
    std::fclose(f);
    QVERIFY2(text.contains("-- show, batch 7"), qPrintable(text));
    QVERIFY2(text.contains("| n | name |"), qPrintable(text));
    QVERIFY2(text.contains("| 2 | row2 |"), qPrintable(text));
    QVERIFY2(!text.contains("row3"), qPrintable(text));
    QVERIFY2(text.contains("... 2 more rows"), qPrintable(text));
    QCOMPARE(sink.rowsWritten(), uint64_t(5));
    QCOMPARE(sink.lastCommittedBatch(), int64_t(7));
}

void tst_ConsoleSink::jsonPrintsOneObjectPerLine()
{
    std::FILE *f = std::tmpfile();
    ConsoleSink sink("show", {{"format", "json"}, {"limit", 0}}, f);
    const Batch batch = rows(2);
    sink.open(batch.schema);
    sink.beginBatch(0);
    sink.write(batch);
    sink.commitBatch();
    const QString text = printed(f);
    std::fclose(f);
    QVERIFY2(text.contains("{\"n\":0,\"name\":\"row0\"}\n{\"n\":1,\"name\":\"row1\"}\n"),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_ConsoleSink)
#include "tst_consolesink.moc"
