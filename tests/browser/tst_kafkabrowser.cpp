#include "browsertesting.h"
#include "kafkaadmin.h"
#include "kafkabrowser.h"
#include "kafkaconnectionbar.h"
#include "kafkagroupsview.h"
#include "kafkamessagemodel.h"
#include "kafkamessageviewer.h"
#include "kafkasearchbar.h"
#include "kafkatopicsview.h"
#include "messageexport.h"
#include "offsetresetdialog.h"

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#include <fstream>

using namespace weir;
using namespace browsertesting;
using namespace std::chrono_literals;

namespace {

constexpr int kPartitions = 3;
constexpr int kRecords = 120;
const QString kTopic = QStringLiteral("widget-browse");

std::vector<KafkaMessage> byPartition(const std::vector<KafkaMessage> &records)
{
    std::vector<KafkaMessage> sorted = records;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return std::pair(a.partition, a.offset) < std::pair(b.partition, b.offset);
    });
    return sorted;
}

} // namespace

using Ranges = QMap<int, QPair<qint64, qint64>>;

class tst_KafkaBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTopics();
    void refusedProperty();
    void pagesAndShowsJson();
    void replayAndExportSelection();
    void searchesOnAThread();
    void resetDialog();
    void resetRefusedWithActiveMember();
    void screenshot();
    void cancelSearch();

private:
    bool pageMatches(size_t first, size_t count, QString *why) const;

    std::vector<KafkaMessage> m_records;
    std::unique_ptr<KafkaBrowser> m_browser;
};

void tst_KafkaBrowser::initTestCase()
{
    m_records = fillTopic(kTopic.toStdString(), kPartitions, kRecords);
    m_browser = std::make_unique<KafkaBrowser>();
    m_browser->resize(1400, 800);
    m_browser->show();
    m_browser->connectTo(QStringLiteral("embedded"));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->isConnected(), 20000);
}

void tst_KafkaBrowser::listsTopics()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->topicsView()->topicItem(kTopic), 20000);
    QTreeWidgetItem *topic = m_browser->topicsView()->topicItem(kTopic);
    QCOMPARE(topic->text(KafkaTopicsView::PartitionsColumn), QString::number(kPartitions));
    QCOMPARE(topic->text(KafkaTopicsView::MessagesColumn), QString::number(kRecords));
    QCOMPARE(topic->childCount(), kPartitions);
    QCOMPARE(topic->child(1)->text(KafkaTopicsView::HighColumn),
             QString::number(kRecords / kPartitions));
}

void tst_KafkaBrowser::refusedProperty()
{
    KafkaBrowser browser;
    browser.connectTo(QStringLiteral("embedded"), Json {{"plugin.library.paths", "x.so"}});
    QTRY_VERIFY_WITH_TIMEOUT(browser.statusText().contains("plugin.library.paths"), 10000);
    QVERIFY2(browser.statusText().contains("refused"), qPrintable(browser.statusText()));
    QVERIFY(!browser.isConnected());
}

bool tst_KafkaBrowser::pageMatches(size_t first, size_t count, QString *why) const
{
    const std::vector<KafkaMessage> expected(m_records.begin() + std::ptrdiff_t(first),
                                             m_records.begin() + std::ptrdiff_t(first + count));
    return sameMessages(m_browser->messageViewer()->model()->messages(), expected, why);
}

// All partitions, 50 a page, in time order: the first page, the next, the last, and back.
void tst_KafkaBrowser::pagesAndShowsJson()
{
    KafkaMessageViewer *viewer = m_browser->messageViewer();
    viewer->setPageSize(50);
    m_browser->browseTopic(kTopic);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->model()->rowCount(), 50, 20000);
    QString why;
    QVERIFY2(pageMatches(0, 50, &why), qPrintable(why));
    viewer->nextPage();
    QTRY_VERIFY_WITH_TIMEOUT(viewer->model()->rowCount() == 50
                                 && viewer->model()->message(0).timestampMs
                                     == m_records[50].timestampMs,
                             20000);
    QVERIFY2(pageMatches(50, 50, &why), qPrintable(why));
    viewer->nextPage();
    QTRY_COMPARE_WITH_TIMEOUT(viewer->model()->rowCount(), 20, 20000);
    QVERIFY2(pageMatches(100, 20, &why), qPrintable(why));
    viewer->previousPage();
    QTRY_COMPARE_WITH_TIMEOUT(viewer->model()->rowCount(), 50, 20000);
    QVERIFY2(pageMatches(50, 50, &why), qPrintable(why));

    viewer->table()->selectRow(2);
    const KafkaMessage &shown = m_records[52];
    const Json json = Json::parse(viewer->jsonView()->toPlainText().toStdString());
    QCOMPARE(json.at("offset").get<int64_t>(), shown.offset);
    QCOMPARE(json.at("partition").get<int32_t>(), shown.partition);
    QCOMPARE(json.at("value").at("id").get<int>(), 52); // a JSON value shows as JSON
}

