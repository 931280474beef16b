package org.aidflow.directory;

import java.util.Map;
import java.util.regex.Pattern;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.web.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every change of the directory shares: changes queue on the one {@code directory_revision}
 * row (so two administrators cannot create overlapping rounds at once), validate against the
 * directory as committed, leave an audit record, and refresh the in-memory directory once committed.
 */
@Component
class DirectoryChanges {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;
    private final ObjectMapper json;

    DirectoryChanges(JdbcClient jdbc, Directory directory, AuditTrail audit, ObjectMapper json) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
    }

    /** Takes the directory's lock for this transaction; afterwards {@link Directory} shows what is committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void begin() {
        long revision = jdbc.sql("SELECT revision FROM directory_revision WHERE id = 1 FOR UPDATE").query(Long.class).single();
        if (revision != directory.revision()) {
            directory.reload();
        }
    }

    /** A new union's or round's code: required, at most 16 characters, of the pattern. */
    static void checkNewCode(Checks checks, String code, Pattern pattern) {
        checks.require("code", code);
        if (code != null && !code.isBlank()) {
            checks.maxLength("code", code, 16);
            checks.check(pattern.matcher(code).matches(), "code", "field.pattern");
        }
    }

    /** Records the change as {@code actor}'s (a username) and raises the revision; the directory is read again after the commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String actor, AuditTrail.Subject subject, long subjectId, String action, Map<String, Object> details) {
        String text;
        try {
            text = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        audit.record(AuditRecord.of(subject, subjectId, action, actor).withDetails(text));
        jdbc.sql("UPDATE directory_revision SET revision = revision + 1 WHERE id = 1").update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    directory.reload();
                }
            });
        }
    }
}
