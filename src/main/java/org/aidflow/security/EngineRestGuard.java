package org.aidflow.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an administrator may ask of Camunda's own REST API, checked before the engine sees the
 * request.
 * <p>
 * No expression, anywhere: the engine evaluates JUEL given in queries ({@code orQueries} with
 * {@code candidateGroupExpression} and the like) even with expressions in ad-hoc queries switched
 * off, and JUEL reaches Java reflection, so admin credentials would become code execution. A
 * request is refused if any query parameter, form field or JSON member at any depth is named
 * {@code ...Expression}, or any of their values holds {@code ${} or {@code #{}. This holds for
 * {@code /engine-rest} and for the web apps' own {@code /camunda/api}.
 * <p>
 * Only what operations need: on {@code /engine-rest}, deployments, process definitions, process
 * instances' and jobs' states, incidents and the engine's metrics, read and (for suspension,
 * retries and incidents) acted on. Variables, task and history details, forms, identities and
 * authorizations are business data or administration that AidFlow's own API governs, so they are
 * refused, as are variable filters in the queries that are allowed. Through the web apps' API the
 * admin operates the engine too, but takes no business step (completing a task or submitting a form,
 * changing variables, starting, modifying or deleting an instance, correlating a message): tasks
 * are completed only through AidFlow's own checks. Nor does the Admin app create or change people,
 * groups or memberships: a person made there would have no union and could not sign in to AidFlow,
 * whose own people administration keeps the two together.
 */
final class EngineRestGuard extends OncePerRequestFilter {

    /** Bodies beyond this are not what operations send to the engine. */
    static final int MAX_BODY = 1 << 20;

    private static final List<Allowed> OPERATIONS = List.of(
            allow("GET", "/engine", "/version", "/metrics(/[^/]+)?(/sum)?", "/schema/log", "/batch(/count|/statistics(/count)?|/[^/]+)?"),
            allow("POST", "/schema/log"),
            // deployments: read; new process versions ship with AidFlow's releases
            allow("GET", "/deployment(/count|/registered)?", "/deployment/[^/]+(/resources(/[^/]+(/data)?)?)?"),
            allow("GET", "/process-definition(/count|/statistics)?",
                    "/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)(/xml|/diagram|/statistics|/static-called-process-definitions)?"),
            allow("PUT", "/process-definition/suspended", "/process-definition/(key/[^/]+|[^/]+)/suspended"),
            allow("GET", "/process-instance(/count)?", "/process-instance/[^/]+(/activity-instances)?"),
            allow("POST", "/process-instance(/count)?"),
            allow("PUT", "/process-instance/suspended", "/process-instance/[^/]+/suspended"),
            allow("GET", "/job(/count)?", "/job/[^/]+(/stacktrace)?"),
            allow("POST", "/job(/count)?", "/job/retries", "/job/[^/]+/execute"),
            allow("PUT", "/job/suspended", "/job/[^/]+/(retries|duedate|suspended|priority)"),
            allow("GET", "/job-definition(/count)?", "/job-definition/[^/]+"),
            allow("POST", "/job-definition(/count)?"),
            allow("PUT", "/job-definition/suspended", "/job-definition/[^/]+/(retries|suspended|jobPriority)"),
            allow("GET", "/incident(/count)?", "/incident/[^/]+"),
            allow("PUT", "/incident/[^/]+/annotation"),
            allow("DELETE", "/incident/[^/]+", "/incident/[^/]+/annotation"),
            allow("GET", "/history/incident(/count)?", "/history/job-log(/count)?", "/history/job-log/[^/]+/stacktrace",
                    "/history/process-instance(/count)?", "/history/process-instance/[^/]+"),
            allow("POST", "/history/process-instance(/count)?", "/history/job-log(/count)?"));

    /** Business steps the web apps could take past AidFlow's checks: refused there. */
    private static final List<Allowed> BUSINESS_STEPS = List.of(
            // releasing a claim (unclaim) is the operator's; claiming or assigning takes the task from its people
            allow("POST", "/task/create", "/task/[^/]+/(complete|submit-form|resolve|delegate|claim|assignee|comment/create)",
                    "/task/[^/]+/identity-links(/delete)?",
                    "/task/[^/]+/(variables|localVariables)(/.*)?", "/process-definition/.+/(start|submit-form)",
                    "/process-instance/[^/]+/(variables(/.*)?|modification(-async)?)", "/process-instance/delete.*",
                    "/modification/.*", "/migration/.*", "/message(/.*)?", "/signal", "/condition", "/execution/.*",
                    "/decision-definition/.*/evaluate", "/variable-instance.*", "/case-.*"),
            allow("PUT", "/task/[^/]+", "/task/[^/]+/(variables|localVariables)(/.*)?",
                    "/process-instance/[^/]+/variables(/.*)?", "/execution/.*", "/variable-instance.*", "/case-.*"),
            allow("DELETE", "/task/[^/]+", "/task/[^/]+/(variables|localVariables)(/.*)?", "/process-instance/[^/]+",
                    "/process-instance/[^/]+/variables(/.*)?", "/execution/.*", "/case-.*"));

    /** People and groups are administered in AidFlow, which keeps a person's union beside their account. */
    private static final List<Allowed> IDENTITY_CHANGES = List.of(
            allow("POST", "/user/create", "/group/create", "/tenant/create", "/group/[^/]+/members/.*", "/tenant/.*"),
            allow("PUT", "/user/[^/]+/(profile|credentials)", "/group/[^/]+", "/group/[^/]+/members/.*", "/tenant/.*"),
            allow("DELETE", "/user/[^/]+", "/group/[^/]+", "/group/[^/]+/members/.*", "/tenant/.*"));

    /** Reads JSON found in query parameters; only trees, so no configuration of the app's own mapper matters. */
    private static final ObjectMapper QUERY_JSON = new ObjectMapper();

    private final ProblemWriter problems;
    private final ObjectMapper json;
    private final boolean operationsOnly;

    /**
     * @param operationsOnly {@code true} for {@code /engine-rest}: refuse what operations do not need;
     *                       {@code false} for the web apps' API: refuse expressions only
     */
    EngineRestGuard(ProblemWriter problems, ObjectMapper json, boolean operationsOnly) {
        this.problems = problems;
        this.json = json;
        this.operationsOnly = operationsOnly;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (operationsOnly && !allowed(request.getMethod(), enginePath(request.getPathInfo()))) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "engineRest.notForOperations");
            return;
        }
        if (!operationsOnly && businessStep(request.getMethod(), webappEnginePath(request.getRequestURI()))) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "engineRest.businessStep");
            return;
        }
        if (!operationsOnly && identityChange(request.getMethod(), webappEnginePath(request.getRequestURI()))) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "engineRest.identityInAidFlow");
            return;
        }
        if (queryCarriesExpression(request.getQueryString())) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "engineRest.expression");
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BODY) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "engineRest.bodyTooLarge");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "engineRest.bodyTooLarge");
            return;
        }
        if (body.length > 0 && bodyCarriesExpression(request.getContentType(), body)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "engineRest.expression");
            return;
        }
        chain.doFilter(new Replayed(request, body), response);
    }

    /** The resource path below the engine: {@code /engine/default/job/1} and {@code /job/1} alike. */
    static String enginePath(String pathInfo) {
        String path = pathInfo == null || pathInfo.isEmpty() ? "/" : pathInfo;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.startsWith("/engine/")) {
            int next = path.indexOf('/', "/engine/".length());
            path = next < 0 ? "/engine" : path.substring(next);
        }
        return path;
    }

    /** The resource path of a web apps' engine call: {@code /camunda/api/engine/engine/default/task/1} gives {@code /task/1}. */
    static String webappEnginePath(String requestUri) {
        String marker = "/api/engine/engine/";
        int at = requestUri == null ? -1 : requestUri.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String rest = requestUri.substring(at + marker.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? "/" : rest.substring(slash);
    }

    static boolean businessStep(String method, String path) {
        return listed(BUSINESS_STEPS, method, path);
    }

    static boolean identityChange(String method, String path) {
        return listed(IDENTITY_CHANGES, method, path);
    }

    static boolean allowed(String method, String path) {
        return listed(OPERATIONS, "HEAD".equals(method) ? "GET" : method, path);
    }

    private static boolean listed(List<Allowed> list, String method, String path) {
        return path != null && list.stream().anyMatch(a -> a.method().equals(method) && a.path().matcher(path).matches());
    }

    static boolean queryCarriesExpression(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (suspiciousName(name) || holdsExpression(name) || holdsExpression(value) || jsonCarriesExpression(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A parameter's value that is itself JSON ({@code orQueries=[{"candidateGroupExpression":"x"}]}) is
     * judged as a JSON body is: by its members' names as well as their values.
     */
    private static boolean jsonCarriesExpression(String value) {
        String v = value.strip();
        if (!v.startsWith("[") && !v.startsWith("{")) {
            return false;
        }
        try {
            return nodeCarriesExpression(QUERY_JSON.readTree(v));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    boolean bodyCarriesExpression(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            try {
                return nodeCarriesExpression(json.readTree(body));
            } catch (JsonProcessingException e) {
                // not JSON after all: judged as text below, and the engine refuses it
            } catch (IOException e) {
                return true;
            }
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return queryCarriesExpression(new String(body, StandardCharsets.UTF_8));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return holdsExpression(text) || holdsExpression(text.replace("\\u0024", "$").replace("\\u0023", "#"));
    }

    static boolean nodeCarriesExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return holdsExpression(node.textValue());
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (suspiciousName(field.getKey()) || holdsExpression(field.getKey()) || nodeCarriesExpression(field.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (nodeCarriesExpression(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> VARIABLE_FILTERS = Set.of("variables", "processvariables", "taskvariables",
            "caseinstancevariables", "variablenamesignorecase", "variablevaluesignorecase");

    /** Named as a JUEL expression parameter, or a filter on business variables. */
    static boolean suspiciousName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith("expression") || VARIABLE_FILTERS.contains(n);
    }

    static boolean holdsExpression(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static Allowed allow(String method, String... paths) {
        return new Allowed(method, Pattern.compile(String.join("|", java.util.Arrays.stream(paths)
                .map(p -> "(?:" + p + ")").toList())));
    }

    private record Allowed(String method, Pattern path) {
    }

    /** The request with its body read once for inspection and handed on unchanged. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }
    }
}
