#pragma once

// A headless weir-run worker serving /metrics on a free loopback port: the generator
// example pipeline at a modest rate, in its own temporary directory, until stopped.
#include "../cli/weirrunprocess.h"
#include "../common/metricsscrape.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

class WeirWorker
{
public:
    // On `port`, or on a free one when 0.
    explicit WeirWorker(int eventsPerSecond = 2000, quint16 port = 0)
        : m_port(port ? port : freeLoopbackPort())
    {
        m_process.setWorkingDirectory(m_dir.path());
        m_process.start(weirRunPath(),
                        {examplePipeline(), "--quiet", "--duration", "600", "--metrics-addr",
                         QString("127.0.0.1:%1").arg(m_port), "--set",
                         QString("events.rate=%1").arg(eventsPerSecond)});
    }
    ~WeirWorker() { stop(); }

    quint16 port() const { return m_port; }
    QString url() const { return QString("http://127.0.0.1:%1/metrics").arg(m_port); }
    QString stderrText() { return QString::fromUtf8(m_process.readAllStandardError()); }

    // The body of /metrics (headers stripped), or "" when it does not answer.
    QString metricsBody() const
    {
        const QString reply = scrapeMetrics(m_port);
        const qsizetype bodyStart = reply.indexOf("\r\n\r\n");
        return bodyStart < 0 ? QString() : reply.mid(bodyStart + 4);
    }

    // True once the worker serves metrics and its source has sent records.
    bool waitUntilRunning(int timeoutMs = 30000) const
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (metricsBody().contains(R"(pipeline_node_records_total{node="events",)")
                && metricValue(metricsBody(),
                               R"(pipeline_node_records_total{node="events",pipeline=")"
                               R"(user_events_generator",port="out"})")
                    > 0)
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(50); // polling with a deadline, not a fixed wait
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: weir-run commits the batch in flight and exits
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QTemporaryDir m_dir;
    quint16 m_port;
    QProcess m_process;
};
