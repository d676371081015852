package de.ihk.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether mail can be sent (docs/operations.md#e-mail-reminders): an SMTP server, a sender and the public address for the links in the mails. */
@ApplicationScoped
public class MailSetup {

    @ConfigProperty(name = "ihk.reminders.smtp-host")
    Optional<String> smtpHost;

    @ConfigProperty(name = "ihk.reminders.from")
    Optional<String> from;

    @ConfigProperty(name = "ihk.reminders.public-url")
    Optional<String> publicUrl;

    /** The environment variables still missing; empty when mail is configured. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (blank(smtpHost)) {
            missing.add("SMTP_HOST");
        }
        if (blank(from)) {
            missing.add("MAIL_FROM");
        }
        if (blank(publicUrl)) {
            missing.add("PUBLIC_URL");
        }
        return missing;
    }

    public boolean configured() {
        return missing().isEmpty();
    }

    /** The address links in mails start with, without a trailing slash. */
    public String baseUrl() {
        return publicUrl.orElse("").trim().replaceAll("/+$", "");
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
