#include "remoteworkers.h"

#include "prometheustext.h"
#include "workercombine.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace weir {

RemoteWorkers::RemoteWorkers(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<weir::MonitorSample>("weir::MonitorSample");
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RemoteWorkers::poll);
}

RemoteWorkers::~RemoteWorkers()
{
    // Replies die with the manager; make sure none calls back into a half-destroyed object.
    for (QNetworkReply *reply : m_pending)
        reply->disconnect(this);
}

bool RemoteWorkers::addWorker(const QString &name, const QUrl &metricsUrl,
                              const QStringList &sinkNodes)
{
    const QString scheme = metricsUrl.scheme();
    if (name.isEmpty() || m_workers.count(name) || !metricsUrl.isValid()
        || (scheme != "http" && scheme != "https") || metricsUrl.host().isEmpty())
        return false;
    std::set<std::string> sinks;
    for (const QString &sink : sinkNodes)
        sinks.insert(sink.toStdString());
    Worker &worker = m_workers[name];
    worker.url = metricsUrl;
    worker.sampler.setSinkNodes(std::move(sinks));
    if (!m_clock.isValid())
        m_clock.start();
    if (!m_timer.isActive()) {
        m_timer.start();
        QTimer::singleShot(0, this, &RemoteWorkers::poll); // the first answer without delay
    }
    return true;
}

bool RemoteWorkers::removeWorker(const QString &name)
{
    const auto it = m_workers.find(name);
    if (it == m_workers.end())
        return false;
    QPointer<QNetworkReply> reply = it->second.reply;
    m_workers.erase(it);
    m_round.erase(name.toStdString());
    if (reply)
        reply->abort(); // finished() finds no worker and only closes the round
    if (m_workers.empty())
        m_timer.stop();
    return true;
}

QStringList RemoteWorkers::workers() const
{
    QStringList names;
    for (const auto &[name, worker] : m_workers)
        names << name;
    return names;
}

QUrl RemoteWorkers::metricsUrl(const QString &name) const
{
    const auto it = m_workers.find(name);
    return it == m_workers.end() ? QUrl() : it->second.url;
}

bool RemoteWorkers::isOk(const QString &name) const
{
    const auto it = m_workers.find(name);
    return it != m_workers.end() && it->second.ok;
}

QString RemoteWorkers::lastError(const QString &name) const
{
    const auto it = m_workers.find(name);
    return it == m_workers.end() ? QString() : it->second.error;
}

void RemoteWorkers::setPollInterval(int ms)
{
    m_timer.setInterval(ms);
}

void RemoteWorkers::poll()
{
    if (!m_pending.empty() || m_workers.empty())
        return;
    m_roundT = now();
    m_round.clear();
    for (auto &[name, worker] : m_workers)
        request(name, worker);
}

void RemoteWorkers::request(const QString &name, Worker &worker)
{
    QNetworkRequest request(worker.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "text/plain;version=0.0.4");
    QNetworkReply *reply = m_network.get(request);
    worker.reply = reply;
    m_pending.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, name, reply] { finished(name, reply); });
}

void RemoteWorkers::finished(const QString &name, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_workers.find(name);
    if (it != m_workers.end() && it->second.reply == reply) {
        Worker &worker = it->second;
        worker.reply = nullptr;
        if (reply->error() == QNetworkReply::NoError)
            scraped(name, worker, reply->readAll());
        else
            setStatus(name, worker, false, failure(reply));
    }
    if (m_pending.erase(reply) && m_pending.empty())
        finishRound();
}

void RemoteWorkers::scraped(const QString &name, Worker &worker, const QByteArray &body)
{
    PromExposition exposition;
    try {
        exposition = parsePrometheusText(std::string_view(body.constData(), size_t(body.size())));
    } catch (const PrometheusTextError &e) {
        setStatus(name, worker, false,
                  tr("not Prometheus text: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    if (std::optional<MonitorSample> sample = worker.sampler.add(exposition, now()))
        m_round[name.toStdString()] = std::move(*sample);
    setStatus(name, worker, true, {});
}

QString RemoteWorkers::failure(QNetworkReply *reply) const
{
    const QUrl url = reply->url();
    const QString where = url.host() + (url.port() >= 0 ? ":" + QString::number(url.port()) : "");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return tr("HTTP %1 %2 from %3")
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                 url.toString());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused by %1 (is the worker running with --metrics-addr?)")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return tr("host not found: %1").arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("no answer from %1 within %2 ms").arg(where).arg(m_timeoutMs);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection without an answer").arg(where);
    default:
        return reply->errorString();
    }
}

void RemoteWorkers::setStatus(const QString &name, Worker &worker, bool ok, const QString &error)
{
    if (worker.known && worker.ok == ok && worker.error == error)
        return;
    worker.known = true;
    worker.ok = ok;
    worker.error = error;
    emit workerStatusChanged(name, ok, error);
}

void RemoteWorkers::finishRound()
{
    if (m_round.empty())
        return;
    MonitorSample combined = combineWorkers(m_round);
    combined.t = m_roundT;
    m_round.clear();
    emit sampled(combined);
}

} // namespace weir
