#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace weir {

class AlertBanner;
class MonitorPanel;

// The Monitor dock's content: the alert banner, a line saying what the charts show (this
// run, the remote workers, or a past run) with the way back, and the charts.
class MonitorView : public QWidget
{
    Q_OBJECT

public:
    enum class Source { Live, Workers, PastRun };

    explicit MonitorView(QWidget *parent = nullptr);

    MonitorPanel *panel() const { return m_panel; }
    AlertBanner *banner() const { return m_banner; }
    Source source() const { return m_source; }
    // What the charts show; `title` names the past run. Workers offers `workers` to pick
    // (the summed view first).
    void showSource(Source source, const QString &title = {});
    void setWorkers(const QStringList &workers);
    QString chosenWorker() const; // empty: all workers summed

signals:
    void sourceRequested(weir::MonitorView::Source source);
    void workerChosen(const QString &worker);

private:
    void updateButtons();

    AlertBanner *m_banner;
    QLabel *m_showing;
    QComboBox *m_workers;
    QPushButton *m_live;
    QPushButton *m_workersButton;
    MonitorPanel *m_panel;
    Source m_source = Source::Live;
};

} // namespace weir
