package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.ReportProgressCommand;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * The progress reports under the round page's recommendations (decision 049): the commune's officer reports, the
 * council office accepts after confirming or returns with a reason. Who else could send it: a report submitted by the
 * officer of another commune, an acceptance by staff of another province (not a successor of the round's council) or
 * by a delegation member, each from a page
 * opened by someone who may; the refusal is shown and nothing is recorded.
 */
class ProgressReportsViewTest extends WholeAppTest {
    @Autowired RecordFindingsUseCase findings;
    @Autowired FollowUpProgressUseCase followUp;

    RoundId round;
    UUID recommendation;

    @BeforeEach
    void aRecommendationToPhuThinhInThePublishedDemoRound() {
        round = demoRound();
        recommendation = findings.recommend(new RecommendCommand(round, unit("20364", true), "UBND thị trấn Phú Thịnh",
                "Niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa.", LocalDate.of(2023, 9, 30)));
    }

    private void openAs(Authentication user) {
        SignedInUsers.signIn(user);
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kiến nghị");
        test($(Grid.class).id("recommendations-grid")).select(0);
    }

    private List<ProgressEntry> record() {
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        return followUp.entries(round, recommendation);
    }

    private String notification() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).reduce("", String::concat);
    }

    @SuppressWarnings("unchecked")
    private void report(FollowUpStatus status, String text, String link) {
        ((Select<FollowUpStatus>) $(Select.class).id("progress-status")).setValue(status);
        test($(TextArea.class).id("progress-text")).setValue(text);
        test($(TextField.class).id("progress-link")).setValue(link);
    }

    private Button answer(int row, int which) {
        var cell = (HorizontalLayout) test($(Grid.class).id("progress-grid")).getCellComponent(row, 6);
        return (Button) cell.getComponentAt(which);
    }

    private ProgressEntry reportedByTheOfficer() {
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20364"));
        return followUp.report(new ReportProgressCommand(round, recommendation, FollowUpStatus.DONE,
                "Đã niêm yết 125 thủ tục.", Optional.empty(), "https://phuninh.quangnam.gov.vn/niem-yet"));
    }

    @Test
    void the_communes_officer_reports_and_the_council_office_accepts_only_after_confirming() {
        openAs(SignedInUsers.unitOfficerOf("20364"));
        report(FollowUpStatus.DONE, "Đã niêm yết 125 thủ tục.", "https://phuninh.quangnam.gov.vn/niem-yet");
        test($(Button.class).id("progress-send")).click();

        assertThat(record()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ProgressEntry.Kind.REPORTED);
            assertThat(e.status()).isEqualTo(FollowUpStatus.DONE);
            assertThat(e.evidenceLink()).contains("https://phuninh.quangnam.gov.vn/niem-yet");
            assertThat(e.recordedBy().username()).isEqualTo("canbo.20364");
        });

        openAs(SignedInUsers.councilStaffOf("518"));
        assertThat(test($(Grid.class).id("progress-grid")).getCellText(0, 1)).isEqualTo("Đơn vị báo cáo");
        test(answer(0, 0)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        test(confirm).cancel();
        assertThat(record()).as("cancelled: nothing recorded").hasSize(1);

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        test(answer(0, 0)).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(record()).extracting(ProgressEntry::kind)
                .containsExactly(ProgressEntry.Kind.REPORTED, ProgressEntry.Kind.ACCEPTED);
        assertThat(rounds.round(round).recommendations()).filteredOn(r -> r.id().equals(recommendation))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(FollowUpStatus.DONE));
    }

    @Test
    void a_report_is_returned_with_its_reason_and_a_return_without_one_is_refused_beside_the_field() {
        reportedByTheOfficer();
        openAs(SignedInUsers.councilStaffOf("518"));
        test(answer(0, 1)).click();

        test($(Button.class).id("progress-return-send")).click();
        TextArea reason = $(TextArea.class).id("progress-return-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Hãy ghi lý do trả lại báo cáo tiến độ");
        assertThat(record()).hasSize(1);

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        test(reason).setValue("Đường dẫn không mở được; đề nghị gửi biên bản niêm yết.");
        test($(Button.class).id("progress-return-send")).click();

        assertThat(record()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ProgressEntry.Kind.RETURNED);
            assertThat(e.text()).contains("Đường dẫn không mở được; đề nghị gửi biên bản niêm yết.");
        });
        assertThat(rounds.round(round).recommendations()).filteredOn(r -> r.id().equals(recommendation))
                .singleElement().satisfies(r -> assertThat(r.status()).as("unchanged").isEqualTo(FollowUpStatus.NOT_STARTED));
    }

    @Test
    void an_evidence_link_that_is_not_a_web_address_is_refused_beside_its_field() {
        openAs(SignedInUsers.unitOfficerOf("20364"));
        report(FollowUpStatus.IN_PROGRESS, "Đang rà soát.", "javascript:alert(1)");
        test($(Button.class).id("progress-send")).click();

        TextField link = $(TextField.class).id("progress-link");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).startsWith("Đường dẫn minh chứng phải là một địa chỉ http://");
        assertThat(record()).isEmpty();
    }

    @Test
    void a_report_submitted_by_the_officer_of_another_commune_is_refused_and_not_recorded() {
        openAs(SignedInUsers.unitOfficerOf("20364"));
        report(FollowUpStatus.DONE, "Đã xong.", "");

        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374")); // Tam Đàn, also in the round's scope
        test($(Button.class).id("progress-send")).click();

        assertThat(notification()).contains("Bạn không có quyền");
        assertThat(record()).as("nothing recorded").isEmpty();
    }

    @Test
    void another_communes_officer_reads_the_published_record_but_is_offered_no_answer() {
        reportedByTheOfficer();
        openAs(SignedInUsers.unitOfficerOf("20374"));

        assertThat(test($(Grid.class).id("progress-grid")).size()).isEqualTo(1);
        assertThat(test($(Grid.class).id("progress-grid")).getCellComponent(0, 6)).as("no buttons")
                .isNotInstanceOf(HorizontalLayout.class);
    }

    @Test
    void an_acceptance_by_staff_of_another_province_or_by_a_delegation_member_is_refused_and_not_recorded() {
        reportedByTheOfficer();
        // Hà Nội's council office ("01"): not Đà Nẵng (48), which took over Quảng Nam in 2025 and so follows up
        // Phú Ninh's rounds (successors included, decision 042).
        for (Authentication other : List.of(SignedInUsers.councilStaffOf("01"),
                SignedInUsers.user("thanhvien", "Nguyễn Văn Thành", "DELEGATION_MEMBER", "518"))) {
            openAs(SignedInUsers.councilStaffOf("518"));
            test(answer(0, 0)).click();
            SignedInUsers.signIn(other);
            test($(ConfirmDialog.class).last()).confirm();

            assertThat(notification()).as(other.getName()).contains("Bạn không có quyền");
            assertThat(record()).as("nothing answered").hasSize(1);
        }
    }
}
