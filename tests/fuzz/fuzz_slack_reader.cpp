// Fuzzes the Slack export reader on a folder export: the input is a file tree text
// (FuzzSupport.h) whose untitled first part is users.json.
#include "DrainSink.h"
#include "FuzzSupport.h"
#include "ingest/SlackReader.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString folder = fuzz::writeTree(fuzz::bytes(data, size), QStringLiteral("users.json"));
    auto reader = ingest::SlackReader::open(folder);
    if (!reader)
        return 0;
    fuzz::DrainSink sink;
    (void)(*reader)->read(sink);
    (void)(*reader)->workspaceKey();
    (void)(*reader)->sourceDigests();
    return 0;
}
