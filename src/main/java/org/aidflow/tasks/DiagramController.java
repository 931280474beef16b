package org.aidflow.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The BPMN XML of our processes (latest deployed version), for the diagram beside a task. The
 * models are no secret to the program's people; only our four processes are served.
 */
@RestController
class DiagramController {

    private static final Set<String> PROCESSES = Set.of("aid-agreement", "aid-project", "aid-tranche", "aid-completion");

    private final RepositoryService repository;
    private final Inbox inbox;

    DiagramController(RepositoryService repository, Inbox inbox) {
        this.repository = repository;
        this.inbox = inbox;
    }

    /** The diagram of the exact process version the task belongs to, for those who may see the task. */
    @GetMapping("/api/tasks/{id}/diagram")
    ResponseEntity<byte[]> taskDiagram(@PathVariable String id) throws IOException {
        Task task = inbox.visible(CurrentUsers.get(), id).orElseThrow(ApiException::notFound);
        return xml(repository.getProcessDefinition(task.getProcessDefinitionId()));
    }

    @GetMapping("/api/processes/{key}/diagram")
    ResponseEntity<byte[]> diagram(@PathVariable String key) throws IOException {
        CurrentUsers.get();
        if (!PROCESSES.contains(key)) {
            throw ApiException.notFound();
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw ApiException.notFound();
        }
        return xml(definition);
    }

    private ResponseEntity<byte[]> xml(ProcessDefinition definition) throws IOException {
        try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .cacheControl(CacheControl.noCache())
                    .body(in.readAllBytes());
        }
    }
}
