package org.aidflow.tasks;

import java.util.function.Supplier;

import org.aidflow.audit.AuditTrail;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as one person, so that Camunda's operation log and history name them; the
 * engine's sign-in is cleared afterwards whatever happens, so that it never leaks into the next
 * request the thread serves.
 */
@Component
public class EngineUser {

    private final IdentityService identity;

    EngineUser(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(String username, Supplier<T> work) {
        identity.setAuthenticatedUserId(username);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Who the engine's current step runs for: the person completing a task, or the system (a timer, a job). */
    public String current() {
        return AuditTrail.actorOf(identity.getCurrentAuthentication());
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
