package org.newsgraph.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.NewsGraphException;

/**
 * Reading gold and predicted JSON the way score.py's dictionaries are read: {@code d.get(k)},
 * Python truth values, {@code ==} between parsed values. Absent and {@code null} both read as
 * {@code None}.
 */
final class PyJson {

    private PyJson() {
    }

    /** {@code d.get(key)}: the value, or Java {@code null} when absent or {@code d} is no object. */
    static JsonValue get(JsonValue d, String key) {
        if (d == null || !d.isObject()) {
            return null;
        }
        return d.getAsObject().get(key);
    }

    /** {@code key in d}. */
    static boolean has(JsonValue d, String key) {
        return d != null && d.isObject() && d.getAsObject().hasKey(key);
    }

    static boolean isNone(JsonValue v) {
        return v == null || v.isNull();
    }

    /** Python's {@code bool(v)}. */
    static boolean truthy(JsonValue v) {
        if (isNone(v)) {
            return false;
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        if (v.isNumber()) {
            return decimal(v).signum() != 0;
        }
        if (v.isString()) {
            return !v.getAsString().value().isEmpty();
        }
        if (v.isArray()) {
            return !v.getAsArray().isEmpty();
        }
        return !v.getAsObject().isEmpty();
    }

    /** {@code d.get(key) or []} for a list-valued key. */
    static List<JsonValue> list(JsonValue d, String key) {
        JsonValue v = get(d, key);
        if (!truthy(v)) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new NewsGraphException("\"" + key + "\" should be a list, not " + brief(v));
        }
        return v.getAsArray();
    }

    /** A string value, {@code null} for None; anything else is an error naming the key. */
    static String str(JsonValue v, String what) {
        if (isNone(v)) {
            return null;
        }
        if (!v.isString()) {
            throw new NewsGraphException(what + " should be a string, not " + brief(v));
        }
        return v.getAsString().value();
    }

    static BigDecimal decimal(JsonValue v) {
        Number n = v.getAsNumber().value();
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }

    static long integer(JsonValue v, String what) {
        if (v == null || !v.isNumber()) {
            throw new NewsGraphException(what + " should be a number, not " + brief(v));
        }
        try {
            return decimal(v).longValueExact();
        } catch (ArithmeticException e) {
            throw new NewsGraphException(what + " should be a whole number, not " + brief(v), e);
        }
    }

    /** A span list {@code [[b, e], ...]} as pairs of longs. */
    static long[][] spans(JsonValue v, String what) {
        if (!v.isArray()) {
            throw new NewsGraphException(what + " should be a list of [begin, end], not " + brief(v));
        }
        JsonArray a = v.getAsArray();
        long[][] out = new long[a.size()][];
        for (int i = 0; i < a.size(); i++) {
            out[i] = span(a.get(i), what);
        }
        return out;
    }

    static long[] span(JsonValue v, String what) {
        if (v == null || !v.isArray() || v.getAsArray().size() != 2) {
            throw new NewsGraphException(what + " should hold [begin, end] pairs, not " + brief(v));
        }
        return new long[] {integer(v.getAsArray().get(0), what), integer(v.getAsArray().get(1), what)};
    }

    /** Python's {@code ==} between two parsed JSON values (1 == 1.0, key order does not matter). */
    static boolean pyEquals(JsonValue a, JsonValue b) {
        if (isNone(a) || isNone(b)) {
            return isNone(a) && isNone(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a.isBoolean() && b.isBoolean()) {
            return a.getAsBoolean().value() == b.getAsBoolean().value();
        }
        if (a.isString() && b.isString()) {
            return a.getAsString().value().equals(b.getAsString().value());
        }
        if (a.isArray() && b.isArray()) {
            JsonArray x = a.getAsArray();
            JsonArray y = b.getAsArray();
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!pyEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            JsonObject x = a.getAsObject();
            JsonObject y = b.getAsObject();
            if (!x.keys().equals(y.keys())) {
                return false;
            }
            for (Map.Entry<String, JsonValue> e : x.entrySet()) {
                if (!pyEquals(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static String brief(JsonValue v) {
        if (v == null) {
            return "nothing";
        }
        String s = v.isString() ? "\"" + v.getAsString().value() + "\"" : v instanceof JsonNumber n ? n.value().toString()
                : org.apache.jena.atlas.json.JSON.toStringFlat(v);
        s = s.replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
