#include "debugcontroller.h"

#include "datadirectory.h"
#include "debugpipeline.h"
#include "deadletterpanel.h"
#include "documentcontroller.h"
#include "kafkabrowser.h"
#include "pipelinemodel.h"
#include "previewcontroller.h"
#include "replaypanel.h"
#include "runlogpanel.h"

#include <QDir>

namespace weir {

namespace {

// The cluster the browser opens first: the document's first Kafka node's.
std::pair<QString, Json> firstCluster(const Pipeline &pipeline)
{
    for (const NodeSpec &node : pipeline.nodes) {
        if (node.type != "source.kafka" && node.type != "sink.kafka")
            continue;
        const Json config = node.params.value("config", Json::object());
        return {QString::fromStdString(node.params.value("bootstrap_servers", std::string("embedded"))),
                config.is_object() ? config : Json::object()};
    }
    return {QStringLiteral("embedded"), Json::object()};
}

} // namespace

DebugController::DebugController(PipelineModel *model, DocumentController *document,
                                 RunLogPanel *log, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_document(document)
    , m_log(log)
    , m_browser(new KafkaBrowser)
    , m_replay(new ReplayPanel([this] { return documentPipeline(); },
                               QDir(scratchRoot()).filePath(QStringLiteral("replays"))))
    , m_preview(new PreviewController([this] { return documentPipeline(); },
                                      QDir(scratchRoot()).filePath(QStringLiteral("preview"))))
    , m_deadLetters(new DeadLetterPanel([this] { return documentPipeline(); },
                                        QDir(scratchRoot()).filePath(QStringLiteral("redrive"))))
{
    m_browser->setObjectName(QStringLiteral("kafkaBrowser"));
    connect(m_browser, &KafkaBrowser::replayRequested, this,
            [this](const QString &topic, const QMap<int, QPair<qint64, qint64>> &ranges) {
                std::map<int32_t, OffsetRange> offsets;
                for (auto it = ranges.begin(); it != ranges.end(); ++it)
                    offsets[it.key()] = OffsetRange{it.value().first, it.value().second};
                m_replay->prefill(topic, offsets);
                emit showPanel(m_replay);
            });
    connect(m_replay, &ReplayPanel::logMessage, m_log, &RunLogPanel::append);
    connect(m_preview, &PreviewController::logMessage, m_log, &RunLogPanel::append);
    connect(m_deadLetters, &DeadLetterPanel::logMessage, m_log, &RunLogPanel::append);
    connect(m_preview, &PreviewController::showPanel, this, &DebugController::showPanel);
}

DebugController::~DebugController() = default;

QString DebugController::scratchRoot()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("debug"));
}

void DebugController::openBrowser()
{
    if (!m_browser->isConnected() && !m_browser->isBusy()) {
        const auto [servers, config] = firstCluster(documentPipeline());
        m_browser->connectTo(servers, config);
    }
    emit showPanel(m_browser);
}

void DebugController::openReplay()
{
    if (!m_replay->isRunning())
        m_replay->refreshTopics();
    emit showPanel(m_replay);
}

void DebugController::startPreview()
{
    m_preview->refreshSources();
    emit showPanel(m_preview);
    m_preview->start();
}

void DebugController::openDeadLetters()
{
    m_deadLetters->refresh();
    emit showPanel(m_deadLetters);
}

void DebugController::selectNodes(const QStringList &ids)
{
    if (ids.size() == 1)
        m_preview->showNode(ids.front());
}

Pipeline DebugController::documentPipeline() const
{
    Pipeline pipeline = m_model->toPipeline();
    resolveRelativePaths(pipeline, m_document->workingDirectory().toStdString());
    return pipeline;
}

} // namespace weir
