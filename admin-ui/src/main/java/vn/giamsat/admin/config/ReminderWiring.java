package vn.giamsat.admin.config;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import vn.giamsat.adapters.notification.ReminderSchedule;
import vn.giamsat.adapters.notification.SmtpMail;
import vn.giamsat.adapters.persistence.JdbcNoticeOutbox;
import vn.giamsat.adapters.persistence.JdbcReminderSource;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.reminder.port.in.MyNotices;
import vn.giamsat.application.reminder.port.in.ReminderJobs;
import vn.giamsat.application.reminder.port.out.MailPort;
import vn.giamsat.application.reminder.service.ReminderService;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;

/**
 * Reminders (decision 041): the outbox and its source on PostgreSQL, the SMTP relay of {@code spring.mail.*}
 * (environment {@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME},
 * {@code SPRING_MAIL_PASSWORD}), and the recurring task on db-scheduler. With no mail server configured nothing is
 * scheduled (the tests of other features, an installation without mail): reminders are then neither collected nor
 * sent, and the in-app list shows what was sent before.
 */
@Configuration(proxyBeanMethods = false)
public class ReminderWiring {

    @Bean
    JdbcNoticeOutbox noticeOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new JdbcNoticeOutbox(jdbc, transactions);
    }

    @Bean
    ReminderService reminders(JdbcClient jdbc, JdbcNoticeOutbox outbox, ObjectProvider<JavaMailSender> sender,
                              IdentityDirectoryPort directory, UnitCatalogPort units, CurrentActorPort actors,
                              ClockPort clock,
                              @Value("${giamsat.reminders.from:nhac-viec@giamsat.local}") String from,
                              @Value("${giamsat.reminders.days-ahead:7}") int daysAhead,
                              @Value("${giamsat.supervision.law-87-2015.report-days:3}") int reportDays87,
                              @Value("${giamsat.supervision.law-121-2025.report-days:3}") int reportDays121) {
        MailPort mail = (to, subject, body) -> {
            JavaMailSender s = sender.getIfAvailable();
            if (s == null) {
                throw new IllegalStateException("No mail server configured (spring.mail.host)");
            }
            new SmtpMail(s, from).send(to, subject, body);
        };
        return new ReminderService(new JdbcReminderSource(jdbc, reportDays87, reportDays121), outbox, mail, directory, units, actors, clock,
                daysAhead);
    }

    @Bean
    MyNotices myNotices(ReminderService reminders) {
        return reminders;
    }

    /**
     * One scheduler per instance; the table decides which instance runs each period's task. Conditional on the
     * property, not on the JavaMailSender bean: auto-configured beans do not exist yet when this class is read.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    ReminderSchedule reminderSchedule(DataSource dataSource, ReminderJobs reminders,
                                      @Value("${giamsat.reminders.interval:PT5M}") Duration interval,
                                      @Value("${giamsat.reminders.polling:PT10S}") Duration polling,
                                      @Value("${giamsat.reminders.instance-name:}") String name) {
        return new ReminderSchedule(dataSource, reminders, interval, polling, name).start();
    }
}