void tst_KafkaBrowser::replayAndExportSelection()
{
    KafkaMessageViewer *viewer = m_browser->messageViewer();
    QTRY_VERIFY(viewer->model()->rowCount() >= 10);
    QSignalSpy replay(m_browser.get(), &KafkaBrowser::replayRequested);
    viewer->table()->clearSelection();
    const auto select = [&](int row) {
        viewer->table()->selectionModel()->select(viewer->model()->index(row, 0),
                                                  QItemSelectionModel::Select
                                                      | QItemSelectionModel::Rows);
    };
    for (int row : {1, 4, 5, 9})
        select(row);
    Ranges expected;
    std::vector<KafkaMessage> selected;
    for (int row : {1, 4, 5, 9}) {
        const KafkaMessage &m = viewer->model()->message(row);
        selected.push_back(m);
        auto it = expected.find(m.partition);
        if (it == expected.end())
            expected.insert(m.partition, {m.offset, m.offset + 1});
        else
            *it = {std::min<qint64>(it->first, m.offset),
                   std::max<qint64>(it->second, m.offset + 1)};
    }
    QCOMPARE(viewer->selectedRanges(), expected);
    for (QPushButton *button : viewer->findChildren<QPushButton *>())
        if (button->text().startsWith("Replay selection"))
            button->click();
    QCOMPARE(replay.count(), 1);
    QCOMPARE(replay.at(0).at(0).toString(), kTopic);
    QCOMPARE(replay.at(0).at(1).value<Ranges>(), expected);

    const QString path = QDir::temp().filePath("tst_kafkabrowser_selected.ndjson");
    QString error;
    QVERIFY2(viewer->exportSelected(path, &error), qPrintable(error));
    std::ifstream in(path.toStdString());
    std::vector<KafkaMessage> back;
    for (std::string line; std::getline(in, line);)
        back.push_back(messageFromJson(Json::parse(line)));
    QString why;
    QVERIFY2(sameMessages(back, byPartition(selected), &why), qPrintable(why));
    QVERIFY2(viewer->exportShown(path, &error), qPrintable(error));
    std::ifstream all(path.toStdString());
    int lines = 0;
    for (std::string line; std::getline(all, line);)
        ++lines;
    QCOMPARE(lines, viewer->model()->rowCount());
    QFile::remove(path);
}

void tst_KafkaBrowser::searchesOnAThread()
{
    KafkaMessageViewer *viewer = m_browser->messageViewer();
    KafkaSearchBar *search = viewer->searchBar();
    QSignalSpy finished(search, &KafkaSearchBar::finished);
    search->setQuery(QStringLiteral("partition = 2 and key is not null and offset >= 10"), true);
    QVERIFY(search->start());
    QVERIFY(search->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    std::vector<KafkaMessage> expected;
    for (const KafkaMessage &m : byPartition(m_records))
        if (m.partition == 2 && m.key && m.offset >= 10)
            expected.push_back(m);
    QString why;
    QVERIFY2(sameMessages(viewer->model()->messages(), expected, &why), qPrintable(why));
    QTRY_VERIFY(!search->isRunning());

    QSignalSpy error(search, &KafkaSearchBar::error);
    search->setQuery(QStringLiteral("no_such_field = 1"), true);
    QVERIFY(!search->start());
    QCOMPARE(error.count(), 1);
    QVERIFY(error.at(0).at(0).toString().contains("no_such_field"));
}

void tst_KafkaBrowser::resetDialog()
{
    commitOffsets("widget-idle", kTopic.toStdString(), {{0, 1}, {1, 2}, {2, 3}});
    OffsetResetDialog *dialog = m_browser->openResetDialog(QStringLiteral("widget-idle"));
    dialog->setTopic(kTopic);
    dialog->setKind(OffsetResetPlan::Kind::Latest);
    QSignalSpy previewed(dialog, &OffsetResetDialog::previewed);
    dialog->preview();
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), kPartitions);
    for (int p = 0; p < kPartitions; ++p) {
        QCOMPARE(table->item(p, OffsetResetDialog::BeforeColumn)->text(), QString::number(p + 1));
        QCOMPARE(table->item(p, OffsetResetDialog::AfterColumn)->text(),
                 QString::number(kRecords / kPartitions));
    }
    QSignalSpy applied(dialog, &OffsetResetDialog::applied);
    dialog->apply();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
    KafkaAdmin admin("embedded");
    for (const GroupPartition &p : admin.groupOffsets("widget-idle", 10s).partitions)
        QCOMPARE(p.committed, int64_t(kRecords / kPartitions));
    dialog->close();
}

