#include "resultdiffview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace weir {

ResultDiffView::ResultDiffView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultDiffModel(this))
{
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeToolbar());
    layout->addWidget(m_columns);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    m_model->setPalette(palette());
    updateTexts();
}

// The model points into m_diffs, which goes before the child widgets do.
ResultDiffView::~ResultDiffView()
{
    m_model->setDiff(nullptr);
}

QWidget *ResultDiffView::makeToolbar()
{
    auto bar = new QWidget(this);
    auto row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto sinkLabel = new QLabel(tr("Sink:"), bar);
    m_sinks = new QComboBox(bar);
    m_sinks->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    sinkLabel->setBuddy(m_sinks);
    row->addWidget(sinkLabel);
    row->addWidget(m_sinks);
    row->addSpacing(12);
    for (QToolButton **button : {&m_added, &m_removed, &m_changed}) {
        *button = new QToolButton(bar);
        (*button)->setCheckable(true);
        (*button)->setChecked(true);
        (*button)->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(*button, &QToolButton::toggled, this, &ResultDiffView::updateFilterFromButtons);
        row->addWidget(*button);
    }
    m_added->setToolTip(tr("Show rows only the after run has"));
    m_removed->setToolTip(tr("Show rows only the before run has"));
    m_changed->setToolTip(tr("Show rows both runs have under the same key, with other values"));
    row->addStretch(1);
    connect(m_sinks, &QComboBox::currentIndexChanged, this, &ResultDiffView::showSink);
    return bar;
}

void ResultDiffView::setDiffs(std::vector<SinkDiff> diffs)
{
    const QString previous = currentSink();
    m_model->setDiff(nullptr);
    m_diffs = std::move(diffs);
    {
        const QSignalBlocker blocker(m_sinks);
        m_sinks->clear();
        for (const SinkDiff &d : m_diffs)
            m_sinks->addItem(QString::fromStdString(d.node));
        m_sinks->setCurrentIndex(std::max(0, m_sinks->findText(previous)));
    }
    showSink(m_sinks->currentIndex());
}

void ResultDiffView::setCurrentSink(const QString &node)
{
    const int index = m_sinks->findText(node);
    if (index >= 0)
        m_sinks->setCurrentIndex(index);
}

QString ResultDiffView::currentSink() const
{
    return m_sinks->currentText();
}

void ResultDiffView::setFilter(ResultDiffModel::Kinds kinds)
{
    {
        const QSignalBlocker a(m_added), r(m_removed), c(m_changed);
        m_added->setChecked(kinds.testFlag(ResultDiffModel::Added));
        m_removed->setChecked(kinds.testFlag(ResultDiffModel::Removed));
        m_changed->setChecked(kinds.testFlag(ResultDiffModel::Changed));
    }
    updateFilterFromButtons();
}

QAbstractButton *ResultDiffView::filterButton(ResultDiffModel::Kind kind) const
{
    switch (kind) {
    case ResultDiffModel::Added:
        return m_added;
    case ResultDiffModel::Removed:
        return m_removed;
    case ResultDiffModel::Changed:
        break;
    }
    return m_changed;
}

QString ResultDiffView::summaryText() const
{
    const ResultDiff *diff = currentDiff();
    return diff ? QString::fromStdString(diff->summary()) : tr("No results to compare");
}

void ResultDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

void ResultDiffView::showSink(int index)
{
    m_model->setDiff(index >= 0 && size_t(index) < m_diffs.size() ? &m_diffs[size_t(index)].diff
                                                                  : nullptr);
    m_view->resizeColumnsToContents();
    updateTexts();
    emit currentSinkChanged(currentSink());
}

void ResultDiffView::updateFilterFromButtons()
{
    ResultDiffModel::Kinds kinds;
    kinds.setFlag(ResultDiffModel::Added, m_added->isChecked());
    kinds.setFlag(ResultDiffModel::Removed, m_removed->isChecked());
    kinds.setFlag(ResultDiffModel::Changed, m_changed->isChecked());
    if (kinds == m_model->filter())
        return;
    m_model->setFilter(kinds);
    emit filterChanged(kinds);
}

void ResultDiffView::updateTexts()
{
    const ResultDiff *diff = currentDiff();
    const QLocale locale;
    const auto count = [&](size_t n) { return locale.toString(qulonglong(diff ? n : 0)); };
    m_added->setText(tr("Added (%1)").arg(count(diff ? diff->added.size() : 0)));
    m_removed->setText(tr("Removed (%1)").arg(count(diff ? diff->removed.size() : 0)));
    m_changed->setText(tr("Changed (%1)").arg(count(diff ? diff->changed.size() : 0)));
    m_changed->setVisible(!diff || !diff->key.empty());
    m_summary->setText(summaryText());
    m_columns->setText(columnsText());
    m_columns->setVisible(!m_columns->text().isEmpty());
}

QString ResultDiffView::columnsText() const
{
    const ResultDiff *diff = currentDiff();
    if (!diff)
        return {};
    const auto join = [](const std::vector<std::string> &names) {
        QStringList list;
        for (const std::string &n : names)
            list << QString::fromStdString(n);
        return list.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (diff->key.empty())
        parts << tr("No key: rows are compared whole, so they are only added or removed.");
    if (!diff->onlyBefore.empty())
        parts << tr("Columns only before: %1.").arg(join(diff->onlyBefore));
    if (!diff->onlyAfter.empty())
        parts << tr("Columns only after: %1.").arg(join(diff->onlyAfter));
    return parts.join(QLatin1Char(' '));
}

const ResultDiff *ResultDiffView::currentDiff() const
{
    const int index = m_sinks->currentIndex();
    return index >= 0 && size_t(index) < m_diffs.size() ? &m_diffs[size_t(index)].diff : nullptr;
}

} // namespace weir
