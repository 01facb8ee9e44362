#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>

// Helpers for tests that talk to the sandbox broker through real Kafka clients.

inline QString weirBrokerPath()
{
    return QStringLiteral(WEIR_BINARY_DIR "/app/weir-broker/weir-broker");
}

// Waits (up to the deadline) for the first complete stdout line; empty on timeout or exit.
inline QString readFirstLine(QProcess &process, int timeoutMs = 20000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine()) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return {};
        process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return QString::fromUtf8(process.readLine()).trimmed();
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a client tool to completion, feeding it `input`; a timeout kills it (exit -1).
inline ToolResult runTool(const QString &program, const QStringList &args,
                          const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, args);
    ToolResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Stops a still-running process at the end of a test, whatever happened.
class ProcessGuard
{
public:
    explicit ProcessGuard(QProcess &process) : m_process(process) {}
    ~ProcessGuard()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

private:
    QProcess &m_process;
};
