#pragma once

#include "kafkabrowsetypes.h"
#include "offsetreset.h"

#include <QDialog>

#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace weir {

class KafkaWorker;

// Moves a consumer group's committed offsets of one topic: to the earliest or latest
// records, to a time, or to offsets typed per partition. Preview shows before / after per
// partition; Apply commits, and shows the engine's refusal while the group has members.
class OffsetResetDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { PartitionColumn, BeforeColumn, AfterColumn };

    OffsetResetDialog(KafkaWorker *worker, const QString &group, const std::vector<QString> &topics,
                      QWidget *parent = nullptr);

    void setTopic(const QString &topic);
    void setKind(OffsetResetPlan::Kind kind);
    void setTimestamp(int64_t ms);
    void setExplicitOffsets(const std::map<int32_t, int64_t> &offsets);
    // nullopt, with the reason shown, when the form is incomplete.
    std::optional<OffsetResetPlan> plan();

    void preview(); // asynchronous: previewed() or the error text follows
    void apply(); // asynchronous: applied() or the error text follows

    QTableWidget *table() const { return m_table; }
    QString errorText() const; // empty unless the last action failed
    const std::vector<OffsetResetRow> &rows() const { return m_rows; }

signals:
    void previewed();
    void applied();
    void refused(const QString &message);

private:
    void showRows(const std::vector<OffsetResetRow> &rows);
    void showMessage(const QString &message);
    void showError(const QString &message);
    void kindChanged();
    void afterEdited(int row, int column);

    KafkaWorker *m_worker;
    QString m_group;
    QComboBox *m_topic;
    QComboBox *m_kind;
    QLineEdit *m_time;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_apply;
    std::map<int32_t, int64_t> m_explicit;
    std::vector<OffsetResetRow> m_rows;
    QString m_error;
};

} // namespace weir
