#include "storage/Migrations.h"

#include "storage/Database.h"
#include <QDateTime>
#include <QRegularExpression>

namespace custos::storage {
namespace {

Status execAll(Database& db, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements) {
        Status status = db.exec(QString::fromUtf8(sql));
        if (!status.ok())
            return status;
    }
    return Status::success();
}

Status migration1(Database& db)
{
    return execAll(db, {
        "CREATE TABLE settings ("
        "  key TEXT PRIMARY KEY NOT NULL,"
        "  value TEXT NOT NULL);",
    });
}

Status migration2(Database& db)
{
    return execAll(db, {
        "CREATE TABLE roles ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE);",
        "INSERT INTO roles (id, name) VALUES"
        "  (1, 'administrator'), (2, 'compliance'), (3, 'investigator'), (4, 'manager'), (5, 'auditor');",
        "CREATE TABLE users ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        "  display_name TEXT NOT NULL,"
        "  role_id INTEGER NOT NULL REFERENCES roles(id),"
        "  signing_public_key BLOB NOT NULL,"
        "  created_at TEXT NOT NULL,"
        "  created_by INTEGER REFERENCES users(id),"
        "  revoked_at TEXT,"
        "  revoked_by INTEGER REFERENCES users(id));",
    });
}

Status migration3(Database& db)
{
    return execAll(db, {
        "CREATE TABLE audit_entries ("
        "  seq INTEGER PRIMARY KEY,"
        "  time TEXT NOT NULL,"
        "  actor_id INTEGER NOT NULL,"
        "  key_id TEXT NOT NULL,"
        "  action TEXT NOT NULL,"
        "  object_type TEXT NOT NULL,"
        "  object_id TEXT NOT NULL,"
        "  details TEXT NOT NULL,"
        "  prev_hash BLOB NOT NULL,"
        "  entry_hash BLOB NOT NULL,"
        "  signature BLOB NOT NULL);",
        "CREATE INDEX audit_entries_action ON audit_entries(action);",
        "CREATE INDEX audit_entries_actor ON audit_entries(actor_id);",
        "CREATE INDEX audit_entries_object ON audit_entries(object_type, object_id);",
        "CREATE INDEX audit_entries_time ON audit_entries(time);",
        "CREATE TABLE audit_checkpoints ("
        "  tree_size INTEGER PRIMARY KEY,"
        "  root_hash BLOB NOT NULL,"
        "  time TEXT NOT NULL,"
        "  signer_id INTEGER NOT NULL,"
        "  key_id TEXT NOT NULL,"
        "  signature BLOB NOT NULL);",
        // One row: the head of the chain and the Merkle compact range, so appends are O(log n).
        "CREATE TABLE audit_state ("
        "  id INTEGER PRIMARY KEY CHECK (id = 1),"
        "  tree_size INTEGER NOT NULL,"
        "  last_hash BLOB NOT NULL,"
        "  frontier BLOB NOT NULL);",
    });
}

Status migration4(Database& db)
{
    return execAll(db, {
        // A source is one exported workspace of one platform; later exports of it map to the same rows.
        "CREATE TABLE sources ("
        "  id INTEGER PRIMARY KEY,"
        "  platform TEXT NOT NULL,"
        "  workspace_key TEXT NOT NULL,"
        "  UNIQUE (platform, workspace_key));",
        "CREATE TABLE people ("
        "  id INTEGER PRIMARY KEY,"
        "  source_id INTEGER NOT NULL REFERENCES sources(id),"
        "  platform_id TEXT NOT NULL,"
        "  name TEXT NOT NULL,"
        "  display_name TEXT NOT NULL,"
        "  email TEXT,"
        "  department TEXT,"
        "  is_bot INTEGER NOT NULL DEFAULT 0,"
        "  UNIQUE (source_id, platform_id));",
        "CREATE TABLE channels ("
        "  id INTEGER PRIMARY KEY,"
        "  source_id INTEGER NOT NULL REFERENCES sources(id),"
        "  platform_id TEXT NOT NULL,"
        "  name TEXT NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  topic TEXT,"
        "  UNIQUE (source_id, platform_id));",
        "CREATE TABLE imports ("
        "  id INTEGER PRIMARY KEY,"
        "  source_id INTEGER REFERENCES sources(id),"
        "  format TEXT NOT NULL,"
        "  path TEXT NOT NULL,"
        "  user_id INTEGER NOT NULL,"
        "  started_at TEXT NOT NULL,"
        "  finished_at TEXT,"
        "  status TEXT NOT NULL,"        // running, done, failed, cancelled
        "  checkpoint_file TEXT,"
        "  checkpoint_record INTEGER,"
        "  manifest TEXT);",
        "CREATE TABLE posts ("
        "  id INTEGER PRIMARY KEY,"
        "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
        "  message_id TEXT NOT NULL,"
        "  author_id INTEGER REFERENCES people(id),"
        "  posted_at TEXT NOT NULL,"
        "  thread_id TEXT,"
        "  text TEXT NOT NULL,"
        "  content_hash BLOB NOT NULL,"
        "  edited_at TEXT,"
        "  deleted_at TEXT,"
        "  subtype TEXT,"
        "  reactions TEXT,"
        "  files TEXT,"
        "  import_id INTEGER NOT NULL REFERENCES imports(id),"
        "  UNIQUE (channel_id, message_id));",
        "CREATE INDEX posts_posted_at ON posts(posted_at);",
        "CREATE INDEX posts_author ON posts(author_id);",
        "CREATE INDEX posts_thread ON posts(channel_id, thread_id);",
        "CREATE TABLE post_versions ("
        "  id INTEGER PRIMARY KEY,"
        "  post_id INTEGER NOT NULL REFERENCES posts(id),"
        "  text TEXT NOT NULL,"
        "  content_hash BLOB NOT NULL,"
        "  replaced_at TEXT,"
        "  import_id INTEGER NOT NULL REFERENCES imports(id));",
        "CREATE INDEX post_versions_post ON post_versions(post_id);",
        "CREATE TABLE events ("
        "  id INTEGER PRIMARY KEY,"
        "  channel_id INTEGER REFERENCES channels(id),"
        "  event_id TEXT NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  actor_id INTEGER REFERENCES people(id),"
        "  occurred_at TEXT NOT NULL,"
        "  detail TEXT,"
        "  import_id INTEGER NOT NULL REFERENCES imports(id),"
        "  UNIQUE (channel_id, event_id, kind));",
        // Full-text search over post text; external content, kept in step by the import.
        "CREATE VIRTUAL TABLE posts_fts USING fts4(content=\"posts\", text, tokenize=unicode61 \"remove_diacritics=1\");",
    });
}

Status migration5(Database& db)
{
    return execAll(db, {
        // Versioned policies: a published version is never changed, so the policy in force
        // when a post was scanned stays provable.
        "CREATE TABLE policies ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL,"
        "  version INTEGER NOT NULL,"
        "  body TEXT NOT NULL,"
        "  body_sha256 BLOB NOT NULL,"
        "  published_at TEXT NOT NULL,"
        "  published_by INTEGER NOT NULL REFERENCES users(id),"
        "  UNIQUE (version));",
        "CREATE TABLE flags ("
        "  id INTEGER PRIMARY KEY,"
        "  post_id INTEGER NOT NULL REFERENCES posts(id),"
        "  policy_id INTEGER NOT NULL REFERENCES policies(id),"
        "  rule TEXT NOT NULL,"
        "  category TEXT NOT NULL,"
        "  severity TEXT NOT NULL,"
        "  score REAL NOT NULL,"
        "  spans TEXT NOT NULL,"
        "  created_at TEXT NOT NULL,"
        "  status TEXT NOT NULL DEFAULT 'new',"
        "  UNIQUE (post_id, policy_id, rule));",
        "CREATE INDEX flags_category ON flags(category, severity);",
        "CREATE INDEX flags_status ON flags(status);",
        "ALTER TABLE posts ADD COLUMN scanned_policy_id INTEGER REFERENCES policies(id);",
        "ALTER TABLE posts ADD COLUMN sentiment REAL;",
        "CREATE INDEX posts_scanned ON posts(scanned_policy_id);",
    });
}

Status migration6(Database& db)
{
    return execAll(db, {
        // Review: who a flag is assigned to, every decision on it, and takedown requests
        // with their four-eyes decision. Decisions are also audit entries; these tables
        // are what the console queries.
        "ALTER TABLE flags ADD COLUMN assignee_id INTEGER REFERENCES users(id);",
        "ALTER TABLE flags ADD COLUMN updated_at TEXT;",
        "CREATE INDEX flags_post ON flags(post_id);",
        "CREATE INDEX flags_created ON flags(created_at);",
        "CREATE TABLE flag_decisions ("
        "  id INTEGER PRIMARY KEY,"
        "  flag_id INTEGER NOT NULL REFERENCES flags(id),"
        "  actor_id INTEGER NOT NULL REFERENCES users(id),"
        "  action TEXT NOT NULL,"
        "  reason TEXT,"
        "  note TEXT,"
        "  created_at TEXT NOT NULL);",
        "CREATE INDEX flag_decisions_flag ON flag_decisions(flag_id);",
        "CREATE TABLE takedowns ("
        "  id INTEGER PRIMARY KEY,"
        "  post_id INTEGER NOT NULL REFERENCES posts(id),"
        "  requested_by INTEGER NOT NULL REFERENCES users(id),"
        "  requested_at TEXT NOT NULL,"
        "  reason TEXT NOT NULL,"
        "  clause TEXT NOT NULL,"
        "  request_entry INTEGER NOT NULL,"
        "  status TEXT NOT NULL DEFAULT 'pending',"
        "  decided_by INTEGER REFERENCES users(id),"
        "  decided_at TEXT,"
        "  comment TEXT,"
        "  decision_entry INTEGER,"
        "  done_at TEXT);",
        "CREATE INDEX takedowns_status ON takedowns(status);",
        "CREATE INDEX takedowns_post ON takedowns(post_id);",
    });
}

Status migration7(Database& db)
{
    return execAll(db, {
        // The queue lists flagged posts newest first: with the post's time on its flags
        // and an index on it, a page is read from the index, not by joining every post.
        "ALTER TABLE flags ADD COLUMN posted_at TEXT;",
        "UPDATE flags SET posted_at = (SELECT posted_at FROM posts WHERE posts.id = flags.post_id);",
        "CREATE INDEX flags_posted ON flags(posted_at, post_id);",
        // The messages around a post in its channel, for the reviewer's context.
        "CREATE INDEX posts_channel_time ON posts(channel_id, posted_at);",
        // Near-identical flags are looked up by rule.
        "CREATE INDEX flags_rule ON flags(rule);",
    });
}

Status migration8(Database& db)
{
    return execAll(db, {
        // The queue sorts and filters flagged posts by any column. With each flag carrying
        // its post's channel and author, and an index per sort key that ends in the post's
        // time, a page is read by walking one index, whatever the number of flags (an
        // unknown author is 0 on flags, so that the walk can continue from any flag). The
        // usual triage views (a category or a status, by severity) have their own.
        "ALTER TABLE flags ADD COLUMN channel_id INTEGER;",
        "ALTER TABLE flags ADD COLUMN author_id INTEGER;",
        "UPDATE flags SET channel_id = (SELECT channel_id FROM posts WHERE posts.id = flags.post_id), "
        "author_id = (SELECT coalesce(author_id, 0) FROM posts WHERE posts.id = flags.post_id);",
        "DROP INDEX flags_category;",
        "DROP INDEX flags_status;",
        "DROP INDEX flags_rule;",
        "CREATE INDEX flags_category_time ON flags(category, posted_at, post_id);",
        "CREATE INDEX flags_category_severity_time ON flags(category, severity, posted_at, post_id);",
        "CREATE INDEX flags_status_severity_time ON flags(status, severity, posted_at, post_id);",
        "CREATE INDEX flags_severity_time ON flags(severity, posted_at, post_id);",
        "CREATE INDEX flags_status_time ON flags(status, posted_at, post_id);",
        "CREATE INDEX flags_rule_time ON flags(rule, posted_at, post_id);",
        "CREATE INDEX flags_score_time ON flags(score, posted_at, post_id);",
        "CREATE INDEX flags_assignee_time ON flags(assignee_id, posted_at, post_id);",
        "CREATE INDEX flags_channel_time ON flags(channel_id, posted_at, post_id);",
        "CREATE INDEX flags_author_time ON flags(author_id, posted_at, post_id);",
    });
}

// The tables of the content compartment, parents before children (the order rows are
// copied in; dropped in reverse).
const char* const kContentTables[] = {"sources", "people",   "channels", "imports",       "posts",
                                      "post_versions", "events", "flags", "flag_decisions", "takedowns"};

Status migration9(Database& db)
{
    // Compartments: posts, people and everything said about them move to the content
    // compartment, under a key only reviewer roles hold; dashboards' figures get their own.
    // Foreign keys cannot cross files, so references to users and policies (which stay
    // with the log) lose their REFERENCES clause; the services keep those ids valid.
    if (!db.hasSchema(QStringLiteral("content")) || !db.hasSchema(QStringLiteral("aggregates")))
        return {ErrorCode::PermissionDenied,
                Migrations::tr("This workspace must be upgraded by a user who holds every key: ask an administrator "
                               "to sign in first.")};
    static const QRegularExpression crossReference(QStringLiteral("\\s+REFERENCES\\s+(users|policies)\\s*\\(id\\)"));
    static const QRegularExpression createIndex(QStringLiteral("^CREATE (UNIQUE )?INDEX (\\w+) ON"));
    for (const char* table : kContentTables) {
        Statement def = db.prepare(QStringLiteral("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?1;"));
        def.bind(1, QString::fromLatin1(table));
        if (!def.step())
            return def.status().ok() ? Status(ErrorCode::Internal, QStringLiteral("no table %1").arg(QLatin1String(table)))
                                     : def.status();
        QString sql = def.text(0);
        sql.replace(crossReference, QString());
        sql.replace(QStringLiteral("CREATE TABLE %1").arg(QLatin1String(table)),
                    QStringLiteral("CREATE TABLE content.%1").arg(QLatin1String(table)));
        if (Status s = db.exec(sql); !s.ok())
            return s;
        if (Status s = db.exec(QStringLiteral("INSERT INTO content.%1 SELECT * FROM main.%1;").arg(QLatin1String(table)));
            !s.ok())
            return s;
        auto indexes = db.texts(QStringLiteral("SELECT sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = '%1' "
                                               "AND sql IS NOT NULL;")
                                    .arg(QLatin1String(table)));
        if (!indexes)
            return indexes.status();
        for (QString index : *indexes) {
            index.replace(createIndex, QStringLiteral("CREATE \\1INDEX content.\\2 ON"));
            if (Status s = db.exec(index + u';'); !s.ok())
                return s;
        }
    }
    Status status = execAll(db, {
        "DROP TABLE main.posts_fts;",
        "CREATE VIRTUAL TABLE content.posts_fts USING fts4(content=\"posts\", text, tokenize=unicode61 \"remove_diacritics=1\");",
        "INSERT INTO content.posts_fts(posts_fts) VALUES('rebuild');",
    });
    for (auto it = std::rbegin(kContentTables); status.ok() && it != std::rend(kContentTables); ++it)
        status = db.exec(QStringLiteral("DROP TABLE main.%1;").arg(QLatin1String(*it)));
    if (!status.ok())
        return status;
    return execAll(db, {
        // Each user's X25519 public key: compartment keys are sealed to it.
        "ALTER TABLE users ADD COLUMN agreement_public_key BLOB;",
        // What dashboards chart, per day, channel and department: figures, never a post.
        "CREATE TABLE aggregates.daily_posts ("
        "  day TEXT NOT NULL,"
        "  channel TEXT NOT NULL,"
        "  channel_kind TEXT NOT NULL,"
        "  department TEXT NOT NULL,"
        "  posts INTEGER NOT NULL,"
        "  scored_posts INTEGER NOT NULL,"
        "  sentiment_sum REAL NOT NULL,"
        "  negative_posts INTEGER NOT NULL,"
        "  PRIMARY KEY (day, channel, department));",
        "CREATE TABLE aggregates.daily_flags ("
        "  day TEXT NOT NULL,"
        "  channel TEXT NOT NULL,"
        "  department TEXT NOT NULL,"
        "  category TEXT NOT NULL,"
        "  severity TEXT NOT NULL,"
        "  flags INTEGER NOT NULL,"
        "  PRIMARY KEY (day, channel, department, category, severity));",
    });
}

Status migration10(Database& db)
{
    if (!db.hasSchema(QStringLiteral("content")))
        return {ErrorCode::PermissionDenied,
                Migrations::tr("This workspace must be upgraded by a user who holds every key: ask an administrator "
                               "to sign in first.")};
    return execAll(db, {
        // The audit entry (its seq) of the batch that wrote each post's text, each earlier
        // version and each flag: the deep verification recomputes what that entry signed.
        "ALTER TABLE content.posts ADD COLUMN written_seq INTEGER;",
        "ALTER TABLE content.post_versions ADD COLUMN written_seq INTEGER;",
        "ALTER TABLE content.flags ADD COLUMN written_seq INTEGER;",
    });
}

Status migration11(Database& db)
{
    if (!db.hasSchema(QStringLiteral("content")))
        return {ErrorCode::PermissionDenied,
                Migrations::tr("This workspace must be upgraded by a user who holds every key: ask an administrator "
                               "to sign in first.")};
    return execAll(db, {
        // Investigation cases, in the content compartment: only the roles that review hold
        // its key. Users are named by id (they live in the log); every row that records a
        // step names the audit entry (entry_seq) that signs it.
        "CREATE TABLE content.cases ("
        "  id INTEGER PRIMARY KEY,"
        "  number TEXT NOT NULL UNIQUE,"
        "  year INTEGER NOT NULL,"
        "  year_seq INTEGER NOT NULL,"
        "  title TEXT NOT NULL,"
        "  summary TEXT NOT NULL DEFAULT '',"
        "  status TEXT NOT NULL,"
        "  priority TEXT NOT NULL,"
        "  intake TEXT NOT NULL,"
        "  incident_at TEXT,"
        "  reported_at TEXT,"
        "  opened_at TEXT NOT NULL,"
        "  due_at TEXT,"
        "  closed_at TEXT,"
        "  opened_by INTEGER NOT NULL,"
        "  open_entry INTEGER NOT NULL,"
        "  updated_at TEXT NOT NULL,"
        "  UNIQUE (year, year_seq));",
        "CREATE INDEX content.cases_opened ON cases(opened_at);",
        "CREATE INDEX content.cases_status ON cases(status, opened_at);",
        "CREATE INDEX content.cases_due ON cases(due_at);",
        "CREATE TABLE content.case_assignees ("
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  user_id INTEGER NOT NULL,"
        "  PRIMARY KEY (case_id, user_id));",
        "CREATE INDEX content.case_assignees_user ON case_assignees(user_id, case_id);",
        // A party is a person record from an import, a name entered by hand, or an
        // anonymous reporter (then no name at all).
        "CREATE TABLE content.case_parties ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  role TEXT NOT NULL,"
        "  person_id INTEGER REFERENCES people(id),"
        "  name TEXT,"
        "  anonymous INTEGER NOT NULL DEFAULT 0,"
        "  note TEXT NOT NULL DEFAULT '',"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.case_parties_case ON case_parties(case_id);",
        "CREATE INDEX content.case_parties_person ON case_parties(person_id, role);",
        "CREATE INDEX content.case_parties_name ON case_parties(name COLLATE NOCASE);",
        "CREATE TABLE content.case_allegations ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  type TEXT NOT NULL,"
        "  clause TEXT NOT NULL DEFAULT '',"
        "  description TEXT NOT NULL DEFAULT '',"
        "  respondent_party_id INTEGER REFERENCES case_parties(id),"
        "  finding TEXT,"
        "  finding_reason TEXT,"
        "  finding_by INTEGER,"
        "  finding_at TEXT,"
        "  finding_entry INTEGER,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.case_allegations_case ON case_allegations(case_id);",
        "CREATE INDEX content.case_allegations_type ON case_allegations(type, case_id);",
        "CREATE TABLE content.case_posts ("
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  post_id INTEGER NOT NULL REFERENCES posts(id),"
        "  PRIMARY KEY (case_id, post_id));",
        "CREATE INDEX content.case_posts_post ON case_posts(post_id);",
        // Evidence files live inside the encrypted file, never beside it.
        "CREATE TABLE content.case_evidence ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  file_name TEXT NOT NULL,"
        "  media_type TEXT NOT NULL,"
        "  size INTEGER NOT NULL,"
        "  sha256 BLOB NOT NULL,"
        "  content BLOB NOT NULL,"
        "  added_at TEXT NOT NULL,"
        "  added_by INTEGER NOT NULL,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.case_evidence_case ON case_evidence(case_id);",
        "CREATE TABLE content.case_tasks ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  title TEXT NOT NULL,"
        "  owner_id INTEGER NOT NULL,"
        "  due_at TEXT,"
        "  done_at TEXT,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.case_tasks_case ON case_tasks(case_id, done_at, due_at);",
        "CREATE TABLE content.interview_templates ("
        "  id INTEGER PRIMARY KEY,"
        "  type TEXT NOT NULL,"
        "  name TEXT NOT NULL,"
        "  questions TEXT NOT NULL,"  // a JSON array of strings
        "  updated_at TEXT NOT NULL,"
        "  updated_by INTEGER NOT NULL);",
        "CREATE TABLE content.case_interviews ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  party_id INTEGER REFERENCES case_parties(id),"
        "  template_id INTEGER REFERENCES interview_templates(id),"
        "  held_at TEXT NOT NULL,"
        "  attendees TEXT NOT NULL DEFAULT '',"
        "  questions TEXT NOT NULL,"  // JSON arrays of strings, one answer per question
        "  answers TEXT NOT NULL,"
        "  notes TEXT NOT NULL DEFAULT '',"
        "  agreed_at TEXT,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.case_interviews_case ON case_interviews(case_id);",
        "CREATE TABLE content.case_outcomes ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  party_id INTEGER NOT NULL REFERENCES case_parties(id),"
        "  sanction TEXT NOT NULL,"
        "  reasoning TEXT NOT NULL,"
        "  decided_by INTEGER NOT NULL,"
        "  decided_at TEXT NOT NULL,"
        "  expires_at TEXT,"
        "  set_aside INTEGER NOT NULL DEFAULT 0,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.case_outcomes_case ON case_outcomes(case_id);",
        "CREATE TABLE content.case_appeals ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  outcome_id INTEGER NOT NULL REFERENCES case_outcomes(id),"
        "  grounds TEXT NOT NULL,"
        "  lodged_by INTEGER NOT NULL,"
        "  lodged_at TEXT NOT NULL,"
        "  status TEXT NOT NULL,"
        "  decided_by INTEGER,"
        "  decided_at TEXT,"
        "  decision_reason TEXT,"
        "  entry_seq INTEGER NOT NULL,"
        "  decision_entry INTEGER);",
        "CREATE INDEX content.case_appeals_case ON case_appeals(case_id);",
        "CREATE TABLE content.case_links ("
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  other_id INTEGER NOT NULL REFERENCES cases(id),"
        "  PRIMARY KEY (case_id, other_id));",
        // The timeline: one row per step, in the time it happened; `ref_id` names the
        // evidence, task, interview, outcome or appeal the row stands for.
        "CREATE TABLE content.case_timeline ("
        "  id INTEGER PRIMARY KEY,"
        "  case_id INTEGER NOT NULL REFERENCES cases(id),"
        "  kind TEXT NOT NULL,"
        "  at TEXT NOT NULL,"
        "  recorded_at TEXT NOT NULL,"
        "  actor_id INTEGER NOT NULL,"
        "  title TEXT NOT NULL,"
        "  body TEXT NOT NULL DEFAULT '',"
        "  post_id INTEGER,"
        "  party_id INTEGER,"
        "  allegation_id INTEGER,"
        "  ref_id INTEGER,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.case_timeline_case ON case_timeline(case_id, at, id);",
        "CREATE INDEX content.case_timeline_kind ON case_timeline(case_id, kind, at, id);",
        // Every case read asks which people records stand for the signed-in user (a party
        // to a case is refused): by user name, display name or e-mail local part, each
        // looked up in an index rather than by reading every person.
        "CREATE INDEX content.people_name_nocase ON people(name COLLATE NOCASE);",
        "CREATE INDEX content.people_display_name_nocase ON people(display_name COLLATE NOCASE);",
        "CREATE INDEX content.people_email_local ON people(lower(substr(email, 1, instr(email, '@') - 1)));",
    });
}

Status migration12(Database& db)
{
    if (!db.hasSchema(QStringLiteral("content")))
        return {ErrorCode::PermissionDenied,
                Migrations::tr("This workspace must be upgraded by a user who holds every key: ask an administrator "
                               "to sign in first.")};
    return execAll(db, {
        // Record keeping, in the content compartment (rules and holds name channels, people
        // and cases). A period of NULL keeps indefinitely; records/RetentionPlan.cpp says
        // which of the rules that cover a record decides.
        "CREATE TABLE content.retention_rules ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL,"
        "  data_class TEXT NOT NULL,"
        "  channel_kind TEXT,"
        "  channel_id INTEGER REFERENCES channels(id),"
        "  category TEXT,"
        "  period_days INTEGER,"
        "  reason TEXT NOT NULL,"
        "  created_at TEXT NOT NULL,"
        "  created_by INTEGER NOT NULL,"
        "  entry_seq INTEGER NOT NULL,"
        "  retired_at TEXT,"
        "  retired_by INTEGER,"
        "  retired_entry INTEGER);",
        // A hold keeps what matches every criterion it sets, until it is released.
        "CREATE TABLE content.legal_holds ("
        "  id INTEGER PRIMARY KEY,"
        "  matter TEXT NOT NULL,"
        "  requested_by TEXT NOT NULL,"
        "  note TEXT NOT NULL DEFAULT '',"
        "  person_id INTEGER REFERENCES people(id),"
        "  channel_id INTEGER REFERENCES channels(id),"
        "  case_id INTEGER,"
        "  from_day TEXT,"
        "  to_day TEXT,"
        "  query TEXT,"
        "  placed_at TEXT NOT NULL,"
        "  placed_by INTEGER NOT NULL,"
        "  place_entry INTEGER NOT NULL,"
        "  released_at TEXT,"
        "  released_by INTEGER,"
        "  release_reason TEXT,"
        "  release_entry INTEGER);",
        "CREATE TABLE content.hold_acknowledgements ("
        "  hold_id INTEGER NOT NULL REFERENCES legal_holds(id),"
        "  person_id INTEGER NOT NULL REFERENCES people(id),"
        "  acknowledged_at TEXT NOT NULL,"
        "  recorded_by INTEGER NOT NULL,"
        "  entry_seq INTEGER NOT NULL,"
        "  PRIMARY KEY (hold_id, person_id));",
        "CREATE TABLE content.purges ("
        "  id INTEGER PRIMARY KEY,"
        "  started_at TEXT NOT NULL,"
        "  started_by INTEGER NOT NULL,"
        "  start_entry INTEGER NOT NULL,"
        "  finished_at TEXT,"
        "  status TEXT NOT NULL,"
        "  counts TEXT NOT NULL DEFAULT '{}',"
        "  root BLOB,"
        "  done_entry INTEGER);",
        // What stays of each purged record: ids, the hashes its batch signed, the rule that
        // deleted it; the purge batch entry (batch_seq) signs each tombstone's digest.
        "CREATE TABLE content.tombstones ("
        "  id INTEGER PRIMARY KEY,"
        "  purge_id INTEGER NOT NULL REFERENCES purges(id),"
        "  batch_seq INTEGER NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  object_id INTEGER NOT NULL,"
        "  post_id INTEGER NOT NULL DEFAULT 0,"
        "  content_hash BLOB,"
        "  leaf BLOB NOT NULL,"
        "  written_seq INTEGER,"
        "  rule_id INTEGER NOT NULL,"
        "  event_at TEXT NOT NULL,"
        "  purged_at TEXT NOT NULL);",
        "CREATE INDEX content.tombstones_purge ON tombstones(purge_id, batch_seq, id);",
        "CREATE INDEX content.tombstones_object ON tombstones(kind, object_id);",
        // Closed cases are found by the day they closed.
        "CREATE INDEX content.cases_closed ON cases(closed_at);",
    });
}

Status migration13(Database& db)
{
    if (!db.hasSchema(QStringLiteral("content")))
        return {ErrorCode::PermissionDenied,
                Migrations::tr("This workspace must be upgraded by a user who holds every key: ask an administrator "
                               "to sign in first.")};
    return execAll(db, {
        // The employee roster, matched to the people of the imports; training modules,
        // their assignments and completions; acknowledgements of a policy version.
        "CREATE TABLE content.roster ("
        "  id INTEGER PRIMARY KEY,"
        "  employee_id TEXT NOT NULL UNIQUE,"
        "  name TEXT NOT NULL,"
        "  email TEXT NOT NULL DEFAULT '',"
        "  handles TEXT NOT NULL DEFAULT '',"
        "  department TEXT NOT NULL DEFAULT '',"
        "  manager_employee_id TEXT NOT NULL DEFAULT '',"
        "  start_day TEXT NOT NULL DEFAULT '',"
        "  leave_day TEXT NOT NULL DEFAULT '',"
        "  updated_at TEXT NOT NULL,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE INDEX content.roster_email ON roster(lower(email));",
        "CREATE INDEX content.roster_department ON roster(department);",
        "CREATE TABLE content.roster_people ("
        "  roster_id INTEGER NOT NULL REFERENCES roster(id),"
        "  person_id INTEGER NOT NULL UNIQUE REFERENCES people(id),"
        "  method TEXT NOT NULL,"
        "  entry_seq INTEGER NOT NULL,"
        "  PRIMARY KEY (roster_id, person_id));",
        "CREATE TABLE content.training_modules ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        "  recurrence_months INTEGER NOT NULL DEFAULT 0,"
        "  due_days INTEGER NOT NULL DEFAULT 30,"
        "  created_at TEXT NOT NULL,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE TABLE content.training_assignments ("
        "  id INTEGER PRIMARY KEY,"
        "  module_id INTEGER NOT NULL REFERENCES training_modules(id),"
        "  department TEXT NOT NULL DEFAULT '',"
        "  employee_id TEXT NOT NULL DEFAULT '',"
        "  created_at TEXT NOT NULL,"
        "  entry_seq INTEGER NOT NULL);",
        "CREATE TABLE content.training_completions ("
        "  id INTEGER PRIMARY KEY,"
        "  module_id INTEGER NOT NULL REFERENCES training_modules(id),"
        "  employee_id TEXT NOT NULL,"
        "  completed_on TEXT NOT NULL,"
        "  source TEXT NOT NULL,"
        "  entry_seq INTEGER NOT NULL,"
        "  UNIQUE (module_id, employee_id, completed_on));",
        "CREATE INDEX content.training_completions_employee ON training_completions(employee_id, module_id);",
        "CREATE TABLE content.policy_acknowledgements ("
        "  id INTEGER PRIMARY KEY,"
        "  employee_id TEXT NOT NULL,"
        "  policy_version INTEGER NOT NULL,"
        "  body_sha256 BLOB NOT NULL,"
        "  acknowledged_on TEXT NOT NULL,"
        "  entry_seq INTEGER NOT NULL,"
        "  UNIQUE (employee_id, policy_version));",
    });
}

} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> migrations = {
        {1, QStringLiteral("workspace settings"), migration1},
        {2, QStringLiteral("roles and users"), migration2},
        {3, QStringLiteral("signed audit log"), migration3},
        {4, QStringLiteral("imported posts, people, channels and events"), migration4},
        {5, QStringLiteral("versioned policies and flags"), migration5},
        {6, QStringLiteral("review decisions and takedowns"), migration6},
        {7, QStringLiteral("flags in time order for the queue"), migration7},
        {8, QStringLiteral("flags in every queue order"), migration8},
        {9, QStringLiteral("compartments under keys of their own"), migration9},
        {10, QStringLiteral("rows tied to the signed batch that wrote them"), migration10},
        {11, QStringLiteral("investigation cases"), migration11},
        {12, QStringLiteral("retention, legal holds and disposition"), migration12},
        {13, QStringLiteral("employee roster, training and policy acknowledgements"), migration13},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

Result<int> Migrations::currentVersion(Database& db)
{
    Statement exists = db.prepare(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations';"));
    if (!exists.step())
        return noRow(exists);
    if (exists.int64(0) == 0)
        return 0;
    Statement max = db.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations;"));
    if (!max.step())
        return noRow(max);
    return static_cast<int>(max.int64(0));
}

Status Migrations::migrate(Database& db, int target)
{
    return migrate(db, all(), target);
}

Status Migrations::migrate(Database& db, const std::vector<Migration>& migrations, int target)
{
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (target < 0)
        target = newest;
    Result<int> current = currentVersion(db);
    if (!current)
        return current.status();
    if (*current > newest)
        return {ErrorCode::VersionTooNew,
                tr("This workspace uses schema version %1, but this Custos knows versions up to %2. "
                   "Open it with a newer Custos.")
                    .arg(*current)
                    .arg(newest)};
    int applied = 0;
    for (const Migration& migration : migrations) {
        if (migration.version <= *current || migration.version > target)
            continue;
        Transaction tx(db);
        if (!tx.status().ok())
            return tx.status();
        Status status = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                               "  version INTEGER PRIMARY KEY,"
                                               "  description TEXT NOT NULL,"
                                               "  applied_at TEXT NOT NULL);"));
        if (status.ok())
            status = migration.apply(db);
        if (status.ok()) {
            Statement record = db.prepare(QStringLiteral(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?1, ?2, ?3);"));
            record.bind(1, migration.version)
                .bind(2, migration.description)
                .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            status = record.run();
        }
        if (status.ok())
            status = db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(migration.version));
        if (status.ok())
            status = tx.commit();
        if (!status.ok())
            return {status.code(), tr("Upgrading the workspace to schema version %1 (%2) failed; it stays at "
                                      "version %3. %4")
                                       .arg(migration.version)
                                       .arg(migration.description)
                                       .arg(migration.version - 1)
                                       .arg(status.message())};
        ++applied;
    }
    // Moving tables between files leaves free pages behind: give them back, so that no
    // page of a file sits unused (and unchecked) after an upgrade.
    if (applied > 0) {
        for (const QString& schema : {QStringLiteral("main"), QStringLiteral("content"), QStringLiteral("aggregates")}) {
            if (!db.hasSchema(schema))
                continue;
            Statement free = db.prepare(QStringLiteral("PRAGMA %1.freelist_count;").arg(schema));
            if (free.step() && free.int64(0) > 0) {
                free.reset();
                if (Status s = db.exec(QStringLiteral("VACUUM %1;").arg(schema)); !s.ok())
                    return s;
            }
        }
    }
    return Status::success();
}

} // namespace custos::storage
