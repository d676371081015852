package de.ihk.integration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ihk.common.ApiException;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class OutboundUrlsTest {

    private static OutboundUrls policy(boolean allowLocal) {
        OutboundUrls urls = new OutboundUrls();
        urls.allowLocal = allowLocal;
        return urls;
    }

    @Test
    void refusesPlainHttpToPublicHosts() {
        ApiException e = assertThrows(ApiException.class, () -> policy(true).check("url", "http://93.184.215.14/hook"));
        assertEquals(400, e.status());
    }

    @Test
    void refusesPrivateAddressesWhateverTheSetting() {
        for (String url : new String[] {
            "https://10.0.0.5/", "https://192.168.1.1/", "https://172.16.0.1/", "https://169.254.169.254/latest",
            "https://100.64.0.1/", "https://0.0.0.0/", "https://[fd00::1]/", "https://[fe80::1]/"
        }) {
            assertFalse(policy(true).mayCall(URI.create(url)), url);
        }
    }

    @Test
    void localHostsOnlyWhenAllowed() {
        assertThrows(ApiException.class, () -> policy(false).check("url", "http://127.0.0.1:9000/hook"));
        assertThrows(ApiException.class, () -> policy(false).check("url", "https://localhost/hook"));
        assertDoesNotThrow(() -> policy(true).check("url", "http://127.0.0.1:9000/hook"));
        assertDoesNotThrow(() -> policy(true).check("url", "http://localhost:9000/hook"));
    }

    @Test
    void refusesMalformedUrls() {
        for (String url : new String[] {"", "hook", "ftp://example.org/", "https://user:pw@example.org/", "https://"}) {
            assertThrows(ApiException.class, () -> policy(true).check("url", url), url);
        }
    }

    @Test
    void publicAddressesAreNotInternal() throws Exception {
        assertFalse(OutboundUrls.isInternal(InetAddress.getByName("93.184.215.14")));
        assertFalse(OutboundUrls.isInternal(InetAddress.getByName("2a00:1450:4001::1")));
        assertTrue(OutboundUrls.isInternal(InetAddress.getByName("100.127.255.255")));
    }
}
