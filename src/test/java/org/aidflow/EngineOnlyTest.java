package org.aidflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.aidflow.desk.WorkingDays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine-only tier of process tests: a bare in-memory engine (camunda.cfg.xml), the clock held at {@link #NOW},
 * camunda-bpm-assert bound to the engine, and every bean the models name stood in for by a mock (but the
 * working-day calendar of due dates, the real one).
 * A subclass names its models with {@code @Deployment} (every Camunda Form in processes/forms is deployed beside them,
 * for the user tasks' formRef) and its delegates with {@link #delegate(String)}.
 */
@ExtendWith(ProcessEngineExtension.class) // declared, not a shared static field: one extension per test class
public abstract class EngineOnlyTest {

    private static final Path FORMS = Path.of("processes", "forms");

    protected static final Date NOW = Date.from(LocalDateTime.of(2025, 6, 2, 9, 0).atZone(ZoneId.systemDefault()).toInstant());

    /** Every user task's overdue timer calls it; field initializers run before this, so it is registered first. */
    protected final TaskListener notifyOverdue = register("notifyOverdue", mock(TaskListener.class));

    /** Due dates count working days on the holiday calendar (calendar/{year}.json), as in the application. */
    protected static final WorkingDays WORKING_DAYS = new WorkingDays(new ObjectMapper().findAndRegisterModules(), "");
    private final WorkingDays workingDays = register("workingDays", WORKING_DAYS);

    private String formsDeployment;

    @BeforeEach
    void bindEngineAndClock(ProcessEngine engine) throws IOException {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(NOW);
        DeploymentBuilder forms = engine.getRepositoryService().createDeployment().name("forms");
        try (Stream<Path> files = Files.list(FORMS)) {
            files.map(Path::getFileName).map(Path::toString).filter(name -> name.endsWith(".form")).sorted()
                    .forEach(name -> forms.addClasspathResource("processes/forms/" + name));
        }
        formsDeployment = forms.deploy().getId();
    }

    @AfterEach
    void releaseEngineAndClock(ProcessEngine engine) {
        engine.getRepositoryService().deleteDeployment(formsDeployment, true);
        Mocks.reset();
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    /** The deployment of every Camunda Form, made for this test. */
    protected String formsDeployment() {
        return formsDeployment;
    }

    /** A mock delegate the models reach as {@code ${name}}; create it in a field initializer. */
    protected static JavaDelegate delegate(String name) {
        return register(name, mock(JavaDelegate.class));
    }

    /**
     * Starts the process {@code key} the way aid-project's call activities start theirs: for project PJ-2025-0001
     * of agreement 1, from BJ to XJ-HT in the region XJ, in two tranches; {@code more} adds variables as name, value.
     */
    protected static ProcessInstance startForProject(String key, Object... more) {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "projectId", 11L,
                "projectCode", "PJ-2025-0001",
                "agreementId", 1L,
                "donorUnion", "BJ",
                "recipientUnion", "XJ-HT",
                "regionUnion", "XJ",
                "trancheCount", 2));
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        return runtimeService().startProcessInstanceByKey(key, "PJ-2025-0001", variables);
    }

    /** The instant {@code days} working days after {@code start}, at the same time of day: a user task's due date. */
    protected static Date workingDaysAfter(Date start, int days) {
        return WORKING_DAYS.plus(start, days);
    }

    protected static <T> T register(String name, T bean) {
        Mocks.register(name, bean);
        return bean;
    }
}
