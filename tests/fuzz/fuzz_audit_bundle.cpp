// Fuzzes the reader of exported audit logs (custos-cli audit verify --export): the input
// is a bundle folder as a file tree text (FuzzSupport.h) whose untitled first part is
// entries.jsonl. It is verified as it is, then again with its hashes, roots and fuzz-key
// signatures made right (BundleRepair.h) and a witness of its first entry, so that the
// checks behind the hashes are reached too.
#include "BundleRepair.h"
#include "FuzzSupport.h"
#include "audit/Merkle.h"
#include "audit/Verification.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace custos;

namespace {

void expectReport(const audit::VerificationReport& report)
{
    // A refused bundle is always told why.
    if (!report.ok() && report.message.isEmpty())
        __builtin_trap();
}

void overwrite(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    const QString folder = fuzz::writeTree(text, audit::entriesFile());
    expectReport(audit::verifyBundle(folder));

    QByteArray entries, checkpoints;
    for (const fuzz::TreeFile& f : fuzz::splitTree(text, audit::entriesFile())) {
        if (f.path == audit::entriesFile())
            entries = f.content;
        else if (f.path == audit::checkpointsFile())
            checkpoints = f.content;
    }
    const fuzz::RepairedBundle repaired = fuzz::repairBundle(entries, checkpoints);
    const QDir dir(folder);
    if (QFileInfo(dir.filePath(audit::entriesFile())).isFile())
        overwrite(dir.filePath(audit::entriesFile()), repaired.entries);
    if (QFileInfo(dir.filePath(audit::checkpointsFile())).isFile())
        overwrite(dir.filePath(audit::checkpointsFile()), repaired.checkpoints);
    std::optional<audit::Witness> witness;
    if (!repaired.leaves.isEmpty())
        witness = audit::Witness{1, audit::merkle::root(repaired.leaves, 0, 1)};
    const audit::VerificationReport report = audit::verifyBundle(folder, 1, {}, witness);
    expectReport(report);
    return 0;
}
