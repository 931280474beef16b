package org.aidflow.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.aidflow.tasks.ResumeGuard;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A proposal returned to its proposer (reviseProposal) with {@code resumeHere} by a step after the routing comes
 * straight back only if the revision keeps its route: the routing table, asked again with the revised budget and
 * type group, must give the same levels and signers as when it was routed. A budget raised past a threshold walks
 * the new route instead (region approval, 会签, national filing), as a fresh proposal would.
 */
@Component
class RevisedRoute implements ResumeGuard {

    static final String ROUTING = "approval-routing";
    /** The routing table's outputs, kept as process variables by the routeApproval task. */
    static final List<String> ROUTE = List.of("regionApproval", "nationalFiling", "signMode", "signGroups");
    private static final Set<String> AFTER_ROUTING = Set.of(ProjectProcess.APPROVE_REGION, ProjectProcess.FILE_NATIONAL);

    private final RuntimeService runtime;
    private final DecisionService decisions;

    RevisedRoute(RuntimeService runtime, DecisionService decisions) {
        this.runtime = runtime;
        this.decisions = decisions;
    }

    @Override
    public Optional<String> refuses(String processInstanceId, String completedStep, String resumeStep) {
        if (!ProjectProcess.REVISE.equals(completedStep) || !AFTER_ROUTING.contains(resumeStep)) {
            return Optional.empty(); // a step before the routing: the case is routed again on its way anyway
        }
        Map<String, Object> variables = runtime.getVariables(processInstanceId);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(ProjectProcess.BUDGET, variables.get(ProjectProcess.BUDGET));
        inputs.put(ProjectProcess.TYPE_GROUP, variables.get(ProjectProcess.TYPE_GROUP));
        DmnDecisionResultEntries now = decisions.evaluateDecisionByKey(ROUTING).variables(inputs).evaluate()
                .getSingleResult();
        for (String output : ROUTE) {
            if (!Objects.equals(String.valueOf(now.get(output)), String.valueOf(variables.get(output)))) {
                return Optional.of("task.resumeRerouted");
            }
        }
        return Optional.empty();
    }
}
