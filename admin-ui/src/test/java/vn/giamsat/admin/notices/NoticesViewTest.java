package vn.giamsat.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.application.reminder.model.NewNotice;
import vn.giamsat.application.reminder.model.Notice;
import vn.giamsat.application.reminder.model.ReminderKind;
import vn.giamsat.application.reminder.port.out.NoticeOutboxPort;

/** A user reads, in the app, the reminders sent to them, and only theirs: sent or still waiting for the server. */
class NoticesViewTest extends WholeAppTest {
    @Autowired NoticeOutboxPort outbox;

    @Test
    void the_signed_in_user_sees_what_was_sent_to_them_whether_the_mail_went_out_and_the_text() {
        Instant at = Instant.parse("2026-12-07T03:00:00Z");
        outbox.add(new NewNotice(ReminderKind.RECOMMENDATION_OVERDUE, "recommendation:a:2026-11-27", "vanphong",
                "vanphong@giamsat.test", "[Giám sát TTHC] Kiến nghị quá hạn từ 27/11/2026",
                "Kính gửi Lê Thị Hoa,\n\nKiến nghị sau đã quá hạn."), at);
        outbox.deliverNext(at.plusSeconds(60), n -> Optional.empty()); // the mail server accepted it
        outbox.add(new NewNotice(ReminderKind.ROUND_AWAITING_APPROVAL, "round:b", "vanphong",
                "vanphong@giamsat.test", "[Giám sát TTHC] Báo cáo chờ phê duyệt: 30/NQ-HĐND", "Chờ phê duyệt."),
                at.plusSeconds(120));
        outbox.deliverNext(at.plusSeconds(180), n -> Optional.of("Connection refused")); // the server is down
        outbox.add(new NewNotice(ReminderKind.RECOMMENDATION_OVERDUE, "recommendation:a:2026-11-27", "canbo.tamdan",
                "canbo.tamdan@giamsat.test", "[Giám sát TTHC] Thư của người khác", "Không phải của bạn."), at);

        navigate(NoticesView.class);

        @SuppressWarnings("unchecked")
        Grid<Notice> grid = $(Grid.class).id("notices-grid");
        var rows = test(grid);
        assertThat(rows.size()).as("only the signed-in user's notices").isEqualTo(2);
        assertThat(rows.getCellText(0, 1)).isEqualTo("Báo cáo chờ phê duyệt");
        assertThat(rows.getCellText(0, 3)).isEqualTo("Đang chờ gửi tới vanphong@giamsat.test (đã thử 1 lần)");
        assertThat(rows.getCellText(1, 0)).isEqualTo("07/12/2026 10:00");
        assertThat(rows.getCellText(1, 2)).isEqualTo("[Giám sát TTHC] Kiến nghị quá hạn từ 27/11/2026");
        assertThat(rows.getCellText(1, 3)).isEqualTo("Đã gửi tới vanphong@giamsat.test lúc 07/12/2026 10:01");

        rows.select(1);
        assertThat(((NoticesView) getCurrentView()).body.getText()).contains("Kiến nghị sau đã quá hạn.");
    }
}
