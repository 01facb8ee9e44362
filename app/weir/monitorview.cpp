#include "monitorview.h"

#include "alertbanner.h"
#include "monitorpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace weir {

MonitorView::MonitorView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new AlertBanner(this))
    , m_showing(new QLabel(this))
    , m_workers(new QComboBox(this))
    , m_live(new QPushButton(tr("This Run"), this))
    , m_workersButton(new QPushButton(tr("Remote Workers"), this))
    , m_panel(new MonitorPanel(this))
{
    m_live->setToolTip(tr("Chart the pipeline running in this window"));
    m_workersButton->setToolTip(tr("Chart the remote workers added in the Workers panel"));
    m_workers->setToolTip(tr("All workers summed, or one worker"));
    m_workers->setAccessibleName(tr("Worker shown"));
    connect(m_live, &QPushButton::clicked, this, [this] { emit sourceRequested(Source::Live); });
    connect(m_workersButton, &QPushButton::clicked, this,
            [this] { emit sourceRequested(Source::Workers); });
    connect(m_workers, &QComboBox::activated, this,
            [this] { emit workerChosen(chosenWorker()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_showing, 1);
    bar->addWidget(m_workers);
    bar->addWidget(m_live);
    bar->addWidget(m_workersButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_panel, 1);
    showSource(Source::Live);
    setWorkers({});
}

void MonitorView::showSource(Source source, const QString &title)
{
    m_source = source;
    switch (source) {
    case Source::Live:
        m_showing->setText(tr("Showing this window's run"));
        break;
    case Source::Workers:
        m_showing->setText(tr("Showing the remote workers"));
        break;
    case Source::PastRun:
        m_showing->setText(tr("Showing a past run: %1").arg(title));
        break;
    }
    updateButtons();
}

// This run or the workers: whichever is not shown, the workers once there are any.
void MonitorView::updateButtons()
{
    m_live->setEnabled(m_source != Source::Live);
    m_workersButton->setEnabled(m_source != Source::Workers && m_workers->count() > 1);
    m_workers->setVisible(m_source == Source::Workers);
}

void MonitorView::setWorkers(const QStringList &workers)
{
    const QString chosen = chosenWorker();
    m_workers->clear();
    m_workers->addItem(tr("All workers (summed)"), QString());
    for (const QString &name : workers)
        m_workers->addItem(name, name);
    m_workers->setCurrentIndex(std::max(0, m_workers->findData(chosen)));
    updateButtons();
}

QString MonitorView::chosenWorker() const
{
    return m_workers->currentData().toString();
}

} // namespace weir
