package de.ihk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What PostgreSQL's refusals mean for the client, by SQLSTATE. */
class DatabaseFailuresTest {

    @Test
    void aServerShuttingDownOrUnreachableIsAnOutage() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "08003", "53300"}) {
            assertThat(DatabaseFailures.isOutage(new RuntimeException(new SQLException("gone", state))))
                    .as(state)
                    .isTrue();
            assertThat(DatabaseFailures.meaningOf(new SQLException("gone", state)))
                    .as(state)
                    .isNull();
        }
        assertThat(DatabaseFailures.isOutage(new SQLException("syntax error", "42601")))
                .isFalse();
    }

    @Test
    void refusalsOfInputAreAnsweredAsSuch() {
        assertThat(DatabaseFailures.meaningOf(new SQLException(
                                "ERROR: duplicate key value violates unique constraint \"measure_code_unique\"",
                                "23505"))
                        .status())
                .isEqualTo(409);
        assertThat(DatabaseFailures.meaningOf(new SQLException("ERROR: date/time field value out of range", "22008"))
                        .status())
                .isEqualTo(400);
        assertThat(DatabaseFailures.meaningOf(new SQLException("ERROR: invalid byte sequence", "22021"))
                        .getMessage())
                .isEqualTo("A value of the request cannot be stored: invalid byte sequence");
        assertThat(DatabaseFailures.meaningOf(new SQLException("ERROR: deadlock detected", "40P01"))
                        .status())
                .isEqualTo(503);
        assertThat(DatabaseFailures.meaningOf(new SQLException("ERROR: something else", "XX000")))
                .isNull();
    }
}
