// The Prometheus text format parser: every construct of format 0.0.4 read field by field,
// malformed lines reported with their number and the problem, and the real text of a
// running weir-run read whole.
#include "weirworker.h"

#include "prometheustext.h"

#include <QtTest>

#include <cmath>

using namespace weir;

namespace {

const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();

QStringList labelsOf(const PromSample &s)
{
    QStringList out;
    for (const auto &[name, value] : s.labels)
        out << QString::fromStdString(name + "=" + value);
    return out;
}

QStringList familiesOf(const PromExposition &e)
{
    QStringList out;
    for (const PromFamily &f : e.families)
        out << QString::fromStdString(f.name + "|" + f.type + "|" + f.help);
    return out;
}

// Prometheus' own parser, through `promtool check metrics`: the line of its first text
// format parsing error, 0 when it found none (lint findings such as a missing HELP are
// not parsing errors), -1 when promtool could not be run.
int promtoolErrorLine(const QByteArray &text, QString *message = nullptr)
{
    QProcess promtool;
    promtool.start("promtool", {"check", "metrics"});
    if (!promtool.waitForStarted(10000))
        return -1;
    promtool.write(text);
    promtool.closeWriteChannel();
    if (!promtool.waitForFinished(30000))
        return -1;
    const QString out
        = QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
    if (message)
        *message = out.trimmed();
    static const QRegularExpression parseError("parsing error in line (\\d+)");
    const QRegularExpressionMatch m = parseError.match(out);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

class tst_PrometheusText : public QObject
{
    Q_OBJECT

private slots:
    void validSample_data();
    void validSample();
    void families_data();
    void families();
    void familyOfSuffixedSamples();
    void malformed_data();
    void malformed();
    void promtoolAgreesOnValid_data() { validSample_data(); }
    void promtoolAgreesOnValid();
    void promtoolAgreesOnMalformed_data() { malformed_data(); }
    void promtoolAgreesOnMalformed();
    void realWeirRunText();
};

void tst_PrometheusText::validSample_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("samples"); // how many the text holds
    QTest::addColumn<int>("index"); // the one checked
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("timestamp"); // -1: none
    // Where Prometheus' stricter parser fails on it (promtool), 0 if it reads it too.
    QTest::addColumn<int>("promtoolLine");

    auto row
        = [](const char *tag, const QByteArray &text, int samples, int index, const QString &name,
             const QStringList &labels, double value, qint64 timestamp = -1, int promtoolLine = 0) {
              QTest::newRow(tag) << text << samples << index << name << labels << value << timestamp
                                 << promtoolLine;
          };
    row("plain", "foo 1\n", 1, 0, "foo", {}, 1);
    row("no final newline", "foo 42", 1, 0, "foo", {}, 42, -1, 1);
    row("labels", "foo{a=\"x\",b=\"y\"} 2.5\n", 1, 0, "foo", {"a=x", "b=y"}, 2.5);
    row("label order kept", "foo{z=\"1\",a=\"2\"} 0\n", 1, 0, "foo", {"z=1", "a=2"}, 0);
    row("timestamp", "foo 1 1700000000123\n", 1, 0, "foo", {}, 1, 1700000000123);
    row("negative timestamp", "foo 1 -5\n", 1, 0, "foo", {}, 1, -5);
    row("labels and timestamp", "foo{a=\"b\"} 3 17\n", 1, 0, "foo", {"a=b"}, 3, 17);
    row("escaped backslash",
        R"(foo{path="C:\\dir"} 1)"
        "\n",
        1, 0, "foo", {"path=C:\\dir"}, 1);
    row("escaped quote",
        R"(foo{q="say \"hi\""} 1)"
        "\n",
        1, 0, "foo", {"q=say \"hi\""}, 1);
    row("escaped newline",
        R"(foo{m="a\nb"} 1)"
        "\n",
        1, 0, "foo", {"m=a\nb"}, 1);
    row("comma and brace in value",
        R"x(foo{a="x,}y",b="="} 1)x"
        "\n",
        1, 0, "foo", {"a=x,}y", "b=="}, 1);
    row("utf-8 value", "foo{city=\"Zürich\"} 1\n", 1, 0, "foo", {"city=Zürich"}, 1);
    row("empty value", "foo{a=\"\"} 1\n", 1, 0, "foo", {"a="}, 1);
    row("trailing comma", "foo{a=\"1\",} 3\n", 1, 0, "foo", {"a=1"}, 3);
    row("empty label set", "foo{} 4\n", 1, 0, "foo", {}, 4);
    row("blanks inside labels", "foo { a = \"1\" ,\tb=\"2\" } 5\n", 1, 0, "foo", {"a=1", "b=2"}, 5);
    row("tabs between fields", "foo\t6\t7\n", 1, 0, "foo", {}, 6, 7);
    row("colon in name", "job:rate:5m 1\n", 1, 0, "job:rate:5m", {}, 1);
    row("underscore name", "_x 1\n", 1, 0, "_x", {}, 1);
    row("NaN", "foo NaN\n", 1, 0, "foo", {}, kNaN);
    row("+Inf", "foo +Inf\n", 1, 0, "foo", {}, kInf);
    row("-Inf", "foo -Inf\n", 1, 0, "foo", {}, -kInf);
    row("exponent", "foo 1.5e3\n", 1, 0, "foo", {}, 1500);
    row("negative exponent", "foo -2E-2\n", 1, 0, "foo", {}, -0.02);
    row("explicit plus", "foo +7.25\n", 1, 0, "foo", {}, 7.25);
    row("leading dot", "foo .5\n", 1, 0, "foo", {}, 0.5);
    row("large integer", "foo 18446744073709551615\n", 1, 0, "foo", {}, 18446744073709551615.0);
    row("crlf", "a 1\r\nb{x=\"y\"} 2\r\n", 2, 1, "b", {"x=y"}, 2, -1, 1);
    row("comments and blank lines", "# a comment\n\n#\n   \n# HELP_NOT a\nfoo 1\n\n", 1, 0, "foo",
        {}, 1);
    row("leading blanks", "   foo 9\n", 1, 0, "foo", {}, 9);
    row("third of several", "a 1\nb 2\nc{k=\"v\"} 3 4\nd 5\n", 4, 2, "c", {"k=v"}, 3, 4);
}

