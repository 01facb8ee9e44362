#include "filteroperator.h"

#include "problem.h"

#include <algorithm>

namespace weir {

FilterOperator::FilterOperator(SchemaPtr schema, std::unique_ptr<Expression> condition)
    : m_schema(std::move(schema))
    , m_condition(std::move(condition))
{
}

SchemaPtr FilterOperator::outputSchema(Port port) const
{
    return port == Port::Out ? m_schema : nullptr;
}

void FilterOperator::process(const Batch &in, Emitter &out)
{
    m_watermark = std::max(m_watermark, in.watermark());
    if (in.rows == 0)
        return;
    const ValueVector matches = m_condition->evaluate(in);
    m_selection.resize(in.rows);
    size_t selected = 0;
    if (matches.constant) {
        if (matches.bools[0] && !matches.isNull(0)) {
            for (size_t i = 0; i < in.rows; ++i)
                m_selection[i] = uint32_t(i);
            selected = in.rows;
        }
    } else {
        for (size_t i = 0; i < in.rows; ++i) { // branch-free: bools are 0 on null rows
            m_selection[selected] = uint32_t(i);
            selected += matches.bools[i];
        }
    }
    m_selection.resize(selected);
    if (selected == in.rows)
        out.send(Port::Out, Batch(in));
    else if (selected > 0)
        out.send(Port::Out, in.select(m_selection));
}

std::unique_ptr<Operator> makeFilter(const NodeContext &ctx, const Json &params, SchemaPtr input)
{
    const auto it = params.find("expression");
    if (it == params.end() || it->is_null())
        throw PipelineError(ctx.id, "expression",
                            "missing; write a condition such as event_type = 'purchase'");
    if (!it->is_string())
        throw PipelineError(ctx.id, "expression", "must be a string");
    auto parsed = parseExpression(it->get<std::string>(), *input);
    if (const auto *error = std::get_if<ExpressionError>(&parsed)) {
        throw PipelineError(ctx.id, "expression",
                            "position " + std::to_string(error->position) + ": " + error->message);
    }
    auto condition = std::move(std::get<std::unique_ptr<Expression>>(parsed));
    if (condition->type() != ValueType::Bool) {
        throw PipelineError(ctx.id, "expression",
                            "position 0: the expression must be a condition (true or false), "
                            "not a value of type "
                                + std::string(valueTypeName(condition->type())));
    }
    return std::make_unique<FilterOperator>(std::move(input), std::move(condition));
}

} // namespace weir
