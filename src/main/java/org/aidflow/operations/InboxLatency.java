package org.aidflow.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Times the inbox (GET /api/tasks), what every person waits for first, as {@code aidflow.inbox.latency}. */
@Component
class InboxLatency extends OncePerRequestFilter {

    private final Timer timer;

    InboxLatency(MeterRegistry meters) {
        this.timer = Timer.builder("aidflow.inbox.latency").description("Answering GET /api/tasks")
                .publishPercentileHistogram().register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/api/tasks".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timer.Sample sample = Timer.start();
        try {
            chain.doFilter(request, response);
        } finally {
            sample.stop(timer);
        }
    }
}
