#pragma once

#include "kafkabrowsetypes.h"
#include "pipeline.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace weir {

class FetchStartEdit;

// The topic browser's search: text in keys and values, or a filter expression over
// partition, offset, timestamp, key, value and headers (see messagefilter.h), scanned over
// a range of the topic on its own thread with its own KafkaAdmin, with progress and Cancel.
class KafkaSearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit KafkaSearchBar(QWidget *parent = nullptr);
    ~KafkaSearchBar() override; // cancels a running search and waits for it

    void setConnection(const QString &servers, const Json &config);
    // The partitions searched; empty: all of the topic's.
    void setTopic(const QString &topic, const std::vector<int32_t> &partitions);
    void setQuery(const QString &text, bool expression);
    FetchStartEdit *rangeStart() const { return m_from; }
    void setMaxPerPartition(int records);

    // Starts a search (the Search button); false, with error() emitted, if it cannot.
    bool start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    /* search thread -> GUI thread, by queued calls */
    void finished(const std::vector<weir::KafkaMessage> &matches, const QString &summary);
    void error(const QString &message);

private:
    void setRunning(bool running);
    void showProgress(qint64 scanned, qint64 total);
    void threadDone();

    QComboBox *m_mode;
    QLineEdit *m_query;
    FetchStartEdit *m_from;
    QSpinBox *m_maxPerPartition;
    QPushButton *m_search;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QString m_servers;
    Json m_config;
    QString m_topic;
    std::vector<int32_t> m_partitions;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace weir
