#include "workerspanel.h"

#include "monitorsample.h"
#include "monitorseries.h"
#include "remoteworkers.h"
#include "runfigures.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace weir {

namespace {

enum Column { Name, Url, Status, Rate };

QString urlHelp()
{
    return QObject::tr("The worker's Prometheus endpoint: weir-run serves it at the "
                       "pipeline's metrics_addr");
}

} // namespace

WorkersPanel::WorkersPanel(RemoteWorkers *workers, QWidget *parent)
    : QWidget(parent)
    , m_workers(workers)
    , m_list(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setHeaderLabels({tr("Worker"), tr("Metrics URL"), tr("Status"), tr("Events/s")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Remote workers"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_name->setPlaceholderText(tr("name, e.g. worker-1"));
    m_name->setAccessibleName(tr("Worker name"));
    m_url->setPlaceholderText(tr("http://host:9464/metrics"));
    m_url->setAccessibleName(tr("Worker metrics URL"));
    m_url->setToolTip(urlHelp());
    m_add->setToolTip(tr("Scrape this worker every second and chart it"));
    m_remove->setToolTip(tr("Stop scraping the selected worker"));
    connect(m_add, &QPushButton::clicked, this, &WorkersPanel::addFromFields);
    connect(m_url, &QLineEdit::returnPressed, this, &WorkersPanel::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &WorkersPanel::removeSelected);
    connect(workers, &RemoteWorkers::workerStatusChanged, this, &WorkersPanel::showStatus);
    connect(workers, &RemoteWorkers::sampled, this, &WorkersPanel::showSample);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_name, 1);
    bar->addWidget(m_url, 3);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_list);
}

bool WorkersPanel::add(const QString &name, const QString &text)
{
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!kName.match(name).hasMatch()) {
        setError(tr("A worker needs a name of letters, digits and _ . : -"));
        return false;
    }
    if (item(name)) {
        setError(tr("There is a worker named '%1' already").arg(name));
        return false;
    }
    if (!url.isValid() || (url.scheme() != QLatin1String("http")
                           && url.scheme() != QLatin1String("https"))) {
        setError(tr("'%1' is not an http(s) URL").arg(text));
        return false;
    }
    if (!m_workers->addWorker(name, url)) {
        setError(tr("Could not add worker '%1'").arg(name));
        return false;
    }
    auto *row = new QTreeWidgetItem({name, url.toString(), tr("connecting…"), QString()});
    row->setTextAlignment(Rate, Qt::AlignRight);
    m_list->addTopLevelItem(row);
    setError({});
    emit workersChanged(m_workers->workers());
    return true;
}

QString WorkersPanel::statusOf(const QString &name) const
{
    const QTreeWidgetItem *row = item(name);
    return row ? row->text(Status) : QString();
}

int WorkersPanel::workerCount() const
{
    return m_list->topLevelItemCount();
}

QString WorkersPanel::lastError() const
{
    return m_lastError;
}

void WorkersPanel::addFromFields()
{
    if (add(m_name->text().trimmed(), m_url->text())) {
        m_name->clear();
        m_url->clear();
    }
}

void WorkersPanel::removeSelected()
{
    QTreeWidgetItem *row = m_list->currentItem();
    if (!row)
        return;
    m_workers->removeWorker(row->text(Name));
    delete row;
    emit workersChanged(m_workers->workers());
}

void WorkersPanel::showStatus(const QString &name, bool ok, const QString &error)
{
    if (QTreeWidgetItem *row = item(name)) {
        row->setText(Status, ok ? tr("scraping") : error);
        row->setToolTip(Status, error);
        row->setForeground(Status, ok ? palette().text() : QBrush(QColor(0xd9, 0x3f, 0x3f)));
    }
}

void WorkersPanel::showSample(const MonitorSample &sample)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        const std::string series = series::worker(row->text(Name).toStdString(), series::kInRate);
        if (sample.has(series))
            row->setText(Rate, compactCount(sample.value(series)));
    }
}

QTreeWidgetItem *WorkersPanel::item(const QString &name) const
{
    const auto found = m_list->findItems(name, Qt::MatchExactly, Name);
    return found.isEmpty() ? nullptr : found.first();
}

void WorkersPanel::setError(const QString &message)
{
    m_lastError = message;
    m_url->setToolTip(message.isEmpty() ? urlHelp() : message);
    m_url->setStyleSheet(message.isEmpty() ? QString()
                                           : QStringLiteral("QLineEdit { border: 1px solid #d93f3f; }"));
}

} // namespace weir
