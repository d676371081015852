package de.ihk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/** The log as the application writes it: the console's formatter, and the records of one category. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger logger;

    private LogCapture(String category) {
        this.logger = Logger.getLogger(category);
        logger.addHandler(this);
    }

    /** Collects what is logged to the category until {@link #close()}. */
    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }

    /** The formatter Quarkus configured on the console handler. */
    public static Formatter consoleFormatter() {
        Formatter formatter = find(LogContext.getLogContext().getLogger("").getHandlers());
        if (formatter == null) {
            throw new AssertionError("no console handler found");
        }
        return formatter;
    }

    private static Formatter find(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                return handler.getFormatter();
            }
            if (handler instanceof ExtHandler ext) {
                Formatter nested = find(ext.getHandlers());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
