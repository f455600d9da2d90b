// Reads a workspace's database file once, front to back, on a thread of its own, so that
// the operating system's file cache holds its pages before a reviewer needs them: after a
// restart the first queue pages, sorts and searches of a large workspace otherwise wait
// on the disk for every page they touch. Only encrypted pages are read; nothing is
// decrypted and no key is involved. Stopping (or destroying it) returns within one chunk.
#pragma once

#include <QString>
#include <atomic>
#include <thread>

namespace custos::workspace {

class FileWarmUp final
{
public:
    static constexpr qint64 defaultLimit = qint64(1) << 30; // never more than 1 GiB
    static constexpr qint64 chunk = qint64(1) << 20;

    // Starts reading at once; `limit` caps how much of the file is read.
    explicit FileWarmUp(QString path, qint64 limit = defaultLimit);
    ~FileWarmUp();
    FileWarmUp(const FileWarmUp&) = delete;
    FileWarmUp& operator=(const FileWarmUp&) = delete;

    void stop();
    void wait(); // until the whole file (up to the limit) is read or it was stopped
    bool finished() const { return m_finished.load(); }
    qint64 bytesRead() const { return m_read.load(); }

    // Reads `path` (up to `limit`) on the calling thread until done or `stop` is set;
    // the number of bytes read (0 when the file cannot be opened).
    static qint64 read(const QString& path, qint64 limit, const std::atomic<bool>& stop,
                       std::atomic<qint64>* progress = nullptr);

private:
    std::atomic<bool> m_stop = false;
    std::atomic<bool> m_finished = false;
    std::atomic<qint64> m_read = 0;
    std::thread m_thread;
};

} // namespace custos::workspace
