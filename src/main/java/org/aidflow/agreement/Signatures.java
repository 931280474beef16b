package org.aidflow.agreement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The two signatures of an agreement, one per side. */
@Repository
class Signatures {

    enum Side { DONOR, RECIPIENT }

    record Signature(Side side, String signatory, LocalDate signedOn, long documentId, String signedBy, Instant signedAt) {
    }

    private final JdbcClient jdbc;

    Signatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long agreementId, Side side, String signatory, LocalDate signedOn, long documentId, String signedBy) {
        jdbc.sql("INSERT INTO agreement_signature (agreement_id, side, signatory, signed_on, document_id, signed_by, signed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(agreementId, side.name(), signatory, signedOn, documentId, signedBy, Timestamp.from(Instant.now()))
                .update();
    }

    List<Signature> of(long agreementId) {
        return jdbc.sql("SELECT side, signatory, signed_on, document_id, signed_by, signed_at FROM agreement_signature "
                        + "WHERE agreement_id = ? ORDER BY side")
                .param(agreementId)
                .query((rs, n) -> new Signature(Side.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
