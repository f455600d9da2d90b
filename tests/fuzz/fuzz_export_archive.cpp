// Fuzzes the .zip side of the export archive (libzip underneath): the input is the .zip
// file. Every file in it is read, then the Slack or the Teams reader reads the archive as
// an import would.
#include "DrainSink.h"
#include "FuzzSupport.h"
#include "ingest/ExportArchive.h"
#include "ingest/SlackReader.h"
#include "ingest/TeamsReader.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeFile(QStringLiteral("export.zip"), fuzz::bytes(data, size));
    bool slack = false;
    {
        auto archive = ingest::ExportArchive::open(path);
        if (!archive)
            return 0;
        for (const QString& file : (*archive)->files())
            (void)(*archive)->read(file);
        (void)(*archive)->read(QStringLiteral("not-in-the-archive.json"));
        (void)(*archive)->digestRemaining();
        slack = ingest::SlackReader::looksLike(**archive);
    }
    fuzz::DrainSink sink;
    if (slack) {
        if (auto reader = ingest::SlackReader::open(path))
            (void)(*reader)->read(sink);
    } else if (auto reader = ingest::TeamsReader::open(path)) {
        (void)(*reader)->read(sink);
    }
    return 0;
}
