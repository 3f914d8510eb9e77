package org.clausewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.clausewatch.account.Role;
import org.clausewatch.account.User;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.Database;
import org.clausewatch.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** E-mail alerts and digests through a real SMTP server (GreenMail on loopback), with a clock the test moves. */
class EmailAndDigestTest {
    /** Monday 2 March 2026, 11:00 in Paris. */
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("clausewatch", "smtp-password"));

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(T0);
    AlertFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private AlertFixture open(DigestSchedule digests) {
        SmtpConfig smtp = new SmtpConfig(
                "127.0.0.1",
                SMTP.getSmtp().getPort(),
                SmtpConfig.Security.NONE,
                Optional.of("clausewatch"),
                Optional.of("smtp-password"),
                "alerts@clausewatch.example");
        AlertConfig config =
                AlertFixture.configured().smtp(smtp).digests(digests).build();
        fixture = new AlertFixture(Database.sqlite(dir.resolve("clausewatch.db")), config, clock);
        return fixture;
    }

    private static String email(String mode) {
        return "{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"email\", \"address\": \"legal@example.org\"},"
                + " \"mode\": \"" + mode + "\"}";
    }

    @Test
    void mailsAnImmediateAlertWithSubjectTextHtmlAndLinks() throws Exception {
        open(new DigestSchedule(8, ZoneId.of("UTC"), DayOfWeek.MONDAY));
        User user = fixture.user("legal@example.org", Role.ANALYST);
        Subscription subscription = fixture.subscribe(user, email("immediate"));
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        ChangeRow change = fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60))
                .orElseThrow();

        fixture.alerts.worker().deliverDue();

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        // the subject is the change's meaning, not its counts: what the licence now allows
        assertThat(change.summary()).startsWith("1. Your content: ").contains("train");
        // a long summary is cut at a word in the subject, and given whole in the body
        String subject = message.getSubject();
        assertThat(subject).startsWith("ClauseWatch: ChatGPT · Terms of Service — 1. Your content: licence recipient");
        assertThat("ClauseWatch: ChatGPT · Terms of Service — " + change.summary())
                .startsWith(subject.endsWith("…") ? subject.substring(0, subject.length() - 1) : subject);
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("legal@example.org");
        assertThat(message.getHeader("X-ClauseWatch-Delivery")[0])
                .isEqualTo("cw-alert-" + subscription.id() + "-" + change.id());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(text)
                .contains(change.summary())
                .contains("1. Your content")
                .contains("{+", "artificial intelligence")
                .contains("http://127.0.0.1:8080/changes/" + change.id())
                .contains("Topics: Licence to user content, First-party collection and use, Training on user content")
                .contains("* modified: Terms of Service > 1. Your content (high; Training on user content)")
                .contains("training on your content: now by default; was: not stated");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(html).contains("<h2>ChatGPT — Terms of Service</h2>", "href=\"http://127.0.0.1:8080/provisions/");
    }

    @Test
    void sendsOneDailyDigestAtTheConfiguredHourInItsZoneAndNothingWhenNothingMatched() throws Exception {
        open(new DigestSchedule(8, ZoneId.of("Europe/Paris"), DayOfWeek.MONDAY));
        User user = fixture.user("legal@example.org", Role.ANALYST);
        fixture.subscribe(user, email("daily"));
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Privacy Policy", Terms.V1, T0);
        ChangeRow terms = fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60))
                .orElseThrow();
        ChangeRow privacy = fixture.record("ChatGPT", "Privacy Policy", Terms.SUBSTANTIVE, T0.plusSeconds(7200))
                .orElseThrow();

        clock.set(Instant.parse("2026-03-03T06:59:59Z"));
        assertThat(fixture.alerts.worker().deliverDue()).isZero();
        clock.set(Instant.parse("2026-03-03T07:00:00Z"));
        assertThat(fixture.alerts.worker().deliverDue()).isEqualTo(1);
        clock.set(Instant.parse("2026-03-04T07:00:00Z"));
        assertThat(fixture.alerts.worker().deliverDue()).isZero();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        MimeMessage digest = SMTP.getReceivedMessages()[0];
        assertThat(digest.getSubject()).isEqualTo("ClauseWatch daily digest: 2 changes (ChatGPT)");
        String text =
                (String) ((MimeMultipart) digest.getContent()).getBodyPart(0).getContent();
        assertThat(text)
                .contains("ChatGPT — Terms of Service", "ChatGPT — Privacy Policy")
                .contains("/changes/" + terms.id(), "/changes/" + privacy.id());
    }

    @Test
    void aFailingSmtpServerIsRetriedLikeAnyChannel() {
        SmtpConfig nowhere = new SmtpConfig(
                "127.0.0.1", 1, SmtpConfig.Security.NONE, Optional.empty(), Optional.empty(), "a@clausewatch.example");
        fixture = new AlertFixture(
                Database.sqlite(dir.resolve("clausewatch.db")),
                AlertFixture.configured().smtp(nowhere).build(),
                clock);
        User user = fixture.user("legal@example.org", Role.ANALYST);
        Subscription subscription = fixture.subscribe(user, email("immediate"));
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));

        fixture.alerts.worker().deliverDue();

        Outbox.Row row = fixture.alertsOf(subscription).getFirst();
        assertThat(row.status()).isEqualTo(Outbox.Status.RETRYING);
        assertThat(row.lastError()).hasValueSatisfying(e -> assertThat(e).contains("legal@example.org", "127.0.0.1:1"));
    }
}
