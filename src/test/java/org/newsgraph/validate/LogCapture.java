package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Collects the warnings and errors Jena logs while a piece of code runs (Jena logs through log4j2 here). */
final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final List<String> events = new ArrayList<>();
    private final LoggerConfig root;

    private LogCapture() {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration cfg = ctx.getConfiguration();
        this.root = cfg.getRootLogger();
        start();
        root.addAppender(this, Level.WARN, null);
        ctx.updateLoggers();
    }

    static LogCapture capture() {
        return new LogCapture();
    }

    @Override
    public synchronized void append(LogEvent event) {
        if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
            events.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getMessage().getFormattedMessage());
        }
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        root.removeAppender(getName());
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        stop();
    }
}
