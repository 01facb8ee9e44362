#include "brokerprocess.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

// weir-run on the generator example with --embedded-broker --quiet and `args`, in `dir`.
void startExample(QProcess &run, const QString &dir, const QStringList &args)
{
    run.setWorkingDirectory(dir);
    run.start(QStringLiteral(WEIR_BINARY_DIR "/app/weir-run/weir-run"),
              QStringList{QStringLiteral(WEIR_SOURCE_DIR
                                         "/resources/examples/user_events_generator.weir.json"),
                          "--embedded-broker", "--quiet"}
                  + args);
}

} // namespace

// `weir-run --embedded-broker`: the sandbox broker starts before the pipeline runs.
class tst_EmbeddedBroker : public QObject
{
    Q_OBJECT

private slots:
    void printsBootstrapFirstAndRunsOnce();
    void sandboxSizeIsASetting();
};

void tst_EmbeddedBroker::printsBootstrapFirstAndRunsOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess run;
    ProcessGuard guard(run);
    startExample(run, dir.path(),
                 {"--once", "--set", "events.count=1000", "--set", "events.rate=0"});
    const QString first = readFirstLine(run);
    QVERIFY2(first.startsWith("bootstrap.servers=127.0.0.1:"), qPrintable(first));
    QVERIFY(run.waitForFinished(120000));
    const QByteArray err = run.readAllStandardError();
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QVERIFY2(run.exitCode() == 0, err.constData());
}

// --sandbox-brokers 3: the printed address lists three listeners, and kcat's metadata of the
// sandbox shows three brokers; --sandbox-partitions is checked by the parser.
void tst_EmbeddedBroker::sandboxSizeIsASetting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess run;
    ProcessGuard guard(run);
    startExample(run, dir.path(),
                 {"--sandbox-brokers", "3", "--sandbox-partitions", "5", "--set",
                  "events.rate=1000"});
    const QString first = readFirstLine(run);
    QVERIFY2(first.startsWith("bootstrap.servers="), qPrintable(first));
    const QString servers = first.mid(int(strlen("bootstrap.servers=")));
    QCOMPARE(servers.split(',').size(), 3);
    const ToolResult metadata = runTool("kcat", {"-L", "-b", servers});
    QVERIFY2(metadata.exitCode == 0, metadata.err.constData());
    QVERIFY2(metadata.out.contains(" 3 brokers:"), metadata.out.constData());
    run.terminate();
    QVERIFY(run.waitForFinished(30000));

    const ToolResult bad = runTool(QStringLiteral(WEIR_BINARY_DIR "/app/weir-run/weir-run"),
                                   {"x.weir.json", "--sandbox-partitions", "0"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--sandbox-partitions needs a number from 1 to 64"),
             bad.err.constData());
}

QTEST_GUILESS_MAIN(tst_EmbeddedBroker)
#include "tst_embeddedbroker.moc"
