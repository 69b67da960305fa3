import Fluent
import SQLKit

extension Database {
    /// The database as SQLKit sees it. Both drivers Solmu runs on (SQLite and PostgreSQL) are SQL databases, so the cast
    /// cannot fail; it is written once here instead of at every query that needs SQL Fluent cannot say.
    var sql: any SQLDatabase { self as! any SQLDatabase }
}
