#include "kafkamessageviewer.h"

#include "columntitles.h"
#include "fetchstartedit.h"
#include "jsonhighlighter.h"
#include "kafkaadmin.h"
#include "kafkamessagemodel.h"
#include "kafkasearchbar.h"
#include "kafkaworker.h"
#include "messageexport.h"
#include "messagepager.h"
#include "sentencelayout.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace weir {

namespace {

constexpr auto kTimeout = std::chrono::seconds(30);

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

KafkaMessageViewer::KafkaMessageViewer(KafkaWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_model(new KafkaMessageModel(this))
    , m_partition(new QComboBox)
    , m_start(new FetchStartEdit)
    , m_pageSize(new QSpinBox)
    , m_previous(new QPushButton(tr("◀ Previous")))
    , m_next(new QPushButton(tr("Next ▶")))
    , m_table(new QTableView)
    , m_json(new QPlainTextEdit)
    , m_search(new KafkaSearchBar)
    , m_status(new QLabel)
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    widenColumnsToTitles(m_table->horizontalHeader());
    m_table->setWordWrap(false);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("Select a message to see it here"));
    m_highlighter = new JsonHighlighter(m_json->document(), isDark(m_json->palette()));

    auto splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makePagingBar());
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(makeActionBar());

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KafkaMessageViewer::showSelected);
    connect(m_search, &KafkaSearchBar::finished, this,
            [this](const std::vector<KafkaMessage> &matches, const QString &summary) {
                showMessages(matches, summary);
            });
    connect(m_search, &KafkaSearchBar::error, this,
            [this](const QString &message) { emit statusMessage(message, true); });
}

QWidget *KafkaMessageViewer::makePagingBar()
{
    m_pageSize->setRange(1, 10000);
    m_pageSize->setValue(100);
    setSentence(m_pageSize, tr("%1 per page"));
    auto open = new QPushButton(tr("Load"));
    auto bar = new QWidget;
    auto row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_partition->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_partition);
    row->addWidget(m_start, 1);
    row->addWidget(m_pageSize);
    row->addWidget(open);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    connect(open, &QPushButton::clicked, this, qOverload<>(&KafkaMessageViewer::openPage));
    connect(m_previous, &QPushButton::clicked, this, &KafkaMessageViewer::previousPage);
    connect(m_next, &QPushButton::clicked, this, &KafkaMessageViewer::nextPage);
    connect(m_partition, &QComboBox::currentIndexChanged, this,
            [this] { m_search->setTopic(m_topic, chosenPartitions()); });
    return bar;
}

