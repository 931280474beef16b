package org.aidflow.tasks;

import org.aidflow.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a status an agreement's or project's process set as it moved on, as done by whoever's
 * task completion moved the process (or the system, for a timer); nothing when the status stays.
 */
@Component
public class StatusChanges {

    private final AuditTrail audit;
    private final EngineUser engineUser;

    StatusChanges(AuditTrail audit, EngineUser engineUser) {
        this.audit = audit;
        this.engineUser = engineUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public <S extends Enum<S>> void record(AuditTrail.Subject subject, long id, S from, S to, String processInstanceId) {
        if (from != to) {
            audit.recordStatus(subject, id, from.name(), to.name(), processInstanceId, engineUser.current());
        }
    }
}
