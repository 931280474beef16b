package org.aidflow.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the deferred CSRF token on every browser request so the XSRF-TOKEN cookie is always there. Not for a
 * request with HTTP Basic credentials: it needs no token, and making one (a random value and a cookie) on every
 * request of a script was wasted work.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null && !SecurityConfig.carriesBasicCredentials(request)) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
