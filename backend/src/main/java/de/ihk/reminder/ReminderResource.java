package de.ihk.reminder;

import static de.ihk.common.Html.escape;

import de.ihk.access.CurrentUser;
import de.ihk.auth.AccountSettingsService;
import de.ihk.common.ApiException;
import de.ihk.common.MailSetup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The unsubscribe link of reminder mails, which works without login (RFC 8058): a GET shows a page with a button, since
 * mail scanners follow links and must not unsubscribe anyone; the button, and mail programs' one-click unsubscribe,
 * POST to the same address. And the status of reminder mails for administrators.
 */
@Path("/api/v1/reminders")
public class ReminderResource {

    static final String UNSUBSCRIBE_PATH = "/api/v1/reminders/unsubscribe";

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    AccountSettingsService accounts;

    @Inject
    CurrentUser user;

    @Inject
    MailSetup setup;

    @Inject
    ReminderSettings settings;

    @Inject
    EntityManager em;

    @GET
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response confirmPage(@QueryParam("token") String token) {
        UUID account = verified(token);
        boolean en = "en".equals(accounts.languageOf(account));
        String title = en ? "Unsubscribe from the weekly digest" : "Wochenübersicht abbestellen";
        String body = "<p>"
                + (en
                        ? "Do you no longer want to receive the weekly digest by e-mail?"
                        : "Möchten Sie die wöchentliche Übersicht per E-Mail nicht mehr erhalten?")
                + "</p><form method=\"post\" action=\"" + UNSUBSCRIBE_PATH + "?token=" + escape(token) + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">" + (en ? "Unsubscribe" : "Abbestellen") + "</button></form>";
        return page(en, title, body);
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response unsubscribe(@QueryParam("token") String token) {
        UUID account = verified(token);
        accounts.unsubscribe(account);
        boolean en = "en".equals(accounts.languageOf(account));
        String title = en ? "Unsubscribed" : "Abbestellt";
        String body = "<p>"
                + (en
                        ? "You will receive no more weekly digests. You can subscribe again in your settings."
                        : "Sie erhalten keine Wochenübersicht mehr. In Ihren Einstellungen können Sie sie wieder"
                                + " abonnieren.")
                + "</p><p><a href=\"" + (en ? "/en" : "") + "/settings\">" + (en ? "Settings" : "Einstellungen")
                + "</a></p>";
        return page(en, title, body);
    }

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public ReminderStatusDto status() {
        user.requireAdmin();
        Object[] counts = (Object[]) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM account WHERE digest_subscribed AND enabled AND email IS NOT NULL),
                               count(*) FILTER (WHERE state = 'PENDING'),
                               count(*) FILTER (WHERE state = 'SENT'),
                               count(*) FILTER (WHERE state = 'FAILED'),
                               max(sent_at)
                        FROM digest""").getSingleResult();
        return new ReminderStatusDto(
                setup.configured(),
                setup.missing(),
                settings.sendAt(),
                "Europe/Berlin",
                ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(),
                ((Number) counts[3]).longValue(),
                instant(counts[4]));
    }

    private UUID verified(String token) {
        return tokens.verify(token)
                .orElseThrow(
                        () -> ApiException.invalid("token", "The unsubscribe link is damaged or not one of ours."));
    }

    private static Response page(boolean en, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"" + (en ? "en" : "de") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title></head><body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
        // bytes: a String entity would be written as a JSON string by the application's Jackson writer
        return Response.ok(html.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
