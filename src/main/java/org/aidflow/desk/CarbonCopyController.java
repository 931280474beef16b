package org.aidflow.desk;

import java.util.List;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.PageResult.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 抄送 a case from one of its tasks, and 抄送我的 with unread marks. */
@RestController
class CarbonCopyController {

    private final CarbonCopies copies;

    CarbonCopyController(CarbonCopies copies) {
        this.copies = copies;
    }

    record CopyRequest(List<String> usernames, String comment) {
    }

    @PostMapping(path = "/api/tasks/{id}/cc", consumes = "application/json")
    ResponseEntity<Void> copy(@PathVariable String id, @RequestBody CopyRequest body) {
        copies.copy(CurrentUsers.get(), id, body.usernames(), body.comment());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/cc")
    CarbonCopies.Page mine(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return copies.mine(CurrentUsers.get(), unread, Paging.of(page, size));
    }

    @PostMapping("/api/cc/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        copies.markRead(CurrentUsers.get(), id);
        return ResponseEntity.noContent().build();
    }
}
