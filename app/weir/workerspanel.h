#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace weir {

class RemoteWorkers;
struct MonitorSample;

// Remote workers: headless weir-run processes (or any exporter) added by their /metrics
// URL. Lists each with its state (scraping, or why not) and its current input rate; the
// monitor charts them summed, or one worker at a time.
class WorkersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkersPanel(RemoteWorkers *workers, QWidget *parent = nullptr);

    // Adds a worker as the Add button does; false with the reason shown when the name or
    // URL is not usable.
    bool add(const QString &name, const QString &url);
    QString statusOf(const QString &name) const;
    int workerCount() const;
    QString lastError() const;

signals:
    void workersChanged(const QStringList &names);

private:
    void addFromFields();
    void removeSelected();
    void showStatus(const QString &name, bool ok, const QString &error);
    void showSample(const MonitorSample &sample);
    QTreeWidgetItem *item(const QString &name) const;
    void setError(const QString &message);

    RemoteWorkers *m_workers;
    QTreeWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QPushButton *m_add;
    QPushButton *m_remove;
    QString m_lastError;
};

} // namespace weir
