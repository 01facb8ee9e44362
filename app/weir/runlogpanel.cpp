#include "runlogpanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace weir {

RunLogPanel::RunLogPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QPlainTextEdit(this))
{
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Run log"));
    m_view->setPlaceholderText(tr("Engine messages appear here while a pipeline runs."));

    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Clear the run log"));
    clearButton->setAccessibleName(tr("Clear the run log"));
    connect(clearButton, &QToolButton::clicked, this, &RunLogPanel::clear);

    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

void RunLogPanel::append(const QString &line)
{
    add(line.toHtmlEscaped());
}

void RunLogPanel::appendError(const QString &line)
{
    const QString color = palette().color(QPalette::Text).lightness() > 128
        ? QStringLiteral("#ff7b72")
        : QStringLiteral("#c62828");
    add(QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(color, line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

QString RunLogPanel::text() const
{
    return m_view->toPlainText();
}

void RunLogPanel::clear()
{
    m_view->clear();
}

void RunLogPanel::add(const QString &html)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_view->appendHtml(
        QStringLiteral("<span style=\"opacity:0.6\">%1</span>&nbsp;&nbsp;%2").arg(time, html));
}

} // namespace weir
