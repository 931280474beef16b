package org.aidflow.tasks;

import java.util.List;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 加签/减签, 退回 to a step already passed, and 委派 on a task, beside 转办 and 催办 (TaskActionController). */
@RestController
class ApprovalActionController {

    private final TaskSigners signers;
    private final TaskReturns returns;
    private final TaskEntrusting entrusting;

    ApprovalActionController(TaskSigners signers, TaskReturns returns, TaskEntrusting entrusting) {
        this.signers = signers;
        this.returns = returns;
        this.entrusting = entrusting;
    }

    record NewSigner(String username, String position, String comment) {
    }

    record Return(String target, String comment, Boolean resumeHere) {
    }

    record Entrusting(String username, String comment) {
    }

    @GetMapping("/api/tasks/{id}/signers")
    PageResult<TaskSigners.Signer> signers(@PathVariable String id) {
        List<TaskSigners.Signer> list = signers.list(CurrentUsers.get(), id);
        return new PageResult<>(list, 0, PageResult.MAX_SIZE, list.size());
    }

    @PostMapping(path = "/api/tasks/{id}/signers", consumes = "application/json")
    ResponseEntity<TaskSigners.Signer> addSigner(@PathVariable String id, @RequestBody(required = false) NewSigner body) {
        NewSigner given = body == null ? new NewSigner(null, null, null) : body;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(signers.add(CurrentUsers.get(), id, given.username(), given.position(), given.comment()));
    }

    @DeleteMapping("/api/tasks/{id}/signers/{username}")
    ResponseEntity<Void> removeSigner(@PathVariable String id, @PathVariable String username) {
        signers.remove(CurrentUsers.get(), id, username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/tasks/{id}/return-targets")
    PageResult<TaskReturns.Target> returnTargets(@PathVariable String id) {
        List<TaskReturns.Target> targets = returns.targets(CurrentUsers.get(), id);
        return new PageResult<>(targets, 0, PageResult.MAX_SIZE, targets.size());
    }

    @PostMapping(path = "/api/tasks/{id}/return", consumes = "application/json")
    ResponseEntity<Void> sendBack(@PathVariable String id, @RequestBody(required = false) Return body) {
        Return given = body == null ? new Return(null, null, null) : body;
        returns.sendBack(CurrentUsers.get(), id, given.target(), given.comment(), given.resumeHere());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/tasks/{id}/delegation", consumes = "application/json")
    ResponseEntity<Void> entrust(@PathVariable String id, @RequestBody(required = false) Entrusting body) {
        Entrusting given = body == null ? new Entrusting(null, null) : body;
        entrusting.entrust(CurrentUsers.get(), id, given.username(), given.comment());
        return ResponseEntity.noContent().build();
    }
}
