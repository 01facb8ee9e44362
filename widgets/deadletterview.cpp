#include "deadletterview.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace weir {

namespace {

enum Column { NodeColumn, ReasonColumn, SourceColumn, PartitionColumn, OffsetColumn, ValueColumn };
constexpr int kPreviewChars = 120;

QByteArray bytesOf(const DeadLetter &letter)
{
    return letter.value ? QByteArray::fromStdString(*letter.value) : QByteArray();
}

// One line of text: control characters shown as their Unicode pictures (U+2400...).
QString preview(const DeadLetter &letter)
{
    if (!letter.value)
        return QStringLiteral("null");
    QString text = QString::fromUtf8(bytesOf(letter).left(kPreviewChars * 4)).left(kPreviewChars);
    for (QChar &c : text)
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode());
    return text;
}

QString number(const std::optional<int64_t> &value)
{
    return value ? QString::number(*value) : QString();
}

QTableWidgetItem *item(const QString &text, bool right = false)
{
    auto item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QString hexDump(const QByteArray &bytes)
{
    QString dump;
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        const QByteArray chunk = bytes.mid(line, 16);
        QString hex, ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            hex += i < chunk.size()
                       ? QStringLiteral("%1 ").arg(uchar(chunk[i]), 2, 16, QLatin1Char('0'))
                       : QStringLiteral("   ");
            if (i == 7)
                hex += QLatin1Char(' ');
            if (i < chunk.size())
                ascii += uchar(chunk[i]) >= 0x20 && uchar(chunk[i]) < 0x7f ? QChar(chunk[i])
                                                                          : QChar('.');
        }
        dump += QStringLiteral("%1  %2 %3\n").arg(line, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return dump;
}

DeadLetterView::DeadLetterView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_redrive(new QPushButton(tr("Re-drive selected"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
    , m_where(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_hex(new QPlainTextEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_redrive->setToolTip(tr("Send the selected records through the pipeline again, into its "
                             "real sinks, and remove them from this store; those that fail "
                             "again come back with their new reason"));
    // Wide enough for the longest text it takes, so the row does not jump as rows are picked.
    m_redrive->setMinimumWidth(m_redrive->sizeHint().width()
                               + m_redrive->fontMetrics().horizontalAdvance(QStringLiteral(" (9999)")));
    auto top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_title, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_redrive);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Node"), tr("Reason"), tr("Source"), tr("Partition"), tr("Offset"), tr("Value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Dead letters"));
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(makeDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_status->setContentsMargins(6, 0, 6, 4);
    m_status->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DeadLetterView::selectionChanged);
    connect(m_redrive, &QPushButton::clicked, this,
            [this] { emit redriveRequested(selectedIndices()); });
    connect(m_refresh, &QPushButton::clicked, this, &DeadLetterView::refreshRequested);
    fillTable();
}

QWidget *DeadLetterView::makeDetails()
{
    auto details = new QWidget(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_text, m_hex}) {
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("Original bytes as text"));
    m_hex->setAccessibleName(tr("Original bytes in hex"));
    // A dump line: offset, 16 bytes in hex, 16 characters.
    m_hex->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(78, QLatin1Char('0')))
                           + 2 * m_hex->frameWidth() + 8);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("From:"), m_where);
    auto bytes = new QSplitter(Qt::Horizontal, details);
    bytes->addWidget(m_text);
    bytes->addWidget(m_hex);
    bytes->setStretchFactor(0, 1);
    bytes->setStretchFactor(1, 0);
    auto layout = new QVBoxLayout(details);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addLayout(form);
    layout->addWidget(bytes, 1);
    return details;
}

void DeadLetterView::setLetters(const DeadLetterStore &store, std::vector<DeadLetter> letters)
{
    m_store = store;
    m_letters = std::move(letters);
    fillTable();
}

void DeadLetterView::setStatus(const QString &text)
{
    m_status->setText(text);
}

QList<int> DeadLetterView::selectedIndices() const
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    return QList<int>(rows.begin(), rows.end());
}

void DeadLetterView::fillTable()
{
    m_table->clearContents();
    m_table->setRowCount(int(m_letters.size()));
    for (int row = 0; row < int(m_letters.size()); ++row) {
        const DeadLetter &letter = m_letters[size_t(row)];
        m_table->setItem(row, NodeColumn, item(QString::fromStdString(letter.node)));
        m_table->setItem(row, ReasonColumn, item(QString::fromStdString(letter.reason)));
        m_table->setItem(row, SourceColumn, item(QString::fromStdString(letter.source)));
        m_table->setItem(row, PartitionColumn, item(number(letter.partition), true));
        m_table->setItem(row, OffsetColumn, item(number(letter.offset), true));
        m_table->setItem(row, ValueColumn, item(preview(letter)));
        m_table->item(row, ReasonColumn)->setToolTip(QString::fromStdString(letter.reason));
    }
    for (int column = NodeColumn; column < ValueColumn; ++column)
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(ReasonColumn, std::min(m_table->columnWidth(ReasonColumn), 320));
    // The value takes the rest; set again, as resizing the others does not re-stretch it.
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    const int count = int(m_letters.size());
    const QString where = QString::fromStdString(m_store.path);
    const QString title = count == 1 ? tr("1 dead letter")
                                     : tr("%1 dead letters").arg(QLocale().toString(count));
    m_title->setText(where.isEmpty() ? title : tr("%1 in %2").arg(title, where));
    selectionChanged();
}

void DeadLetterView::selectionChanged()
{
    const QList<int> selected = selectedIndices();
    m_redrive->setEnabled(!selected.isEmpty());
    m_redrive->setText(selected.size() > 1 ? tr("Re-drive selected (%1)").arg(selected.size())
                                           : tr("Re-drive selected"));
    const int current = m_table->currentRow();
    showDetails(selected.contains(current) ? current : selected.value(0, -1));
}

void DeadLetterView::showDetails(int index)
{
    if (index < 0 || index >= int(m_letters.size())) {
        m_reason->setText(tr("Select a letter to see its original bytes."));
        m_where->clear();
        m_text->clear();
        m_hex->clear();
        return;
    }
    const DeadLetter &letter = m_letters[size_t(index)];
    m_reason->setText(QString::fromStdString(letter.reason));
    const QString source = letter.source.empty() ? tr("(unknown source)")
                                                 : QString::fromStdString(letter.source);
    const QString stored = m_store.type == "sink.sqlite"
                               ? tr("row %1 of table %2").arg(letter.location)
                                     .arg(QString::fromStdString(m_store.table))
                               : tr("line %1").arg(letter.location);
    m_where->setText(tr("%1, partition %2, offset %3 — stored by %4, %5")
                         .arg(source, number(letter.partition), number(letter.offset),
                              QString::fromStdString(letter.store), stored));
    const QByteArray bytes = bytesOf(letter);
    m_text->setPlainText(letter.value ? QString::fromUtf8(bytes) : QStringLiteral("null"));
    m_hex->setPlainText(hexDump(bytes));
}

} // namespace weir