void tst_PrometheusText::validSample()
{
    QFETCH(QByteArray, text);
    QFETCH(int, samples);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QStringList, labels);
    QFETCH(double, value);
    QFETCH(qint64, timestamp);

    const PromExposition e = parsePrometheusText(text.toStdString());
    QCOMPARE(int(e.samples.size()), samples);
    const PromSample &s = e.samples[size_t(index)];
    QCOMPARE(QString::fromStdString(s.name), name);
    QCOMPARE(labelsOf(s), labels);
    if (std::isnan(value))
        QVERIFY(std::isnan(s.value));
    else
        QCOMPARE(s.value, value);
    QCOMPARE(s.timestampMs.has_value(), timestamp != -1);
    if (timestamp != -1)
        QCOMPARE(qint64(*s.timestampMs), timestamp);
    for (const QString &l : labels) {
        const QString labelName = l.section('=', 0, 0);
        QCOMPARE(QString::fromStdString(s.label(labelName.toStdString())), l.section('=', 1));
    }
    QCOMPARE(s.label("no_such_label"), std::string());
}

void tst_PrometheusText::families_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("families"); // name|type|help, in declaration order
    QTest::addColumn<int>("samples");

    for (const char *type : {"counter", "gauge", "histogram", "summary", "untyped"}) {
        QTest::newRow(type) << QByteArray("# TYPE m ") + type + "\n"
                            << QStringList {QString("m|%1|").arg(type)} << 0;
    }
    QTest::newRow("help then type")
        << QByteArray("# HELP reqs Requests served\n# TYPE reqs counter\nreqs 5\n")
        << QStringList {"reqs|counter|Requests served"} << 1;
    QTest::newRow("type then help")
        << QByteArray("# TYPE reqs gauge\n# HELP reqs In flight\nreqs 5\n")
        << QStringList {"reqs|gauge|In flight"} << 1;
    QTest::newRow("help only is untyped")
        << QByteArray("# HELP x Some text\nx 1\n") << QStringList {"x|untyped|Some text"} << 1;
    QTest::newRow("help escapes") << QByteArray(R"(# HELP x A \\ and\nsecond line)"
                                                "\n")
                                  << QStringList {"x|untyped|A \\ and\nsecond line"} << 0;
    // Prometheus reads these as plain comments.
    QTest::newRow("help without text") << QByteArray("# HELP x\n") << QStringList {} << 0;
    QTest::newRow("help without name") << QByteArray("# HELP\n") << QStringList {} << 0;
    QTest::newRow("type without type") << QByteArray("# TYPE x \n") << QStringList {} << 0;
    QTest::newRow("type without name") << QByteArray("# TYPE  \n") << QStringList {} << 0;
    QTest::newRow("help keeps quotes and braces")
        << QByteArray("# HELP x say \"{a}\"\n") << QStringList {"x|untyped|say \"{a}\""} << 0;
    QTest::newRow("several, in order")
        << QByteArray("# TYPE b gauge\nb 1\n# TYPE a counter\na 2\n# HELP c c\n")
        << QStringList {"b|gauge|", "a|counter|", "c|untyped|c"} << 2;
    QTest::newRow("crlf") << QByteArray("# HELP a Help\r\n# TYPE a counter\r\na 1\r\n")
                          << QStringList {"a|counter|Help"} << 1;
    QTest::newRow("histogram with samples")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"0.5\"} 1\nh_bucket{le=\"+Inf\"} 2\n"
                      "h_sum 0.75\nh_count 2\n")
        << QStringList {"h|histogram|"} << 4;
    QTest::newRow("summary with samples")
        << QByteArray("# TYPE s summary\ns{quantile=\"0.5\"} 1\ns_sum 3\ns_count 2\n")
        << QStringList {"s|summary|"} << 3;
    QTest::newRow("blanks around type")
        << QByteArray("#   TYPE\tm   gauge  \n") << QStringList {"m|gauge|"} << 0;
}

