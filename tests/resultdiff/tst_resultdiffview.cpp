#include "randomresults.h"
#include "referencediff.h"
#include "resultdiffview.h"
#include "resulttablemodel.h"
#include "resulttableview.h"
#include "themepalettes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QtTest>

#include <random>
#include <set>

using namespace weir;

namespace {

using Kind = ResultDiffModel::Kind;

// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

int columnNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == name)
            return c;
    }
    return -1;
}

int rowOfKind(const QAbstractItemModel &model, Kind kind)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ResultDiffModel::KindRole).toInt() == kind)
            return r;
    }
    return -1;
}

// A small keyed pair a user can read: id 1 unchanged, 2 changed in v and note (to null),
// 3 removed, 4 added, and a column the after run no longer writes.
std::pair<ResultTable, ResultTable> smallPair()
{
    ResultTable before{"before.db", {"id", "v", "s", "note", "old"}, {"id"}, {}};
    ResultTable after{"after.db", {"id", "v", "s", "note"}, {"id"}, {}};
    before.rows = {{1, 10, "a", "", 0}, {2, 20, "b", "x", 0}, {3, 30, "c", "", 0}};
    after.rows = {{1, 10, "a", ""}, {2, 21, "b", nullptr}, {4, 40, "d", ""}};
    return {before, after};
}

} // namespace

class tst_ResultDiffView : public QObject
{
    Q_OBJECT

private slots:
    void filtersShowTheirCounts_data();
    void filtersShowTheirCounts();
    void changedRowShowsBothValuesSideBySide_data();
    void changedRowShowsBothValuesSideBySide();
    void sinkSelectorSwitchesTheDiff();
    void sortingInterleavesTheKinds();
    void resultTableSortsNumbersAsNumbers();
    void screenshot();
};

void tst_ResultDiffView::filtersShowTheirCounts_data()
{
    QTest::addColumn<int>("keyFields");
    QTest::addColumn<QList<int>>("clicks"); // filter buttons clicked, from all on
    const QList<int> kinds = {ResultDiffModel::Added, ResultDiffModel::Removed,
                              ResultDiffModel::Changed};
    for (int keyFields : {0, 1, 2}) {
        QTest::addRow("key %d, all", keyFields) << keyFields << QList<int>{};
        for (int k : kinds) {
            QList<int> others = kinds;
            others.removeAll(k);
            QTest::addRow("key %d, only %d", keyFields, k) << keyFields << others;
            QTest::addRow("key %d, without %d", keyFields, k) << keyFields << QList<int>{k};
        }
        QTest::addRow("key %d, none", keyFields) << keyFields << kinds;
    }
}

void tst_ResultDiffView::filtersShowTheirCounts()
{
    QFETCH(int, keyFields);
    QFETCH(QList<int>, clicks);
    randomresults::Spec spec{unsigned(40 + keyFields), 300, keyFields, 3, false, true, true, false};
    const auto [before, after] = randomresults::makePair(spec);
    const std::vector<std::string> key = randomresults::keyColumns(spec);
    const reference::Outcome expected = reference::diff(before, after, key);

    ResultDiffView view;
    view.setDiffs({{"agg", "a", "b", diffResults(before, after, key)}});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const std::map<int, size_t> counts = {{ResultDiffModel::Added, expected.added.size()},
                                          {ResultDiffModel::Removed, expected.removed.size()},
                                          {ResultDiffModel::Changed, expected.changed.size()}};
    QSignalSpy filterChanged(&view, &ResultDiffView::filterChanged);
    for (int k : clicks)
        QTest::mouseClick(view.filterButton(Kind(k)), Qt::LeftButton);
    QCOMPARE(filterChanged.size(), clicks.size());

    size_t shown = 0;
    for (const auto &[kind, count] : counts) {
        QAbstractButton *button = view.filterButton(Kind(kind));
        QVERIFY2(button->text().contains(QLocale().toString(qulonglong(count))),
                 qPrintable(button->text()));
        QCOMPARE(button->isChecked(), !clicks.contains(kind));
        if (button->isChecked())
            shown += count;
    }
    QCOMPARE(size_t(view.model()->rowCount()), shown);
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        const int kind = view.model()->index(r, 0).data(ResultDiffModel::KindRole).toInt();
        QVERIFY(!clicks.contains(kind));
    }
    QCOMPARE(view.summaryText(), QStringLiteral("%1 added, %2 removed, %3 changed, %4 unchanged")
                                     .arg(expected.added.size())
                                     .arg(expected.removed.size())
                                     .arg(expected.changed.size())
                                     .arg(expected.unchanged));
    QVERIFY(expected.added.size() > 0 && expected.removed.size() > 0);
    QCOMPARE(expected.changed.empty(), keyFields == 0);
    QCOMPARE(view.filterButton(ResultDiffModel::Changed)->isVisible(), keyFields > 0);
}

