package org.aidflow.security;

import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.aidflow.directory.People;
import org.aidflow.directory.PeopleFromGroups;
import org.aidflow.web.SecurityHeaders;
import org.springframework.security.config.observation.SecurityObservationSettings;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Three doors: Camunda's REST API (administrators, HTTP Basic only, so no browser session can be
 * ridden across sites), Camunda's web apps (administrators signed in to AidFlow, whose sign-in the
 * web apps trust: {@link CamundaWebappSignIn}), and everything else (our API: browser sessions with
 * CSRF tokens, or HTTP Basic for scripts).
 */
@Configuration
class SecurityConfig {

    static final String CSP = SecurityHeaders.CSP;

    /**
     * No Micrometer observation around each of the security filters, authentications and authorizations:
     * with Actuator on the class path Spring Security wrapped every filter of every request in one, for
     * metrics nobody reads (the requests themselves are still observed, as http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, ProblemWriter problems, ObjectMapper json) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .addFilterAfter(new EngineRestGuard(problems, json, true), AuthorizationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, ProblemWriter problems, ObjectMapper json) throws Exception {
        // pages send people to AidFlow's sign-in page; the web apps' API calls get a 401 instead of that page
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(path("/camunda/api/**"), problems);
        DelegatingAuthenticationEntryPoint signIn = new DelegatingAuthenticationEntryPoint(entryPoints);
        signIn.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/"));
        http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/camunda-welcome/**")))
                .authorizeHttpRequests(a -> a
                        // the web apps trust the AidFlow sign-in (CamundaWebappSignIn); their own login would
                        // replace the session (Camunda revalidates it) and so throw the AidFlow sign-in away
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        // the Admin app's first-run setup makes a user an administrator, unauthenticated, whenever
                        // the camunda-admin group has no member; AidFlow has its own administrator from the start
                        .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().hasRole("ADMIN"))
                // the web apps call the same engine API under /camunda/api: no expressions there either,
                // and no business step taken past AidFlow's checks
                .addFilterAfter(new EngineRestGuard(problems, json, false), AuthorizationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                // Camunda's web apps carry their own CSRF protection and content security policy
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e.authenticationEntryPoint(signIn).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http, ProblemWriter problems, SignInResponses signIn, People people,
                                    ObjectProvider<PeopleFromGroups> ldap) throws Exception {
        // plain path patterns, as for the other doors: a string pattern would become an MvcRequestMatcher, which asks
        // Spring MVC's handler mappings on every request for every rule it tries (a few per cent of the server's CPU)
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(path("/api/login")).permitAll()
                        .requestMatchers(path("/api/admin/**")).hasRole("ADMIN")
                        // Actuator: health's status (and the probes) for anyone, so that a load balancer or
                        // Kubernetes can ask; its details (management.endpoint.health.roles) and every other
                        // endpoint, the Prometheus metrics among them, for administrators only
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/actuator/health"),
                                paths.matcher(HttpMethod.GET, "/actuator/health/liveness"),
                                paths.matcher(HttpMethod.GET, "/actuator/health/readiness")).permitAll()
                        .requestMatchers(path("/actuator/**")).hasRole("ADMIN")
                        .requestMatchers(path("/api/**")).authenticated()
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/**")).permitAll()
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/").loginProcessingUrl("/api/login")
                        .successHandler(signIn).failureHandler(signIn).permitAll())
                .logout(l -> l.logoutUrl("/api/logout")
                        .logoutSuccessHandler((req, res, auth) -> res.setStatus(HttpStatus.NO_CONTENT.value())))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .csrf(c -> c.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                // disabled, signed out by a reset, roles changed, or a password still to choose
                .addFilterBefore(new PersonCheck(people, problems, ldap.getIfAvailable() != null), AuthorizationFilter.class)
                // an API answers 401; nothing to remember for a later redirect
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * The browser app reads the token from this cookie and sends it back in a header, so it cannot be
     * HttpOnly; it is SameSite like the session cookie, and Secure whenever the request came over
     * HTTPS (directly, or through the proxy in front: {@code server.forward-headers-strategy}).
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** Camunda's REST API and web apps are not Spring MVC handlers, so match plain paths. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Browser requests that change something need the CSRF token. A request that carries Basic
     * credentials itself needs none: a forged cross-site request cannot add that header, and the
     * server never makes a browser remember Basic credentials.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return false;
        }
        return !carriesBasicCredentials(request);
    }

    /** A script's request: it signs in with HTTP Basic on every request and keeps no session or CSRF cookie. */
    static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