void tst_PrometheusText::families()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, families);
    QFETCH(int, samples);
    const PromExposition e = parsePrometheusText(text.toStdString());
    QCOMPARE(familiesOf(e), families);
    QCOMPARE(int(e.samples.size()), samples);
}

void tst_PrometheusText::familyOfSuffixedSamples()
{
    const PromExposition e = parsePrometheusText("# TYPE h histogram\n# TYPE s summary\n"
                                                 "# TYPE c counter\n# TYPE g gauge\n");
    auto familyName = [&](const char *sample) {
        const PromFamily *f = e.familyOf(sample);
        return f ? QString::fromStdString(f->name) : QString("-");
    };
    QCOMPARE(familyName("h_bucket"), QString("h"));
    QCOMPARE(familyName("h_sum"), QString("h"));
    QCOMPARE(familyName("h_count"), QString("h"));
    QCOMPARE(familyName("s"), QString("s"));
    QCOMPARE(familyName("s_sum"), QString("s"));
    QCOMPARE(familyName("s_count"), QString("s"));
    QCOMPARE(familyName("s_bucket"), QString("-")); // summaries have no buckets
    QCOMPARE(familyName("c"), QString("c"));
    QCOMPARE(familyName("c_sum"), QString("-")); // a counter has no suffixed samples
    QCOMPARE(familyName("g_count"), QString("-"));
    QCOMPARE(familyName("nothing"), QString("-"));
}

