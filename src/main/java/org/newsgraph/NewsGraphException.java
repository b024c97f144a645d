package org.newsgraph;

/** The unchecked exception newsgraph throws; its message names the offending file or value. */
public class NewsGraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NewsGraphException(String message) {
        super(message);
    }

    public NewsGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
