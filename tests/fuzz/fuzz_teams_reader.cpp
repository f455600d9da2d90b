// Fuzzes the Microsoft Teams reader. An input without a "=== PATH" line is one JSON file
// (the reader's single-file form); with one, it is a folder of JSON files given as a file
// tree text (FuzzSupport.h).
#include "DrainSink.h"
#include "FuzzSupport.h"
#include "ingest/TeamsReader.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const bool folder = input.startsWith("=== ") || input.contains("\n=== ");
    const QString path = folder ? fuzz::writeTree(input, QStringLiteral("messages.json"))
                                : fuzz::writeFile(QStringLiteral("messages.json"), input);
    if (!folder)
        (void)ingest::TeamsReader::looksLike(input);
    auto reader = ingest::TeamsReader::open(path);
    if (!reader)
        return 0;
    fuzz::DrainSink sink;
    (void)(*reader)->read(sink);
    (void)(*reader)->sourceDigests();
    return 0;
}
