package vn.giamsat.adapters.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.giamsat.application.reminder.port.out.MailPort;

/**
 * Sends reminders through an SMTP server (Spring's {@link JavaMailSender}, configured by {@code spring.mail.*}):
 * plain text in UTF-8, so Vietnamese arrives as written. Returns only once the server accepted the message.
 */
public class SmtpMail implements MailPort {
    private final JavaMailSender sender;
    private final String from;

    public SmtpMail(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from, "Giám sát TTHC", StandardCharsets.UTF_8.name()));
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
        } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Cannot build the mail to " + to + ": " + e.getMessage(), e);
        }
        sender.send(message);
    }
}
