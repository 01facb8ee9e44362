#include "replaypanel.h"

#include "backgroundtask.h"
#include "boundedrun.h"
#include "replayplan.h"
#include "replayrangeform.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <chrono>

namespace weir {

namespace {

constexpr std::chrono::seconds kKafkaTimeout{10};

// The outcome of resolving and planning off the GUI thread.
struct PlanOutcome
{
    ReplayPlan plan;
    int64_t records = 0;
    QString error;
};

QString rangesLabel(const std::vector<ReplayRange> &ranges)
{
    QStringList parts;
    for (const ReplayRange &range : ranges)
        if (!range.partition || range.from != range.to)
            parts << QString::fromStdString(range.toString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

ReplayPanel::ReplayPanel(std::function<Pipeline()> pipeline, QString scratchRoot, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(std::move(pipeline))
    , m_scratchRoot(std::move(scratchRoot))
    , m_form(new ReplayRangeForm(this))
    , m_toFolder(new QRadioButton(tr("Sinks into a scratch fol&der"), this))
    , m_dryRun(new QRadioButton(tr("Dr&y run (count only)"), this))
    , m_start(new QPushButton(tr("&Replay"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new ReplayResults(this))
    , m_run(new BoundedRun(this))
{
    setObjectName(QStringLiteral("replayPanel"));
    m_toFolder->setChecked(true);
    m_toFolder->setToolTip(tr("Each replay writes into its own folder under %1; the pipeline's "
                              "real sinks, topics and consumer groups are not touched")
                               .arg(QDir::toNativeSeparators(m_scratchRoot)));
    m_start->setDefault(true);
    m_cancel->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_toFolder);
    controls->addWidget(m_dryRun);
    controls->addStretch();
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_form, 1);
    topLayout->addLayout(controls);
    topLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(top);
    split->addWidget(m_results);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_form, &ReplayRangeForm::topicChanged, this, &ReplayPanel::loadWatermarks);
    connect(m_start, &QPushButton::clicked, this, &ReplayPanel::startReplay);
    connect(m_cancel, &QPushButton::clicked, this, &ReplayPanel::cancel);
    connect(m_results, &ReplayResults::problem, m_status, &QLabel::setText);
    connect(m_run, &BoundedRun::progress, this, [this](quint64 read, quint64 expected) {
        m_progress->setMaximum(expected > 0 ? 1000 : 0);
        if (expected > 0)
            m_progress->setValue(int(std::min<quint64>(1000, read * 1000 / expected)));
        m_status->setText(tr("Replaying: %L1 of %L2 records read").arg(read).arg(expected));
    });
    connect(m_run, &BoundedRun::finished, this, &ReplayPanel::finished);
    connect(m_run, &BoundedRun::failed, this, &ReplayPanel::failed);
    connect(m_run, &BoundedRun::logMessage, this, &ReplayPanel::logMessage);
    m_status->setText(tr("Choose a range and press Replay. The sandbox broker keeps at most "
                         "5 MiB or 100,000 message sets per partition."));
}

ReplayPanel::~ReplayPanel() = default;

void ReplayPanel::refreshTopics()
{
    QStringList topics;
    for (const NodeSpec &node : m_pipeline().nodes) {
        if (node.type != "source.kafka" || !node.params.contains("topics"))
            continue;
        for (const Json &topic : node.params["topics"])
            if (topic.is_string() && !topic.get<std::string>().starts_with('^')
                && !topics.contains(QString::fromStdString(topic.get<std::string>())))
                topics << QString::fromStdString(topic.get<std::string>());
    }
    m_form->setTopics(topics);
    if (!topics.isEmpty())
        loadWatermarks(m_form->topic());
    else
        m_status->setText(tr("This pipeline has no Kafka source: there is no topic to replay."));
}

void ReplayPanel::prefill(const QString &topic, const std::map<int32_t, OffsetRange> &ranges)
{
    refreshTopics();
    m_form->setTopic(topic);
    m_form->setMode(ReplayRangeForm::Mode::Offsets);
    // The watermarks arrive later; the ranges are applied once they did.
    m_prefill = [this, ranges] { m_form->setOnlyRanges(ranges); };
}

void ReplayPanel::setDryRun(bool dryRun)
{
    (dryRun ? m_dryRun : m_toFolder)->setChecked(true);
}

void ReplayPanel::loadWatermarks(const QString &topic)
{
    if (topic.isEmpty())
        return;
    const int request = ++m_watermarkRequest;
    const Pipeline pipeline = m_pipeline();
    m_status->setText(tr("Reading the partitions of %1…").arg(topic));
    using Marks = std::pair<std::map<int32_t, OffsetRange>, QString>;
    runInBackground(
        this,
        [pipeline, topic]() -> Marks {
            try {
                const ReplayRange all{topic.toStdString(), std::nullopt, {}, {}};
                ResolvedReplay resolved = resolvePipelineReplay(pipeline, {all}, kKafkaTimeout);
                return {resolved[topic.toStdString()], {}};
            } catch (const std::exception &e) {
                return {{}, QString::fromStdString(e.what())};
            }
        },
        [this, request, topic](const Marks &marks) {
            if (request != m_watermarkRequest)
                return; // a later topic was chosen meanwhile
            if (!marks.second.isEmpty()) {
                m_status->setText(tr("Cannot read the partitions of %1: %2").arg(topic, marks.second));
                return;
            }
            m_form->setWatermarks(topic, marks.first);
            if (m_prefill)
                std::exchange(m_prefill, {})();
            m_status->setText(tr("%1: %n partition(s). Narrow From/To per partition, or choose "
                                 "a time range.", nullptr, int(marks.first.size()))
                                  .arg(topic));
        });
}

bool ReplayPanel::startReplay()
{
    if (isRunning())
        return false;
    m_cancelPlanning = false;
    QString error;
    const auto ranges = m_form->ranges(error);
    if (!ranges) {
        failed(error);
        return false;
    }
    const bool dryRun = m_dryRun->isChecked();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString directory = QDir(m_scratchRoot).filePath(
        (dryRun ? QStringLiteral("dry-run-") : QStringLiteral("replay-")) + stamp);
    if (!QDir().mkpath(directory)) {
        failed(tr("Cannot create the replay folder %1").arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    m_dryRunDirectory = dryRun ? directory : QString();
    m_directory = directory;
    const QString label = tr("%1 at %2").arg(rangesLabel(*ranges),
                                              QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    setBusy(true, tr("Resolving the range on the cluster…"));
    const Pipeline pipeline = m_pipeline();
    runInBackground(
        this,
        [pipeline, ranges = *ranges, directory]() {
            PlanOutcome outcome;
            try {
                const ResolvedReplay resolved = resolvePipelineReplay(pipeline, ranges, kKafkaTimeout);
                outcome.plan = planReplay(pipeline, ranges, resolved, directory.toStdString());
                outcome.records = replayRecordCount(resolved);
            } catch (const std::exception &e) {
                outcome.error = QString::fromStdString(e.what());
            }
            return outcome;
        },
        [this, label, directory, dryRun](const PlanOutcome &outcome) {
            m_current = ReplayRecord{};
            m_current.label = label;
            m_current.directory = dryRun ? QString() : directory;
            planned(outcome.plan, outcome.records, outcome.error, label);
        });
    return true;
}

void ReplayPanel::planned(const ReplayPlan &plan, int64_t records, const QString &error,
                          const QString &label)
{
    if (std::exchange(m_cancelPlanning, false)) {
        failed(tr("Replay cancelled before it started"));
        return;
    }
    if (!error.isEmpty()) {
        failed(tr("Cannot replay: %1").arg(error));
        return;
    }
    m_current.sinks = plan.sinks;
    setBusy(true, tr("Replaying %L1 records…").arg(records));
    emit logMessage(tr("Replay %1: %L2 records into %3")
                        .arg(label)
                        .arg(records)
                        .arg(m_current.directory.isEmpty() ? tr("a dry run")
                                                           : QDir::toNativeSeparators(m_current.directory)));
    if (!m_run->start(plan.pipeline, tr("Replay"), uint64_t(records)))
        setBusy(false, m_status->text());
}

void ReplayPanel::finished(const MetricsSnapshot &last)
{
    m_current.finished = QDateTime::currentDateTime();
    m_current.recordsRead = last.eventsIn;
    QStringList counts;
    for (const SinkRedirect &sink : m_current.sinks) {
        m_current.sinkRecords.push_back(sinkRecordCount(sink));
        counts << tr("%1: %L2").arg(QString::fromStdString(sink.node)).arg(m_current.sinkRecords.back());
    }
    if (!m_dryRunDirectory.isEmpty())
        QDir(std::exchange(m_dryRunDirectory, {})).removeRecursively();
    m_replays.push_back(m_current);
    const int index = int(m_replays.size()) - 1;
    setBusy(false, tr("Replayed %L1 records. Rows per sink: %2%3")
                       .arg(last.eventsIn)
                       .arg(counts.join(QStringLiteral(", ")),
                            m_current.directory.isEmpty()
                                ? tr(" (dry run: nothing kept)")
                                : tr(". Results in %1").arg(QDir::toNativeSeparators(m_current.directory))));
    m_progress->setMaximum(1000);
    m_progress->setValue(1000);
    m_results->showLatest(m_replays);
    emit replayFinished(index);
}

void ReplayPanel::failed(const QString &message)
{
    if (!m_dryRunDirectory.isEmpty())
        QDir(std::exchange(m_dryRunDirectory, {})).removeRecursively();
    QDir().rmdir(m_directory); // a replay that wrote nothing leaves no empty folder
    setBusy(false, message);
    emit replayFailed(message);
}

void ReplayPanel::cancel()
{
    if (m_run->isActive())
        m_run->cancel();
    else
        m_cancelPlanning = true; // still resolving: the run is not started
}

bool ReplayPanel::isRunning() const
{
    return m_cancel->isEnabled();
}

void ReplayPanel::setBusy(bool busy, const QString &status)
{
    m_start->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_form->setEnabled(!busy);
    if (busy) {
        m_progress->setMaximum(0); // busy until the first progress
    }
    m_status->setText(status);
}

} // namespace weir
