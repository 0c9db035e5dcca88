import Fluent
import SQLKit

extension Database {
    /// The SQL view of a Fluent database, for queries written in SQL. Both drivers Asah runs on (SQLite,
    /// PostgreSQL) are SQL databases; anything else is a configuration error, stopped here by name
    /// instead of by a force cast at each of a hundred call sites.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("\(type(of: self)) is not an SQL database")
        }
        return sql
    }
}
