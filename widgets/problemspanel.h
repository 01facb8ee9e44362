#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace weir {

class PipelineModel;

// The model's problems, re-validated live as the pipeline is edited: one row each with a
// severity icon, the node ("(pipeline)" for the whole file), the parameter and the
// message, under a title with the count. Activating a row (click, double-click, Enter)
// emits problemActivated, so the main window can select the node and focus the field.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(PipelineModel *model, QWidget *parent = nullptr);

    int count() const;
    QTreeWidget *view() const { return m_view; }
    // "3 problems", "1 problem", "No problems".
    QString title() const;

signals:
    void problemActivated(const QString &node, const QString &param);
    void countChanged(int count);

private:
    void refresh();
    void activate(QTreeWidgetItem *item);

    PipelineModel *m_model;
    QLabel *m_icon;
    QLabel *m_title;
    QTreeWidget *m_view;
    int m_count = 0;
};

} // namespace weir
