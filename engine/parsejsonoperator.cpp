#include "parsejsonoperator.h"

#include "problem.h"

namespace weir {

namespace {

enum DeadLetterColumn { kNode, kReason, kSource, kPartition, kOffset, kValue };

void appendInt(Column &column, int64_t value)
{
    column.ints.push_back(value);
    if (!column.nulls.empty())
        column.nulls.push_back(0);
}

void appendDouble(Column &column, double value)
{
    column.doubles.push_back(value);
    if (!column.nulls.empty())
        column.nulls.push_back(0);
}

void appendText(Column &column, std::string_view value)
{
    column.strings.push_back(value);
    if (!column.nulls.empty())
        column.nulls.push_back(0);
}

void appendValue(Column &column, const JsonFieldValue &value)
{
    if (isIntegral(column.type))
        appendInt(column, value.intValue);
    else if (column.type == FieldType::Double)
        appendDouble(column, value.doubleValue);
    else
        appendText(column, value.text);
}

void appendDefault(Column &column, const JsonFieldSpec &spec)
{
    if (!spec.hasDefault)
        column.appendNull();
    else if (isIntegral(column.type))
        appendInt(column, spec.defaultInt);
    else if (column.type == FieldType::Double)
        appendDouble(column, spec.defaultDouble);
    else
        appendText(column, spec.defaultText);
}

SchemaPtr schemaOf(const std::vector<JsonFieldSpec> &fields)
{
    std::vector<Field> schemaFields;
    for (const JsonFieldSpec &spec : fields)
        schemaFields.push_back({spec.name, spec.type});
    return makeSchema(std::move(schemaFields));
}

void keepInputAlive(Batch &out, const Batch &in)
{
    out.keepAlive.insert(out.keepAlive.end(), in.keepAlive.begin(), in.keepAlive.end());
    if (in.arena)
        out.keepAlive.push_back(in.arena);
}

} // namespace

ParseJsonOperator::ParseJsonOperator(const NodeContext &ctx, JsonParseSettings settings,
                                     SchemaPtr input)
    : m_fields(std::make_shared<const std::vector<JsonFieldSpec>>(settings.fields))
    , m_schema(schemaOf(settings.fields))
    , m_valueColumn(input->indexOf("value"))
    , m_parser(std::move(settings))
{
    std::vector<std::string> names {ctx.id};
    names.insert(names.end(), ctx.sourceNames.begin(), ctx.sourceNames.end());
    m_names = std::make_shared<const std::vector<std::string>>(std::move(names));
}

SchemaPtr ParseJsonOperator::outputSchema(Port port) const
{
    switch (port) {
    case Port::Out:
        return m_schema;
    case Port::Errors:
        return deadLetterSchema();
    case Port::Late:
        break;
    }
    return nullptr;
}

void ParseJsonOperator::process(const Batch &in, Emitter &out)
{
    if (in.rows == 0)
        return;
    Batch parsed = Batch::withSchema(m_schema, in.rows);
    Batch errors = Batch::withSchema(deadLetterSchema());
    StringArena &arena = parsed.strings();
    const Column &values = in.columns[size_t(m_valueColumn)];
    for (size_t row = 0; row < in.rows; ++row) {
        const std::string_view record
            = values.isNull(row) ? std::string_view() : values.strings[row];
        if (m_parser.parse(record, arena))
            appendParsed(parsed, in, row);
        else
            appendDeadLetter(errors, in, row, m_parser.reason());
    }
    if (parsed.rows > 0) {
        parsed.ingestNs = in.ingestNs;
        parsed.keepAlive.push_back(m_fields);
        out.send(Port::Out, std::move(parsed));
    }
    if (errors.rows > 0) {
        errors.ingestNs = in.ingestNs;
        errors.keepAlive.push_back(m_names);
        keepInputAlive(errors, in);
        out.send(Port::Errors, std::move(errors));
    }
}

void ParseJsonOperator::appendParsed(Batch &parsed, const Batch &in, size_t row) const
{
    const std::vector<JsonFieldValue> &values = m_parser.values();
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i].present)
            appendValue(parsed.columns[i], values[i]);
        else
            appendDefault(parsed.columns[i], (*m_fields)[i]);
    }
    if (!in.origins.empty())
        parsed.origins.push_back(in.origins[row]);
    if (!in.watermarks.empty())
        parsed.watermarks.push_back(in.watermarks[row]);
    ++parsed.rows;
}

void ParseJsonOperator::appendDeadLetter(Batch &errors, const Batch &in, size_t row,
                                         std::string_view reason) const
{
    const std::vector<std::string> &names = *m_names;
    appendText(errors.columns[kNode], names[0]);
    appendText(errors.columns[kReason], errors.strings().store(reason));
    const Column &values = in.columns[size_t(m_valueColumn)];
    if (values.isNull(row))
        errors.columns[kValue].appendNull();
    else
        appendText(errors.columns[kValue], values.strings[row]);
    if (in.origins.empty()) {
        errors.columns[kSource].appendNull();
        errors.columns[kPartition].appendNull();
        errors.columns[kOffset].appendNull();
    } else {
        const Origin &origin = in.origins[row];
        const size_t source = size_t(origin.source) + 1;
        appendText(errors.columns[kSource],
                   source < names.size() ? std::string_view(names[source]) : std::string_view());
        appendInt(errors.columns[kPartition], origin.partition);
        appendInt(errors.columns[kOffset], origin.offset);
        errors.origins.push_back(origin);
    }
    if (!in.watermarks.empty())
        errors.watermarks.push_back(in.watermarks[row]);
    ++errors.rows;
}

std::unique_ptr<Operator> makeParseJson(const NodeContext &ctx, const Json &params, SchemaPtr input)
{
    JsonParseSettings settings = parseJsonParseSettings(ctx, params);
    const int valueColumn = input ? input->indexOf("value") : -1;
    if (valueColumn < 0 || !isTextual(input->at(size_t(valueColumn)).type))
        throw PipelineError(ctx.id, "",
                            "parse_json reads raw records: its input needs a text "
                            "'value' field (connect it to a source)");
    return std::make_unique<ParseJsonOperator>(ctx, std::move(settings), std::move(input));
}

} // namespace weir
