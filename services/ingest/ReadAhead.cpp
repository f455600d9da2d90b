#include "ingest/ReadAhead.h"

#include <QList>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace custos::ingest {
namespace {

// A bounded queue of chunks between the reading thread and the writing one.
class Pipe
{
public:
    // Blocks while the queue is full; false when the writer has stopped.
    bool put(QList<ReadRecord>&& chunk)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(
            lock, [this] { return m_stopped || static_cast<int>(m_chunks.size()) < ReadAhead::chunksAhead; });
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_ready.notify_one();
        return true;
    }

    // Blocks until a chunk is there; nothing once the reader is done and all is taken.
    std::optional<QList<ReadRecord>> take()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_chunks.empty() || m_closed; });
        if (m_chunks.empty())
            return std::nullopt;
        QList<ReadRecord> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_space.notify_one();
        return chunk;
    }

    void close(Status status)
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_status = std::move(status);
        m_ready.notify_all();
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_chunks.clear();
        m_space.notify_all();
    }

    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

    Status status()
    {
        std::lock_guard lock(m_mutex);
        return m_status;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_space;
    std::condition_variable m_ready;
    std::deque<QList<ReadRecord>> m_chunks;
    bool m_closed = false;
    bool m_stopped = false;
    Status m_status = Status::success();
};

// The sink the reader writes to on its thread: it gathers records into chunks.
class ChunkingSink final : public ImportSink
{
public:
    ChunkingSink(Pipe& pipe, ImportReader& reader, const ReadAhead::Hash& hash)
        : m_pipe(pipe), m_reader(reader), m_hash(hash)
    {
        m_chunk.reserve(ReadAhead::chunkSize);
    }

    Status person(const PersonRecord& person) override
    {
        ReadRecord& r = next(ReadRecord::Kind::Person);
        r.person = person;
        return sent();
    }
    Status channel(const ChannelRecord& channel) override
    {
        ReadRecord& r = next(ReadRecord::Kind::Channel);
        r.channel = channel;
        return sent();
    }
    Status post(const PostRecord& post, const Position& at) override
    {
        ReadRecord& r = next(ReadRecord::Kind::Post);
        r.post = post;
        r.at = at;
        r.contentHash = m_hash(r.workspaceKey, post);
        return sent();
    }
    Status event(const EventRecord& event, const Position& at) override
    {
        ReadRecord& r = next(ReadRecord::Kind::Event);
        r.event = event;
        r.at = at;
        return sent();
    }
    void skipped(const Position& at, const QString& reason) override
    {
        ReadRecord& r = next(ReadRecord::Kind::Skipped);
        r.at = at;
        r.reason = reason;
        (void)sent();
    }
    bool keepGoing() override { return !m_stopped && !m_pipe.stopped(); }

    void flush()
    {
        if (m_stopped)
            m_chunk.clear(); // the writer has stopped: what is read now is not wanted
        if (m_chunk.isEmpty() || m_stopped)
            return;
        m_stopped = !m_pipe.put(std::move(m_chunk));
        m_chunk = {};
        m_chunk.reserve(ReadAhead::chunkSize);
    }

private:
    ReadRecord& next(ReadRecord::Kind kind)
    {
        ReadRecord& r = m_chunk.emplace_back();
        r.kind = kind;
        r.workspaceKey = m_reader.workspaceKey();
        return r;
    }

    Status sent()
    {
        if (m_chunk.size() >= ReadAhead::chunkSize)
            flush();
        return Status::success(); // a stop is seen through keepGoing()
    }

    Pipe& m_pipe;
    ImportReader& m_reader;
    const ReadAhead::Hash& m_hash;
    QList<ReadRecord> m_chunk;
    bool m_stopped = false;
};

} // namespace

Status ReadAhead::run(ImportReader& reader, const Hash& hash, const Deliver& deliver)
{
    Pipe pipe;
    std::thread reading([&pipe, &reader, &hash] {
        ChunkingSink sink(pipe, reader, hash);
        Status status = reader.read(sink);
        sink.flush();
        pipe.close(std::move(status));
    });
    bool delivered = true;
    while (delivered) {
        std::optional<QList<ReadRecord>> chunk = pipe.take();
        if (!chunk)
            break;
        for (ReadRecord& record : *chunk) {
            if (!deliver(record)) {
                delivered = false;
                break;
            }
        }
    }
    pipe.stop();
    reading.join();
    return delivered ? pipe.status() : Status::success();
}

} // namespace custos::ingest
