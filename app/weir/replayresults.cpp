#include "replayresults.h"

#include "resultdiff.h"
#include "resultdiffview.h"
#include "resulttable.h"
#include "resulttableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace weir {

namespace {

QWidget *pageWith(QWidget *parent, const QString &label, QComboBox *choice, QWidget *view)
{
    auto *page = new QWidget(parent);
    auto *row = new QHBoxLayout;
    auto *text = new QLabel(label, page);
    text->setBuddy(choice);
    row->addWidget(text);
    row->addWidget(choice, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    return page;
}

} // namespace

ReplayResults::ReplayResults(QWidget *parent)
    : QTabWidget(parent)
    , m_sink(new QComboBox(this))
    , m_results(new ResultTableView(this))
    , m_compareWith(new QComboBox(this))
    , m_diff(new ResultDiffView(this))
{
    m_compareWith->setEnabled(false);
    addTab(pageWith(this, tr("&Sink:"), m_sink, m_results), tr("Results"));
    addTab(pageWith(this, tr("Latest replay compared &with:"), m_compareWith, m_diff),
           tr("Compare"));
    connect(m_sink, &QComboBox::currentIndexChanged, this, &ReplayResults::showResult);
    connect(m_compareWith, &QComboBox::activated, this, [this](int index) {
        compare(m_compareWith->itemData(index).toInt(), int(m_replays.size()) - 1);
    });
}

void ReplayResults::showLatest(const std::vector<ReplayRecord> &replays)
{
    m_replays = replays;
    if (m_replays.empty())
        return;
    const ReplayRecord &latest = m_replays.back();
    {
        const QSignalBlocker blocker(m_sink);
        m_sink->clear();
        for (size_t i = 0; i < latest.sinks.size(); ++i)
            m_sink->addItem(tr("%1 (%L2 rows)")
                                .arg(QString::fromStdString(latest.sinks[i].node))
                                .arg(latest.sinkRecords[i]));
    }
    showResult(0);
    m_compareWith->clear();
    for (int i = int(m_replays.size()) - 2; i >= 0; --i)
        if (!m_replays[size_t(i)].directory.isEmpty())
            m_compareWith->addItem(m_replays[size_t(i)].label, i);
    m_compareWith->setEnabled(m_compareWith->count() > 0);
    if (m_compareWith->count() > 0 && !latest.directory.isEmpty())
        compare(m_compareWith->itemData(0).toInt(), int(m_replays.size()) - 1);
    else
        setCurrentIndex(0);
}

void ReplayResults::showResult(int sink)
{
    if (m_replays.empty() || sink < 0)
        return;
    const ReplayRecord &record = m_replays.back();
    if (record.directory.isEmpty() || size_t(sink) >= record.sinks.size()) {
        m_results->setResult({});
        return;
    }
    try {
        m_results->setResult(readResult(record.sinks[size_t(sink)]));
    } catch (const std::exception &e) {
        m_results->setResult({});
        emit problem(tr("Cannot read the result: %1").arg(QString::fromStdString(e.what())));
    }
}

void ReplayResults::compare(int before, int after)
{
    if (before < 0 || after < 0 || size_t(std::max(before, after)) >= m_replays.size())
        return;
    const ReplayRecord &a = m_replays[size_t(before)];
    const ReplayRecord &b = m_replays[size_t(after)];
    if (a.directory.isEmpty() || b.directory.isEmpty()) {
        emit problem(tr("A dry run keeps no rows to compare"));
        return;
    }
    try {
        m_diff->setDiffs(diffResultDirs(a.sinks, b.sinks));
        setCurrentIndex(1);
    } catch (const std::exception &e) {
        emit problem(tr("Cannot compare: %1").arg(QString::fromStdString(e.what())));
    }
}

} // namespace weir
