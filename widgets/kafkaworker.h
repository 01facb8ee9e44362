#pragma once

#include "pipeline.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <string>

class QThread;

namespace weir {

class KafkaAdmin;

// Runs the topic browser's Kafka calls off the GUI thread: one worker thread that owns the
// connection's KafkaAdmin (which is not thread-safe) and runs jobs one after the other.
// A job runs on the worker thread and returns a delivery that runs on the GUI thread; an
// exception becomes failed(). Deliveries of a destroyed worker are dropped.
class KafkaWorker : public QObject
{
    Q_OBJECT

public:
    using Delivery = std::function<void()>;
    /* GUI thread -> worker thread; the Delivery comes back: worker thread -> GUI thread */
    using Job = std::function<Delivery(KafkaAdmin &)>;

    explicit KafkaWorker(QObject *parent = nullptr);
    ~KafkaWorker() override;

    // Replaces the connection (jobs already queued run on the old one). `onConnected` runs
    // on the GUI thread once the KafkaAdmin exists; refused keys and bad servers fail().
    void connectTo(const QString &servers, const Json &config, Delivery onConnected = {});
    bool isConnected() const { return m_connected; }
    const QString &servers() const { return m_servers; }
    const Json &config() const { return m_config; }

    // Queues `job`; `what` starts the error message ("cannot list topics: ..."), which goes
    // to `onError` when given, else to failed().
    void run(const QString &what, Job job, std::function<void(const QString &)> onError = {});
    bool isBusy() const { return m_pending > 0; }

signals:
    void busyChanged(bool busy);
    void connectedChanged(bool connected);
    void failed(const QString &message);

private:
    void post(const QString &what, std::function<Delivery()> work,
              std::function<void(const QString &)> onError = {});
    void finishOne();

    QThread *m_thread;
    QObject *m_context; // lives on m_thread: the target of queued jobs
    std::shared_ptr<KafkaAdmin> m_admin; // used on m_thread only
    QString m_servers;
    Json m_config;
    bool m_connected = false;
    int m_pending = 0;
};

} // namespace weir
