package de.ihk.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** Recognises failures that mean "the database cannot be reached", as opposed to a bug. */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** SQLSTATE class 08: connection exception. */
    private static boolean isConnectionState(String state) {
        return state != null && state.startsWith("08");
    }
}
