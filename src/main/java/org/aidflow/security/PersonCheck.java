package org.aidflow.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.aidflow.directory.People;
import org.aidflow.directory.PersonState;
import org.aidflow.security.IdentityAuthentication.SessionStamp;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every signed-in request asks the directory about its person, so that the administrator's
 * changes take effect at once and on every node: a disabled person, or one whose password was
 * reset, is signed out (401, session ended); a person whose union or roles changed acts with the
 * new ones from the next request; and a person who must choose their own password may do only
 * that ({@code GET /api/me}, {@code POST /api/me/password}, sign-out) until they have, with a 403
 * that says so. One primary-key read per request.
 */
final class PersonCheck extends OncePerRequestFilter {

    private final People people;
    private final ProblemWriter problems;
    private final boolean directoryGoverns;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /** @param directoryGoverns LDAP sign-in: the directory, not our person rows, enables and disables people */
    PersonCheck(People people, ProblemWriter problems, boolean directoryGoverns) {
        this.people = people;
        this.problems = problems;
        this.directoryGoverns = directoryGoverns;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (directoryGoverns || auth == null || !(auth.getPrincipal() instanceof CurrentUser user)) {
            chain.doFilter(request, response);
            return;
        }
        SessionStamp stamp = auth.getDetails() instanceof SessionStamp s ? s : null;
        // signed in by this very request (HTTP Basic signs in on every one): its stamp is what the
        // directory said a moment ago, so it is not asked twice
        Optional<PersonState> found = stamp != null && signedInByThisRequest(request, auth)
                ? Optional.of(new PersonState(0, false, stamp.passwordChangeRequired(), stamp.version(), stamp.sessionEpoch()))
                : people.state(user.username());
        if (found.isEmpty() || found.get().disabled() || stamp == null || stamp.sessionEpoch() != found.get().sessionEpoch()) {
            signOut(request);
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    found.map(PersonState::disabled).orElse(false) ? "problem.accountDisabled" : "problem.signedOut");
            return;
        }
        PersonState state = found.get();
        if (stamp.version() != state.version()) {
            refresh(request, response, user.username(), state);
        }
        if (state.passwordChangeRequired() && !allowedBeforePasswordChange(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.passwordChangeRequired");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Spring Security keeps the context of a sign-in made by the request in a request attribute. */
    private static boolean signedInByThisRequest(HttpServletRequest request, Authentication auth) {
        return request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME) instanceof SecurityContext c
                && c.getAuthentication() == auth;
    }

    /** The person as the directory has them now, for this request and the rest of the session. */
    private void refresh(HttpServletRequest request, HttpServletResponse response, String username, PersonState state) {
        people.find(username).ifPresent(person -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(IdentityAuthentication.signedIn(person, state));
            SecurityContextHolder.setContext(context);
            if (request.getSession(false) != null) {
                sessions.saveContext(context, request, response);
            }
        });
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Who am I, choosing a password, signing out, and the app's own files (which are not /api). */
    static boolean allowedBeforePasswordChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (!path.startsWith("/api/")) {
            return true;
        }
        return ("GET".equals(method) && "/api/me".equals(path))
                || ("POST".equals(method) && ("/api/me/password".equals(path) || "/api/logout".equals(path)));
    }
}
