package de.ihk.integration;

import de.ihk.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs the server may call on behalf of a user (webhook receivers, the council information system): only
 * {@code https} to public addresses, so that nobody can make the server reach into the network it runs in (SSRF).
 * With {@code ihk.outbound.allow-local} (for tests and local trials) {@code http} and {@code https} to
 * {@code localhost}, {@code 127.0.0.1} and {@code [::1]} are allowed too; other private addresses never are.
 */
@ApplicationScoped
public class OutboundUrls {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @ConfigProperty(name = "ihk.outbound.allow-local", defaultValue = "false")
    boolean allowLocal;

    /**
     * The URL given in {@code field}, if the server may call it; otherwise a 400 naming the field. Looks the host up,
     * so that a name of a private address is refused when it is given, not only when it is called.
     */
    public URI check(String field, String url) {
        URI uri = parse(field, url);
        String refusal = refusal(uri);
        if (refusal != null) {
            throw ApiException.invalid(field, refusal);
        }
        return uri;
    }

    /** Whether the server may call {@code uri} now: checked again before every call, since names may change. */
    public boolean mayCall(URI uri) {
        return refusal(uri) == null;
    }

    private static URI parse(String field, String url) {
        if (url == null || url.isBlank()) {
            throw ApiException.invalid(field, "A URL is required.");
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                throw ApiException.invalid(
                        field, "Give an absolute http(s) URL with a host, without user info or fragment.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ApiException.invalid(field, "This is not a valid URL.");
        }
    }

    /** Why {@code uri} may not be called, or null when it may. */
    private String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean local = LOCAL_HOSTS.contains(host);
        if (local) {
            return allowLocal && (scheme.equals("http") || scheme.equals("https"))
                    ? null
                    : "Local addresses are not allowed (see OUTBOUND_ALLOW_LOCAL in the operations guide).";
        }
        if (!scheme.equals("https")) {
            return "Only https URLs are allowed.";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return "The host " + host + " cannot be found.";
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return "The host " + host + " is a private or local address, which the server may not call.";
            }
        }
        return null;
    }

    /** Loopback, private, link-local, unique-local, shared (carrier-grade NAT), multicast or unspecified. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254);
    }
}
