#include "enumedit.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace weir {

EnumEdit::EnumEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_combo(new QComboBox(this))
{
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_combo->setAccessibleName(QString::fromStdString(info.name));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { commit(Json(m_combo->itemText(index).toStdString())); });
}

QWidget *EnumEdit::focusTarget() const
{
    return m_combo;
}

void EnumEdit::showValue(const Json &)
{
    m_combo->clear();
    for (const std::string &allowed : info().allowed)
        m_combo->addItem(QString::fromStdString(allowed));
    const QString shown = jsonText(effectiveValue());
    int index = m_combo->findText(shown);
    if (index < 0 && !shown.isEmpty()) {
        m_combo->addItem(shown);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

} // namespace weir
