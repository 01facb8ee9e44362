#include "filesource.h"

#include "duration.h"
#include "problem.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace weir {

namespace {

constexpr size_t kBlockSize = size_t(1) << 20;
constexpr size_t kTailBlockSize = size_t(64) << 10;
constexpr size_t kMaxChunkBytes = size_t(256) << 20; // RawChunk offsets are 32-bit

ssize_t preadFully(int fd, char *into, size_t size, int64_t offset)
{
    for (;;) {
        const ssize_t got = ::pread(fd, into, size, off_t(offset));
        if (got >= 0 || errno != EINTR)
            return got;
    }
}

// The offset just after the last '\n' in [floor, size) of the file, or `floor`.
int64_t endOfLastLine(int fd, int64_t size, int64_t floor)
{
    std::vector<char> block(kTailBlockSize);
    int64_t end = size;
    while (end > floor) {
        const int64_t begin = std::max(floor, end - int64_t(kTailBlockSize));
        const ssize_t got = preadFully(fd, block.data(), size_t(end - begin), begin);
        if (got <= 0)
            return floor;
        const void *newline = ::memrchr(block.data(), '\n', size_t(got));
        if (newline)
            return begin + (static_cast<const char *>(newline) - block.data()) + 1;
        end = begin;
    }
    return floor;
}

std::string errorText(int error)
{
    return std::generic_category().message(error);
}

} // namespace

FileSource::FileSource(std::string nodeId, std::string path, bool follow, int64_t pollIntervalMs)
    : m_nodeId(std::move(nodeId))
    , m_path(std::move(path))
    , m_follow(follow)
    , m_pollIntervalMs(pollIntervalMs)
{
}

FileSource::~FileSource()
{
    close();
}

int FileSource::openPath() const
{
    return ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
}

void FileSource::failOpen(int error) const
{
    throw PipelineError(m_nodeId, "path", "cannot open '" + m_path + "': " + errorText(error));
}

void FileSource::open(const Positions &from)
{
    close();
    const auto it = from.find(0);
    int64_t offset = it == from.end() ? 0 : it->second;
    if (offset < 0)
        throw std::runtime_error("file source '" + m_nodeId + "': invalid position "
                                 + std::to_string(offset));
    const int fd = openPath();
    if (fd < 0)
        failOpen(errno);
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        const int error = S_ISDIR(info.st_mode) ? EISDIR : errno;
        ::close(fd);
        failOpen(error);
    }
    if (m_follow && offset > info.st_size) {
        setNotice("'" + m_path + "' is shorter (" + std::to_string(info.st_size)
                  + " bytes) than the position to resume from (" + std::to_string(offset)
                  + "); reading it again from the start");
        offset = 0;
    }
    if (m_buffer.size() < kBlockSize)
        m_buffer.resize(kBlockSize);
    restartAt(fd, offset);
}

void FileSource::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void FileSource::restartAt(int fd, int64_t offset)
{
    m_fd = fd;
    m_bufferOffset = offset;
    m_begin = 0;
    m_end = 0;
    m_position = offset;
}

ReadStatus FileSource::read(RawChunk &chunk, size_t maxRecords)
{
    if (m_fd < 0)
        throw std::logic_error("file source '" + m_nodeId + "': read() before open()");
    const size_t before = chunk.size();
    bool atEnd = false;
    while (chunk.size() - before < maxRecords && chunk.data.size() < kMaxChunkBytes) {
        if (nextLine(chunk, false) || fill() > 0)
            continue;
        if (!m_follow) {
            nextLine(chunk, true);
            atEnd = true;
            break;
        }
        if (!reopenIfReplaced())
            break;
    }
    m_position = m_bufferOffset + int64_t(m_begin);
    if (chunk.size() > before)
        return ReadStatus::Data;
    return atEnd ? ReadStatus::End : ReadStatus::Idle;
}

// Consumes the next buffered line (the unterminated rest too when `atEnd`); empty
// lines are consumed without a record. False when no line is buffered.
bool FileSource::nextLine(RawChunk &chunk, bool atEnd)
{
    if (m_begin >= m_end)
        return false;
    const char *start = m_buffer.data() + m_begin;
    const void *newline = std::memchr(start, '\n', m_end - m_begin);
    if (!newline && !atEnd)
        return false;
    size_t length = newline ? size_t(static_cast<const char *>(newline) - start) : m_end - m_begin;
    const size_t next = m_begin + length + (newline ? 1 : 0);
    if (length > 0 && start[length - 1] == '\r')
        --length;
    if (length > 0) {
        if (chunk.ingestNs == 0)
            chunk.ingestNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
        chunk.append(std::string_view(start, length), 0, m_bufferOffset + int64_t(m_begin));
    }
    m_begin = next;
    return true;
}

