// Checking a certificate of disposition with nothing but the certificate and an exported
// audit log: the log verifies (and holds the seal the certificate was exported under),
// the purge's entries sign every tombstone the certificate lists, and each record was
// deleted under a rule whose period had ended.
#pragma once

#include "core/Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace custos::records {

class Disposition final
{
    Q_DECLARE_TR_FUNCTIONS(Disposition)
};

inline constexpr const char* kCertificateFormat = "custos-disposition-certificate-1";

struct DispositionReport
{
    bool ok() const { return problems.isEmpty(); }
    QStringList problems; // one translated sentence each, naming the item
    qint64 tombstones = 0;
    qint64 batches = 0;
    QString purgeStatus;
};

// `bundleDir` is an audit export written after the purge.
Result<DispositionReport> verifyCertificate(const QJsonObject& certificate, const QString& bundleDir);

} // namespace custos::records
