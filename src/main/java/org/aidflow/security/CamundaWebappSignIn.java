package org.aidflow.security;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.HttpSessionMutexListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Camunda's web apps trust the AidFlow sign-in (Camunda's container-based authentication): the
 * administrator signs in once, on AidFlow's sign-in page, and Cockpit, Tasklist and Admin take the
 * user and groups from that session through {@link WebappAuthenticationProvider}.
 *
 * <p>The web apps' own login form is closed ({@link SecurityConfig}): Camunda's login replaces the
 * HTTP session (it revalidates it), which threw the AidFlow sign-in away. Their "Sign out" signs
 * out of AidFlow, and signing out of AidFlow ends the session that holds the web apps' sign-in.
 *
 * <p>Camunda's authentication cache ({@code camunda.bpm.webapp.auth.cache.*}, five minutes by
 * default) stays as it is: when it expires, Camunda reads the user's groups again from its identity
 * service, where AidFlow keeps them too, and it never ends the session. What still ends the session
 * is Camunda's CSRF filter refusing a change without the web apps' token, its defence against
 * forged requests.
 */
@Configuration
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
class CamundaWebappSignIn {

    /**
     * After Spring Security's filters, which load the AidFlow session (and turn away everyone but
     * administrators), and before Camunda's own filters: Spring Boot maps its registrations ahead
     * of the filters Camunda's initializer adds after them.
     */
    @Bean
    FilterRegistrationBean<SignInFilter> camundaWebappSignInFilter(CamundaBpmProperties camunda) {
        FilterRegistrationBean<SignInFilter> registration = new FilterRegistrationBean<>(new SignInFilter());
        registration.setName("AidFlow sign-in for Camunda's web apps");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                WebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static final class SignInFilter extends ContainerBasedAuthenticationFilter {

        /** The web apps' "who is signed in" and "sign out" calls, which Camunda's filter does not cover. */
        private static final Pattern AUTH_USER = Pattern.compile("/api/admin/auth/user/([^/]+)(/.*)?");
        private static final Pattern LOGOUT = Pattern.compile("/api/admin/auth/user/[^/]+/logout");

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest httpRequest = (HttpServletRequest) request;
            HttpServletResponse httpResponse = (HttpServletResponse) response;
            forgetOtherUsers(httpRequest);
            super.doFilter(request, response, chain);
            if ("POST".equals(httpRequest.getMethod()) && LOGOUT.matcher(getRequestUri(httpRequest)).matches()
                    && httpResponse.getStatus() < 300) {
                // Camunda has checked its CSRF token and signed out of the web apps: sign out of AidFlow too
                new SecurityContextLogoutHandler().logout(httpRequest, httpResponse,
                        SecurityContextHolder.getContext().getAuthentication());
            }
        }

        @Override
        protected String extractEngineName(HttpServletRequest request) {
            String engine = super.extractEngineName(request);
            if (engine == null) {
                Matcher authUser = AUTH_USER.matcher(getRequestUri(request));
                if (authUser.matches()) {
                    engine = authUser.group(1);
                }
            }
            return engine;
        }

        /**
         * The session's web app sign-ins belong to the AidFlow user of this request or to nobody:
         * someone signing in to AidFlow again without signing out keeps the session, not the
         * previous person's sign-in to the web apps.
         */
        private static void forgetOtherUsers(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session == null) {
                return;
            }
            CurrentUser admin = WebappAuthenticationProvider.signedInAdmin();
            Object mutex = session.getAttribute(HttpSessionMutexListener.AUTH_TIME_SESSION_MUTEX);
            synchronized (mutex == null ? session : mutex) {
                Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
                for (UserAuthentication authentication : authentications.getAuthentications()) {
                    if (admin == null || !admin.username().equals(authentication.getIdentityId())) {
                        authentications.removeByEngineName(authentication.getProcessEngineName());
                    }
                }
            }
        }
    }
}
