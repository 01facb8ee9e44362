#pragma once

// A real Prometheus server (Debian's /usr/bin/prometheus) on loopback for tests: it
// scrapes one target every second into a temporary TSDB and answers instant queries.
#include "../common/metricsscrape.h"
#include "httpget.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class PrometheusServer
{
public:
    static constexpr const char *kJob = "weir";

    ~PrometheusServer() { stop(); }

    // Starts scraping `target` ("127.0.0.1:9464"); false (with `error`) if it isn't
    // ready to answer queries within the timeout.
    bool start(const QString &target, QString &error, int timeoutMs = 15000)
    {
        m_port = freeLoopbackPort();
        QFile config(m_dir.filePath("prometheus.yml"));
        if (!config.open(QIODevice::WriteOnly)) {
            error = "cannot write " + config.fileName();
            return false;
        }
        config.write(QString("global:\n"
                             "  scrape_interval: 1s\n"
                             "  scrape_timeout: 1s\n"
                             "  evaluation_interval: 1s\n"
                             "scrape_configs:\n"
                             "  - job_name: %1\n"
                             "    static_configs:\n"
                             "      - targets: ['%2']\n")
                         .arg(kJob, target)
                         .toUtf8());
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            "/usr/bin/prometheus",
            {"--config.file=" + config.fileName(), "--storage.tsdb.path=" + m_dir.filePath("data"),
             "--web.listen-address=127.0.0.1:" + QString::number(m_port), "--log.level=warn"});
        if (!m_process.waitForStarted()) {
            error = "cannot start /usr/bin/prometheus: " + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (httpGet(url("/-/ready"), 1000).status == 200)
                return true;
            m_process.waitForFinished(100); // returns early only if it exits
        }
        error = "prometheus not ready: " + QString::fromUtf8(m_process.readAll());
        return false;
    }

    // The JSON answer of /api/v1/query for `expr` (empty when there was none).
    QJsonObject query(const QString &expr) const
    {
        QUrl u = url("/api/v1/query");
        // Fully encoded by hand: QUrlQuery would leave '+', which the server reads as ' '.
        u.setQuery("query=" + QString::fromLatin1(QUrl::toPercentEncoding(expr)));
        return QJsonDocument::fromJson(httpGet(u).body).object();
    }

    // The result vector of a successful instant query (empty on error or no data).
    QJsonArray results(const QString &expr) const
    {
        const QJsonObject answer = query(expr);
        if (answer.value("status").toString() != "success")
            return {};
        return answer.value("data").toObject().value("result").toArray();
    }

    // What Grafana's label_values(match, label) lists: /api/v1/label/<label>/values.
    QStringList labelValues(const QString &label, const QString &match) const
    {
        QUrl u = url("/api/v1/label/" + label + "/values");
        u.setQuery("match%5B%5D=" + QString::fromLatin1(QUrl::toPercentEncoding(match)));
        const QJsonObject answer = QJsonDocument::fromJson(httpGet(u).body).object();
        QStringList values;
        for (const QJsonValue &v : answer.value("data").toArray())
            values << v.toString();
        return values;
    }

    QString log() { return QString::fromUtf8(m_process.readAll()); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    int exitCode() const { return m_process.exitCode(); }

private:
    QUrl url(const QString &path) const
    {
        return QUrl(QString("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
