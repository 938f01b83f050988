package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;

class ReportViewTest extends WholeAppTest {

    private byte[] download(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id(id)).download(out);
        return out.toByteArray();
    }

    @Test
    void the_docx_of_the_seed_round_carries_the_figures_stored_in_the_database_and_libreoffice_opens_it(
            @TempDir Path dir) throws Exception {
        RoundId id = demoRound();
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Báo cáo");

        byte[] docx = download("report-docx");

        List<List<String>> expected = new ArrayList<>();
        for (HandlingFigures f : admin.figuresOfRound(id)) {
            expected.add(List.of(FiguresText.count(f.received()), FiguresText.count(f.early()),
                    FiguresText.count(f.onTime()), FiguresText.count(f.late()), FiguresText.count(f.receivedOnline())));
        }
        List<List<String>> inDocument = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("Tiếp nhận");
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                var row = table.getRow(r);
                inDocument.add(List.of(row.getCell(2).getText(), row.getCell(3).getText(), row.getCell(4).getText(),
                        row.getCell(6).getText(), row.getCell(7).getText()));
            }
            String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("BÁO CÁO").doesNotContain("DỰ THẢO"); // the seed round is approved
        }
        assertThat(expected).isNotEmpty();
        assertThat(inDocument).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(inDocument).contains(List.of("1.062", "976", "44", "42", "58"));

        Path file = dir.resolve("bao-cao.docx");
        Files.write(file, docx);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice ends within 120 s").isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        assertThat(dir.resolve("bao-cao.pdf")).exists();
    }

    @Test
    void the_preview_and_the_pdf_are_offered_on_the_page() {
        navigate("cuoc-giam-sat/" + demoRound(), RoundDetailView.class);
        test($(TabSheet.class).single()).select("Báo cáo");

        assertThat(test($(com.vaadin.flow.component.grid.Grid.class).id("report-figures")).size())
                .isEqualTo(admin.figuresOfRound(demoRound()).size());
        assertThat(new String(download("report-pdf"), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Issue 15.8: staff reword the legal basis before approval; the report prints it under "Căn cứ". */
    @Test
    void staff_reword_the_legal_basis_before_approval_and_the_report_prints_it() {
        RoundId id = newRound(); // resolution of 05/01/2023: Law 87/2015/QH13 by default
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Báo cáo");
        var basis = $(com.vaadin.flow.component.textfield.TextArea.class).id("legal-basis");
        assertThat(basis.getValue()).isEqualTo("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13");

        String worded = "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13; "
                + "Luật Tổ chức chính quyền địa phương số 77/2015/QH13";
        test(basis).setValue(worded);
        test($(com.vaadin.flow.component.button.Button.class).id("legal-basis-save")).click();

        assertThat(rounds.round(id).legalBasis().text()).isEqualTo(worded);
        test($(TabSheet.class).single()).select("Báo cáo");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText).toList()).contains("Căn cứ " + worded + ";");
    }

    /** Issue 15.8 and 15.3: the approved seed round shows its basis read-only, and says it is sample data. */
    @Test
    void after_approval_the_legal_basis_is_shown_not_edited_and_the_seed_says_it_is_sample_data() {
        navigate("cuoc-giam-sat/" + demoRound(), RoundDetailView.class);
        test($(TabSheet.class).single()).select("Báo cáo");

        assertThat($(com.vaadin.flow.component.textfield.TextArea.class).id("legal-basis").isReadOnly()).isTrue();
        assertThat($(com.vaadin.flow.component.button.Button.class).all()).as("no visible save button")
                .noneMatch(b -> b.getId().filter("legal-basis-save"::equals).isPresent());
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("report-sample-data").getText())
                .startsWith("DỮ LIỆU MẪU / SAMPLE DATA");
    }
}
