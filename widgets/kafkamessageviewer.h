#pragma once

#include "kafkabrowsetypes.h"

#include <QMap>
#include <QPair>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace weir {

class FetchStartEdit;
class JsonHighlighter;
class KafkaMessageModel;
class KafkaSearchBar;
class KafkaWorker;
class MessagePager;

// The topic browser's message viewer: pages of one partition or all partitions of a topic
// (from an offset, a time, the oldest or the newest), a table of the messages, the selected
// one as highlighted JSON, a search bar, NDJSON export and "replay through the pipeline".
// Paging runs on `worker`'s thread; the search on its own.
class KafkaMessageViewer : public QWidget
{
    Q_OBJECT

public:
    explicit KafkaMessageViewer(KafkaWorker *worker, QWidget *parent = nullptr);

    // Shows `topic`, with these partitions to choose from; `partition` -1: all of them.
    void setTopic(const QString &topic, const std::vector<int32_t> &partitions, int partition = -1);
    QString topic() const { return m_topic; }

    void openPage(const FetchStart &start); // asynchronous: the model fills when it arrives
    void openPage(); // from the start chosen in the bar
    void nextPage();
    void previousPage();
    void setPageSize(int messages);

    KafkaMessageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *jsonView() const { return m_json; }
    KafkaSearchBar *searchBar() const { return m_search; }
    FetchStartEdit *startEdit() const { return m_start; }

    std::vector<KafkaMessage> selectedMessages() const;
    // Per partition: min offset .. max offset + 1 of the selected messages.
    QMap<int, QPair<qint64, qint64>> selectedRanges() const;
    // Write NDJSON (messageexport.h); false with `error` set when the file cannot be written.
    bool exportShown(const QString &path, QString *error = nullptr) const;
    bool exportSelected(const QString &path, QString *error = nullptr) const;

signals:
    void replayRequested(const QString &topic,
                         const QMap<int, QPair<qint64, qint64>> &offsetRanges);
    void statusMessage(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makePagingBar();
    QWidget *makeActionBar();
    void page(int direction, const FetchStart &start);
    void showMessages(std::vector<KafkaMessage> messages, const QString &status);
    void showSelected();
    void exportWithDialog(bool selectedOnly);
    bool exportMessages(const QString &path, const std::vector<KafkaMessage> &messages,
                        QString *error) const;
    std::vector<int32_t> chosenPartitions() const;

    KafkaWorker *m_worker;
    QString m_topic;
    std::vector<int32_t> m_partitions;
    std::shared_ptr<MessagePager> m_pager; // used by jobs on the worker thread only
    KafkaMessageModel *m_model;
    QComboBox *m_partition;
    FetchStartEdit *m_start;
    QSpinBox *m_pageSize;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTableView *m_table;
    QPlainTextEdit *m_json;
    JsonHighlighter *m_highlighter;
    KafkaSearchBar *m_search;
    QLabel *m_status;
};

} // namespace weir
