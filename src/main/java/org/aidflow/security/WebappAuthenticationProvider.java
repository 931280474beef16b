package org.aidflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's web apps who signed in to AidFlow: the administrator of the request's Spring
 * Security context (the AidFlow session) with their Camunda groups, so that Cockpit, Tasklist and
 * Admin trust that sign-in instead of asking for their own. Nobody else is signed in for them.
 *
 * <p>Public with a public constructor because Camunda's container-based authentication filter
 * instantiates it by its class name.
 */
public final class WebappAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        CurrentUser admin = signedInAdmin();
        if (admin == null) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(admin.username());
        result.setGroups(admin.groups().stream().sorted().toList());
        // no tenants given: Camunda looks them up in its identity service
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // no challenge: people sign in on AidFlow's sign-in page
    }

    /** The administrator signed in to AidFlow for the current request, or null. */
    static CurrentUser signedInAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser user && user.isAdmin() ? user : null;
    }
}
