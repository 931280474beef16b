package org.aidflow.tasks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Moves a process instance with Camunda's process instance modification (退回 and its way back, 加签 beside a
 * signer), keeping the instance's variables. A multi-instance step is entered through its body, so that all its
 * signers sign again; one signer is added into the running body of a multi-instance step.
 */
@Component
public class ProcessJumps {

    static final String BODY = "#multiInstanceBody";

    private final RuntimeService runtime;
    private final RepositoryService repository;

    public ProcessJumps(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    /** Is the activity a multi-instance activity (会签) in this process definition? */
    public boolean isMultiInstance(String processDefinitionId, String activityId) {
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element instanceof Activity activity && activity.getLoopCharacteristics() != null;
    }

    /**
     * Does the activity lie between a parallel fork and its join? A jump to or from it would cancel or leave
     * the other branch, so that the join never fires: such steps are no return targets and cannot be resumed.
     */
    public boolean inParallelBranch(String processDefinitionId, String activityId) {
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        if (!(element instanceof FlowNode node)) {
            return false;
        }
        Deque<FlowNode> open = new ArrayDeque<>(List.of(node));
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            FlowNode current = open.pop();
            if (!seen.add(current.getId())) {
                continue;
            }
            for (SequenceFlow incoming : current.getIncoming()) {
                FlowNode source = incoming.getSource();
                if (source instanceof ParallelGateway gateway) {
                    if (gateway.getOutgoing().size() > 1) {
                        return true; // a fork before any join on this path
                    }
                    continue; // a join: what lies before it is another region
                }
                open.push(source);
            }
        }
        return false;
    }

    /**
     * Ends whatever the instance is doing at its top level (the step holding the current task: with its
     * signers, its boundary events and timers) and starts it again before {@code target}.
     */
    public void jump(String processDefinitionId, String processInstanceId, String target) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        List<String> activities = new ArrayList<>();
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            activities.add(child.getId());
        }
        List<String> transitions = new ArrayList<>();
        for (TransitionInstance child : tree.getChildTransitionInstances()) {
            transitions.add(child.getId());
        }
        // started first: cancelling everything first would end the process instance
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(isMultiInstance(processDefinitionId, target) ? target + BODY : target);
        activities.forEach(modification::cancelActivityInstance);
        transitions.forEach(modification::cancelTransitionInstance);
        modification.execute();
    }

    /**
     * Adds one instance to the running body of the multi-instance activity (a signer beside the others: all must
     * approve), with the given local variables on it; false when the body is not running.
     */
    public boolean addInstance(String processInstanceId, String activityId, Map<String, Object> localVariables) {
        ActivityInstance[] bodies = runtime.getActivityInstance(processInstanceId).getActivityInstances(activityId + BODY);
        if (bodies.length != 1) {
            return false;
        }
        var modification = runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(activityId, bodies[0].getId());
        localVariables.forEach(modification::setVariableLocal);
        modification.execute();
        return true;
    }

    /** Cancels one activity instance (an added signer's instance who has not acted). */
    public void cancel(String processInstanceId, String activityInstanceId) {
        runtime.createProcessInstanceModification(processInstanceId).cancelActivityInstance(activityInstanceId).execute();
    }
}
