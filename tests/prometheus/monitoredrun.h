#pragma once

// weir-run serving /metrics on a free loopback port while it runs monitored.weir.json:
// a pipeline that feeds every metric family weir-run exports (see that file).
#include "../cli/weirrunprocess.h"
#include "../common/metricsscrape.h"

#include <QProcess>
#include <QTemporaryDir>

class MonitoredRun
{
public:
    static QString pipelinePath()
    {
        return QStringLiteral(WEIR_SOURCE_DIR "/tests/prometheus/monitored.weir.json");
    }

    ~MonitoredRun() { stop(); }

    // Starts weir-run; `extra` are more command-line arguments (--set ...).
    bool start(const QStringList &extra = {})
    {
        m_port = freeLoopbackPort();
        m_process.setWorkingDirectory(m_dir.path());
        m_process.start(weirRunPath(),
                        QStringList {pipelinePath(), "--quiet", "--metrics-addr", address()}
                            + extra);
        return m_process.waitForStarted();
    }

    bool running() const { return m_process.state() == QProcess::Running; }
    QString address() const { return "127.0.0.1:" + QString::number(m_port); }
    quint16 port() const { return m_port; }
    QString scrape() const { return scrapeMetrics(m_port); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString pipelineName() const { return "monitored"; }

    // Stops gracefully (SIGTERM: the batch in flight is committed); true on exit code 0.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
            return false;
        }
        m_err = QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    QString stderrText() const { return m_err; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_err;
};
