#include "numberedit.h"
#include "catalogtext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

#include <cmath>

namespace weir {

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

NumberEdit::NumberEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_edit(new QLineEdit(this))
{
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 1);
    m_edit->setAccessibleName(QString::fromStdString(info.name));
    m_edit->setPlaceholderText(jsonText(info.defaultValue));
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("-?[0-9]*\\.?[0-9]*([eE][-+]?[0-9]*)?")), m_edit));
    if (!info.unit.empty()) {
        auto unit = new QLabel(catalogText(info.unit), this);
        unit->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(unit);
    }
    if (const QString range = rangeText(); !range.isEmpty())
        setToolTip(toolTip() + QStringLiteral("\n") + range);
    connect(m_edit, &QLineEdit::editingFinished, this, &NumberEdit::finished);
}

QWidget *NumberEdit::focusTarget() const
{
    return m_edit;
}

QString NumberEdit::rangeText() const
{
    const ParamInfo &p = info();
    if (p.min && p.max)
        return tr("From %1 to %2").arg(numberText(*p.min), numberText(*p.max));
    if (p.min)
        return tr("At least %1").arg(numberText(*p.min));
    if (p.max)
        return tr("At most %1").arg(numberText(*p.max));
    return {};
}

void NumberEdit::showValue(const Json &value)
{
    m_edit->setText(jsonText(value));
}

void NumberEdit::finished()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return commit(Json());
    bool isInt = false;
    const qint64 asInt = text.toLongLong(&isInt);
    bool isNumber = false;
    const double asDouble = text.toDouble(&isNumber);
    if (!isInt && !isNumber)
        return; // "-" or "." half typed: keep the model's value
    if (value().is_number() && value().get<double>() == asDouble)
        return; // the same number written differently
    if (isInt)
        commit(Json(asInt));
    else if (info().type == ParamType::Int && std::floor(asDouble) == asDouble
             && std::abs(asDouble) < 9e15)
        commit(Json(qint64(asDouble)));
    else
        commit(Json(asDouble));
}

} // namespace weir
