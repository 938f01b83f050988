package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.domain.round.RoundId;

/** Issue 14, item 7: the evidence upload asks who may attach before it reads the file, and names its limit. */
class UploadRefusalViewTest extends WholeAppTest {
    @Autowired RecordFindingsUseCase findings;
    @Autowired RecommendationEvidenceUseCase evidence;

    @Test
    void someone_who_may_not_attach_is_refused_before_the_file_is_read() {
        RoundId round = demoRound();
        UUID recommendation = findings.recommend(new RecommendCommand(round, null, "UBND xã Tam Đàn",
                "Niêm yết đầy đủ thủ tục hành chính.", LocalDate.of(2023, 9, 30)));
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kiến nghị");
        ((Button) test($(Grid.class).id("recommendations-grid")).getCellComponent(0, 5)).click();
        // The page was opened by council staff; the request now comes from a provincial official, who reads only.
        SignedInUsers.signIn(SignedInUsers.withRole("PROVINCIAL_OFFICIAL", "518"));

        test($(Upload.class).id("evidence-upload")).upload("bien-ban.pdf", "application/pdf",
                RecommendationEvidenceViewTest.PDF);

        assertThat($(Paragraph.class).id("evidence-error").getText())
                .isEqualTo("Không nhận tệp \"bien-ban.pdf\": bạn không có quyền tải tệp lên đây.");
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        assertThat(evidence.discussion(round, recommendation).evidence()).isEmpty();
    }

    @Test
    void a_file_over_10_mb_is_refused_with_a_message_naming_the_limit() {
        RoundId round = demoRound();
        UUID recommendation = findings.recommend(new RecommendCommand(round, null, "UBND xã Tam Đàn",
                "Niêm yết đầy đủ thủ tục hành chính.", LocalDate.of(2023, 9, 30)));
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kiến nghị");
        ((Button) test($(Grid.class).id("recommendations-grid")).getCellComponent(0, 5)).click();

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(RecommendationEvidenceViewTest.PDF, 0, big, 0, RecommendationEvidenceViewTest.PDF.length);
        test($(Upload.class).id("evidence-upload")).upload("bien-ban.pdf", "application/pdf", big);

        assertThat($(Paragraph.class).id("evidence-error").getText())
                .isEqualTo("Không nhận tệp \"bien-ban.pdf\": lớn hơn giới hạn 10 MB.");
        assertThat(evidence.discussion(round, recommendation).evidence()).isEmpty();
    }
}
