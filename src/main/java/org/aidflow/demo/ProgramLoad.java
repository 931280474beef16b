package org.aidflow.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row of {@code program_load} that says which plan is loaded into this database and whether the
 * load is done: a restart goes on with the same plan, a finished load is left alone, and a database
 * holding agreements of its own is never loaded into.
 */
record ProgramLoad(long seed, double scale, boolean resumed) {

    private static final Logger log = LoggerFactory.getLogger(ProgramLoad.class);

    /** The plan to load now, or null when there is nothing to load (logged). */
    static ProgramLoad begin(JdbcClient jdbc, long seed, double scale) {
        var row = jdbc.sql("SELECT seed, scale, finished_at FROM program_load WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3)}).optional();
        if (row.isPresent()) {
            Object[] r = row.get();
            if (r[2] != null) {
                log.info("Program load: this database already holds the program (seed {}, scale {}, loaded {}); left as it is",
                        r[0], r[1], r[2]);
                return null;
            }
            long storedSeed = (Long) r[0];
            double storedScale = Double.parseDouble((String) r[1]);
            if (storedSeed != seed || storedScale != scale) {
                log.warn("Program load: resuming the plan begun here (seed {}, scale {}), not seed {}, scale {}",
                        storedSeed, storedScale, seed, scale);
            }
            return new ProgramLoad(storedSeed, storedScale, true);
        }
        long agreements = jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single();
        if (agreements > 0) {
            log.warn("Program load: this database already holds {} agreements of its own; the program is loaded only "
                    + "into an empty database, so nothing was loaded", agreements);
            return null;
        }
        try {
            jdbc.sql("INSERT INTO program_load (id, seed, scale, started_at) VALUES (1, ?, ?, ?)")
                    .params(seed, Double.toString(scale), Timestamp.from(Instant.now())).update();
        } catch (DuplicateKeyException e) {
            log.info("Program load: another node began it");
            return null;
        }
        return new ProgramLoad(seed, scale, false);
    }

    void finish(JdbcClient jdbc) {
        jdbc.sql("UPDATE program_load SET finished_at = ? WHERE id = 1").param(Timestamp.from(Instant.now())).update();
    }
}
