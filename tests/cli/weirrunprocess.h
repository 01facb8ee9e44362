#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the weir-run binary of this build and collects its exit code and output.
struct WeirRunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString weirRunPath()
{
    return QStringLiteral(WEIR_BINARY_DIR "/app/weir-run/weir-run");
}

// The example pipeline fed straight by the generator: deterministic, bounded with
// events.count, no Kafka.
inline QString examplePipeline()
{
    return QStringLiteral(WEIR_SOURCE_DIR "/resources/examples/user_events_generator.weir.json");
}

// The example `make run` runs: generator -> sandbox topic user_events -> the same pipeline.
inline QString sandboxExamplePipeline()
{
    return QStringLiteral(WEIR_SOURCE_DIR "/resources/examples/user_events.weir.json");
}

inline WeirRunResult runWeirRun(const QStringList &args, const QString &workDir = {},
                                int timeoutMs = 120000,
                                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.setProcessEnvironment(env);
    process.start(weirRunPath(), args);
    WeirRunResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
