#include "workspace/FileWarmUp.h"

#include <QFile>
#include <vector>

namespace custos::workspace {

FileWarmUp::FileWarmUp(QString path, qint64 limit)
    : m_thread([this, path = std::move(path), limit] {
          (void)read(path, limit, m_stop, &m_read);
          m_finished = true;
      })
{
}

FileWarmUp::~FileWarmUp()
{
    stop();
    wait();
}

void FileWarmUp::stop()
{
    m_stop = true;
}

void FileWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

qint64 FileWarmUp::read(const QString& path, qint64 limit, const std::atomic<bool>& stop,
                        std::atomic<qint64>* progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return 0;
    std::vector<char> buffer(static_cast<size_t>(chunk));
    qint64 total = 0;
    while (total < limit && !stop.load()) {
        const qint64 n = file.read(buffer.data(), std::min(chunk, limit - total));
        if (n <= 0)
            break;
        total += n;
        if (progress)
            progress->store(total);
    }
    return total;
}

} // namespace custos::workspace
