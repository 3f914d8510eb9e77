package org.clausewatch.alert;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends alert e-mail over SMTP: plain text and HTML alternatives, with the delivery key in a header. */
final class Mailer implements Sender {
    private static final String TIMEOUT_MILLIS = "20000";
    private final SmtpConfig config;
    private final Session session;

    Mailer(SmtpConfig config) {
        this.config = config;
        this.session = Session.getInstance(properties(config));
    }

    @Override
    public void send(Subscription subscription, Message message) throws IOException {
        Channel.Email email = (Channel.Email) subscription.channel();
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(config.from()));
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(email.address()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setHeader(Webhooks.DELIVERY, message.deliveryKey());
            mime.setContent(alternatives(message));
            mime.saveChanges();
            if (config.username().isPresent()) {
                Transport.send(
                        mime, config.username().orElseThrow(), config.password().orElse(""));
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException e) {
            throw new IOException(
                    "could not send e-mail to " + email.address() + " via " + config.host() + ":" + config.port() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static MimeMultipart alternatives(Message message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        return new MimeMultipart("alternative", text, html);
    }

    private static Properties properties(SmtpConfig config) {
        Properties properties = new Properties();
        String protocol = config.security() == SmtpConfig.Security.TLS ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", config.host());
        properties.put("mail." + protocol + ".port", Integer.toString(config.port()));
        properties.put(
                "mail." + protocol + ".auth", Boolean.toString(config.username().isPresent()));
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        if (config.security() == SmtpConfig.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (config.security() == SmtpConfig.Security.TLS) {
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
