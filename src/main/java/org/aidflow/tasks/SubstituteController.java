package org.aidflow.tasks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 代理: one's own stand-in while away, and whom one stands in for. */
@RestController
class SubstituteController {

    private final Substitutes substitutes;

    SubstituteController(Substitutes substitutes) {
        this.substitutes = substitutes;
    }

    record Setting(String standIn, LocalDate from, LocalDate to) {
    }

    @GetMapping("/api/me/substitute")
    Map<String, Object> show() {
        CurrentUser user = CurrentUsers.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("substitute", substitutes.of(user.username()).orElse(null));
        body.put("standingInFor", substitutes.standingInFor(user.username()));
        return body;
    }

    @PutMapping(path = "/api/me/substitute", consumes = "application/json")
    Substitutes.Substitute set(@RequestBody Setting body) {
        return substitutes.set(CurrentUsers.get(), body.standIn(), body.from(), body.to());
    }

    @DeleteMapping("/api/me/substitute")
    ResponseEntity<Void> clear() {
        substitutes.clear(CurrentUsers.get());
        return ResponseEntity.noContent().build();
    }
}
