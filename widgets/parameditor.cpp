#include "parameditor.h"
#include "catalogtext.h"

namespace weir {

ParamEditor::ParamEditor(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : QWidget(parent)
    , m_info(info)
    , m_context(context)
{
    setToolTip(catalogText(info.help));
}

void ParamEditor::setValue(const Json &value)
{
    if (m_shown && value == m_value)
        return;
    m_value = value;
    m_shown = true;
    showValue(value);
}

void ParamEditor::commit(const Json &value)
{
    if (value == m_value)
        return;
    m_value = value; // the model echoes it back; the fields stay as typed
    emit edited(value);
}

QString jsonText(const Json &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

Json jsonFromText(const QString &text)
{
    const std::string s = text.trimmed().toStdString();
    Json parsed = Json::parse(s, nullptr, false);
    return parsed.is_discarded() ? Json(text.toStdString()) : parsed;
}

} // namespace weir
