package org.aidflow.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 sent byte for byte from a given loopback address, so that the server sees that client
 * address, with exactly the headers and cookies given: nothing remembered between requests.
 */
record RawHttp(int port) {

    record Answer(int status, List<String> headers, String body) {

        /** Every value of that header, in order. */
        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim()).toList();
        }

        /** The Set-Cookie header that sets this cookie, or null. */
        String setCookie(String cookie) {
            return all("Set-Cookie").stream().filter(c -> c.startsWith(cookie + "=")).findFirst().orElse(null);
        }

        /** The value this answer gives the cookie, or null. */
        String cookieValue(String cookie) {
            String header = setCookie(cookie);
            return header == null ? null : header.substring(cookie.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
        }
    }

    Answer send(String from, String method, String path, Map<String, String> headers, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headerLines, answer.substring(end + 4));
        }
    }
}