void tst_PrometheusText::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    // Where promtool finds the first error: the same line, or 0 where Prometheus' parser
    // reads on (ours refuses histograms and summaries it could not use), or an earlier
    // line where it is the stricter one (CRLF).
    QTest::addColumn<int>("promtoolLine");

    auto row = [](const char *tag, const QByteArray &text, int line, const QString &fragment,
                  int promtoolLine = -1) {
        QTest::newRow(tag) << text << line << fragment << (promtoolLine < 0 ? line : promtoolLine);
    };
    row("unterminated value", "a 1\nb 2\n# c\n\nx 1\ny 2\nlag{topic=\"abc} 1\nz 3\n", 7,
        R"(unterminated label value for "topic")");
    row("not a number", "a 1\nb 2\nc abc\n", 3, R"("abc" is not a number)");
    row("double dot", "c 1.5.5\n", 1, R"("1.5.5" is not a number)");
    row("hex", "c 0x1A\n", 1, R"("0x1A" is not a number)");
    row("dangling exponent", "c 1e\n", 1, R"("1e" is not a number)");
    row("missing value", "a 1\nfoo\n", 2, R"(missing value for "foo")");
    row("missing value after labels", "foo{a=\"b\"}\n", 1, R"(missing value for "foo")");
    row("bad metric name", "1foo 1\n", 1, R"("1foo" is not a valid metric name)");
    row("dash in metric name", "foo-bar 1\n", 1, R"("foo-bar" is not a valid metric name)");
    row("json body", "{\"status\": \"ok\"}\n", 1, "is not a valid metric name");
    row("html body", "<html>\n<body>hi</body>\n</html>\n", 1,
        R"("<html>" is not a valid metric name)");
    row("bad label name", "foo{1a=\"x\"} 1\n", 1, R"("1a" is not a valid label name)");
    row("colon in label name", "foo{a:b=\"x\"} 1\n", 1, R"("a:b" is not a valid label name)");
    row("duplicate label", "foo{a=\"x\",b=\"1\",a=\"y\"} 1\n", 1, R"(duplicate label "a")");
    row("missing equals", "foo{a\"x\"} 1\n", 1, R"(expected "=" after label name "a")");
    row("unquoted value", "foo{a=x} 1\n", 1, R"(label value for "a" is not quoted)");
    row("missing comma", "foo{a=\"x\" b=\"y\"} 1\n", 1,
        R"(expected "," or "}" after the value of label "a")");
    row("unterminated set", "foo{a=\"x\"\n", 1, R"(unterminated label set of "foo")");
    row("unterminated empty set", "foo{\n", 1, R"(unterminated label set of "foo")");
    row("bad escape", R"(foo{a="x\qy"} 1)", 1, R"(invalid escape "\q" in the value of label "a")");
    row("escape at end", "foo{a=\"x\\", 1, R"(unterminated label value for "a")");
    row("bad timestamp", "foo 1 abc\n", 1, R"("abc" is not a timestamp)");
    row("fractional timestamp", "foo 1 1.5\n", 1, R"("1.5" is not a timestamp)");
    row("trailing junk", "foo 1 2 3\n", 1, R"(unexpected "3" after the sample of "foo")");
    row("type twice", "# TYPE foo counter\nfoo 1\n# TYPE foo gauge\n", 3,
        R"(second TYPE for "foo")");
    row("type after samples", "foo 1\n# TYPE foo counter\n", 2,
        R"(TYPE for "foo" after its samples)");
    row("histogram type after buckets", "h_bucket{le=\"1\"} 1\n# TYPE h histogram\n", 2,
        R"(TYPE for "h" after its samples)", 0);
    row("unknown type", "# TYPE foo bogus\n", 1, R"(unknown metric type "bogus" for "foo")");
    row("type with extra", "# TYPE foo counter extra\n", 1,
        R"(unexpected "extra" after the TYPE of "foo")");
    row("help twice", "# HELP foo a\n# HELP foo b\n", 2, R"(second HELP for "foo")");
    row("help bad name", "# HELP 9x text\n", 1, R"("9x" is not a valid metric name)");
    row("help bad escape", R"(# HELP x a \t b)", 1, R"(invalid escape "\t" in HELP text)");
    row("bucket without le", "# TYPE h histogram\nh_bucket{a=\"1\"} 1\n", 2,
        R"("h_bucket" has no "le" label)", 0);
    row("bucket with bad le", "# TYPE h histogram\nh_bucket{le=\"high\"} 1\n", 2,
        R"("le" label of "h_bucket": "high" is not a number)");
    row("summary without quantile", "# TYPE s summary\ns 1\n", 2, R"("s" has no "quantile" label)",
        0);
    row("crlf line numbers", "a 1\r\n\r\nb x\r\n", 3, R"("x" is not a number)", 1);
}

