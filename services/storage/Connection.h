// A connection to the workspace database as the layers above storage see it: an opaque
// handle to open, pass to repositories and audited transactions, and close. The SQL itself
// (storage/Database.h) is reachable only inside services/storage.
#pragma once

#include <chrono>

#include "core/Status.h"
#include "crypto/SecretBytes.h"
#include "domain/Compartment.h"

#include <QString>
#include <map>
#include <memory>

namespace custos::audit {
class AuditedTransaction;
}

namespace custos::storage {

class Database;
class Statement;

struct DatabaseCloser
{
    void operator()(Database* db) const;
};
using DatabasePtr = std::unique_ptr<Database, DatabaseCloser>;

// CreateUnencrypted exists for one purpose: the import benchmark measures what
// encryption costs by importing the same export into a database SQLCipher does not
// encrypt. Nothing else creates one, and OpenExisting refuses it (a plain SQLite file
// is not a workspace database).
// OpenReadOnly opens an existing database without ever writing to it (read-only
// commands: info, audit verify, check).
enum class OpenMode
{
    OpenExisting,
    OpenReadOnly,
    Create,
    CreateUnencrypted
};

// Opens (or creates) the encrypted database at path with the raw key (32 bytes). A wrong
// key and a damaged file both read as Corrupted here: callers that have already verified
// the key (the keyring does) may say "damaged" with confidence.
Result<DatabasePtr> openDatabase(const QString& path, const crypto::SecretBytes& key, OpenMode mode);

// The keys a session holds, one per compartment; the log's is always there.
using CompartmentKeys = std::map<domain::Compartment, crypto::SecretBytes>;
// The file of each compartment.
using CompartmentFiles = std::map<domain::Compartment, QString>;

// Opens the log compartment's file with its key and attaches every other compartment
// whose key is given, each under its own key. Tables resolve by name across them; a
// compartment whose key is missing is simply not there (its tables do not exist on this
// connection). Commits that touch several compartments are atomic across their files
// (rollback journals with SQLite's super-journal), so a state change and its audit entry
// are never split by a crash.
Result<DatabasePtr> openCompartments(const CompartmentFiles& files, const CompartmentKeys& keys, OpenMode mode);
bool hasCompartment(Database& db, domain::Compartment compartment);
// The schema name of a compartment on a connection ("main" for the log).
QString schemaOf(domain::Compartment compartment);

// Rekeying a compartment (never the log's) happens in three steps, so that a crash at
// any moment leaves a workspace that opens: (1) writeRekeyedCopy copies the compartment
// into `copyPath` under the new key (sqlcipher_export); (2) the caller grants the new key
// and signs the change; (3) replaceWithRekeyedCopy puts the copy in place of the file
// (an atomic rename) and attaches it again under the new key.
Status writeRekeyedCopy(Database& db, domain::Compartment compartment, const QString& copyPath,
                        const crypto::SecretBytes& newKey);
Status replaceWithRekeyedCopy(Database& db, domain::Compartment compartment, const QString& path,
                              const QString& copyPath, const crypto::SecretBytes& key);
// Before a compartment is opened: what to make of a copy an interrupted rekey left. When
// `key` opens the file, the rekey never took effect and the copy is removed (Discarded);
// when it opens only the copy, the new key was granted and the copy is put in place
// (Completed). Neither: the files are damaged (Corrupted, naming them).
enum class RekeyLeftover
{
    None,
    Discarded,
    Completed
};
Result<RekeyLeftover> settleRekeyCopy(const QString& path, const QString& copyPath, const crypto::SecretBytes& key);

// SQLite's full integrity check of one compartment on this connection: every page,
// index and free list. Empty when the file is sound, else SQLite's findings (at most 100).
Result<QStringList> integrityCheck(Database& db, domain::Compartment compartment);

// SQLite's quick check (pages, free lists and row formats, without comparing indexes
// with their tables) of one compartment, stopped once `budget` has passed: what opening
// a workspace runs. findings as above; finished is false when the budget ran out first.
struct QuickCheck
{
    QStringList findings;
    bool finished = false;
};
Result<QuickCheck> quickCheck(Database& db, domain::Compartment compartment, std::chrono::milliseconds budget);

// Test hook: the next commit on this connection fails as if the disk were full.
void failNextCommitForTesting(Database& db);

// Proof that the caller writes inside an audited transaction: repositories take it for
// every method that changes state, and only audit::AuditedTransaction can make one.
// So no state changes without its audit entry in the same transaction.
class WriteAccess final
{
public:
    Database& db() const { return m_db; }
    Q_DISABLE_COPY_MOVE(WriteAccess)

private:
    friend class custos::audit::AuditedTransaction;
    explicit WriteAccess(Database& db) : m_db(db) {}
    Database& m_db;
};

// A write transaction (BEGIN IMMEDIATE); rolls back unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const Status& status() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    Status m_begin;
    bool m_open = false;
};

} // namespace custos::storage