void tst_ResultDiffView::changedRowShowsBothValuesSideBySide_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_ResultDiffView::changedRowShowsBothValuesSideBySide()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    const auto [before, after] = smallPair();
    ResultDiffView view;
    view.setPalette(palette);
    view.setDiffs({{"agg", before.source, after.source, diffResults(before, after)}});
    const QAbstractItemModel &model = *view.model();
    QCOMPARE(model.rowCount(), 3);
    const int changed = rowOfKind(model, ResultDiffModel::Changed);
    QVERIFY(changed >= 0);
    const int id = columnNamed(model, "id");
    const int vBefore = columnNamed(model, "v (before)"), vAfter = columnNamed(model, "v (after)");
    const int sBefore = columnNamed(model, "s (before)"), sAfter = columnNamed(model, "s (after)");
    QVERIFY(id > 0 && vBefore > 0 && vAfter == vBefore + 1 && sBefore > 0 && sAfter == sBefore + 1);
    QCOMPARE(model.index(changed, id).data().toString(), "2");
    QCOMPARE(model.index(changed, vBefore).data().toString(), "20");
    QCOMPARE(model.index(changed, vAfter).data().toString(), "21");
    QCOMPARE(model.index(changed, sBefore).data().toString(), "b");
    QCOMPARE(model.index(changed, sAfter).data().toString(), "b");
    QVERIFY(model.index(changed, vBefore).data(ResultDiffModel::CellChangedRole).toBool());
    QVERIFY(model.index(changed, vAfter).data(ResultDiffModel::CellChangedRole).toBool());
    QVERIFY(!model.index(changed, sAfter).data(ResultDiffModel::CellChangedRole).toBool());
    QVERIFY(model.index(changed, vAfter).data(Qt::ToolTipRole).toString().contains("20"));

    // Each tint differs from the others and from the plain background, and the palette's
    // text stays readable on it.
    const int added = rowOfKind(model, ResultDiffModel::Added);
    const int removed = rowOfKind(model, ResultDiffModel::Removed);
    const QColor base = palette.color(QPalette::Base);
    // A column only the before run has shows only on the before side.
    QVERIFY(columnNamed(model, "old (before)") > 0);
    QCOMPARE(columnNamed(model, "old (after)"), -1);
    QCOMPARE(model.index(changed, columnNamed(model, "old (before)")).data().toString(), "0");
    const QModelIndex nulled = model.index(changed, columnNamed(model, "note (after)"));
    QVERIFY(nulled.data(ResultDiffModel::CellChangedRole).toBool());
    const QList<QColor> tints = {model.index(added, id).data(Qt::BackgroundRole).value<QColor>(),
                                 model.index(removed, id).data(Qt::BackgroundRole).value<QColor>(),
                                 model.index(changed, vAfter).data(Qt::BackgroundRole).value<QColor>()};
    QVERIFY(!model.index(changed, sAfter).data(Qt::BackgroundRole).isValid());
    for (int i = 0; i < tints.size(); ++i) {
        QVERIFY(tints[i].isValid() && tints[i] != base);
        QVERIFY(tints[i] != tints[(i + 1) % tints.size()]);
        const double ratio = contrast(tints[i], palette.color(QPalette::Text));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("contrast %1 on %2")
                                              .arg(ratio).arg(tints[i].name())));
        // A null is written fainter than a value, but still readable on every tint.
        const QColor nullText = nulled.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(nullText.isValid() && nullText != palette.color(QPalette::Text));
        const double nullRatio = contrast(tints[i], nullText);
        QVERIFY2(nullRatio >= 3, qPrintable(QString::number(nullRatio)));
    }
    // The removed row has no "after" values, the added row no "before" values.
    QCOMPARE(model.index(removed, vAfter).data().toString(), QString());
    QCOMPARE(model.index(removed, vBefore).data().toString(), "30");
    QCOMPARE(model.index(added, vBefore).data().toString(), QString());
    QCOMPARE(model.index(added, vAfter).data().toString(), "40");
    QCOMPARE(nulled.data().toString(), QString("null"));
}

void tst_ResultDiffView::sinkSelectorSwitchesTheDiff()
{
    const auto [before, after] = smallPair();
    randomresults::Spec spec{5, 80, 0, 2, false, false, false, false};
    const auto [logBefore, logAfter] = randomresults::makePair(spec);
    const reference::Outcome logExpected = reference::diff(logBefore, logAfter, {});
    ResultDiffView view;
    view.setDiffs({{"agg", "a", "b", diffResults(before, after)},
                   {"log", "a", "b", diffResults(logBefore, logAfter)}});
    QCOMPARE(view.currentSink(), "agg");
    QSignalSpy sinkChanged(&view, &ResultDiffView::currentSinkChanged);
    auto combo = view.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(1);
    QCOMPARE(sinkChanged.size(), 1);
    QCOMPARE(sinkChanged.first().first().toString(), "log");
    QCOMPARE(size_t(view.model()->rowCount()), logExpected.added.size() + logExpected.removed.size());
    QVERIFY(view.summaryText().startsWith(QString::number(logExpected.added.size()) + " added"));
    // No key: one column per field, not before/after pairs.
    QCOMPARE(view.model()->columnCount(), int(logBefore.columns.size()) + 1);
    // New diffs keep the sink the user was looking at.
    view.setDiffs({{"agg", "a", "b", diffResults(before, after)},
                   {"log", "a", "b", diffResults(logBefore, logAfter)}});
    QCOMPARE(view.currentSink(), "log");
}

