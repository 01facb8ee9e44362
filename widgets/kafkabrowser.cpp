#include "kafkabrowser.h"

#include "kafkaadmin.h"
#include "kafkaconnectionbar.h"
#include "kafkagroupsview.h"
#include "kafkamessageviewer.h"
#include "kafkasearchbar.h"
#include "kafkatopicsview.h"
#include "kafkaworker.h"
#include "offsetresetdialog.h"

#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace weir {

namespace {

constexpr auto kTimeout = std::chrono::seconds(30);
constexpr int kRefreshMs = 5000;

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Runs on the worker thread: a group's offsets with the lag of each partition in seconds.
GroupLag withLagSeconds(KafkaAdmin &admin, GroupInfo info)
{
    GroupLag group {std::move(info), {}};
    const int64_t now = nowMs();
    for (const GroupPartition &p : group.info.partitions)
        group.lagSeconds.push_back(admin.lagSeconds(p, now, kTimeout));
    return group;
}

} // namespace

KafkaBrowser::KafkaBrowser(QWidget *parent)
    : QWidget(parent)
    , m_worker(new KafkaWorker(this))
    , m_connection(new KafkaConnectionBar)
    , m_busy(new QProgressBar)
    , m_tabs(new QTabWidget)
    , m_topics(new KafkaTopicsView)
    , m_groups(new KafkaGroupsView)
    , m_viewer(new KafkaMessageViewer(m_worker))
    , m_autoRefresh(new QTimer(this))
{
    setWindowTitle(tr("Kafka topics"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_tabs->addTab(m_topics, tr("Topics"));
    m_tabs->addTab(m_groups, tr("Consumer groups"));
    auto splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({460, 940}); // the groups' lag columns stay visible
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_connection);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);

    connect(m_connection, &KafkaConnectionBar::connectRequested, this,
            [this](const QString &servers, const Json &config) { connectTo(servers, config); });
    connect(m_worker, &KafkaWorker::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_worker, &KafkaWorker::failed, this, [this](const QString &m) { setStatus(m, true); });
    connect(m_worker, &KafkaWorker::connectedChanged, this, &KafkaBrowser::connectedChanged);
    connect(m_topics, &KafkaTopicsView::browseRequested, this, &KafkaBrowser::browseTopic);
    connect(m_groups, &KafkaGroupsView::lookupRequested, this, &KafkaBrowser::lookUpGroup);
    connect(m_groups, &KafkaGroupsView::resetRequested, this, &KafkaBrowser::openResetDialog);
    connect(m_viewer, &KafkaMessageViewer::replayRequested, this, &KafkaBrowser::replayRequested);
    connect(m_viewer, &KafkaMessageViewer::statusMessage, this, &KafkaBrowser::setStatus);
    // Rates need listings over time; poll only while shown and idle.
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && m_worker->isConnected() && !m_worker->isBusy())
            refreshTopics();
    });
    m_autoRefresh->start(kRefreshMs);
}

void KafkaBrowser::connectTo(const QString &servers, const Json &config)
{
    m_connection->setServers(servers);
    m_connection->setConfig(config);
    m_viewer->searchBar()->setConnection(servers, config);
    m_rates = {};
    setStatus(tr("Connecting to %1…").arg(servers), false);
    m_worker->connectTo(servers, config, [this, servers] {
        setStatus(tr("Connected to %1").arg(servers), false);
        refresh();
    });
}

void KafkaBrowser::refresh()
{
    refreshTopics();
    refreshGroups();
}

void KafkaBrowser::refreshTopics()
{
    m_worker->run(tr("cannot list the topics"), [this](KafkaAdmin &admin) {
        const std::vector<TopicInfo> topics = admin.listTopics(kTimeout);
        return KafkaWorker::Delivery([this, topics] {
            m_rates.update(topics, TopicRates::Clock::now());
            m_topics->setTopics(topics, m_rates);
        });
    });
}

void KafkaBrowser::refreshGroups()
{
    m_worker->run(
        tr("cannot list the consumer groups"),
        [this](KafkaAdmin &admin) {
            std::vector<GroupLag> groups;
            for (GroupInfo &info : admin.listGroups(kTimeout))
                groups.push_back(withLagSeconds(admin, std::move(info)));
            return KafkaWorker::Delivery([this, groups] { m_groups->setGroups(groups); });
        },
        [this](const QString &message) {
            // The sandbox has no ListGroups: not an error worth red text.
            m_groups->setToolTip(message + tr("\nLook a group up by its id instead."));
        });
}

void KafkaBrowser::browseTopic(const QString &topic, int partition)
{
    std::vector<int32_t> partitions;
    for (const TopicInfo &info : m_topics->topics())
        if (QString::fromStdString(info.name) == topic)
            for (const PartitionInfo &p : info.partitions)
                partitions.push_back(p.id);
    m_viewer->setTopic(topic, partitions, partition);
    m_viewer->openPage(FetchStart::oldest());
}

void KafkaBrowser::lookUpGroup(const QString &group)
{
    m_worker->run(tr("cannot read group %1").arg(group), [this, group](KafkaAdmin &admin) {
        const GroupLag lag
            = withLagSeconds(admin, admin.groupOffsets(group.toStdString(), kTimeout));
        return KafkaWorker::Delivery([this, lag] {
            m_groups->showGroup(lag);
            m_tabs->setCurrentWidget(m_groups);
        });
    });
}

OffsetResetDialog *KafkaBrowser::openResetDialog(const QString &group)
{
    std::vector<QString> topics;
    for (const TopicInfo &info : m_topics->topics())
        if (info.name.rfind("__", 0) != 0) // not Kafka's internal topics
            topics.push_back(QString::fromStdString(info.name));
    auto dialog = new OffsetResetDialog(m_worker, group, topics, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_viewer->topic().isEmpty())
        dialog->setTopic(m_viewer->topic());
    connect(dialog, &OffsetResetDialog::applied, this, [this, group] { lookUpGroup(group); });
    dialog->show();
    return dialog;
}

bool KafkaBrowser::isConnected() const
{
    return m_worker->isConnected();
}

bool KafkaBrowser::isBusy() const
{
    return m_worker->isBusy();
}

QString KafkaBrowser::statusText() const
{
    return m_connection->status();
}

void KafkaBrowser::setStatus(const QString &text, bool error)
{
    m_connection->setStatus(text, error);
}

} // namespace weir
