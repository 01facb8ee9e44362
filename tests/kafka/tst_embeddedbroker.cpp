#include "brokerprocess.h"

#include <QTemporaryDir>
#include <QtTest>

// `weir-run --embedded-broker`: the sandbox broker starts before the pipeline runs.
class tst_EmbeddedBroker : public QObject
{
    Q_OBJECT

private slots:
    void printsBootstrapFirstAndRunsOnce();
};

void tst_EmbeddedBroker::printsBootstrapFirstAndRunsOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess run;
    ProcessGuard guard(run);
    run.setWorkingDirectory(dir.path());
    run.start(QStringLiteral(WEIR_BINARY_DIR "/app/weir-run/weir-run"),
              {QStringLiteral(WEIR_SOURCE_DIR "/resources/examples/user_events_generator.weir.json"),
               "--embedded-broker", "--once", "--set", "events.count=1000", "--set",
               "events.rate=0", "--quiet"});
    const QString first = readFirstLine(run);
    QVERIFY2(first.startsWith("bootstrap.servers=127.0.0.1:"), qPrintable(first));
    QVERIFY(run.waitForFinished(120000));
    const QByteArray err = run.readAllStandardError();
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QVERIFY2(run.exitCode() == 0, err.constData());
}

QTEST_GUILESS_MAIN(tst_EmbeddedBroker)
#include "tst_embeddedbroker.moc"