QWidget *KafkaMessageViewer::makeActionBar()
{
    auto exportShown = new QPushButton(tr("Export shown…"));
    auto exportSelected = new QPushButton(tr("Export selected…"));
    auto replay = new QPushButton(tr("Replay selection through pipeline…"));
    replay->setToolTip(tr("Run the current pipeline over the selected offsets of each partition"));
    auto bar = new QWidget;
    auto row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(exportShown);
    row->addWidget(exportSelected);
    row->addWidget(replay);
    connect(exportShown, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(exportSelected, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(replay, &QPushButton::clicked, this, [this] {
        const QMap<int, QPair<qint64, qint64>> ranges = selectedRanges();
        if (ranges.isEmpty())
            emit statusMessage(tr("Select the messages to replay first."), true);
        else
            emit replayRequested(m_topic, ranges);
    });
    return bar;
}

void KafkaMessageViewer::setTopic(const QString &topic, const std::vector<int32_t> &partitions,
                                  int partition)
{
    m_topic = topic;
    m_partitions = partitions;
    m_pager.reset();
    const QSignalBlocker blocker(m_partition);
    m_partition->clear();
    m_partition->addItem(tr("All partitions"), -1);
    for (int32_t p : partitions)
        m_partition->addItem(tr("Partition %1").arg(p), p);
    m_partition->setCurrentIndex(std::max(0, m_partition->findData(partition)));
    m_search->setTopic(topic, chosenPartitions());
    m_model->setMessages({});
    m_status->setText(topic);
}

std::vector<int32_t> KafkaMessageViewer::chosenPartitions() const
{
    const int chosen = m_partition->currentData().toInt();
    return chosen < 0 ? m_partitions : std::vector<int32_t> {chosen};
}

void KafkaMessageViewer::setPageSize(int messages)
{
    m_pageSize->setValue(messages);
}

void KafkaMessageViewer::openPage()
{
    QString why;
    if (const std::optional<FetchStart> start = m_start->fetchStart(&why))
        openPage(*start);
    else
        emit statusMessage(why, true);
}

void KafkaMessageViewer::openPage(const FetchStart &start)
{
    m_pager = std::make_shared<MessagePager>(m_topic.toStdString(), chosenPartitions(),
                                             size_t(m_pageSize->value()));
    page(0, start);
}

void KafkaMessageViewer::nextPage()
{
    page(1, {});
}

void KafkaMessageViewer::previousPage()
{
    page(-1, {});
}

void KafkaMessageViewer::page(int direction, const FetchStart &start)
{
    if (!m_pager) {
        openPage();
        return;
    }
    const std::shared_ptr<MessagePager> pager = m_pager;
    m_worker->run(
        tr("cannot read topic %1").arg(m_topic),
        [this, pager, direction, start](KafkaAdmin &admin) {
            std::vector<KafkaMessage> messages = direction == 0
                ? pager->open(admin, start, kTimeout)
                : direction > 0 ? pager->next(admin, kTimeout)
                                : pager->previous(admin, kTimeout);
            return KafkaWorker::Delivery([this, pager, direction, messages] {
                if (pager != m_pager)
                    return; // another topic or start was opened meanwhile
                if (messages.empty() && direction != 0) {
                    emit statusMessage(
                        direction > 0 ? tr("No newer messages.") : tr("No older messages."), false);
                    return;
                }
                showMessages(messages, tr("%1: %2 messages").arg(m_topic).arg(messages.size()));
            });
        });
}

void KafkaMessageViewer::showMessages(std::vector<KafkaMessage> messages, const QString &status)
{
    m_model->setMessages(std::move(messages));
    m_table->resizeColumnsToContents();
    m_json->clear();
    m_status->setText(status);
}

void KafkaMessageViewer::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return;
    m_json->setPlainText(KafkaMessageModel::jsonText(m_topic, m_model->message(current.row())));
}

std::vector<KafkaMessage> KafkaMessageViewer::selectedMessages() const
{
    std::vector<KafkaMessage> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.push_back(m_model->message(index.row()));
    std::sort(selected.begin(), selected.end(), [](const auto &a, const auto &b) {
        return std::pair(a.partition, a.offset) < std::pair(b.partition, b.offset);
    });
    return selected;
}

QMap<int, QPair<qint64, qint64>> KafkaMessageViewer::selectedRanges() const
{
    QMap<int, QPair<qint64, qint64>> ranges;
    for (const KafkaMessage &m : selectedMessages()) {
        auto it = ranges.find(m.partition);
        if (it == ranges.end())
            ranges.insert(m.partition, {m.offset, m.offset + 1});
        else
            *it = {std::min<qint64>(it->first, m.offset),
                   std::max<qint64>(it->second, m.offset + 1)};
    }
    return ranges;
}

bool KafkaMessageViewer::exportShown(const QString &path, QString *error) const
{
    return exportMessages(path, m_model->messages(), error);
}

bool KafkaMessageViewer::exportSelected(const QString &path, QString *error) const
{
    return exportMessages(path, selectedMessages(), error);
}

bool KafkaMessageViewer::exportMessages(const QString &path,
                                        const std::vector<KafkaMessage> &messages,
                                        QString *error) const
{
    try {
        exportNdjson(path.toStdString(), m_topic.toStdString(), messages);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

void KafkaMessageViewer::exportWithDialog(bool selectedOnly)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export messages"),
                                                      m_topic + QStringLiteral(".ndjson"),
                                                      tr("NDJSON (*.ndjson *.jsonl)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = selectedOnly ? exportSelected(path, &error) : exportShown(path, &error);
    emit statusMessage(ok ? tr("Exported to %1").arg(path) : error, !ok);
}

void KafkaMessageViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDarkBackground(isDark(palette())); // m_json may not have it yet
    QWidget::changeEvent(event);
}

} // namespace weir
