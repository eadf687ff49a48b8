#pragma once

namespace collabtender::persistence {

// A prepared statement: its name and its SQL, from the persistence/sql/*.sql files
// through the headers generated from them (persistence/sql/<file>.hpp, constants
// in namespace sql), so that a statement missing or misspelt fails the build.
struct Statement {
    const char* name;
    const char* text;
};

}  // namespace collabtender::persistence
