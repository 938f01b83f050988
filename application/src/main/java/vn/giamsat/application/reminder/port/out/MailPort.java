package vn.giamsat.application.reminder.port.out;

/** Sends an e-mail (out port). Returns when the mail server has accepted it; throws when it has not. */
public interface MailPort {
    void send(String to, String subject, String body);
}
