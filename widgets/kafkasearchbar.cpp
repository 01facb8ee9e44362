#include "kafkasearchbar.h"

#include "fetchstartedit.h"
#include "kafkaadmin.h"
#include "messagefilter.h"
#include "messagesearch.h"
#include "sentencelayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

namespace weir {

KafkaSearchBar::KafkaSearchBar(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox)
    , m_query(new QLineEdit)
    , m_from(new FetchStartEdit)
    , m_maxPerPartition(new QSpinBox)
    , m_search(new QPushButton(tr("Search")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_progress(new QProgressBar)
{
    m_mode->addItem(tr("Text"));
    m_mode->addItem(tr("Expression"));
    m_mode->setToolTip(tr("Text: found in the key or the value, any case.\nExpression: a "
                          "condition over partition, offset, timestamp, key, value, headers,\n"
                          "e.g. partition = 1 and key is not null and timestamp >= "
                          "'2026-11-26T03:00:00Z'"));
    m_query->setPlaceholderText(tr("Search keys and values…"));
    m_query->setClearButtonEnabled(true);
    m_maxPerPartition->setRange(1, 10'000'000);
    m_maxPerPartition->setValue(100'000);
    setSentence(m_maxPerPartition, tr("at most %1 per partition"));
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_cancel->setVisible(false);

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_query, 2);
    addSentence(layout, tr("from %1", "search from a position"), {m_from});
    layout->setStretchFactor(m_from, 1);
    layout->addWidget(m_maxPerPartition);
    layout->addWidget(m_search);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_query->setPlaceholderText(mode == 0 ? tr("Search keys and values…")
                                              : tr("partition = 0 and offset >= 100"));
    });
    connect(m_search, &QPushButton::clicked, this, &KafkaSearchBar::start);
    connect(m_query, &QLineEdit::returnPressed, this, &KafkaSearchBar::start);
    connect(m_cancel, &QPushButton::clicked, this, &KafkaSearchBar::cancel);
}

KafkaSearchBar::~KafkaSearchBar()
{
    if (m_thread) {
        m_stop->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void KafkaSearchBar::setConnection(const QString &servers, const Json &config)
{
    m_servers = servers;
    m_config = config;
}

void KafkaSearchBar::setTopic(const QString &topic, const std::vector<int32_t> &partitions)
{
    m_topic = topic;
    m_partitions = partitions;
}

void KafkaSearchBar::setQuery(const QString &text, bool expression)
{
    m_mode->setCurrentIndex(expression ? 1 : 0);
    m_query->setText(text);
}

void KafkaSearchBar::setMaxPerPartition(int records)
{
    m_maxPerPartition->setValue(records);
}

bool KafkaSearchBar::start()
{
    if (m_thread)
        return false;
    if (m_topic.isEmpty() || m_servers.isEmpty()) {
        emit error(tr("Connect and choose a topic before searching."));
        return false;
    }
    QString why;
    const std::optional<FetchStart> from = m_from->fetchStart(&why);
    if (!from) {
        emit error(why);
        return false;
    }
    std::shared_ptr<MessageFilter> filter;
    try { // parsed here so a mistake shows at once
        filter = std::make_shared<MessageFilter>(
            m_mode->currentIndex() == 1 ? MessageFilter::expression(m_query->text().toStdString())
                                        : MessageFilter::text(m_query->text().toStdString()));
    } catch (const std::exception &e) {
        emit error(tr("Search expression: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    SearchRange range {m_topic.toStdString(), m_partitions, *from, std::nullopt,
                       m_maxPerPartition->value()};
    if (from->kind == FetchStart::Kind::Newest) // the last "at most" records
        range.from = FetchStart::newest(m_maxPerPartition->value());
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const std::string servers = m_servers.toStdString();
    const Json config = m_config;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    m_thread = QThread::create([this, servers, config, range, filter, stop] {
        try {
            KafkaAdmin admin(servers, config); // KafkaAdmin is one per thread
            const SearchResult result
                = searchMessages(admin, range, *filter, *stop, [this](const SearchProgress &p) {
                      QMetaObject::invokeMethod(
                          this, [this, p] { showProgress(p.scanned, p.total); },
                          Qt::QueuedConnection);
                  });
            const QString summary
                = (result.cancelled ? tr("Cancelled: %1 matches in %2 of %3 records")
                                    : tr("%1 matches in %2 of %3 records"))
                      .arg(result.matches.size())
                      .arg(result.progress.scanned)
                      .arg(result.progress.total)
                + (result.truncated ? tr(" (stopped at the first %1)").arg(result.matches.size())
                                    : QString());
            QMetaObject::invokeMethod(
                this, [this, result, summary] { emit finished(result.matches, summary); },
                Qt::QueuedConnection);
        } catch (const std::exception &e) {
            const QString message = tr("Search failed: %1").arg(QString::fromStdString(e.what()));
            QMetaObject::invokeMethod(
                this, [this, message] { emit error(message); }, Qt::QueuedConnection);
        }
    });
    connect(m_thread, &QThread::finished, this, &KafkaSearchBar::threadDone);
    setRunning(true);
    m_thread->start();
    return true;
}

void KafkaSearchBar::cancel()
{
    if (m_stop)
        m_stop->store(true);
    m_cancel->setEnabled(false);
}

void KafkaSearchBar::threadDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    setRunning(false);
}

void KafkaSearchBar::setRunning(bool running)
{
    m_search->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the first progress report
        m_progress->setFormat(tr("Scanning…"));
    }
}

void KafkaSearchBar::showProgress(qint64 scanned, qint64 total)
{
    if (!m_thread || total <= 0)
        return;
    // QProgressBar counts in int: show per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(scanned * 1000 / total));
    m_progress->setFormat(tr("%1 of %2 records").arg(scanned).arg(total));
}

} // namespace weir
