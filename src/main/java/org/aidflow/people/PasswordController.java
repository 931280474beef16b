package org.aidflow.people;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.SignInThrottle;
import org.aidflow.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/me/password: anyone signed in chooses a new password. Wrong current passwords count
 * as failed sign-ins from the caller's address, so a left-open session is no way to guess one.
 */
@RestController
class PasswordController {

    private final OwnPassword ownPassword;
    private final SignInThrottle throttle;

    PasswordController(OwnPassword ownPassword, SignInThrottle throttle) {
        this.ownPassword = ownPassword;
        this.throttle = throttle;
    }

    record Change(String currentPassword, String newPassword) {
    }

    @PostMapping(path = "/api/me/password", consumes = "application/json")
    ResponseEntity<Void> change(@RequestBody(required = false) Change body, HttpServletRequest request) {
        CurrentUser user = CurrentUsers.get();
        Change given = body == null ? new Change(null, null) : body;
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(user.username(), address);
        if (!wait.isZero()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "problem.tooManySignIns", List.of(),
                    String.valueOf(Math.max(1, wait.toSeconds())));
        }
        boolean currentRight = ownPassword.isCurrent(user.username(), given.currentPassword());
        if (given.currentPassword() != null && !given.currentPassword().isEmpty() && !currentRight) {
            throttle.failed(user.username(), address);
        }
        ownPassword.change(user.username(), given.currentPassword(), currentRight, given.newPassword());
        return ResponseEntity.noContent().build();
    }
}
