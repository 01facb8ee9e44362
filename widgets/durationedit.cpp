#include "durationedit.h"

#include "duration.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace weir {

QString shortDuration(qint64 ms)
{
    static const std::pair<qint64, const char *> units[]
        = {{86400000, "d"}, {3600000, "h"}, {60000, "min"}, {1000, "s"}, {1, "ms"}};
    if (ms == 0)
        return QStringLiteral("0 s");
    QStringList parts;
    for (const auto &[size, name] : units) {
        if (ms >= size) {
            parts << QStringLiteral("%1 %2").arg(ms / size).arg(QLatin1String(name));
            ms %= size;
        }
    }
    return parts.join(QLatin1Char(' '));
}

DurationEdit::DurationEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_edit(new QLineEdit(this))
    , m_parsed(new QLabel(this))
{
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_parsed);
    m_parsed->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setAccessibleName(QString::fromStdString(info.name));
    m_edit->setPlaceholderText(jsonText(info.defaultValue));
    setToolTip(toolTip() + tr("\nWritten like \"10 minutes\", \"5m\", \"1.5s\" or \"500ms\"."));
    connect(m_edit, &QLineEdit::textChanged, this, &DurationEdit::updateParsed);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_edit->text().trimmed();
        commit(text.isEmpty() ? Json() : Json(text.toStdString()));
    });
    updateParsed();
}

QWidget *DurationEdit::focusTarget() const
{
    return m_edit;
}

QString DurationEdit::parsedText() const
{
    const QString text = m_edit->text().trimmed();
    const QString shown = text.isEmpty() ? m_edit->placeholderText() : text;
    if (shown.isEmpty())
        return {};
    const auto ms = parseDurationMs(shown.toStdString());
    return ms ? QStringLiteral("= ") + shortDuration(*ms) : tr("not a duration");
}

void DurationEdit::showValue(const Json &value)
{
    m_edit->setText(jsonText(value));
    updateParsed();
}

void DurationEdit::updateParsed()
{
    m_parsed->setText(parsedText());
}

} // namespace weir
