package org.aidflow.notifications;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notifications, newest first. */
@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    PageResult<Notifications.Notification> list(@RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        return notifications.forUser(CurrentUsers.get(), Paging.of(page, size));
    }
}