void tst_KafkaBrowser::resetRefusedWithActiveMember()
{
    commitOffsets("widget-busy", kTopic.toStdString(), {{0, 4}});
    LiveMember member("widget-busy", kTopic.toStdString());
    QVERIFY(member.waitAssigned(30s));
    OffsetResetDialog *dialog = m_browser->openResetDialog(QStringLiteral("widget-busy"));
    dialog->setTopic(kTopic);
    dialog->setKind(OffsetResetPlan::Kind::Explicit);
    dialog->setExplicitOffsets({{0, 0}});
    QSignalSpy refused(dialog, &OffsetResetDialog::refused);
    dialog->apply();
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
    QVERIFY2(dialog->errorText().contains("group 'widget-busy'")
                 && dialog->errorText().contains("active member"),
             qPrintable(dialog->errorText()));
    KafkaAdmin admin("embedded");
    const GroupInfo group = admin.groupOffsets("widget-busy", 10s);
    QCOMPARE(group.partitions.size(), size_t(1));
    QCOMPARE(group.partitions[0].committed, int64_t(4));
    dialog->grab().save("/tmp/browser-reset.png");
    dialog->close();
}

void tst_KafkaBrowser::screenshot()
{
    m_browser->lookUpGroup(QStringLiteral("widget-idle"));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->groupsView()->tree()->topLevelItemCount() > 0, 20000);
    m_browser->messageViewer()->table()->selectRow(3);
    QTRY_VERIFY(!m_browser->isBusy());
    QVERIFY(m_browser->grab().save("/tmp/browser.png"));

    // The JSON colours follow the palette: light text on a dark background.
    const auto keyColour = [&] {
        const QTextBlock line
            = m_browser->messageViewer()->jsonView()->document()->findBlockByNumber(1);
        const QList<QTextLayout::FormatRange> formats = line.layout()->formats();
        return formats.isEmpty() ? QColor() : formats.last().format.foreground().color();
    };
    QVERIFY(keyColour().isValid());
    QVERIFY(keyColour().lightness() < 128);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x45, 0x45, 0x45));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    m_browser->setPalette(dark);
    QTRY_VERIFY(keyColour().lightness() >= 128);
    QVERIFY(m_browser->grab().save("/tmp/browser-dark.png"));
}

// A long scan reports progress while the GUI thread keeps running, and Cancel ends it early.
void tst_KafkaBrowser::cancelSearch()
{
    constexpr int kBig = 20000;
    fillTopic("widget-big", 1, kBig);
    KafkaSearchBar *search = m_browser->messageViewer()->searchBar();
    search->setTopic(QStringLiteral("widget-big"), {0});
    search->setQuery(QStringLiteral("text that no record holds"), false);
    QSignalSpy finished(search, &KafkaSearchBar::finished);
    QVERIFY(search->start());
    QTRY_VERIFY_WITH_TIMEOUT(
        search->progressBar()->maximum() > 0 && search->progressBar()->value() > 0, 20000);
    search->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const QString summary = finished.at(0).at(1).toString();
    QVERIFY2(summary.startsWith("Cancelled"), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral(" %1 of").arg(kBig)), qPrintable(summary));
    QTRY_VERIFY(!search->isRunning());
}

QTEST_MAIN(tst_KafkaBrowser)
#include "tst_kafkabrowser.moc"
