package de.ihk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsFoldingTest {

    @Test
    void shortLinesStayAsTheyAre() {
        assertThat(IcsFolding.fold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
                .isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    }

    @Test
    void foldsByOctetsAndNeverSplitsACharacter() {
        String line = "SUMMARY:" + "ä".repeat(40) + "😀".repeat(20) + "x".repeat(100);
        String folded = IcsFolding.fold(line + "\r\n");

        String[] parts = folded.split("\r\n", -1);
        assertThat(parts[parts.length - 1]).isEmpty();
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isLowSurrogate(part.charAt(part.startsWith(" ") ? 1 : 0)))
                    .as("a part starting inside a character: %s", part)
                    .isFalse();
        }
        assertThat(parts[0].getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }
}
