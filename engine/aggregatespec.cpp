#include "aggregatespec.h"

#include "noderegistry.h"
#include "problem.h"

#include <array>
#include <utility>

namespace weir {

namespace {

constexpr std::array<std::pair<AggregateFn, std::string_view>, 8> kNames {{
    {AggregateFn::Count, "count"},
    {AggregateFn::CountDistinct, "count_distinct"},
    {AggregateFn::ApproxCountDistinct, "approx_count_distinct"},
    {AggregateFn::Sum, "sum"},
    {AggregateFn::Min, "min"},
    {AggregateFn::Max, "max"},
    {AggregateFn::Avg, "avg"},
    {AggregateFn::Percentile, "percentile"},
}};

// The output type of fn over a field of `type`, or nullopt when fn cannot take it.
std::optional<FieldType> outputTypeFor(AggregateFn fn, FieldType type)
{
    const bool numeric
        = type == FieldType::Int || type == FieldType::Double || type == FieldType::Bool;
    switch (fn) {
    case AggregateFn::Count:
    case AggregateFn::CountDistinct:
    case AggregateFn::ApproxCountDistinct:
        return FieldType::Int;
    case AggregateFn::Sum:
        if (!numeric)
            return std::nullopt;
        return type == FieldType::Double ? FieldType::Double : FieldType::Int;
    case AggregateFn::Min:
    case AggregateFn::Max:
        if (type == FieldType::Map)
            return std::nullopt;
        return type;
    case AggregateFn::Avg:
    case AggregateFn::Percentile:
        if (!numeric)
            return std::nullopt;
        return FieldType::Double;
    }
    return std::nullopt;
}

class SpecParser
{
public:
    SpecParser(const std::string &node, const Schema &input)
        : m_node(node)
        , m_input(input)
    {
    }

    AggregateSpec parse(const Json &item, size_t position) const
    {
        m_label = "aggregate " + std::to_string(position + 1);
        if (!item.is_object())
            fail("must be an object like {\"fn\": \"count\"}");
        AggregateSpec spec;
        spec.fn = parseFn(item);
        m_label += " (" + std::string(aggregateFnName(spec.fn)) + ")";
        parseField(item, spec);
        if (spec.fn == AggregateFn::Percentile)
            spec.q = parseQ(item);
        const auto as = item.find("as");
        if (as != item.end() && !as->is_string())
            fail("\"as\" must be a string");
        spec.name = aggregateOutputName(item);
        return spec;
    }

    [[noreturn]] void fail(const std::string &reason) const
    {
        throw PipelineError(m_node, "aggregates", m_label + ": " + reason);
    }

private:
    AggregateFn parseFn(const Json &item) const
    {
        const auto fn = item.find("fn");
        if (fn == item.end() || !fn->is_string())
            fail("\"fn\" is required (count, count_distinct, approx_count_distinct, sum, "
                 "min, max, avg, percentile)");
        const auto parsed = aggregateFnFromName(fn->get<std::string>());
        if (!parsed)
            fail("unknown fn '" + fn->get<std::string>() + "'");
        return *parsed;
    }

    void parseField(const Json &item, AggregateSpec &spec) const
    {
        const auto field = item.find("field");
        if (field == item.end() || field->is_null()
            || (field->is_string() && field->get<std::string>().empty())) {
            if (spec.fn != AggregateFn::Count)
                fail("\"field\" is required");
            return;
        }
        if (!field->is_string())
            fail("\"field\" must be a field name");
        const std::string name = field->get<std::string>();
        spec.field = m_input.indexOf(name);
        if (spec.field < 0)
            fail("no field '" + name + "' in the input");
        spec.inputType = m_input.at(size_t(spec.field)).type;
        const auto output = outputTypeFor(spec.fn, spec.inputType);
        if (!output)
            fail("cannot take field '" + name + "' of type "
                 + std::string(fieldTypeName(spec.inputType)));
        spec.outputType = *output;
    }

    double parseQ(const Json &item) const
    {
        const auto q = item.find("q");
        if (q == item.end() || !q->is_number())
            fail("\"q\" is required: the quantile, e.g. 0.95");
        const double value = q->get<double>();
        if (!(value >= 0 && value <= 1))
            fail("\"q\" must be between 0 and 1");
        return value;
    }

    const std::string &m_node;
    const Schema &m_input;
    mutable std::string m_label;
};

} // namespace

std::string_view aggregateFnName(AggregateFn fn)
{
    for (const auto &[value, name] : kNames) {
        if (value == fn)
            return name;
    }
    return {};
}

std::optional<AggregateFn> aggregateFnFromName(std::string_view name)
{
    for (const auto &[value, known] : kNames) {
        if (known == name)
            return value;
    }
    return std::nullopt;
}

AggregateSpecs parseAggregateSpecs(const std::string &node, const Json &aggregates,
                                   const Schema &input)
{
    if (aggregates.is_null() || (aggregates.is_array() && aggregates.empty()))
        return {AggregateSpec {.name = "count"}};
    if (!aggregates.is_array())
        throw PipelineError(node, "aggregates", "must be an array of {fn, field, as, q}");
    const SpecParser parser(node, input);
    AggregateSpecs specs;
    for (size_t i = 0; i < aggregates.size(); ++i) {
        AggregateSpec spec = parser.parse(aggregates[i], i);
        for (const AggregateSpec &earlier : specs) {
            if (earlier.name == spec.name)
                parser.fail("output column '" + spec.name + "' is already used; set \"as\"");
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

} // namespace weir
