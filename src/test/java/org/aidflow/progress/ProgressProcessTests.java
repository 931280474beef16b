package org.aidflow.progress;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;

import java.util.concurrent.atomic.AtomicBoolean;

import org.aidflow.EngineOnlyTest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** aid-progress-report: a report each quarter while the project runs, none after, and a late one escalated. */
@Deployment(resources = "processes/aid-progress-report.bpmn")
class ProgressProcessTests extends EngineOnlyTest {

    private final JavaDelegate checkProjectRunning = delegate("checkProjectRunning");
    private final JavaDelegate escalateProgressReport = delegate("escalateProgressReport");
    private final AtomicBoolean running = new AtomicBoolean(true);

    @BeforeEach
    void theProjectRunsUntilToldOtherwise() throws Exception {
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable("projectRunning", running.get());
            return null;
        }).when(checkProjectRunning).execute(any());
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("aid-progress-report", "PJ-2025-0001", withVariables(
                "projectId", 11L, "agreementId", 1L, "donorUnion", "BJ", "recipientUnion", "XJ-HT", "regionUnion", "XJ",
                "progressInterval", "P3M"));
    }

    @Test
    void asksTheRecipientEveryQuarterWhileTheProjectRuns() {
        ProcessInstance reports = start();
        assertThat(reports).isWaitingAt("Timer_QuarterEnds");
        execute(job("Timer_QuarterEnds", reports));
        assertThat(reports).isWaitingAtExactly("fileProgressReport");
        assertThat(task(reports)).hasCandidateGroup("XJ-HT:officer").hasDueDate(workingDaysAfter(NOW, 15));
        complete(task(reports), withVariables("progress", "完成两处站点"));
        assertThat(reports).isWaitingAt("Timer_QuarterEnds");

        running.set(false);
        execute(job("Timer_QuarterEnds", reports));
        assertThat(reports).isEnded().hasPassed("EndEvent_ReportingDone");
    }

    @Test
    void offersALateReportToTheRegionLeaderToo() throws Exception {
        ProcessInstance reports = start();
        execute(job("Timer_QuarterEnds", reports));
        assertThat(reports).isWaitingAtExactly("fileProgressReport");
        execute(job("BoundaryEvent_ReportLate", reports));
        verify(escalateProgressReport).execute(any());
        assertThat(reports).isWaitingAtExactly("fileProgressReport");
        complete(task(reports), withVariables("progress", "补报"));
        assertThat(reports).isWaitingAt("Timer_QuarterEnds");
    }
}
