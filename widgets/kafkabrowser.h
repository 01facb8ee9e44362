#pragma once

#include "pipeline.h"
#include "topicrates.h"

#include <QMap>
#include <QPair>
#include <QWidget>

class QProgressBar;
class QTabWidget;
class QTimer;

namespace weir {

class KafkaConnectionBar;
class KafkaGroupsView;
class KafkaMessageViewer;
class KafkaTopicsView;
class KafkaWorker;
class OffsetResetDialog;

// Weir's Kafka topic browser, a top-level widget fit for a dock: a connection bar (the
// sandbox or bootstrap servers plus librdkafka properties), topics with watermarks and
// recent rates, consumer groups with lag, and a message viewer with search, export and
// replay. Every Kafka call runs off the GUI thread (KafkaWorker; searches on their own).
class KafkaBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit KafkaBrowser(QWidget *parent = nullptr);

    // Connects (asynchronously) and lists topics and groups; errors show in the bar.
    void connectTo(const QString &servers, const Json &config = Json::object());
    void refresh(); // topics (and their rates) and groups again
    // Opens `topic` in the message viewer at its oldest records (partition -1: all).
    void browseTopic(const QString &topic, int partition = -1);
    void lookUpGroup(const QString &group);
    OffsetResetDialog *openResetDialog(const QString &group); // non-modal, deletes on close

    bool isConnected() const;
    bool isBusy() const;
    QString statusText() const;
    KafkaConnectionBar *connectionBar() const { return m_connection; }
    KafkaTopicsView *topicsView() const { return m_topics; }
    KafkaGroupsView *groupsView() const { return m_groups; }
    KafkaMessageViewer *messageViewer() const { return m_viewer; }

signals:
    // "Replay selection through pipeline…": per partition, offsets first..end (exclusive).
    void replayRequested(const QString &topic,
                         const QMap<int, QPair<qint64, qint64>> &offsetRanges);
    void connectedChanged(bool connected);

private:
    void refreshTopics();
    void refreshGroups();
    void setStatus(const QString &text, bool error);

    KafkaWorker *m_worker;
    KafkaConnectionBar *m_connection;
    QProgressBar *m_busy;
    QTabWidget *m_tabs;
    KafkaTopicsView *m_topics;
    KafkaGroupsView *m_groups;
    KafkaMessageViewer *m_viewer;
    QTimer *m_autoRefresh;
    TopicRates m_rates;
};

} // namespace weir
