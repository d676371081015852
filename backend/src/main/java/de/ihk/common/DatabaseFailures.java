package de.ihk.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** What a refusal or failure of PostgreSQL means for the client, by its SQLSTATE. */
final class DatabaseFailures {

    private DatabaseFailures() {}

    /** True when the failure means "the database cannot be reached" (as opposed to a bug). */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (isOutageState(sql.getSQLState())
                            || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * The refusal the client can act on, or null when the state means an outage or a bug. Input that passed our own
     * checks and was still refused (a race for a code, a value out of the database's range) is answered as such.
     */
    static ApiException meaningOf(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23505" ->
                ApiException.conflict("The change conflicts with an existing record (" + constraintOf(e) + ").");
            case "23503" ->
                ApiException.conflict("The change refers to a record that no longer exists, or a record still "
                        + "refers to this one (" + constraintOf(e) + ").");
            case "23502", "23514" ->
                ApiException.badRequest("A value breaks a rule of the stored data (" + constraintOf(e) + ").");
            case "40001", "40P01" ->
                ApiException.unavailable("Another change of the same records ran at the same moment. "
                        + "Nothing was changed; please try again.");
            default ->
                state.startsWith("22")
                        ? ApiException.badRequest(
                                "A value of the request cannot be stored: " + firstLine(e.getMessage()))
                        : null;
        };
    }

    /** SQLSTATE class 08 (connection exception), 57P01–57P03 (the server shuts down or is starting), 53300 (too many connections). */
    private static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }

    private static String constraintOf(SQLException e) {
        String message = firstLine(e.getMessage());
        int quote = message.indexOf('"');
        int end = quote < 0 ? -1 : message.indexOf('"', quote + 1);
        return end < 0 ? "a constraint" : message.substring(quote + 1, end);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().split("\n", 2)[0];
        return line.startsWith("ERROR: ") ? line.substring(7) : line;
    }
}
