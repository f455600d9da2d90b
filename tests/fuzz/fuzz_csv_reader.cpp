// Fuzzes the CSV reader: its preview (the import dialog's) and a whole read. A first line
// "#map SPEC" is taken as the column mapping (as given with --map) and is not part of the
// file; without it the default mapping applies.
#include "DrainSink.h"
#include "FuzzSupport.h"
#include "ingest/CsvReader.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray csv = fuzz::bytes(data, size);
    ingest::CsvMapping mapping;
    if (csv.startsWith("#map ")) {
        const qsizetype end = csv.indexOf('\n');
        auto parsed = ingest::CsvMapping::parse(QString::fromUtf8(csv.mid(5, end < 0 ? -1 : end - 5)));
        if (!parsed)
            return 0;
        mapping = *parsed;
        csv = end < 0 ? QByteArray() : csv.mid(end + 1);
    }
    const QString path = fuzz::writeFile(QStringLiteral("posts.csv"), csv);
    (void)ingest::CsvReader::preview(path, 5);
    auto reader = ingest::CsvReader::open(path, mapping);
    if (!reader)
        return 0;
    fuzz::DrainSink sink;
    (void)(*reader)->read(sink);
    (void)(*reader)->sourceDigests();
    return 0;
}
