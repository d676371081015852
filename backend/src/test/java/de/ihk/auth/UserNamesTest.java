package de.ihk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserNamesTest {

    @Test
    void namesThatDifferOnlyInCaseOrCompatibilityFormShareAKey() {
        assertThat(UserNames.key(" Admin ")).isEqualTo("admin");
        assertThat(UserNames.key("ADMIN")).isEqualTo("admin");
        assertThat(UserNames.key("ａｄｍｉｎ")).isEqualTo("admin"); // full-width letters
        assertThat(UserNames.key("Straße")).isEqualTo(UserNames.key("STRASSE"));
        assertThat(UserNames.key("ΟΔΥΣΣΕΥΣ")).isEqualTo(UserNames.key("οδυσσευς"));
    }

    @Test
    void aDottedCapitalIIsNotAnI() {
        // Case folding maps U+0130 to "i" with a combining dot above: another name than "admin", for every use.
        assertThat(UserNames.key("admİn")).isNotEqualTo("admin").isEqualTo("admi\u0307n");
    }

    @Test
    void theWaitGrowsPerFailureAndIsCappedPerNameAtAMinute() {
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_NAME, 4)).isZero();
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_NAME, 5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_NAME, 6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_NAME, 7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_NAME, 1_000)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_CLIENT, 19)).isZero();
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_CLIENT, 20)).isEqualTo(Duration.ofSeconds(15));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_CLIENT, 22)).isEqualTo(Duration.ofSeconds(60));
        assertThat(LoginThrottle.delayAfter(LoginThrottle.PER_CLIENT, 1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void clientsCountByAddressAndIpv6ByItsNetwork() {
        assertThat(LoginThrottle.clientKey("203.0.113.7")).isEqualTo("client:203.0.113.7");
        assertThat(LoginThrottle.clientKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(LoginThrottle.clientKey("2001:db8:1:2:bbbb::9"))
                .isNotEqualTo(LoginThrottle.clientKey("2001:db8:1:3::1"));
        assertThat(LoginThrottle.clientKey("example.org")).isEqualTo("client:unknown");
        assertThat(LoginThrottle.clientKey(null)).isEqualTo("client:unknown");
    }
}
