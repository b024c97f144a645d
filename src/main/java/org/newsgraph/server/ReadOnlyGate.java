package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

/**
 * The one gate every request passes before Fuseki sees it: what may change the server or its data.
 * <ul>
 * <li>GET, HEAD and OPTIONS read, and pass (with {@code --admin}, the admin API's paths other than
 * the UI's read-only ones need the admin password);</li>
 * <li>POST to the dataset's query endpoints passes (a SPARQL query sent as a form or a body; Fuseki
 * itself refuses an update sent there when the dataset is read-only);</li>
 * <li>with {@code --allow-update}, every method on the dataset's paths passes (Fuseki's update and
 * Graph Store endpoints decide);</li>
 * <li>with {@code --admin}, any other request needs the admin password (HTTP Basic, user
 * {@value #ADMIN_USER});</li>
 * <li>anything else is refused with 405 and a line saying why.</li>
 * </ul>
 * Paths are the decoded, normalised ones the servlets are matched on, so {@code /%24/datasets}
 * is {@code /$/datasets} here too.
 */
final class ReadOnlyGate implements Filter {

    static final String ADMIN_USER = "admin";

    /** The admin API paths the Fuseki UI reads to list and query datasets: open for GET without a password. */
    private static final Set<String> UI_READS = Set.of("/$/ping", "/$/server", "/$/datasets", "/$/stats", "/$/tasks");

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String dataset;
    private final boolean allowUpdate;
    private final byte[] adminCredentials;

    /**
     * @param dataset the dataset's path, e.g. {@code /newsgraph}
     * @param adminPassword the admin password, or null when the admin API is off
     */
    ReadOnlyGate(String dataset, boolean allowUpdate, String adminPassword) {
        this.dataset = dataset;
        this.allowUpdate = allowUpdate;
        this.adminCredentials = adminPassword == null ? null
                : ("Basic " + Base64.getEncoder().encodeToString((ADMIN_USER + ":" + adminPassword)
                        .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = path(req);
        String method = req.getMethod();
        boolean admin = path.startsWith("/$/");
        boolean read = READ_METHODS.contains(method);
        if (read && (!admin || adminCredentials == null || uiRead(path))) {
            chain.doFilter(request, response);
            return;
        }
        boolean onDataset = path.equals(dataset) || path.startsWith(dataset + "/");
        if (!admin && onDataset && (allowUpdate || ("POST".equals(method) && queryEndpoint(path)))) {
            chain.doFilter(request, response);
            return;
        }
        if (adminCredentials == null) {
            // an unread request body on a kept-alive connection would be read as the next request: close it
            resp.setHeader("Connection", "close");
            resp.setHeader("Allow", "GET, HEAD, OPTIONS" + (onDataset ? ", POST" : ""));
            refuse(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, admin
                    ? "The admin API is off: this server is read-only (start it with --admin to manage it)"
                    : "This server is read-only: " + method + " " + path + " is refused"
                            + (onDataset ? " (start it with --allow-update to accept updates)" : ""));
            return;
        }
        if (!authorised(req)) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"newsgraph admin\", charset=\"UTF-8\"");
            resp.setHeader("Connection", "close");
            refuse(resp, HttpServletResponse.SC_UNAUTHORIZED, "The admin API needs the admin password (user " + ADMIN_USER + ")");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse resp, int status, String why) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("utf-8");
        resp.getWriter().println(why);
        resp.flushBuffer();
    }

    private boolean queryEndpoint(String path) {
        return path.equals(dataset) || path.equals(dataset + "/sparql") || path.equals(dataset + "/query");
    }

    private static boolean uiRead(String path) {
        if (UI_READS.contains(path)) {
            return true;
        }
        // per dataset: /$/stats/newsgraph, /$/datasets/newsgraph
        int slash = path.indexOf('/', 3);
        return slash > 0 && UI_READS.contains(path.substring(0, slash)) && path.indexOf('/', slash + 1) < 0;
    }

    private boolean authorised(HttpServletRequest req) {
        String given = req.getHeader("Authorization");
        return given != null && MessageDigest.isEqual(adminCredentials, given.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** The decoded path inside the server, as servlets are matched on it. */
    static String path(HttpServletRequest req) {
        String p = (req.getServletPath() == null ? "" : req.getServletPath())
                + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return p.isEmpty() ? "/" : p;
    }
}
