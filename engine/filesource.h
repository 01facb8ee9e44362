#pragma once

#include "pipeline.h"
#include "source.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace weir {

// source.file: NDJSON, one record per line, one partition (0) whose positions are
// byte offsets of the next line. Line ends may be "\n" or "\r\n"; empty lines are
// skipped (the position still moves past them). Reads in large blocks.
//
// Without follow, the input ends at the end of the file (a last line without a
// newline is a record too). With follow, the end of the file means Idle, an
// unterminated last line waits for its newline, and a file that shrinks
// (truncated) or is replaced (rotated) is read again from the start; lastNotice()
// says when that happened.
class FileSource final : public Source
{
public:
    FileSource(std::string nodeId, std::string path, bool follow, int64_t pollIntervalMs);
    ~FileSource() override;

    // Throws PipelineError(nodeId, "path", "cannot open '<path>': <reason>").
    void open(const Positions &from) override;
    ReadStatus read(RawChunk &chunk, size_t maxRecords) override;
    Positions position() const override;
    // The file's size; with follow, the end of its last complete line.
    Positions availableEnd() override;
    void close() override;

    const std::string &path() const { return m_path; }
    bool follows() const { return m_follow; }
    // How long the reader thread should wait after Idle.
    int64_t pollIntervalMs() const { return m_pollIntervalMs; }
    // The last unusual thing that happened (truncation, rotation), empty if none.
    std::string lastNotice() const;
    // That notice once, if it was not taken yet.
    std::string takeNotice() override;

private:
    bool nextLine(RawChunk &chunk, bool atEnd);
    size_t fill();
    bool reopenIfReplaced();
    void restartAt(int fd, int64_t offset);
    void setNotice(std::string notice);
    int openPath() const;
    [[noreturn]] void failOpen(int error) const;

    std::string m_nodeId;
    std::string m_path;
    bool m_follow;
    int64_t m_pollIntervalMs;
    int m_fd = -1;
    std::vector<char> m_buffer; // file bytes [m_bufferOffset, m_bufferOffset + m_end)
    int64_t m_bufferOffset = 0;
    size_t m_begin = 0; // the next unread line starts here
    size_t m_end = 0;
    std::atomic<int64_t> m_position {0};
    mutable std::mutex m_noticeMutex;
    std::string m_notice;
    bool m_noticeTaken = true;
};

// Builds a source.file; throws PipelineError(nodeId, param, reason).
std::unique_ptr<Source> makeFileSource(const std::string &nodeId, const Json &params);

} // namespace weir
