#pragma once

#include "expositionsampler.h"
#include "monitorsample.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <map>
#include <set>

class QNetworkReply;

namespace weir {

// Headless weir-run workers (or any Prometheus exporter) watched by their /metrics URL.
// Every poll interval all workers are scraped at once; when the round's last answer is
// in, sampled() carries the combined view (combineWorkers: summed, worst-of, and each
// worker under "worker/<name>/...") of the workers that answered in that round, with
// t = seconds since the first worker was added. A round with no answer emits nothing.
// A round still waiting when the next tick comes delays that tick's round (requests
// time out after requestTimeout(), so it is never long). Each worker's own sample is
// made by its ExpositionSampler at the time its answer arrived.
class RemoteWorkers : public QObject
{
    Q_OBJECT

public:
    explicit RemoteWorkers(QObject *parent = nullptr);
    ~RemoteWorkers() override;

    // False if `name` is empty or taken, or the URL is not http(s). `sinkNodes` are the
    // pipeline's sink node ids, for out_rate (see ExpositionSampler).
    bool addWorker(const QString &name, const QUrl &metricsUrl, const QStringList &sinkNodes = {});
    bool removeWorker(const QString &name);
    QStringList workers() const;
    QUrl metricsUrl(const QString &name) const;
    // The last scrape's outcome: ok, or the error workerStatusChanged() gave.
    bool isOk(const QString &name) const;
    QString lastError(const QString &name) const;

    int pollInterval() const { return m_timer.interval(); }
    void setPollInterval(int ms);
    int requestTimeout() const { return m_timeoutMs; }
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

signals:
    void sampled(const weir::MonitorSample &combined);
    // When a worker's scrape outcome changes (and after its first scrape): ok, or why not.
    void workerStatusChanged(const QString &name, bool ok, const QString &error);

private:
    struct Worker
    {
        QUrl url;
        ExpositionSampler sampler;
        QPointer<QNetworkReply> reply; // in flight
        bool known = false; // scraped at least once
        bool ok = false;
        QString error;
    };

    void poll();
    void request(const QString &name, Worker &worker);
    void finished(const QString &name, QNetworkReply *reply);
    void scraped(const QString &name, Worker &worker, const QByteArray &body);
    QString failure(QNetworkReply *reply) const;
    void setStatus(const QString &name, Worker &worker, bool ok, const QString &error);
    void finishRound();
    double now() const { return double(m_clock.nsecsElapsed()) / 1e9; }

    QNetworkAccessManager m_network;
    QTimer m_timer;
    QElapsedTimer m_clock; // started with the first worker
    int m_timeoutMs = 900;
    std::map<QString, Worker> m_workers;
    std::set<QNetworkReply *> m_pending; // this round's requests
    std::map<std::string, MonitorSample> m_round; // this round's samples, by worker
    double m_roundT = 0;
};

} // namespace weir