// Reads the next block after the buffered bytes, keeping an unfinished line.
// Returns the number of bytes read (0 at the end of the file).
size_t FileSource::fill()
{
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_bufferOffset += int64_t(m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_buffer.size() - m_end < kBlockSize)
        m_buffer.resize(m_end + kBlockSize);
    const ssize_t got = preadFully(m_fd, m_buffer.data() + m_end, m_buffer.size() - m_end,
                                   m_bufferOffset + int64_t(m_end));
    if (got < 0)
        throw std::runtime_error("cannot read '" + m_path + "': " + errorText(errno));
    m_end += size_t(got);
    return size_t(got);
}

// At the end of the file in follow mode: starts over if the file shrank below what
// was read, or if another file now has its name. True if it did.
bool FileSource::reopenIfReplaced()
{
    struct stat opened
    {
    };
    if (::fstat(m_fd, &opened) != 0)
        return false;
    const int64_t readEnd = m_bufferOffset + int64_t(m_end);
    if (opened.st_size < readEnd) {
        setNotice("'" + m_path + "' was truncated to " + std::to_string(opened.st_size)
                  + " bytes; reading it again from the start");
        restartAt(m_fd, 0);
        return true;
    }
    struct stat named
    {
    };
    if (::stat(m_path.c_str(), &named) != 0
        || (named.st_ino == opened.st_ino && named.st_dev == opened.st_dev))
        return false;
    const int fd = openPath();
    if (fd < 0)
        return false;
    std::string notice = "'" + m_path
        + "' was replaced (rotated); reading the new file from "
          "the start";
    if (m_end > m_begin)
        notice += "; the old file ended with an unterminated line of "
            + std::to_string(m_end - m_begin) + " bytes, which was skipped";
    setNotice(std::move(notice));
    ::close(m_fd);
    restartAt(fd, 0);
    return true;
}

Positions FileSource::position() const
{
    return {{0, m_position}};
}

Positions FileSource::availableEnd()
{
    const int64_t position = m_position;
    const int fd = openPath();
    if (fd < 0)
        return {{0, position}};
    struct stat info
    {
    };
    int64_t end = position;
    if (::fstat(fd, &info) == 0 && !S_ISDIR(info.st_mode))
        end = m_follow ? endOfLastLine(fd, info.st_size, std::min<int64_t>(position, info.st_size))
                       : int64_t(info.st_size);
    ::close(fd);
    return {{0, end}};
}

void FileSource::setNotice(std::string notice)
{
    std::lock_guard lock(m_noticeMutex);
    m_notice = std::move(notice);
    m_noticeTaken = false;
}

std::string FileSource::takeNotice()
{
    std::lock_guard lock(m_noticeMutex);
    if (m_noticeTaken)
        return {};
    m_noticeTaken = true;
    return m_notice;
}

std::string FileSource::lastNotice() const
{
    std::lock_guard lock(m_noticeMutex);
    return m_notice;
}

std::unique_ptr<Source> makeFileSource(const std::string &nodeId, const Json &params)
{
    const Json none = Json::object();
    const Json &p = params.is_object() ? params : none;
    if (!params.is_null() && !params.is_object())
        throw PipelineError(nodeId, "", "parameters must be a JSON object");
    const auto path = p.find("path");
    if (path == p.end() || !path->is_string() || path->get<std::string>().empty())
        throw PipelineError(nodeId, "path", "a file path is required");
    bool follow = false;
    if (const auto it = p.find("follow"); it != p.end() && !it->is_null()) {
        if (!it->is_boolean())
            throw PipelineError(nodeId, "follow", "must be true or false");
        follow = it->get<bool>();
    }
    int64_t pollMs = 200;
    if (const auto it = p.find("poll_interval"); it != p.end() && !it->is_null()) {
        const auto ms = it->is_string() ? parseDurationMs(it->get<std::string>()) : std::nullopt;
        if (!ms || *ms <= 0)
            throw PipelineError(nodeId, "poll_interval",
                                "must be a positive duration such as \"200ms\"");
        pollMs = *ms;
    }
    return std::make_unique<FileSource>(nodeId, path->get<std::string>(), follow, pollMs);
}

} // namespace weir