void tst_PrometheusText::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    try {
        parsePrometheusText(text.toStdString());
        QFAIL("parsed without an error");
    } catch (const PrometheusTextError &e) {
        const QString what = QString::fromStdString(e.what());
        QCOMPARE(e.line(), line);
        QVERIFY2(what.startsWith(QString("line %1: ").arg(line)), qPrintable(what));
        QVERIFY2(what.contains(fragment), qPrintable(what));
        QCOMPARE(QString::fromStdString(e.problem()), what.mid(what.indexOf(": ") + 2));
    }
}

// Prometheus' own parser reads the same texts, but for the leniencies noted in the data.
void tst_PrometheusText::promtoolAgreesOnValid()
{
    QFETCH(QByteArray, text);
    QFETCH(int, promtoolLine);
    QString message;
    QCOMPARE(promtoolErrorLine(text, &message), promtoolLine);
}

// Prometheus' own parser stops at the same line, but for the differences noted in the data.
void tst_PrometheusText::promtoolAgreesOnMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, promtoolLine);
    QString message;
    QCOMPARE(promtoolErrorLine(text, &message), promtoolLine);
}

// What a running weir-run serves parses whole, and each sample belongs to a family the
// text declared, with the type prometheusmetrics.cpp gives it.
void tst_PrometheusText::realWeirRunText()
{
    WeirWorker worker;
    QVERIFY2(worker.waitUntilRunning(), qPrintable(worker.stderrText()));
    const QString body = worker.metricsBody();
    const PromExposition e = parsePrometheusText(body.toStdString());
    QVERIFY(e.samples.size() > 20);
    for (const PromSample &s : e.samples) {
        const PromFamily *f = e.familyOf(s.name);
        QVERIFY2(f, s.name.c_str());
        QVERIFY2(!f->help.empty(), f->name.c_str());
        if (s.name.rfind("pipeline_", 0) == 0) // not the exposer's own metrics
            QCOMPARE(s.label("pipeline"), std::string("user_events_generator"));
    }
    const std::pair<const char *, const char *> types[]
        = {{"pipeline_events_processed_total", "counter"},
           {"pipeline_node_records_total", "counter"},
           {"pipeline_end_to_end_latency_seconds", "histogram"},
           {"pipeline_processing_seconds", "histogram"},
           {"pipeline_queue_depth", "gauge"},
           {"pipeline_watermark_delay_seconds", "gauge"}};
    for (const auto &[name, type] : types) {
        const PromFamily *f = e.family(name);
        QVERIFY2(f, name);
        QCOMPARE(f->type, std::string(type));
    }
    // One value checked against the text itself, found by plain string search.
    const QString series
        = R"(pipeline_node_records_total{node="events",pipeline="user_events_generator",port="out"})";
    const double expected = metricValue(body, series);
    QVERIFY(expected > 0);
    bool found = false;
    for (const PromSample &s : e.samples) {
        if (s.name == "pipeline_node_records_total" && s.label("node") == "events"
            && s.label("port") == "out") {
            QCOMPARE(s.value, expected);
            found = true;
        }
    }
    QVERIFY(found);
    worker.stop();
}

QTEST_GUILESS_MAIN(tst_PrometheusText)
#include "tst_prometheustext.moc"
