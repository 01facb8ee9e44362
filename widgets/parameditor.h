#pragma once

#include "noderegistry.h"

#include <QStringList>
#include <QWidget>

#include <functional>

namespace weir {

// What an editor may need besides its parameter.
struct ParamContext
{
    // The fields known at the node's input (empty when unknown), asked when needed.
    std::function<QStringList()> upstreamFields = {};
    // A Path parameter names a file to read (a source) rather than one to write.
    bool pathMustExist = false;
};

// The editor of one parameter in the property form. It shows the model's value (null:
// not set, so the default is shown) and emits edited() once per finished edit, which the
// form turns into one undoable PipelineEditor command.
class ParamEditor : public QWidget
{
    Q_OBJECT

public:
    ParamEditor(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    const ParamInfo &info() const { return m_info; }
    // Shows the model's value. Nothing happens when it is the value shown already, so a
    // field being typed in keeps its text, cursor and focus.
    void setValue(const Json &value);
    const Json &value() const { return m_value; }
    // Tables and lists take the form's full width, under their label.
    virtual bool isWide() const { return false; }
    // The widget that takes the focus when the form jumps to this parameter.
    virtual QWidget *focusTarget() const = 0;

signals:
    void edited(const nlohmann::ordered_json &value); // null: back to the default

protected:
    virtual void showValue(const Json &value) = 0;
    // Emits edited() when `value` differs from the value shown.
    void commit(const Json &value);
    const ParamContext &context() const { return m_context; }
    // The value to show: the model's, else the default.
    Json effectiveValue() const { return m_value.is_null() ? m_info.defaultValue : m_value; }

private:
    ParamInfo m_info;
    ParamContext m_context;
    Json m_value;
    bool m_shown = false;
};

// A JSON value as a person types it: strings bare, everything else as JSON text.
QString jsonText(const Json &value);
// What a person typed: JSON when it reads as JSON (a number, true, {} ...), else the text.
Json jsonFromText(const QString &text);

} // namespace weir
