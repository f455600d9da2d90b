// Storage only: how the case tables' rows are read, shared by the case repositories.
#pragma once

#include "core/Status.h"
#include "domain/Cases.h"
#include "storage/Database.h"

namespace custos::storage::caserows {

void bindOptional(Statement& s, int index, const QString& value); // NULL when empty
void bindId(Statement& s, int index, qint64 id);                  // NULL when 0
qint64 idOr0(const Statement& s, int column);
// The case list's columns; ?1 is the date overdue is measured against.
QString caseColumns();
domain::CaseRow rowFrom(const Statement& s);
// Respondents and assignees of the rows, two queries for the whole page.
Status fillPeople(Database& db, QList<domain::CaseRow>& rows);

} // namespace custos::storage::caserows
