#include "nodemimetype.h"
#include "nodepalette.h"
#include "nodepalettetree.h"
#include "noderegistry.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace weir;

class tst_NodePalette : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeOnceUnderItsCategory();
    void filter_data();
    void filter();
    void dragCarriesType();
    void doubleClickActivates();
    void enterActivatesFirstMatch();
};

void tst_NodePalette::everyTypeOnceUnderItsCategory()
{
    NodePalette palette;
    const QStringList groups {"Sources", "Transforms", "Windows", "Sinks"};
    const QStringList categories {"source", "transform", "window", "sink"};
    QCOMPARE(palette.tree()->topLevelItemCount(), groups.size());
    QStringList seen;
    for (int g = 0; g < groups.size(); ++g) {
        const QTreeWidgetItem *group = palette.tree()->topLevelItem(g);
        QCOMPARE(group->text(0), groups[g]);
        for (int i = 0; i < group->childCount(); ++i) {
            const QString type = group->child(i)->data(0, NodePaletteTree::kTypeRole).toString();
            const NodeTypeInfo *info = NodeRegistry::instance().find(type.toStdString());
            QVERIFY2(info, qPrintable(type));
            QCOMPARE(QString::fromStdString(info->category), categories[g]);
            QCOMPARE(group->child(i)->text(0), QString::fromStdString(info->title));
            QVERIFY(group->child(i)->toolTip(0).contains(
                QString::fromStdString(info->description).toHtmlEscaped()));
            seen << type;
        }
    }
    QStringList all;
    for (const NodeTypeInfo &info : NodeRegistry::instance().types())
        all << QString::fromStdString(info.type);
    QCOMPARE(seen, all);
    QCOMPARE(palette.visibleTypes(), all);
}

void tst_NodePalette::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("title word") << "sliding" << QStringList {"window.sliding"};
    QTest::newRow("case-insensitive") << "SLIDING" << QStringList {"window.sliding"};
    QTest::newRow("type name") << "sink.con" << QStringList {"sink.console"};
    QTest::newRow("description only") << "ndjson" << QStringList {"source.file"};
    QTest::newRow("description, other groups")
        << "errors port" << QStringList {"transform.parse_json"};
    QTest::newRow("title and description") << "window"
                                           << QStringList {"transform.watermark", "window.tumbling",
                                                           "window.sliding", "window.session"};
    QTest::newRow("kafka both ends") << "kafka" << QStringList {"source.kafka", "sink.kafka"};
    QTest::newRow("nothing") << "no such node" << QStringList {};
}

void tst_NodePalette::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, types);
    NodePalette palette;
    palette.setFilter(text);
    QCOMPARE(palette.visibleTypes(), types);
    QCOMPARE(palette.tree()->isVisibleTo(&palette), !types.isEmpty());
    for (int g = 0; g < palette.tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = palette.tree()->topLevelItem(g);
        if (!group->isHidden())
            QVERIFY(group->isExpanded());
    }
    palette.setFilter(QString());
    QCOMPARE(palette.visibleTypes().size(), qsizetype(NodeRegistry::instance().types().size()));
}

void tst_NodePalette::dragCarriesType()
{
    NodePalette palette;
    std::unique_ptr<QMimeData> data(palette.mimeDataFor(QStringLiteral("window.sliding")));
    QVERIFY(data->hasFormat(QString::fromLatin1(kNodeTypeMimeType)));
    QCOMPARE(data->data(QString::fromLatin1(kNodeTypeMimeType)), QByteArray("window.sliding"));
    QVERIFY(palette.tree()->dragEnabled());
}

void tst_NodePalette::doubleClickActivates()
{
    NodePalette palette;
    palette.resize(340, 600);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy activated(&palette, &NodePalette::nodeTypeActivated);
    QTreeWidgetItem *item = palette.tree()->topLevelItem(2)->child(1); // window.sliding
    const QRect rect = palette.tree()->visualItemRect(item);

    // A real double-click: a click, then a press that the system reports as a double-click.
    QTest::mouseClick(palette.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(palette.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!activated.isEmpty());
    QCOMPARE(activated.last().at(0).toString(), QStringLiteral("window.sliding"));
}

void tst_NodePalette::enterActivatesFirstMatch()
{
    NodePalette palette;
    QSignalSpy activated(&palette, &NodePalette::nodeTypeActivated);
    QTest::keyClicks(palette.searchBox(), QStringLiteral("Window"));
    QCOMPARE(palette.visibleTypes().size(), 4);
    QTest::keyClick(palette.searchBox(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("transform.watermark"));
}

QTEST_MAIN(tst_NodePalette)
#include "tst_nodepalette.moc"
