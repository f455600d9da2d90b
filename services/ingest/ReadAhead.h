// Reads an export on a thread of its own while the calling thread writes what was read:
// parsing and hashing overlap with the database work. Records arrive in the order the
// reader produced them, a chunk at a time through a bounded queue, so memory stays flat
// however large the export is.
#pragma once

#include "core/Status.h"
#include "ingest/ImportRecords.h"

#include <functional>

namespace custos::ingest {

struct ReadRecord
{
    enum class Kind
    {
        Person,
        Channel,
        Post,
        Event,
        Skipped
    };
    Kind kind = Kind::Skipped;
    PersonRecord person;
    ChannelRecord channel;
    PostRecord post;
    EventRecord event;
    Position at;
    QString reason;         // Skipped: why
    QString workspaceKey;   // the reader's workspace key when the record was read
    QByteArray contentHash; // Post: computed on the reading thread
};

class ReadAhead final
{
public:
    // Runs on the reading thread for every post.
    using Hash = std::function<QByteArray(const QString& workspaceKey, const PostRecord& post)>;
    // Runs on the calling thread for every record, in order; false stops the reading
    // (an error or a cancel) and no further record is delivered.
    using Deliver = std::function<bool(ReadRecord& record)>;

    // The reader's own status when every record was delivered; success when `deliver`
    // stopped it. The reader is not used on the calling thread until this returns.
    static Status run(ImportReader& reader, const Hash& hash, const Deliver& deliver);

    static constexpr int chunkSize = 512;
    static constexpr int chunksAhead = 8;
};

} // namespace custos::ingest
