#include "collectingemitter.h"
#include "expressioncases.h"
#include "filteroperator.h"
#include "problem.h"

#include <QtTest>

using namespace weir;
using namespace weir::testing;

// transform.filter: the rows it keeps are exactly those its condition's oracle says
// are true, in order and with their origins; all-match batches pass through.
class tst_Filter : public QObject
{
    Q_OBJECT

private slots:
    void selectsMatchingRows_data();
    void selectsMatchingRows();
    void passesThroughAndDrops();
    void rejectsBadParameters_data();
    void rejectsBadParameters();
};

void tst_Filter::selectsMatchingRows_data()
{
    QTest::addColumn<int>("index");
    const auto &cases = validCases();
    for (size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].text) << int(i);
}

// The operator keeps exactly the rows the oracle says are true, in order, with origins.
void tst_Filter::selectsMatchingRows()
{
    QFETCH(int, index);
    const ValidCase &c = validCases()[size_t(index)];
    auto filter = makeFilter({"f", {"src"}}, Json {{"expression", c.text}}, testSchema());
    std::mt19937_64 rng(77 + uint64_t(index));
    CollectingEmitter out;
    for (size_t size : {size_t(300), size_t(5), size_t(1000), size_t(1)}) {
        const std::vector<Row> rows = randomRows(rng, size);
        const Batch batch = toBatch(rows);
        out.emitted.clear();
        filter->process(batch, out);
        std::vector<int64_t> expected;
        for (size_t row = 0; row < size; ++row) {
            if (c.oracle(rows[row]) == true)
                expected.push_back(int64_t(row));
        }
        std::vector<int64_t> actual;
        for (const auto &[port, emitted] : out.emitted) {
            QCOMPARE(port, Port::Out);
            QVERIFY(emitted.rows > 0);
            QCOMPARE(emitted.origins.size(), emitted.rows);
            for (size_t row = 0; row < emitted.rows; ++row) {
                const auto source = size_t(emitted.origins[row].offset);
                actual.push_back(int64_t(source));
                QCOMPARE(emitted.columns[0].isNull(row), !rows[source].user_id.has_value());
                if (rows[source].qty)
                    QCOMPARE(emitted.columns[3].ints[row], *rows[source].qty);
            }
        }
        QCOMPARE(actual, expected);
    }
}

void tst_Filter::passesThroughAndDrops()
{
    auto filter
        = makeFilter({"f", {}}, Json {{"expression", "qty >= -5 or qty is null"}}, testSchema());
    std::mt19937_64 rng(5);
    Batch batch = toBatch(randomRows(rng, 100));
    batch.watermarks.assign(100, 1234);
    batch.ingestNs = 99;
    CollectingEmitter out;
    filter->process(batch, out);
    QCOMPARE(out.emitted.size(), size_t(1));
    const Batch &same = out.emitted[0].second;
    QCOMPARE(same.rows, batch.rows);
    QCOMPARE(same.origins, batch.origins);
    QCOMPARE(same.watermarks, batch.watermarks);
    QCOMPARE(same.ingestNs, batch.ingestNs);
    QVERIFY(same.columns[0].strings == batch.columns[0].strings); // same views, same bytes
    QCOMPARE(filter->watermark(), int64_t(1234));

    auto none = makeFilter({"f", {}}, Json {{"expression", "qty > 100"}}, testSchema());
    out.emitted.clear();
    none->process(batch, out);
    QVERIFY(out.emitted.empty());
    QCOMPARE(none->watermark(), int64_t(1234));
}

void tst_Filter::rejectsBadParameters_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "{}"
                             << "expression: missing";
    QTest::newRow("not a string") << R"({"expression": 5})"
                                  << "must be a string";
    QTest::newRow("unknown field")
        << R"({"expression": "qty > 1 and usr_id = 'a'"})"
        << "position 12: unknown field 'usr_id' (did you mean 'user_id'?)";
    QTest::newRow("not a condition") << R"({"expression": "qty + 1"})"
                                     << "must be a condition";
    QTest::newRow("null") << R"({"expression": "null"})"
                          << "must be a condition";
}

void tst_Filter::rejectsBadParameters()
{
    QFETCH(QString, params);
    QFETCH(QString, message);
    try {
        makeFilter({"keep", {}}, Json::parse(params.toStdString()), testSchema());
        QFAIL("no PipelineError");
    } catch (const PipelineError &error) {
        QCOMPARE(error.problems().size(), size_t(1));
        QCOMPARE(QString::fromStdString(error.problems()[0].node), QString("keep"));
        QCOMPARE(QString::fromStdString(error.problems()[0].param), QString("expression"));
        const QString text = QString::fromStdString(error.problems()[0].param + ": "
                                                    + error.problems()[0].message);
        QVERIFY2(text.contains(message), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(tst_Filter)
#include "tst_filter.moc"
