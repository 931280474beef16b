package org.aidflow.agreement;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreements in force (signed by both sides), as reports count them: who signed with whom, for how much. */
@Repository
public class SignedAgreements {

    /** An agreement in force and the amount its donor intends to give under it. */
    public record Signed(long id, String donor, String recipient, BigDecimal intendedAmount) {
    }

    private final JdbcClient jdbc;

    SignedAgreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Signed> all() {
        return jdbc.sql("SELECT id, donor_code, recipient_code, intended_amount FROM agreement WHERE status = ? ORDER BY id")
                .param(AgreementStatus.ACTIVE.name())
                .query((rs, n) -> new Signed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }
}
