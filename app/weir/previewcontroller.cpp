#include "previewcontroller.h"

#include "backgroundtask.h"
#include "boundedrun.h"
#include "previewpanel.h"
#include "previewplan.h"
#include "previewresult.h"
#include "previewrun.h"
#include "sentencelayout.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace weir {

namespace {

struct PlanOutcome
{
    std::shared_ptr<PreviewPlan> plan;
    QString error;
};

size_t sourceCount(const Pipeline &pipeline)
{
    size_t count = 0;
    for (const NodeSpec &node : pipeline.nodes)
        count += node.type.starts_with("source.") ? 1 : 0;
    return count;
}

} // namespace

PreviewController::PreviewController(std::function<Pipeline()> pipeline, QString scratchDirectory,
                                     QWidget *parent)
    : QWidget(parent)
    , m_pipeline(std::move(pipeline))
    , m_directory(std::move(scratchDirectory))
    , m_records(new QSpinBox(this))
    , m_sampleSource(new QComboBox(this))
    , m_sampleFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_start(new QPushButton(tr("&Preview"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_panel(new PreviewPanel(this))
    , m_run(new BoundedRun(this))
{
    setObjectName(QStringLiteral("previewController"));
    m_records->setRange(1, 1000000);
    m_records->setValue(1000);
    m_records->setAccessibleName(tr("Records to preview per source"));
    m_sampleSource->setAccessibleName(tr("Source the sample file replaces"));
    m_sampleSource->setToolTip(tr("Preview a sample NDJSON file instead of one source's data"));
    m_sampleFile->setPlaceholderText(tr("sample.ndjson"));
    m_sampleFile->setAccessibleName(tr("Sample file"));
    m_cancel->setEnabled(false);
    m_progress->setMaximumWidth(200);
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    addSentence(bar, tr("First %1 records per source from %2"), {m_records, m_sampleSource});
    bar->addWidget(m_sampleFile);
    bar->addWidget(m_browse);
    bar->addWidget(m_start);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_panel, 1);
    m_status->setText(tr("Runs the pipeline on its first records without touching its sinks; "
                         "then click a node on the canvas to see what it sent."));

    connect(m_sampleSource, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_sampleFile->setEnabled(index > 0);
        m_browse->setEnabled(index > 0);
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Sample File"), m_sampleFile->text(),
            tr("Newline-delimited JSON (*.ndjson *.jsonl *.json);;All files (*)"));
        if (!file.isEmpty())
            m_sampleFile->setText(file);
    });
    refreshSources();
    connect(m_start, &QPushButton::clicked, this, &PreviewController::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run->isActive())
            m_run->cancel();
        else
            m_cancelPlanning = true; // still planning: the run is not started
    });
    connect(m_run, &BoundedRun::progress, this, [this](quint64 read, quint64 expected) {
        m_progress->setMaximum(expected > 0 ? int(expected) : 0);
        m_progress->setValue(int(std::min(read, expected)));
    });
    connect(m_run, &BoundedRun::logMessage, this, &PreviewController::logMessage);
    connect(m_run, &BoundedRun::failed, this, [this](const QString &message) {
        setBusy(false, message);
        emit failed(message);
    });
    connect(m_run, &BoundedRun::finished, this, [this](const MetricsSnapshot &last) {
        m_panel->setResult(PreviewResult(*m_plan));
        setBusy(false, tr("Previewed %L1 records. Click a node to see its records.").arg(last.eventsIn));
        if (!m_pendingNode.isEmpty())
            m_panel->showNode(std::exchange(m_pendingNode, {}));
        emit finished();
    });
}

PreviewController::~PreviewController() = default;

void PreviewController::setRecords(int records)
{
    m_records->setValue(records);
}

void PreviewController::setSample(const QString &sourceId, const QString &file)
{
    refreshSources();
    m_sampleSource->setCurrentIndex(file.isEmpty() ? 0 : std::max(0, m_sampleSource->findData(sourceId)));
    m_sampleFile->setText(file);
}

void PreviewController::refreshSources()
{
    const QString current = m_sampleSource->currentData().toString();
    const QSignalBlocker blocker(m_sampleSource);
    m_sampleSource->clear();
    m_sampleSource->addItem(tr("its sources"));
    for (const NodeSpec &node : m_pipeline().nodes)
        if (node.type.starts_with("source."))
            m_sampleSource->addItem(tr("a sample file for %1").arg(QString::fromStdString(node.id)),
                                    QString::fromStdString(node.id));
    m_sampleSource->setCurrentIndex(std::max(0, m_sampleSource->findData(current)));
    m_sampleFile->setEnabled(m_sampleSource->currentIndex() > 0);
    m_browse->setEnabled(m_sampleSource->currentIndex() > 0);
}

bool PreviewController::start()
{
    if (isRunning())
        return false;
    m_cancelPlanning = false;
    if (!QDir().mkpath(m_directory)) {
        setBusy(false, tr("Cannot create the preview folder %1").arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    emit showPanel(this);
    setBusy(true, tr("Planning the preview…"));
    const Pipeline pipeline = m_pipeline();
    PreviewOptions options;
    options.records = m_records->value();
    options.directory = m_directory.toStdString();
    if (m_sampleSource->currentIndex() > 0) {
        if (m_sampleFile->text().trimmed().isEmpty()) {
            setBusy(false, tr("Choose the sample file, or preview the sources themselves"));
            return false;
        }
        options.sampleSource = m_sampleSource->currentData().toString().toStdString();
        options.sampleFile = m_sampleFile->text().trimmed().toStdString();
    }
    runInBackground(
        this,
        [pipeline, options]() {
            PlanOutcome outcome;
            try {
                outcome.plan = std::make_shared<PreviewPlan>(
                    planPreview(pipeline, options, kafkaTopicsOf(pipeline)));
            } catch (const std::exception &e) {
                outcome.error = QString::fromStdString(e.what());
            }
            return outcome;
        },
        [this](const PlanOutcome &outcome) {
            if (std::exchange(m_cancelPlanning, false)) {
                setBusy(false, tr("Preview cancelled before it started"));
                return;
            }
            if (!outcome.error.isEmpty()) {
                setBusy(false, tr("Cannot preview: %1").arg(outcome.error));
                emit failed(outcome.error);
                return;
            }
            m_plan = outcome.plan;
            const uint64_t expected = uint64_t(m_records->value()) * sourceCount(m_plan->original);
            if (!m_run->start(m_plan->pipeline, tr("Preview"), expected))
                setBusy(false, m_status->text());
            else
                setBusy(true, tr("Previewing…"));
        });
    return true;
}

bool PreviewController::isRunning() const
{
    return m_cancel->isEnabled();
}

void PreviewController::showNode(const QString &nodeId)
{
    if (m_panel->result().isEmpty())
        m_pendingNode = nodeId;
    else
        m_panel->showNode(nodeId);
}

void PreviewController::setBusy(bool busy, const QString &status)
{
    m_start->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_records->setEnabled(!busy);
    if (busy)
        m_progress->setMaximum(0);
    m_status->setText(status);
}

} // namespace weir