void tst_ResultDiffView::sortingInterleavesTheKinds()
{
    randomresults::Spec spec{21, 200, 1, 3, false, false, false, false};
    const auto [before, after] = randomresults::makePair(spec);
    const reference::Outcome expected = reference::diff(before, after, {"k0"});
    ResultDiffView view;
    view.setDiffs({{"agg", "a", "b", diffResults(before, after, {"k0"})}});
    QAbstractItemModel &model = *view.model();
    const int key = columnNamed(model, "k0");
    QVERIFY(key > 0);
    view.tableView()->selectRow(model.rowCount() - 1);
    const QString selectedKey = view.tableView()->currentIndex().siblingAtColumn(key).data().toString();
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        view.tableView()->sortByColumn(key, order);
        QCOMPARE(size_t(model.rowCount()),
                 expected.added.size() + expected.removed.size() + expected.changed.size());
        std::set<int> kindsSeen;
        for (int r = 1; r < model.rowCount(); ++r) {
            const int a = model.index(r - 1, key).data().toInt(), b = model.index(r, key).data().toInt();
            QVERIFY(order == Qt::AscendingOrder ? a <= b : a >= b);
            kindsSeen.insert(model.index(r, 0).data(ResultDiffModel::KindRole).toInt());
        }
        QCOMPARE(kindsSeen.size(), size_t(3));
        // The selection follows its row.
        QCOMPARE(view.tableView()->currentIndex().siblingAtColumn(key).data().toString(), selectedKey);
    }
    // A filter keeps the order.
    QTest::mouseClick(view.filterButton(ResultDiffModel::Added), Qt::LeftButton);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, key).data().toInt() >= model.index(r, key).data().toInt());
}

void tst_ResultDiffView::resultTableSortsNumbersAsNumbers()
{
    ResultTable table{"'x.ndjson'", {"n", "s"}, {}, {}};
    std::mt19937 rng(3);
    const int rows = 2000;
    for (int i = 0; i < rows; ++i)
        table.rows.push_back({i % 3 ? Json(int64_t(rng() % 5000)) : Json(double(rng() % 5000) / 8),
                              "s" + std::to_string(rng() % 100)});
    ResultTableView view;
    view.setResult(table);
    QVERIFY(view.countText().contains(QLocale().toString(rows) + " rows"));
    QVERIFY(view.countText().contains("x.ndjson"));
    QAbstractItemModel *model = view.tableView()->model();
    QCOMPARE(model->rowCount(), rows);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        view.tableView()->sortByColumn(0, order);
        for (int r = 1; r < rows; ++r) {
            const double a = model->index(r - 1, 0).data().toString().toDouble();
            const double b = model->index(r, 0).data().toString().toDouble();
            QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b, qPrintable(QString::number(r)));
        }
    }
    // The rows move whole: each shown pair is a pair of the table.
    std::multiset<std::pair<std::string, std::string>> made, shown;
    for (const ResultTable::Row &row : table.rows)
        made.insert({resultValueText(row[0]), resultValueText(row[1])});
    for (int r = 0; r < rows; ++r)
        shown.insert({model->index(r, 0).data().toString().toStdString(),
                      model->index(r, 1).data().toString().toStdString()});
    QVERIFY(made == shown);
}

void tst_ResultDiffView::screenshot()
{
    randomresults::Spec spec{9, 40, 1, 4, true, true, true, false};
    const auto [before, after] = randomresults::makePair(spec);
    const auto [small, smallAfter] = smallPair();
    for (bool dark : {false, true}) {
        ResultDiffView view;
        view.setPalette(dark ? darkPalette() : lightPalette());
        view.setDiffs({{"counts", "a", "b", diffResults(before, after, {"k0"})},
                       {"small", "a", "b", diffResults(small, smallAfter)}});
        view.resize(1000, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dark ? "/tmp/resultdiff-dark.png" : "/tmp/resultdiff.png"));
        view.setCurrentSink("small");
        QCOMPARE(view.currentSink(), "small");
        view.resize(760, 200);
        QVERIFY(view.grab().save(dark ? "/tmp/resultdiff-small-dark.png" : "/tmp/resultdiff-small.png"));
    }
}

QTEST_MAIN(tst_ResultDiffView)
#include "tst_resultdiffview.moc"
