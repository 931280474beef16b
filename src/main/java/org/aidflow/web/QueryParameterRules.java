package org.aidflow.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The {@link InputRules} for what arrives beside a body in an {@code /api} request: every query
 * parameter's and form field's name and value is text, and a parameter read as a number or a date has the shape and
 * window a body's would. (Bodies are held to the same rules by {@link StrictJson}.)
 */
@Configuration
class QueryParameterRules implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                check(request.getParameterMap());
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    /** Query parameters and form fields (multipart ones included: they are parsed by now). */
    static void check(Map<String, String[]> parameters) {
        parameters.forEach((name, values) -> {
            String problem = InputRules.text(name);
            if (problem != null) {
                throw ApiException.badRequest("query", problem);
            }
            for (String value : values) {
                InputRules.checkedText(name, value);
            }
        });
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, BigDecimal.class, (Converter<String, BigDecimal>) QueryParameterRules::decimal);
        registry.addConverter(String.class, LocalDate.class, (Converter<String, LocalDate>) QueryParameterRules::date);
    }

    /** Refused by shape (a type mismatch, answered 400 naming the parameter) before any use. */
    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = new BigDecimal(text.strip());
        if (InputRules.number(value) != null) {
            throw new IllegalArgumentException("number out of range");
        }
        return value;
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate value = LocalDate.parse(text.strip());
            if (InputRules.date(value) != null) {
                throw new IllegalArgumentException("date out of range");
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date", e);
        }
    }
}
