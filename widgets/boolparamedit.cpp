#include "boolparamedit.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace weir {

BoolParamEdit::BoolParamEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_box(new QCheckBox(this))
{
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    m_box->setAccessibleName(QString::fromStdString(info.name));
    connect(m_box, &QCheckBox::clicked, this, [this](bool checked) { commit(Json(checked)); });
}

QWidget *BoolParamEdit::focusTarget() const
{
    return m_box;
}

void BoolParamEdit::showValue(const Json &)
{
    const Json shown = effectiveValue();
    m_box->setChecked(shown.is_boolean() && shown.get<bool>());
    m_box->setText(m_box->isChecked() ? tr("on") : tr("off"));
}

} // namespace weir
