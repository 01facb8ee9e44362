#include "kafkaworker.h"

#include "kafkaadmin.h"

#include <QPointer>
#include <QThread>

namespace weir {

KafkaWorker::KafkaWorker(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("kafka-browser"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

KafkaWorker::~KafkaWorker()
{
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
    m_admin.reset(); // its thread has ended: no job can use it any more
}

void KafkaWorker::connectTo(const QString &servers, const Json &config, Delivery onConnected)
{
    m_servers = servers;
    m_config = config;
    m_connected = false;
    emit connectedChanged(false);
    const std::string bootstrap = servers.trimmed().toStdString();
    post(tr("cannot connect to %1").arg(servers), [this, bootstrap, config, onConnected] {
        auto admin = std::make_shared<KafkaAdmin>(bootstrap, config);
        admin->listTopics(std::chrono::seconds(10)); // proves the servers answer
        m_admin = admin;
        return Delivery([this, onConnected] {
            m_connected = true;
            emit connectedChanged(true);
            if (onConnected)
                onConnected();
        });
    });
}

void KafkaWorker::run(const QString &what, Job job, std::function<void(const QString &)> onError)
{
    post(
        what,
        [this, job] {
            if (!m_admin)
                throw std::runtime_error("not connected");
            return job(*m_admin);
        },
        onError);
}

void KafkaWorker::post(const QString &what, std::function<Delivery()> work,
                       std::function<void(const QString &)> onError)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    QPointer<KafkaWorker> self(this);
    QMetaObject::invokeMethod(
        m_context,
        [self, what, work, onError] {
            Delivery delivery;
            QString error;
            try {
                delivery = work();
            } catch (const std::exception &e) {
                error = what + QStringLiteral(": ") + QString::fromStdString(e.what());
            }
            // Queued to the worker object's thread (the GUI); dropped if it is gone by then.
            QMetaObject::invokeMethod(
                self.data(),
                [self, delivery, error, onError] {
                    if (!self)
                        return;
                    if (!error.isEmpty() && onError)
                        onError(error);
                    else if (!error.isEmpty())
                        emit self->failed(error);
                    else if (delivery)
                        delivery();
                    self->finishOne();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void KafkaWorker::finishOne()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

} // namespace weir
