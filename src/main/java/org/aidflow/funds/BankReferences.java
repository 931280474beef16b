package org.aidflow.funds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import org.aidflow.web.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bank references already used, keyed in upper case (as MySQL's case-insensitive collation would
 * compare them anyway). The primary key, not a prior read, is what refuses a second use, so two
 * concurrent transfers with one reference cannot both commit.
 */
@Repository
class BankReferences {

    private final JdbcClient jdbc;

    BankReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void claim(String reference, long projectId, Integer trancheNo) {
        String key = reference.toUpperCase(Locale.ROOT);
        if (jdbc.sql("SELECT COUNT(*) FROM bank_reference WHERE reference = ?").param(key).query(Long.class).single() > 0) {
            throw used();
        }
        try {
            jdbc.sql("INSERT INTO bank_reference (reference, project_id, tranche_no, used_at) VALUES (?, ?, ?, ?)")
                    .params(key, projectId, trancheNo, Timestamp.from(Instant.now())).update();
        } catch (DuplicateKeyException e) {
            throw used();
        }
    }

    private static ApiException used() {
        return FundLedger.conflict("bankReference", "transfer.bankReferenceUsed");
    }
}
