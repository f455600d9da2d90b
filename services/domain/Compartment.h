// The parts of a workspace that are encrypted under keys of their own, and which roles
// hold which key. A user's key slot holds only the keys of their role, so a passphrase
// used outside Custos decrypts only what the role may see.
#pragma once

#include "domain/Role.h"
#include "domain/Vocabulary.h"

namespace custos::domain {

enum class Compartment
{
    // Users, roles, settings, policies and the signed audit log: every role.
    Log,
    // Posts, their versions and search index, people, channels, imports, flags,
    // decisions, takedowns and cases: the roles that review.
    Content,
    // The figures dashboards chart (per day, channel and department): everyone who
    // may see a dashboard.
    Aggregates
};
template <> std::span<const Word<Compartment>> wordsOf<Compartment>();

// Whether a user of `role` holds the key of `compartment`.
bool holdsKey(Role role, Compartment compartment);
QList<Compartment> compartmentsOf(Role role);
QList<Role> rolesHolding(Compartment compartment);

} // namespace custos::domain
