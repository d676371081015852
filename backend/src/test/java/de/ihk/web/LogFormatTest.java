package de.ihk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.common.RequestIds;
import de.ihk.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.Test;

/** Plain log lines say the date, time and zone of the event and the request they belong to. */
@QuarkusTest
class LogFormatTest {

    @Test
    void aPlainLogLineHasTheDateAndTheRequestId() {
        MDC.put(RequestIds.KEY, "req-42");
        try {
            ExtLogRecord record = new ExtLogRecord(Level.WARN, "The database is gone", LogFormatTest.class.getName());
            record.setLoggerName("de.ihk.common.ProblemMappers");
            String line = LogCapture.consoleFormatter().format(record);
            assertThat(line)
                    .matches("(?s)\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) WARN .*")
                    .contains("[req-42]")
                    .contains("The database is gone");
        } finally {
            MDC.remove(RequestIds.KEY);
        }
    }
}
