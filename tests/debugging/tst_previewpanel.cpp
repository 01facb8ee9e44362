// The preview panel on a real preview: what it shows for a node and port equals what the
// result holds, ports without records are disabled, a sink shows its input.
#include "previewpanel.h"
#include "previewrun.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

using namespace weir;

namespace {

Pipeline smallPipeline(const std::string &db)
{
    Pipeline p;
    p.nodes = {
        {"events", "source.generator",
         {{"seed", 3}, {"malformed", 0.1}, {"late", 0}, {"time_rate", 5},
          {"start_time", "2024-05-01T12:00:00Z"}},
         {}},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "event_id"}, {"type", "string"}},
                                  {{"name", "user_id"}, {"type", "string"}},
                                  {{"name", "event_type"}, {"type", "string"}},
                                  {{"name", "timestamp"}, {"type", "timestamp"}}})}},
         {}},
        {"wm", "transform.watermark", {{"event_time", "timestamp"}, {"delay", "10 minutes"}}, {}},
        {"counts", "window.tumbling",
         {{"size", "1 minute"}, {"group_by", Json::array({"event_type"})}}, {}},
        {"store", "sink.sqlite", {{"path", db}, {"table", "counts"}}, {}},
    };
    p.edges = {{"events", "out", "parse"}, {"parse", "out", "wm"}, {"wm", "out", "counts"},
               {"counts", "out", "store"}};
    return p;
}

QStringList headers(const QTableWidget *table)
{
    QStringList names;
    for (int c = 0; c < table->columnCount(); ++c)
        names << table->horizontalHeaderItem(c)->text();
    return names;
}

} // namespace

class tst_PreviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRecordsOfANodeAndPort();
    void showsASinksInput();
    void capsTheRows();
    void saysWhatThePreviewCouldNotDo();

private:
    QTemporaryDir m_dir;
    PreviewResult m_result;
};

void tst_PreviewPanel::initTestCase()
{
    try {
        m_result = runPreview(smallPipeline(m_dir.filePath("real.db").toStdString()),
                              {400, m_dir.path().toStdString(), {}, {}});
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    QVERIFY(m_result.count("parse", "errors") > 0);
}

void tst_PreviewPanel::showsTheRecordsOfANodeAndPort()
{
    PreviewPanel panel;
    panel.resize(900, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setResult(m_result);
    QSignalSpy shown(&panel, &PreviewPanel::shown);
    panel.showNode("parse");
    QCOMPARE(shown.count(), 1);
    QCOMPARE(panel.port(), QString("out"));
    const std::vector<Json> out = m_result.records("parse", "out", SIZE_MAX);
    QCOMPARE(panel.recordCount(), quint64(out.size()));
    QCOMPARE(panel.shownRows(), int(out.size()));
    QCOMPARE(headers(panel.table()), (QStringList{"event_id", "user_id", "event_type", "timestamp"}));
    QCOMPARE(panel.table()->item(3, 2)->text(), QString::fromStdString(out[3]["event_type"]));
    QCOMPARE(panel.table()->item(3, 3)->text(), QString::number(out[3]["timestamp"].get<qint64>()));
    QVERIFY(panel.portButton("errors")->isEnabled());
    QVERIFY(!panel.portButton("late")->isVisible()); // parse_json has no late port

    QTest::mouseClick(panel.portButton("errors"), Qt::LeftButton);
    QCOMPARE(panel.port(), QString("errors"));
    QCOMPARE(panel.shownRows(), int(m_result.count("parse", "errors")));
    QVERIFY(headers(panel.table()).contains("reason"));
    panel.grab().save("/tmp/preview-errors.png");

    panel.showNode("wm"); // errors is not a port of the watermark: back to out
    QCOMPARE(panel.port(), QString("out"));
    QVERIFY(panel.portButton("late")->isVisible());
    QVERIFY(!panel.portButton("late")->isEnabled()); // no late records
    panel.showNode("counts");
    QCOMPARE(headers(panel.table()),
             (QStringList{"window_start", "window_end", "event_type", "count"}));
    qint64 total = 0;
    for (int row = 0; row < panel.shownRows(); ++row)
        total += panel.table()->item(row, 3)->text().toLongLong();
    QCOMPARE(total, qint64(m_result.count("parse", "out"))); // every parsed event counted once
    panel.showNode("parse");
    panel.grab().save("/tmp/preview.png");
}

void tst_PreviewPanel::showsASinksInput()
{
    PreviewPanel panel;
    panel.setResult(m_result);
    panel.showNode("store");
    QCOMPARE(panel.port(), QString("input"));
    QCOMPARE(panel.recordCount(), m_result.count("counts", "out"));
    QCOMPARE(panel.shownRows(), int(m_result.count("counts", "out")));
    QVERIFY(!panel.portButton("out")->isVisible());
}

void tst_PreviewPanel::capsTheRows()
{
    PreviewPanel panel;
    panel.setResult(m_result);
    panel.setMaxRows(10);
    panel.showNode("events");
    QCOMPARE(panel.shownRows(), 10);
    QCOMPARE(panel.recordCount(), quint64(400));
    bool counted = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        counted = counted || label->text().contains("Showing the first 10 of 400 records");
    QVERIFY(counted);
}

void tst_PreviewPanel::saysWhatThePreviewCouldNotDo()
{
    Pipeline p;
    p.nodes = {{"k", "source.kafka", {{"topics", Json::array({"absent"})}}, {}},
               {"out", "sink.console", Json::object(), {}}};
    p.edges = {{"k", "out", "out"}};
    QTemporaryDir dir;
    PreviewPanel panel;
    panel.setResult(PreviewResult(planPreview(p, {5, dir.path().toStdString(), {}, {}},
                                              {{"k", {}}})));
    panel.showNode("k");
    QCOMPARE(panel.recordCount(), quint64(0));
    QVERIFY(!panel.portButton("out")->isEnabled());
    bool said = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        said = said || (!label->isHidden() && label->text().contains("'absent' does not exist"));
    QVERIFY(said);
}

QTEST_MAIN(tst_PreviewPanel)
#include "tst_previewpanel.moc"
