package org.newsgraph.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Properties;
import org.newsgraph.NewsGraphException;

/**
 * The web view at {@code /view/}: a page that draws the network with Cytoscape.js, fed by the
 * SPARQL endpoint. Serves the page's files from the classpath and Cytoscape.js from its WebJar,
 * so nothing comes from the network. Mount at {@code /view/*}.
 */
public final class ViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String OWN = "/org/newsgraph/view/";
    private static final String WEBJAR = "/META-INF/resources/webjars/cytoscape/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml");
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css");

    /** The version of the Cytoscape.js WebJar on the classpath. */
    static String cytoscapeVersion() {
        try (InputStream in = ViewServlet.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) {
                throw new NewsGraphException("The Cytoscape.js WebJar (org.webjars.npm:cytoscape) is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new NewsGraphException("Cannot read the Cytoscape.js WebJar: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.isEmpty()) {
            // relative URLs in the page need the trailing slash
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String resource;
        String type;
        if ("/lib/cytoscape.min.js".equals(path)) {
            resource = WEBJAR + cytoscapeVersion() + "/dist/cytoscape.min.js";
            type = TYPES.get("js");
        } else if (FILES.containsKey(path)) {
            String f = FILES.get(path);
            resource = OWN + f;
            type = TYPES.get(f.substring(f.lastIndexOf('.') + 1));
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file in the web view: " + path);
            return;
        }
        try (InputStream in = ViewServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Missing from the classpath: " + resource);
                return;
            }
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
