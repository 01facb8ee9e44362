#include "jsonfieldspec.h"

#include "problem.h"
#include "timestamp.h"

#include <cmath>
#include <set>

namespace weir {

namespace {

class SpecReader
{
public:
    explicit SpecReader(const NodeContext &ctx)
        : m_ctx(ctx)
    {
    }

    [[noreturn]] void fail(const std::string &param, const std::string &message) const
    {
        throw PipelineError(m_ctx.id, param, message);
    }

    TimestampUnit unit(const Json &params) const
    {
        const auto it = params.find("timestamp_unit");
        if (it == params.end() || it->is_null())
            return TimestampUnit::Milliseconds;
        if (it->is_string() && *it == "ms")
            return TimestampUnit::Milliseconds;
        if (it->is_string() && *it == "s")
            return TimestampUnit::Seconds;
        fail("timestamp_unit", "must be \"ms\" or \"s\", not " + it->dump());
    }

    std::vector<JsonFieldSpec> fields(const Json &params, TimestampUnit unit) const
    {
        const auto it = params.find("schema");
        if (it == params.end() || it->is_null())
            fail("schema",
                 "missing; list the fields to read, such as "
                 "[{\"name\": \"user_id\", \"type\": \"string\"}]");
        if (!it->is_array() || it->empty())
            fail("schema", "must be a non-empty array of fields");
        std::vector<JsonFieldSpec> fields;
        std::set<std::string> names;
        for (size_t i = 0; i < it->size(); ++i) {
            fields.push_back(field((*it)[i], i, unit));
            if (!names.insert(fields.back().name).second)
                fail("schema", "field '" + fields.back().name + "' is listed twice");
        }
        return fields;
    }

private:
    JsonFieldSpec field(const Json &entry, size_t index, TimestampUnit unit) const
    {
        const std::string where = "field #" + std::to_string(index + 1);
        if (!entry.is_object())
            fail("schema", where + " must be an object with a name and a type");
        JsonFieldSpec spec;
        const auto name = entry.find("name");
        if (name == entry.end() || !name->is_string() || name->get<std::string>().empty())
            fail("schema", where + " needs a name");
        spec.name = name->get<std::string>();
        const std::string prefix = "field '" + spec.name + "': ";
        const auto type = entry.find("type");
        if (type == entry.end() || !type->is_string())
            fail("schema", prefix + "needs a type");
        const auto fieldType = fieldTypeFromName(type->get<std::string>());
        if (!fieldType)
            fail("schema",
                 prefix + "unknown type " + type->dump()
                     + "; use string, int, double, bool, timestamp or map<string,string>");
        spec.type = *fieldType;
        const auto required = entry.find("required");
        if (required != entry.end() && !required->is_boolean())
            fail("schema", prefix + "\"required\" must be true or false");
        spec.required = required == entry.end() || required->get<bool>();
        const auto value = entry.find("default");
        if (value != entry.end() && !value->is_null()) {
            if (spec.required)
                fail("schema", prefix + "a default needs \"required\": false");
            readDefault(spec, *value, prefix, unit);
        }
        return spec;
    }

    void readDefault(JsonFieldSpec &spec, const Json &value, const std::string &prefix,
                     TimestampUnit unit) const
    {
        spec.hasDefault = true;
        switch (spec.type) {
        case FieldType::String:
            if (!value.is_string())
                fail("schema", prefix + "default must be a string");
            spec.defaultText = value.get<std::string>();
            return;
        case FieldType::Int:
            if (!value.is_number_integer())
                fail("schema", prefix + "default must be an integer");
            if (value.is_number_unsigned() && value.get<uint64_t>() > uint64_t(INT64_MAX))
                fail("schema", prefix + "default is out of range");
            spec.defaultInt = value.get<int64_t>();
            return;
        case FieldType::Double:
            if (!value.is_number())
                fail("schema", prefix + "default must be a number");
            spec.defaultDouble = value.get<double>();
            return;
        case FieldType::Bool:
            if (!value.is_boolean())
                fail("schema", prefix + "default must be true or false");
            spec.defaultInt = value.get<bool>() ? 1 : 0;
            return;
        case FieldType::Timestamp:
            spec.defaultInt = timestampDefault(value, prefix, unit);
            return;
        case FieldType::Map:
            if (!value.is_object())
                fail("schema", prefix + "default must be an object of strings");
            for (const auto &item : value.items()) {
                if (!item.value().is_string())
                    fail("schema", prefix + "default must be an object of strings");
            }
            spec.defaultText = value.dump();
            return;
        }
    }

    int64_t timestampDefault(const Json &value, const std::string &prefix, TimestampUnit unit) const
    {
        std::optional<int64_t> ms;
        if (value.is_string())
            ms = parseTimestampMs(value.get<std::string>());
        else if (value.is_number_integer() && !value.is_number_unsigned())
            ms = epochToMs(value.get<int64_t>(), unit);
        else if (value.is_number())
            ms = epochToMs(value.get<double>(), unit);
        if (!ms)
            fail("schema", prefix + "default must be ISO-8601 text or an epoch number");
        return *ms;
    }

    const NodeContext &m_ctx;
};

} // namespace

JsonParseSettings parseJsonParseSettings(const NodeContext &ctx, const Json &params)
{
    SpecReader reader(ctx);
    JsonParseSettings settings;
    settings.timestampUnit = reader.unit(params);
    settings.fields = reader.fields(params, settings.timestampUnit);
    return settings;
}

std::optional<int64_t> epochToMs(double value, TimestampUnit unit)
{
    const double ms = unit == TimestampUnit::Seconds ? value * 1000.0 : value;
    // Inside +-9.2e18, with room for rounding.
    if (!std::isfinite(ms) || std::fabs(ms) >= 9.2e18)
        return std::nullopt;
    return int64_t(std::llround(ms));
}

std::optional<int64_t> epochToMs(int64_t value, TimestampUnit unit)
{
    if (unit == TimestampUnit::Milliseconds)
        return value;
    int64_t ms = 0;
    if (__builtin_mul_overflow(value, int64_t(1000), &ms))
        return std::nullopt;
    return ms;
}

} // namespace weir
