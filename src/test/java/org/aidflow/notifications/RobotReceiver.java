package org.aidflow.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A robot's webhook on the loopback interface, as the tests need it: it keeps every request, drops duplicates by
 * the X-AidFlow-Delivery-Id header (as a receiver that dedupes would), and can be told to fail (HTTP 500) or to be
 * slow (answer only when released, beyond the sender's timeout).
 */
final class RobotReceiver implements AutoCloseable {

    enum Mode { OK, FAIL, SLOW }

    record Request(String path, String query, String deliveryId, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private volatile CountDownLatch release = new CountDownLatch(1);

    RobotReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void mode(String path, Mode mode) {
        modes.put(path, mode);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Delivery ids taken (each once, however often it came). */
    Set<String> delivered() {
        return Set.copyOf(delivered);
    }

    int duplicates() {
        return duplicates.get();
    }

    void reset() {
        requests.clear();
        delivered.clear();
        duplicates.set(0);
        modes.clear();
        release.countDown();
        release = new CountDownLatch(1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String id = exchange.getRequestHeaders().getFirst("X-AidFlow-Delivery-Id");
        requests.add(new Request(path, exchange.getRequestURI().getRawQuery(), id, body));
        Mode mode = modes.getOrDefault(path, Mode.OK);
        if (mode == Mode.SLOW) {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mode == Mode.FAIL) {
            answer(exchange, 500, "{\"errcode\":500,\"errmsg\":\"down\"}");
            return;
        }
        if (id != null && !delivered.add(id)) {
            duplicates.incrementAndGet();
        }
        answer(exchange, 200, path.startsWith("/feishu") ? "{\"code\":0,\"msg\":\"success\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the sender timed out and hung up: nothing to answer
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
