#include "rowjson.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace weir;

class tst_RowJson : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreValidJsonAndUtf8_data();
    void stringsAreValidJsonAndUtf8();
};

void tst_RowJson::stringsAreValidJsonAndUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // what the JSON string decodes to
    QTest::newRow("ascii") << QByteArray("plain") << QByteArray("plain");
    QTest::newRow("escapes") << QByteArray("a\"b\\c\nd\te\x01") << QByteArray("a\"b\\c\nd\te\x01");
    QTest::newRow("two-byte") << QByteArray("caf\xc3\xa9") << QByteArray("caf\xc3\xa9");
    QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\xf0\x9f\x98\x80");
    // Invalid bytes come out as the code point U+00XX of each byte, so nothing is lost.
    QTest::newRow("overlong C1") << QByteArray("\xc1\xbf") << QByteArray("\xc3\x81\xc2\xbf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\xc3\xad\xc2\xa0\xc2\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80")
                                    << QByteArray("\xc3\xb4\xc2\x90\xc2\x80\xc2\x80");
    QTest::newRow("truncated") << QByteArray("ok\xe2\x82") << QByteArray("ok\xc3\xa2\xc2\x82");
    QTest::newRow("lone continuation") << QByteArray("\x80") << QByteArray("\xc2\x80");
}

void tst_RowJson::stringsAreValidJsonAndUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    std::string out;
    appendJsonString(out, std::string_view(input.constData(), size_t(input.size())));
    // nlohmann-json refuses invalid UTF-8, so parsing proves the output is valid.
    const auto parsed = nlohmann::json::parse(out);
    QCOMPARE(QByteArray::fromStdString(parsed.get<std::string>()), expected);
}

QTEST_GUILESS_MAIN(tst_RowJson)
#include "tst_rowjson.moc"
