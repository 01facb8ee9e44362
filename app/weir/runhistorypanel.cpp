#include "runhistorypanel.h"

#include "monitorhistory.h"
#include "pipeline.h"
#include "runfigures.h"
#include "runstatetext.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace weir {

namespace {

enum Column { Started, PipelineName, Duration, State, EventsIn, Errors, P99, ColumnCount };

QString duration(int64_t ms)
{
    const int64_t s = ms / 1000;
    if (s < 60)
        return QObject::tr("%1 s").arg(s);
    if (s < 3600)
        return QObject::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QObject::tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

QTreeWidgetItem *rowFor(const RunRecord &run)
{
    const Json summary = Json::parse(run.summary.empty() ? "{}" : run.summary, nullptr, false);
    const auto number = [&](const char *key) -> std::optional<double> {
        if (!summary.is_object() || !summary.contains(key) || !summary[key].is_number())
            return std::nullopt;
        return summary[key].get<double>();
    };
    const auto figure = [&](const char *key) {
        const auto value = number(key);
        return value ? compactCount(*value) : QStringLiteral("–");
    };
    auto *item = new QTreeWidgetItem;
    item->setText(Started, QDateTime::fromMSecsSinceEpoch(run.startedAtMs)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    item->setText(PipelineName, QString::fromStdString(run.pipelineName));
    item->setToolTip(PipelineName, QString::fromStdString(run.pipelinePath));
    item->setText(Duration, run.endedAtMs > 0 ? duration(run.endedAtMs - run.startedAtMs)
                                              : QObject::tr("running"));
    item->setText(State, runStateText(run.state));
    if (summary.is_object() && summary.contains("error") && summary["error"].is_string())
        item->setToolTip(State, QString::fromStdString(summary["error"].get<std::string>()));
    item->setText(EventsIn, figure("events_in"));
    item->setText(Errors, figure("errors"));
    const auto p99 = number("latency_p99_ms");
    item->setText(P99, p99 ? QObject::tr("%1 ms").arg(qRound(*p99)) : QStringLiteral("–"));
    for (int c = Duration; c < ColumnCount; ++c)
        item->setTextAlignment(c, c == State ? Qt::AlignLeft : Qt::AlignRight);
    item->setData(0, Qt::UserRole, qint64(run.id));
    return item;
}

const std::pair<int, const char *> kKeepChoices[] = {
    {7, QT_TRANSLATE_NOOP("weir::RunHistoryPanel", "7 days")},
    {30, QT_TRANSLATE_NOOP("weir::RunHistoryPanel", "30 days")},
    {90, QT_TRANSLATE_NOOP("weir::RunHistoryPanel", "90 days")},
    {365, QT_TRANSLATE_NOOP("weir::RunHistoryPanel", "1 year")},
    {0, QT_TRANSLATE_NOOP("weir::RunHistoryPanel", "forever")}};

} // namespace

RunHistoryPanel::RunHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_keep(new QComboBox(this))
    , m_open(new QPushButton(tr("Open Charts"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_note(new QLabel(this))
{
    m_list->setHeaderLabels({tr("Started"), tr("Pipeline"), tr("Duration"), tr("State"),
                             tr("Events in"), tr("Errors"), tr("p99")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Run history"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, &RunHistoryPanel::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RunHistoryPanel::updateButtons);

    for (const auto &[days, label] : kKeepChoices)
        m_keep->addItem(tr(label), days);
    m_keep->setCurrentIndex(1);
    m_keep->setToolTip(tr("How long finished runs stay in the history"));
    m_keep->setAccessibleName(tr("Keep runs for"));
    connect(m_keep, &QComboBox::activated, this, [this] { emit keepDaysChanged(keepDays()); });

    m_open->setToolTip(tr("Show the selected run's charts in the monitor (Enter)"));
    m_delete->setToolTip(tr("Delete the selected run from the history"));
    connect(m_open, &QPushButton::clicked, this, &RunHistoryPanel::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &RunHistoryPanel::deleteSelected);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Keep runs for"), this));
    bar->addWidget(m_keep);
    bar->addStretch();
    bar->addWidget(m_open);
    bar->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_list);
    updateButtons();
}

void RunHistoryPanel::setHistory(MonitorHistory *history, const QString &reason)
{
    m_history = history;
    m_note->setText(reason);
    m_note->setVisible(!history && !reason.isEmpty());
    refresh();
}

void RunHistoryPanel::refresh()
{
    const qint64 selected = m_list->currentItem()
                                ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong()
                                : -1;
    m_list->clear();
    if (!m_history)
        return;
    for (const RunRecord &run : m_history->runs()) {
        QTreeWidgetItem *item = rowFor(run);
        m_list->addTopLevelItem(item);
        if (run.id == selected)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

int RunHistoryPanel::runCount() const
{
    return m_list->topLevelItemCount();
}

int RunHistoryPanel::keepDays() const
{
    return m_keep->currentData().toInt();
}

void RunHistoryPanel::setKeepDays(int days)
{
    const int index = m_keep->findData(days);
    if (index >= 0)
        m_keep->setCurrentIndex(index);
}

void RunHistoryPanel::openRow(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row)) {
        m_list->setCurrentItem(item);
        openSelected();
    }
}

void RunHistoryPanel::openSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    emit openRun(item->data(0, Qt::UserRole).toLongLong(),
                 tr("%1, %2").arg(item->text(PipelineName), item->text(Started)));
}

void RunHistoryPanel::deleteSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_history)
        return;
    m_history->removeRun(item->data(0, Qt::UserRole).toLongLong());
    refresh();
}

void RunHistoryPanel::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_open->setEnabled(any);
    m_delete->setEnabled(any);
}

} // namespace weir
