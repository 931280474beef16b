package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.aidflow.I18nKeys;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objenesis.ObjenesisStd;

/**
 * What every user task in processes/ must have before it can run in AidFlow: its Camunda Form, a due date with the
 * overdue timer at that date, a TaskHandler that serves it, and a name in both languages. Read from the files and the
 * compiled classes; no engine and no Spring context.
 */
class ProcessConventionsTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = PROCESSES.resolve("forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<UserTask> userTasks() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream()
                    .flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(UserTask.class).stream());
        }
    }

    static Stream<Named<UserTask>> eachUserTask() throws IOException {
        return userTasks().map(task -> Named.of(task.getId(), task));
    }

    @Test
    void processesHaveUserTasks() throws IOException {
        assertThat(userTasks()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachUserTask")
    void userTaskHasItsCamundaForm(UserTask task) throws IOException {
        String formRef = task.getCamundaFormRef();
        String formKey = task.getCamundaFormKey();
        assertThat(formRef != null || formKey != null).as("%s names no form (camunda:formRef or formKey)", task.getId()).isTrue();
        String formId = formRef != null ? formRef : formKey.replaceFirst("^camunda-forms:(deployment|app):(.*/)?", "")
                .replaceFirst("\\.form$", "");
        Path form = FORMS.resolve(formId + ".form");
        assertThat(form).as("%s's form", task.getId()).exists();
        assertThat(JSON.readTree(form.toFile()).path("id").asText()).as("the id inside %s", form).isEqualTo(formId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachUserTask")
    void userTaskIsDueAndTellsWhenOverdue(UserTask task) {
        String due = task.getCamundaDueDate();
        assertThat(due).as("%s's camunda:dueDate", task.getId()).isNotBlank();
        ExtensionElements extensions = task.getExtensionElements();
        List<CamundaTaskListener> timeouts = extensions == null ? List.of()
                : extensions.getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                        .filter(listener -> "timeout".equals(listener.getCamundaEvent())).toList();
        assertThat(timeouts).as("%s's timeout task listener", task.getId()).hasSize(1);
        CamundaTaskListener timeout = timeouts.get(0);
        assertThat(timeout.getCamundaDelegateExpression()).as("%s's timeout listener", task.getId()).isEqualTo("${notifyOverdue}");
        List<String> durations = timeout.getChildElementsByType(TimerEventDefinition.class).stream()
                .map(TimerEventDefinition::getTimeDuration).map(TimeDuration::getTextContent).toList();
        assertThat(durations).as("%s's overdue timer fires at its due date", task.getId()).containsExactly(due);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachUserTask")
    void userTaskHasItsHandler(UserTask task) {
        assertThat(HandledKeys.ALL).as("the TaskHandler for %s", task.getId()).containsKey(task.getId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachUserTask")
    void userTaskHasANameInBothLanguages(UserTask task) {
        String key = "taskName." + task.getId();
        assertThat(I18nKeys.ZH.keys()).as("frontend/i18n/zh.js").contains(key);
        assertThat(I18nKeys.EN.keys()).as("frontend/i18n/en.js").contains(key);
    }

    @Test
    void everyHandledKeyIsAUserTask() throws IOException {
        Set<String> ids = userTasks().map(UserTask::getId).collect(Collectors.toSet());
        assertThat(ids).as("task keys the handlers name").containsAll(HandledKeys.ALL.keySet());
    }

    /**
     * Every TaskHandler in the main classes and the keys it serves. Handlers are Spring beans with collaborators;
     * taskKeys() reads only constants, so an instance made without its constructor can answer it.
     */
    private static final class HandledKeys {

        static final Map<String, String> ALL = load();

        private static Map<String, String> load() {
            ObjenesisStd objenesis = new ObjenesisStd();
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.aidflow").stream()
                    .filter(type -> type.isAssignableTo(TaskHandler.class) && !type.isInterface())
                    .flatMap(type -> keys(objenesis, type).stream().map(key -> Map.entry(key, type.getName())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> {
                        throw new IllegalStateException("two handlers for one task: " + a + ", " + b);
                    }));
        }

        private static Set<String> keys(ObjenesisStd objenesis, JavaClass type) {
            try {
                return ((TaskHandler) objenesis.newInstance(Class.forName(type.getName()))).taskKeys();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
