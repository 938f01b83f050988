package vn.giamsat.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.giamsat.admin.i18n.TranslationProvider;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

@SpringBootTest(classes = UiErrorHandlerTest.Wiring.class)
@ViewPackages(packages = "vn.giamsat.admin.ui.none")
class UiErrorHandlerTest extends SpringBrowserlessTest {

    @Configuration(proxyBeanMethods = false)
    @Import({TranslationProvider.class, UiSetup.class})
    static class Wiring {}

    private String notificationAfter(Throwable error) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
        return test($(Notification.class).single()).getText();
    }

    @Test
    void a_refused_rule_shows_its_vietnamese_reason() {
        var refused = new DomainRuleViolation(Reason.of("round.transition",
                "Không thể công khai cuộc giám sát chưa có báo cáo.", "A round without a report cannot be published."));

        assertThat(notificationAfter(new RuntimeException("wrapped", refused)))
                .isEqualTo("Không thể công khai cuộc giám sát chưa có báo cáo.");
    }

    @Test
    void any_other_error_shows_a_generic_message_without_technical_detail() {
        String shown = notificationAfter(new IllegalStateException("connection refused: db:5432"));

        assertThat(shown).startsWith("Đã xảy ra lỗi").doesNotContain("IllegalStateException", "5432");
    }
}
