/* CSQLite: the system SQLite (libsqlite3-dev, 3.40 or later, with FTS5) that RelGraphStore
 * wraps. Swift imports the header as is; see SQLiteDatabase.swift for the wrapper. */
#ifndef RELGRAPH_CSQLITE_SHIM_H
#define RELGRAPH_CSQLITE_SHIM_H

#include <sqlite3.h>

#endif
