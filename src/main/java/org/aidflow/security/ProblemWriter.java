package org.aidflow.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aidflow.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers 401 and 403 from the security filters as problem details. It never sends a
 * {@code WWW-Authenticate: Basic} challenge, so browsers never cache Basic credentials that a
 * forged request could reuse.
 */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemWriter(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            throttled(request, response, throttled);
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED,
                e instanceof DisabledException ? "problem.accountDisabled" : "problem.notSignedIn");
    }

    /** 429 with Retry-After: the same answer whether or not the user exists. */
    void throttled(HttpServletRequest request, HttpServletResponse response, SignInThrottled e) throws IOException {
        long seconds = e.retryAfterSeconds();
        response.setHeader("Retry-After", String.valueOf(seconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.tooManySignIns", String.valueOf(seconds));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        var locale = locales.resolveLocale(request);
        String detail = messages.getMessage(key, args.length == 0 ? null : args, key, locale);
        String title = messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale);
        Problems.write(response, json, Problems.detail(status, detail, List.of(), title));
    }
}
