package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.RoundId;

/** The recommendations tab's evidence dialog on the whole app, as council staff of Phú Ninh district. */
class RecommendationEvidenceViewTest extends WholeAppTest {
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired RecordFindingsUseCase findings;
    @Autowired RecommendationEvidenceUseCase evidence;
    RoundId round;
    UUID recommendation;

    @BeforeEach
    void aRecommendationToPhuThinh() {
        round = demoRound();
        recommendation = findings.recommend(new RecommendCommand(round, unit("20364", true), "UBND xã Phú Thịnh",
                "Niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa.", LocalDate.of(2023, 9, 30)));
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kiến nghị");
    }

    /**
     * A grid's component cells are not in the component tree the tester searches: the tester renders the cell
     * for the row again, and a server-side click on it runs the same listener.
     */
    private Button cellButton(String gridId, int column) {
        return (Button) test($(Grid.class).id(gridId)).getCellComponent(0, column);
    }

    private Button evidenceButton() {
        return cellButton("recommendations-grid", 5);
    }

    private void openDialog() {
        evidenceButton().click();
    }

    private Grid<?> files() {
        return $(Grid.class).id("evidence-grid");
    }

    private String error() {
        return $(Paragraph.class).id("evidence-error").getText();
    }

    @Test
    void a_pdf_is_attached_listed_with_who_and_when_and_downloadable_and_the_button_counts_it() {
        assertThat(evidenceButton().getText()).isEqualTo("0 tệp · 0 ý kiến");
        openDialog();

        test($(Upload.class).id("evidence-upload")).upload("../Biên bản niêm yết.pdf", "application/pdf", PDF);

        assertThat(test(files()).size()).isEqualTo(1);
        Anchor download = (Anchor) test(files()).getCellComponent(0, 0);
        assertThat(download.getText()).isEqualTo("Biên bản niêm yết.pdf");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(test(files()).getCellText(0, 1)).isEqualTo("1 KB");
        assertThat(test(files()).getCellText(0, 2)).startsWith("Lê Thị Hoa · ");
        assertThat($(Paragraph.class).withId("evidence-error").all()).as("no refusal shown").isEmpty();
        Evidence stored = evidence.discussion(round, recommendation).evidence().getFirst();
        assertThat(evidence.download(round, stored.id()).content()).isEqualTo(PDF);

        test($(Button.class).id("evidence-close")).click();
        assertThat(evidenceButton().getText()).isEqualTo("1 tệp · 0 ý kiến");
    }

    @Test
    void a_renamed_file_is_refused_with_a_message_that_names_it_and_nothing_is_stored() {
        openDialog();

        test($(Upload.class).id("evidence-upload")).upload("bao-cao.pdf", "application/pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII));

        assertThat(error()).startsWith("Nội dung tệp \"bao-cao.pdf\" không phải là tệp PDF");
        assertThat(test(files()).size()).isZero();
        test($(Upload.class).id("evidence-upload")).upload("so-lieu.exe", "application/octet-stream", PDF);
        assertThat(error()).contains("không thuộc loại được nhận (PDF, ảnh PNG/JPG, DOCX, XLSX)");
        assertThat(evidence.discussion(round, recommendation).evidence()).isEmpty();
    }

    @Test
    void a_comment_is_listed_with_its_author_and_an_empty_one_is_refused_beside_the_field() {
        openDialog();
        TextArea text = $(TextArea.class).id("comment-text");

        test($(Button.class).id("comment-send")).click();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Nội dung ý kiến không được để trống.");

        test(text).setValue("Đề nghị xã gửi biên bản niêm yết có chữ ký.");
        test($(Button.class).id("comment-send")).click();

        Div comments = $(Div.class).id("comments");
        assertThat(comments.getElement().getTextRecursively())
                .contains("Lê Thị Hoa · ").contains("Đề nghị xã gửi biên bản niêm yết có chữ ký.");
        assertThat(text.getValue()).isEmpty();
    }

    @Test
    void the_addressed_communes_officer_attaches_evidence_and_sees_nothing_of_a_recommendation_addressed_elsewhere() {
        findings.recommend(new RecommendCommand(round, null, "UBND huyện Phú Ninh", "Bố trí kinh phí.", null));
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20364"));
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Kiến nghị");

        assertThat(test($(Grid.class).id("recommendations-grid")).getCellComponent(1, 5)).as("overall: no button")
                .isInstanceOf(Span.class);
        openDialog();
        test($(Upload.class).id("evidence-upload")).upload("bien-ban.pdf", "application/pdf", PDF);
        assertThat(test(files()).getCellText(0, 2)).startsWith("Trần Văn B · ");

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        assertThat(evidence.discussion(round, recommendation).evidence()).singleElement()
                .satisfies(e -> assertThat(e.uploadedBy().username()).isEqualTo("canbo.20364"));
    }

    @Test
    void the_uploader_deletes_a_file_only_after_confirming() {
        openDialog();
        test($(Upload.class).id("evidence-upload")).upload("a.pdf", "application/pdf", PDF);
        ((Span) test(files()).getCellComponent(0, 3)).getChildren().findFirst().map(Button.class::cast).orElseThrow()
                .click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        test(confirm).cancel();
        assertThat(test(files()).size()).as("cancelled: still there").isEqualTo(1);

        ((Span) test(files()).getCellComponent(0, 3)).getChildren().findFirst().map(Button.class::cast).orElseThrow()
                .click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(test(files()).size()).isZero();
        assertThat(evidence.discussion(round, recommendation).evidence()).isEmpty();
    }
}
