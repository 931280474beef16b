package org.aidflow.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.PasswordRules;
import org.aidflow.directory.People;
import org.aidflow.directory.PersonState;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person choosing their own password: they prove they know the current one (the one-time
 * password at first sign-in), and the new one must pass the password policy ({@link PasswordRules},
 * Camunda's own, so the engine checks it again as it stores the hash). Every refusal names the
 * field and, for the new password, each rule it breaks.
 */
@Service
class OwnPassword {

    private final IdentityService identity;
    private final People people;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    OwnPassword(IdentityService identity, People people, AuditTrail audit, JdbcClient jdbc) {
        this.identity = identity;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Is this the person's password now? Counts as no failed sign-in; the caller slows guessing down. */
    boolean isCurrent(String username, String password) {
        return password != null && !password.isEmpty() && password.length() <= PasswordRules.MAX_LENGTH
                && identity.checkPassword(username, password);
    }

    /** {@code currentRight}: the caller's {@link #isCurrent} of {@code currentPassword}. */
    @Transactional
    public void change(String username, String currentPassword, boolean currentRight, String newPassword) {
        Checks checks = new Checks();
        checks.require("currentPassword", currentPassword).require("newPassword", newPassword)
                .maxLength("newPassword", newPassword, PasswordRules.MAX_LENGTH);
        if (!checks.hasProblem("currentPassword")) {
            checks.check(currentRight, "currentPassword", "password.wrongCurrent");
        }
        User user = identity.createUserQuery().userId(username).singleResult();
        PersonState state = people.state(username).orElse(null);
        if (user == null || state == null) {
            throw ApiException.notFound();
        }
        if (newPassword != null && !newPassword.isEmpty() && !checks.hasProblem("newPassword")) {
            PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(newPassword, user);
            for (PasswordPolicyRule rule : result.getViolatedRules()) {
                Map<String, String> parameters = rule.getParameters();
                checks.add("newPassword", "password." + rule.getPlaceholder(),
                        parameters == null ? new Object[0] : parameters.values().toArray());
            }
            checks.check(!newPassword.equals(currentPassword), "newPassword", "password.unchanged");
        }
        checks.throwIfAny();
        user.setPassword(newPassword);
        identity.saveUser(user);
        jdbc.sql("UPDATE person SET password_change_required = FALSE, version = version + 1, updated_at = ? WHERE username = ?")
                .params(Timestamp.from(Instant.now()), username).update();
        audit.record(AuditRecord.of(AuditTrail.Subject.PERSON, state.id(), "PASSWORD_CHANGED", username));
    }
}
