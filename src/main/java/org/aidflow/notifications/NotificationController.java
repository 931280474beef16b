package org.aidflow.notifications;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.aidflow.web.PageResult.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's notifications, newest first, with how many they have not read yet. Marking
 * them read is open to auditors too: it changes only the caller's own inbox, no business data and no
 * audit record, so "auditors change nothing" (processes.md) does not reach it.
 */
@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    Notifications.Page list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notifications.forUser(CurrentUsers.get(), Paging.of(page, size));
    }

    /** Marks one as read for the caller; 404 for a notification not addressed to them. */
    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        if (!notifications.markRead(CurrentUsers.get(), id)) {
            throw ApiException.notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/notifications/read-all")
    ResponseEntity<Void> readAll() {
        notifications.markAllRead(CurrentUsers.get());
        return ResponseEntity.noContent().build();
    }
}
