package org.aidflow.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the ledger stores its UTC times. They are bound as text: a hashed time must come back to the
 * millisecond whatever the JVM's time zone, and the MySQL driver, set with sendFractionalSeconds=false,
 * would drop the milliseconds of a temporal parameter.
 */
final class LedgerTime {

    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private LedgerTime() {
    }

    static String toDatabase(LocalDateTime utc) {
        return SQL.format(utc);
    }

    static LocalDateTime fromDatabase(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }
}
