package org.aidflow.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.List;

import org.aidflow.web.ApiException;
import org.springframework.http.HttpStatus;

/** The user of the current request. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new ApiException(HttpStatus.UNAUTHORIZED, "problem.notSignedIn", List.of());
    }
}
