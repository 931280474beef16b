package org.aidflow.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a problem in the caller's language straight to a servlet response, for the security
 * filters and the error pages, which answer outside Spring MVC and its exception handlers.
 */
@Component
public class ServletProblems {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ServletProblems(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                      Object... args) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage(key, args.length == 0 ? null : args, key, locale);
        String title = messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale);
        Problems.write(response, json, Problems.detail(status, detail, List.of(), title));
    }
}
