// The dead-letter view: the table and detail pane show the letters' fields and exact bytes;
// selecting rows and clicking "Re-drive selected" emits their indices.
#include "deadletterview.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace weir;

namespace {

std::vector<DeadLetter> letters()
{
    return {
        {"parse", "field 'amount': expected an int, got 1.5", "orders", 2, 1041,
         "{\"id\":1,\"amount\":1.5}", "dead", 1},
        {"parse", "invalid UTF-8", "orders", 0, 77, std::string("{\"id\":2,\"n\":\"x\xff\"}"),
         "dead", 2},
        {"parse", "expected a JSON object, got null", "", std::nullopt, std::nullopt,
         std::nullopt, "dead", 3},
        {"parse", "invalid JSON: unexpected end", "orders", 1, 5, "{\"id\":", "dead", 4},
    };
}

DeadLetterStore store()
{
    return {"dead", "sink.file", "/data/dead_letters.ndjson", {}, false, {"parse"}};
}

} // namespace

class tst_DeadLetterView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLetters();
    void showsTheBytesOfTheSelectedLetter();
    void redrivesTheSelectedRows();
    void hexDumpLayout();
};

void tst_DeadLetterView::showsTheLetters()
{
    DeadLetterView view;
    view.setLetters(store(), letters());
    QCOMPARE(view.table()->rowCount(), 4);
    QCOMPARE(view.table()->item(0, 1)->text(), QString("field 'amount': expected an int, got 1.5"));
    QCOMPARE(view.table()->item(0, 3)->text(), QString("2"));
    QCOMPARE(view.table()->item(0, 4)->text(), QString("1041"));
    QCOMPARE(view.table()->item(0, 5)->text(), QString("{\"id\":1,\"amount\":1.5}"));
    QCOMPARE(view.table()->item(2, 5)->text(), QString("null"));
    QCOMPARE(view.table()->item(2, 3)->text(), QString());
    QVERIFY(!view.redriveButton()->isEnabled());
}

void tst_DeadLetterView::showsTheBytesOfTheSelectedLetter()
{
    DeadLetterView view;
    view.setLetters(store(), letters());
    view.table()->selectRow(1);
    QCOMPARE(view.textView()->toPlainText(), QString::fromUtf8("{\"id\":2,\"n\":\"x\xff\"}"));
    const QString hex = view.hexView()->toPlainText();
    QVERIFY2(hex.contains("7b 22 69 64"), qPrintable(hex));
    QVERIFY2(hex.contains("78 ff 22"), qPrintable(hex)); // the invalid byte, as it was
    QVERIFY2(hex.contains("00000010  7d"), qPrintable(hex));
    QVERIFY(view.findChild<QLabel *>() != nullptr);
}

void tst_DeadLetterView::redrivesTheSelectedRows()
{
    DeadLetterView view;
    view.resize(900, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLetters(store(), letters());
    QSignalSpy redrive(&view, &DeadLetterView::redriveRequested);
    QSignalSpy refresh(&view, &DeadLetterView::refreshRequested);
    const auto click = [&](int row, Qt::KeyboardModifiers modifiers) {
        const QRect cell = view.table()->visualItemRect(view.table()->item(row, 0));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, modifiers, cell.center());
    };
    click(0, Qt::NoModifier);
    click(3, Qt::ControlModifier);
    click(1, Qt::ControlModifier);
    QVERIFY(view.redriveButton()->isEnabled());
    QCOMPARE(view.redriveButton()->text(), QString("Re-drive selected (3)"));
    // The value column takes the rest of the width (the header resizes it a moment later).
    const QTableWidget *table = view.table();
    QTRY_VERIFY(table->horizontalHeader()->sectionViewportPosition(5) + table->columnWidth(5)
                >= table->viewport()->width() - 1);
    view.grab().save("/tmp/deadletters.png");
    QTest::mouseClick(view.redriveButton(), Qt::LeftButton);
    QCOMPARE(redrive.count(), 1);
    QCOMPARE(redrive.at(0).at(0).value<QList<int>>(), (QList<int>{0, 1, 3}));
    QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
    QCOMPARE(refresh.count(), 1);
    view.setLetters(store(), {}); // after a refresh with nothing left
    QVERIFY(!view.redriveButton()->isEnabled());
    QCOMPARE(view.table()->rowCount(), 0);
}

void tst_DeadLetterView::hexDumpLayout()
{
    const QString dump = hexDump(QByteArray("0123456789abcdefXY\x01", 19));
    const QStringList lines = dump.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith("00000000  30 31 32 33 34 35 36 37  38 39"), qPrintable(lines[0]));
    QVERIFY2(lines[0].endsWith("0123456789abcdef"), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith("00000010  58 59 01"), qPrintable(lines[1]));
    QVERIFY2(lines[1].endsWith("XY."), qPrintable(lines[1]));
}

QTEST_MAIN(tst_DeadLetterView)
#include "tst_deadletterview.moc"
