package org.aidflow.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aidflow.web.ServletProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Answers 401 and 403 from the security filters as problem details. It never sends a
 * {@code WWW-Authenticate: Basic} challenge, so browsers never cache Basic credentials that a
 * forged request could reuse.
 */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ServletProblems problems;

    ProblemWriter(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        refuse(request, response, e, "problem.notSignedIn");
    }

    /**
     * 429 with Retry-After when sign-in is throttled (the same answer whether or not the user exists),
     * otherwise 401: the account is disabled, or {@code otherwise} says why.
     */
    void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
                String otherwise) throws IOException {
        if (e instanceof SignInThrottled throttled) {
            String seconds = String.valueOf(throttled.retryAfterSeconds());
            response.setHeader("Retry-After", seconds);
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.tooManySignIns", seconds);
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED,
                e instanceof DisabledException ? "problem.accountDisabled" : otherwise);
    }

    /**
     * 403, except for a change asked without a CSRF token by nobody signed in: the CSRF check runs before
     * sign-in is asked for, but what such a caller lacks first is a sign-in (401), as for a read. The
     * sign-in form itself keeps its 403: it needs the token, not a sign-in.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException && !signedIn() && !SIGN_IN.equals(request.getServletPath())) {
            write(request, response, HttpStatus.UNAUTHORIZED, "problem.notSignedIn");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    private static final String SIGN_IN = "/api/login";

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        problems.write(request, response, status, key, args);
    }
}
