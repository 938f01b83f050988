package vn.giamsat.application.identity.model;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * The identity provider could not send the e-mail (no mail server configured, or it refused): nothing was sent,
 * and the administrator is told so rather than led to believe the user got a link.
 */
public final class MailNotSentException extends DomainRuleViolation {
    public static final String CODE = "identity.mail-not-sent";

    public MailNotSentException(String username) {
        super(Reason.of(CODE,
                "Không gửi được thư cho " + username + ": máy chủ xác thực chưa cấu hình máy chủ thư (SMTP) hoặc máy chủ thư từ chối. Chưa có thư nào được gửi.",
                "The e-mail to " + username + " could not be sent: the identity provider has no mail server (SMTP) configured, or it refused. Nothing was sent."));
    }
}
