package org.newsgraph.identity;

import java.util.HashMap;
import java.util.Map;

/** Groups of entity IRIs; {@link #into} makes the second group's root the root of both. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
        String p = parent.get(x);
        if (p == null) {
            return x;
        }
        String r = find(p);
        if (!r.equals(p)) {
            parent.put(x, r);
        }
        return r;
    }

    /** Puts {@code from}'s group into {@code to}'s; false when they are one already. */
    boolean into(String from, String to) {
        String a = find(from);
        String b = find(to);
        if (a.equals(b)) {
            return false;
        }
        parent.put(a, b);
        return true;
    }
}
