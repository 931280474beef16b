package org.aidflow.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Errors found before any of AidFlow's code runs get a problem response too: a path that is not
 * normalized ({@code /api/../engine-rest}) is refused by Spring Security's firewall rules ahead of
 * every other filter (some filters parse the path before Spring Security's own firewall sees it),
 * and what Tomcat itself refuses (an invalid percent-encoding) is written as a problem by its
 * error report valve instead of an HTML page.
 */
@Configuration
class ContainerErrors {

    @Bean
    FilterRegistrationBean<Filter> firewallFirst(ErrorPages pages) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        Filter filter = (request, response, chain) -> {
            try {
                firewall.getFirewalledRequest((HttpServletRequest) request);
            } catch (RequestRejectedException e) {
                pages.handle((HttpServletRequest) request, (HttpServletResponse) response, e);
                return;
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new ProblemReportValve()));
    }

    private static String reason(int status) {
        org.springframework.http.HttpStatus resolved = org.springframework.http.HttpStatus.resolve(status);
        return resolved == null ? String.valueOf(status) : resolved.getReasonPhrase();
    }

    /** Tomcat's own error answers, as a problem with the security headers and no server details. */
    static final class ProblemReportValve extends ErrorReportValve {

        ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                SecurityHeaders.apply(response);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                String type = status == 404 ? "not-found" : status < 500 ? "invalid-input" : "error";
                String detail = status < 500 ? "The request cannot be handled (its address or format is not valid). 无法处理该请求。"
                        : "Internal error. 服务器内部错误。";
                String body = "{\"type\":\"/problems/" + type + "\",\"title\":\"" + reason(status) + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"errors\":[]}";
                response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client went away; nothing more to tell it
            }
        }
    }
}
