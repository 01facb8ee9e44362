#include "deadletterpanel.h"

#include "backgroundtask.h"
#include "boundedrun.h"
#include "deadletterview.h"
#include "redrive.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace weir {

namespace {

struct LettersRead
{
    std::vector<DeadLetter> letters;
    QString error;
};

struct RedriveOutcome
{
    RedrivePlan plan;
    QString error;
};

QString storeText(const DeadLetterStore &store)
{
    const QString where = QDir::toNativeSeparators(QString::fromStdString(store.path));
    return store.table.empty() ? QObject::tr("%1 (%2)").arg(QString::fromStdString(store.sink), where)
                               : QObject::tr("%1 (%2, table %3)")
                                     .arg(QString::fromStdString(store.sink), where,
                                          QString::fromStdString(store.table));
}

} // namespace

DeadLetterPanel::DeadLetterPanel(std::function<Pipeline()> pipeline, QString scratchDirectory,
                                 QWidget *parent)
    : QWidget(parent)
    , m_pipeline(std::move(pipeline))
    , m_directory(std::move(scratchDirectory))
    , m_stores(new QComboBox(this))
    , m_view(new DeadLetterView(this))
    , m_run(new BoundedRun(this))
{
    setObjectName(QStringLiteral("deadLetterPanel"));
    m_stores->setAccessibleName(tr("Dead-letter store"));
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Store:"), this);
    label->setBuddy(m_stores);
    top->addWidget(label);
    top->addWidget(m_stores, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_stores, &QComboBox::currentIndexChanged, this, &DeadLetterPanel::readStore);
    connect(m_view, &DeadLetterView::refreshRequested, this, &DeadLetterPanel::refresh);
    connect(m_view, &DeadLetterView::redriveRequested, this, &DeadLetterPanel::redrive);
    connect(m_run, &BoundedRun::logMessage, this, &DeadLetterPanel::logMessage);
    connect(m_run, &BoundedRun::failed, this, [this](const QString &message) {
        m_redriving.clear();
        m_view->setStatus(tr("%1. Nothing was removed from the store.").arg(message)
                          + restoreMarkers());
    });
    connect(m_run, &BoundedRun::finished, this, [this](const MetricsSnapshot &last) {
        const int redriven = int(m_redriving.size());
        const int failedAgain = int(last.errors);
        const QString markerError = restoreMarkers();
        QString status;
        try {
            removeDeadLetters(m_redriveStore, m_redriving);
            status = tr("Re-drove %n letter(s) into the pipeline's sinks", nullptr, redriven);
            if (failedAgain > 0)
                status += tr("; %n failed again and are back in the store with their new reason",
                             nullptr, failedAgain);
            if (m_refused > 0)
                status += tr("; %n could not be re-driven (see the log)", nullptr, m_refused);
        } catch (const std::exception &e) {
            status = tr("Re-drove %n letter(s), but could not remove them from the store: %1",
                        nullptr, redriven)
                         .arg(QString::fromStdString(e.what()));
        }
        status += markerError;
        emit logMessage(status);
        m_redriving.clear();
        refresh();
        m_view->setStatus(status);
        emit redriveFinished(redriven, failedAgain, m_refused);
    });
}

DeadLetterPanel::~DeadLetterPanel() = default;

void DeadLetterPanel::refresh()
{
    m_storeList = deadLetterStores(m_pipeline());
    const QString current = m_stores->currentText();
    const QSignalBlocker blocker(m_stores);
    m_stores->clear();
    for (const DeadLetterStore &store : m_storeList)
        m_stores->addItem(storeText(store));
    if (m_storeList.empty()) {
        m_view->setLetters({}, {});
        m_view->setStatus(tr("No dead letters are kept: wire a parser's errors port to a file "
                             "or SQLite sink to keep them."));
        return;
    }
    m_stores->setCurrentIndex(std::max(0, m_stores->findText(current)));
    readStore(m_stores->currentIndex());
}

void DeadLetterPanel::readStore(int index)
{
    if (index < 0 || size_t(index) >= m_storeList.size())
        return;
    const DeadLetterStore store = m_storeList[size_t(index)];
    const int request = ++m_readRequest;
    runInBackground(
        this,
        [store]() {
            LettersRead read;
            try {
                read.letters = readDeadLetters(store);
            } catch (const std::exception &e) {
                read.error = QString::fromStdString(e.what());
            }
            return read;
        },
        [this, store, request](const LettersRead &read) {
            if (request != m_readRequest)
                return;
            m_view->setLetters(store, read.letters);
            m_view->setStatus(read.error.isEmpty()
                                  ? tr("%n dead letter(s)", nullptr, int(read.letters.size()))
                                  : tr("Cannot read the dead letters: %1").arg(read.error));
            emit lettersShown(int(read.letters.size()));
        });
}

void DeadLetterPanel::redrive(const QList<int> &indices)
{
    if (isRunning() || indices.isEmpty())
        return;
    const DeadLetterStore store = m_view->store();
    std::vector<DeadLetter> letters;
    for (int index : indices)
        letters.push_back(m_view->letters().at(size_t(index)));
    const Pipeline pipeline = m_pipeline();
    const QString directory = m_directory;
    m_view->setStatus(tr("Re-driving %n letter(s)…", nullptr, int(letters.size())));
    m_redriving = letters; // marks the panel busy until the run ends
    m_redriveStore = store;
    runInBackground(
        this,
        [pipeline, store, letters, directory]() {
            RedriveOutcome outcome;
            try {
                QDir().mkpath(directory);
                outcome.plan = planRedrive(pipeline, store, letters, directory.toStdString());
            } catch (const std::exception &e) {
                outcome.error = QString::fromStdString(e.what());
            }
            return outcome;
        },
        [this](const RedriveOutcome &outcome) {
            m_refused = int(outcome.plan.refused.size());
            for (const auto &[letter, reason] : outcome.plan.refused)
                emit logMessage(tr("Dead letter %1 of %2 not re-driven: %3")
                                    .arg(letter.location)
                                    .arg(QString::fromStdString(letter.store),
                                         QString::fromStdString(reason)));
            if (!outcome.error.isEmpty() || outcome.plan.accepted.empty()) {
                m_redriving.clear();
                m_view->setStatus(outcome.error.isEmpty()
                                      ? tr("None of the selected letters can be re-driven (see "
                                           "the log)")
                                      : tr("Cannot re-drive: %1").arg(outcome.error));
                return;
            }
            m_redriving = outcome.plan.accepted;
            m_markers = outcome.plan.markers;
            if (!m_run->start(outcome.plan.pipeline, tr("Re-drive"), m_redriving.size()))
                m_redriving.clear();
        });
}

QString DeadLetterPanel::restoreMarkers()
{
    try {
        restoreSinkMarkers(std::exchange(m_markers, {}));
        return {};
    } catch (const std::exception &e) {
        const QString error = tr(" The sinks' batch markers could not be put back (%1): a run "
                                 "with a checkpoint may skip its next batch there.")
                                  .arg(QString::fromStdString(e.what()));
        emit logMessage(error.trimmed());
        return error;
    }
}

bool DeadLetterPanel::isRunning() const
{
    return !m_redriving.empty();
}

} // namespace weir
