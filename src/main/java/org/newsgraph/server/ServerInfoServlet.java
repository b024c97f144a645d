package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

/**
 * The read-only part of Fuseki's admin API that the Fuseki UI reads when the admin API is off:
 * {@code GET /$/server} (server and datasets), {@code GET /$/datasets} and
 * {@code GET /$/datasets/NAME}, in the JSON Fuseki's own admin module writes. It answers GET
 * only: creating, deleting or taking a dataset offline is not there to be asked for.
 */
final class ServerInfoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        JsonBuilder b = new JsonBuilder();
        if (path.equals("/$/server")) {
            b.startObject();
            b.pair("version", Fuseki.VERSION);
            b.pair("startDateTime", Fuseki.serverStartedAt());
            b.pair("uptime", Fuseki.serverUptimeSeconds());
            b.pair("admin", false);
            b.key("datasets");
            JsonDescription.arrayDatasets(b, registry);
            b.finishObject();
        } else if (path.equals("/$/datasets") || path.equals("/$/datasets/")) {
            b.startObject();
            b.key("datasets");
            JsonDescription.arrayDatasets(b, registry);
            b.finishObject();
        } else {
            String name = path.substring("/$/datasets".length());
            DataAccessPoint dap = registry.get(name);
            if (dap == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such dataset: " + name);
                return;
            }
            JsonDescription.describe(b, dap);
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, b.build());
            out.write('\n');
        }
    }
}
