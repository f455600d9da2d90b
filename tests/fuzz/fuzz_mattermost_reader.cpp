// Fuzzes the Mattermost bulk export reader: the input is the JSONL file.
#include "DrainSink.h"
#include "FuzzSupport.h"
#include "ingest/MattermostReader.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray jsonl = fuzz::bytes(data, size);
    (void)ingest::MattermostReader::looksLike(jsonl.left(jsonl.indexOf('\n')));
    auto reader = ingest::MattermostReader::open(fuzz::writeFile(QStringLiteral("export.jsonl"), jsonl));
    if (!reader)
        return 0;
    fuzz::DrainSink sink;
    (void)(*reader)->read(sink);
    (void)(*reader)->workspaceKey();
    (void)(*reader)->sourceDigests();
    return 0;
}
