#include "consolesink.h"

#include "rowjson.h"

namespace weir {

ConsoleSink::ConsoleSink(std::string nodeId, const Json &params, std::FILE *out)
    : m_nodeId(std::move(nodeId))
    , m_limit(size_t(params.value("limit", 20)))
    , m_json(params.value("format", std::string("table")) == "json")
    , m_out(out)
{}

void ConsoleSink::beginBatch(int64_t batchId)
{
    m_batchId = batchId;
    m_text.clear();
    m_shown = 0;
    m_hidden = 0;
}

void ConsoleSink::appendTableRow(const Batch &batch, size_t row)
{
    // Values only; the column names are printed once, in the header.
    for (size_t c = 0; c < batch.columns.size(); ++c) {
        const Column &col = batch.columns[c];
        std::string cell;
        if (col.isNull(row))
            cell = "null";
        else if (isIntegral(col.type))
            cell = std::to_string(col.ints[row]);
        else if (col.type == FieldType::Double)
            cell = std::to_string(col.doubles[row]);
        else
            cell = std::string(col.strings[row]);
        m_text += (c ? " | " : "| ") + cell;
    }
    m_text += " |\n";
}

void ConsoleSink::write(const Batch &batch)
{
    for (size_t row = 0; row < batch.rows; ++row) {
        if (m_limit != 0 && m_shown >= m_limit) {
            m_hidden += batch.rows - row;
            break;
        }
        if (m_json) {
            appendRowJson(m_text, batch, row);
            m_text += '\n';
        } else {
            appendTableRow(batch, row);
        }
        ++m_shown;
    }
    m_rows += batch.rows;
}

void ConsoleSink::commitBatch()
{
    if (m_shown == 0)
        return;
    std::string header = "-- " + m_nodeId + ", batch " + std::to_string(m_batchId) + "\n";
    if (!m_json && m_schema) {
        for (size_t c = 0; c < m_schema->size(); ++c)
            header += (c ? " | " : "| ") + m_schema->at(c).name;
        header += " |\n";
    }
    std::fputs(header.c_str(), m_out);
    std::fputs(m_text.c_str(), m_out);
    if (m_hidden)
        std::fprintf(m_out, "... %zu more rows\n", m_hidden);
    std::fflush(m_out);
    m_lastCommitted = m_batchId;
}

} // namespace weir
