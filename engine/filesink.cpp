#include "filesink.h"

#include "problem.h"
#include "rowjson.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace weir {

FileSink::FileSink(std::string nodeId, const Json &params)
    : m_nodeId(std::move(nodeId))
    , m_path(params.value("path", std::string()))
{
    if (m_path.empty())
        throw PipelineError(m_nodeId, "path", "a file sink needs a path");
}

FileSink::~FileSink()
{
    close();
}

void FileSink::fail(const std::string &what) const
{
    throw std::runtime_error("sink '" + m_nodeId + "': " + what + " '" + m_path
                             + "': " + std::strerror(errno));
}

void FileSink::readSidecar()
{
    std::ifstream in(m_path + ".weir-commit");
    int64_t batch = -1, size = 0;
    if (in >> batch >> size) {
        m_lastCommitted = batch;
        m_committedSize = size;
    }
}

void FileSink::writeSidecar()
{
    const std::string sidecar = m_path + ".weir-commit";
    const std::string temp = sidecar + ".tmp";
    std::FILE *f = std::fopen(temp.c_str(), "w");
    if (!f)
        fail("cannot write commit marker for");
    std::fprintf(f, "%lld %lld\n", static_cast<long long>(m_lastCommitted),
                 static_cast<long long>(m_committedSize));
    const bool ok = std::fflush(f) == 0 && fdatasync(fileno(f)) == 0;
    std::fclose(f);
    if (!ok || std::rename(temp.c_str(), sidecar.c_str()) != 0)
        fail("cannot write commit marker for");
}

void FileSink::open(const SchemaPtr &)
{
    readSidecar();
    m_file = std::fopen(m_path.c_str(), "a+b");
    if (!m_file)
        fail("cannot open");
    if (std::fseek(m_file, 0, SEEK_END) != 0)
        fail("cannot seek");
    const long size = std::ftell(m_file);
    if (m_lastCommitted < 0)
        m_committedSize = size; // an existing file without marker: keep it, append after it
    if (size > m_committedSize && ftruncate(fileno(m_file), m_committedSize) != 0)
        fail("cannot cut an uncommitted batch from");
}

void FileSink::beginBatch(int64_t batchId)
{
    m_batchId = batchId;
    m_skipBatch = batchId <= m_lastCommitted;
}

void FileSink::write(const Batch &batch)
{
    if (m_skipBatch)
        return;
    m_buffer.clear();
    for (size_t row = 0; row < batch.rows; ++row) {
        appendRowJson(m_buffer, batch, row);
        m_buffer += '\n';
    }
    if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
        fail("cannot write to");
    m_rows += batch.rows;
}

void FileSink::commitBatch()
{
    if (m_skipBatch)
        return;
    if (std::fflush(m_file) != 0 || fdatasync(fileno(m_file)) != 0)
        fail("cannot flush");
    m_committedSize = std::ftell(m_file);
    m_lastCommitted = m_batchId;
    writeSidecar();
}

void FileSink::close()
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
}

} // namespace weir
