package org.aidflow.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answer to every error that no controller turned into a problem itself: the container's error
 * dispatch (in place of Spring Boot's default error JSON), {@code /error} asked for directly, and
 * requests Spring Security's firewall refuses (a path with {@code ..}, {@code ;}, an encoded
 * slash). Each is an RFC 9457 problem in the caller's language, with the security headers.
 */
@Controller
class ErrorPages implements ErrorController, RequestRejectedHandler {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorPages(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null && c >= 400
                ? HttpStatus.resolve(c) : HttpStatus.NOT_FOUND;
        write(request, response, status);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String key = switch (status) {
            case BAD_REQUEST -> "problem.badRequest";
            case UNAUTHORIZED -> "problem.notSignedIn";
            case FORBIDDEN -> "problem.forbidden";
            case NOT_FOUND -> "problem.notFound";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case PAYLOAD_TOO_LARGE -> "problem.tooLarge";
            default -> status.is5xxServerError() ? "problem.internal" : "problem.badRequest";
        };
        String detail = messages.getMessage(key, null, key, locale);
        String title = messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale);
        response.resetBuffer();
        SecurityHeaders.apply(response);
        Problems.write(response, json, Problems.detail(status, detail, List.of(), title));
    }
}
