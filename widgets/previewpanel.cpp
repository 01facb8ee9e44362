#include "previewpanel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace weir {

namespace {

const QStringList kPorts{QStringLiteral("out"), QStringLiteral("errors"), QStringLiteral("late")};
const QString kInput = QStringLiteral("input");

QString cellText(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QStringList columnsOf(const std::vector<Json> &records)
{
    QStringList columns;
    std::set<std::string> seen;
    for (const Json &record : records) {
        if (!record.is_object())
            continue;
        for (const auto &[key, value] : record.items())
            if (seen.insert(key).second)
                columns << QString::fromStdString(key);
    }
    return columns;
}

} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_ports(new QButtonGroup(this))
    , m_table(new QTableWidget(this))
    , m_counts(new QLabel(this))
    , m_notes(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_title, 1);
    for (const QString &port : kPorts) {
        auto button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(port);
        button->setToolTip(tr("Records the node sent to its '%1' port").arg(port));
        m_ports->addButton(button);
        top->addWidget(button);
    }
    m_ports->setExclusive(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Preview records"));
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_counts->setContentsMargins(6, 0, 6, 4);
    m_notes->setContentsMargins(6, 0, 6, 4);
    m_notes->setWordWrap(true);
    m_notes->hide();
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_notes);
    connect(m_ports, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton *button) { showPort(button->objectName()); });
    refresh();
}

void PreviewPanel::setResult(const PreviewResult &result)
{
    m_result = result;
    QStringList notes;
    for (const std::string &note : m_result.plan().notes)
        notes << QString::fromStdString(note);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    if (!m_node.isEmpty())
        showNode(m_node);
    else
        refresh();
}

void PreviewPanel::showNode(const QString &nodeId)
{
    m_node = nodeId;
    const std::string node = nodeId.toStdString();
    if (m_result.isSink(node)) {
        m_port = kInput;
    } else {
        const std::vector<std::string> ports = m_result.ports(node);
        const auto hasRecords = [&](const QString &port) {
            return m_result.count(node, port.toStdString()) > 0;
        };
        QString chosen = m_port != kInput && hasRecords(m_port) ? m_port : QString();
        for (auto it = ports.begin(); chosen.isEmpty() && it != ports.end(); ++it)
            if (hasRecords(QString::fromStdString(*it)))
                chosen = QString::fromStdString(*it);
        m_port = chosen.isEmpty() ? kPorts.front() : chosen;
    }
    refresh();
}

void PreviewPanel::showPort(const QString &port)
{
    m_port = port;
    refresh();
}

void PreviewPanel::setMaxRows(int rows)
{
    m_maxRows = std::max(0, rows);
    refresh();
}

int PreviewPanel::shownRows() const
{
    return m_table->rowCount();
}

quint64 PreviewPanel::recordCount() const
{
    const std::string node = m_node.toStdString();
    return m_port == kInput ? m_result.inputCount(node)
                            : m_result.count(node, m_port.toStdString());
}

QAbstractButton *PreviewPanel::portButton(const QString &port) const
{
    for (QAbstractButton *button : m_ports->buttons())
        if (button->objectName() == port)
            return button;
    return nullptr;
}

void PreviewPanel::refresh()
{
    const std::string node = m_node.toStdString();
    std::vector<Json> records;
    if (m_port == kInput)
        records = m_result.input(node, size_t(m_maxRows));
    else if (!m_node.isEmpty())
        records = m_result.records(node, m_port.toStdString(), size_t(m_maxRows));
    if (m_node.isEmpty())
        m_title->setText(m_result.isEmpty() ? tr("No preview yet: run one to see records here")
                                            : tr("Select a node to see its records"));
    else if (m_port == kInput)
        m_title->setText(tr("%1 — input").arg(m_node));
    else
        m_title->setText(tr("%1 — %2").arg(m_node, m_port));
    updatePortButtons();
    fillTable(records);
    updateCounts();
    emit shown(m_node, m_port);
}

void PreviewPanel::updatePortButtons()
{
    const std::string node = m_node.toStdString();
    const std::vector<std::string> ports = m_result.ports(node);
    const QLocale locale;
    for (QAbstractButton *button : m_ports->buttons()) {
        const std::string port = button->objectName().toStdString();
        const bool tapped = std::find(ports.begin(), ports.end(), port) != ports.end();
        const quint64 count = m_result.count(node, port);
        button->setVisible(m_port != kInput && tapped);
        button->setEnabled(count > 0);
        button->setText(QStringLiteral("%1 (%2)").arg(button->objectName(), locale.toString(count)));
        button->setChecked(button->objectName() == m_port);
    }
}

void PreviewPanel::fillTable(const std::vector<Json> &records)
{
    const QStringList columns = columnsOf(records);
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < int(records.size()); ++row) {
        const Json &record = records[size_t(row)];
        for (int column = 0; column < columns.size(); ++column) {
            const auto it = record.find(columns[column].toStdString());
            if (it == record.end())
                continue;
            auto item = new QTableWidgetItem(cellText(*it));
            if (it->is_number())
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (it->is_null())
                item->setForeground(palette().placeholderText());
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 360));
}

void PreviewPanel::updateCounts()
{
    const QLocale locale;
    const quint64 total = recordCount();
    if (m_node.isEmpty())
        m_counts->clear();
    else if (quint64(shownRows()) < total)
        m_counts->setText(tr("Showing the first %1 of %2 records")
                              .arg(locale.toString(shownRows()), locale.toString(total)));
    else
        m_counts->setText(total == 1 ? tr("1 record") : tr("%1 records").arg(locale.toString(total)));
}

} // namespace weir
