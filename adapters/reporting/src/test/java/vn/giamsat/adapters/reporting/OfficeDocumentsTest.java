package vn.giamsat.adapters.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.model.RoundReport;

class OfficeDocumentsTest {
    static final RoundReport REPORT = new RoundReport("HĐND HUYỆN PHÚ NINH", "ĐOÀN GIÁM SÁT", "Số:        /BC-ĐGS",
            "Phú Ninh, ngày 15 tháng 3 năm 2023", "BÁO CÁO",
            "Kết quả giám sát việc thực hiện cơ chế một cửa, một cửa liên thông",
            List.of("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;"),
            List.of("Thực hiện Nghị quyết số 21/NQ-HĐND ngày 20/12/2022 của Hội đồng nhân dân huyện Phú Ninh."),
            new RoundReport.FiguresTable("Số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
                    List.of("Đơn vị", "Kỳ số liệu", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Trước và đúng hạn", "Trễ hạn",
                            "Trực tuyến", "Tỷ lệ trước và đúng hạn"),
                    List.of(List.of("Thị trấn Phú Thịnh", "01/01/2021 – 30/12/2022", "1.062", "976", "44", "1.020", "42",
                                    "58", "96,0%"),
                            List.of("Xã Tam Đàn", "01/01/2021 – 30/12/2022", "15.973", "chưa báo cáo", "chưa báo cáo",
                                    "chưa báo cáo", "chưa báo cáo", "chưa báo cáo", "chưa đủ số liệu")),
                    List.of("Xã Tam Thành: cơ bản giải quyết đúng hạn.")),
            List.of(new RoundReport.Section("I. KẾT QUẢ ĐẠT ĐƯỢC", List.of("Đã ban hành văn bản chỉ đạo.")),
                    new RoundReport.Section("IV. KIẾN NGHỊ", List.of("1. Đối với UBND xã Tam Đàn: báo cáo đủ số liệu."))),
            List.of("Thường trực Hội đồng nhân dân huyện Phú Ninh;", "Lưu: VT, Đoàn giám sát."),
            "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "Nguyễn Văn A", false, null);

    final OfficeDocuments documents = new OfficeDocuments();

    @Test
    void docx_has_the_decree_30_header_the_figures_table_and_the_signature() throws Exception {
        byte[] docx = documents.render(REPORT, ReportFormat.DOCX);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3); // header, figures, recipients + signature
            assertThat(tables.getFirst().getRow(0).getCell(1).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(tables.getFirst().getRow(0).getCell(0).getText()).contains("HĐND HUYỆN PHÚ NINH", "ĐOÀN GIÁM SÁT");
            assertThat(tables.getFirst().getRow(1).getCell(1).getText()).isEqualTo("Phú Ninh, ngày 15 tháng 3 năm 2023");
            XWPFTable figures = tables.get(1);
            assertThat(figures.getRow(1).getCell(2).getText()).isEqualTo("1.062");
            assertThat(figures.getRow(2).getCell(3).getText()).isEqualTo("chưa báo cáo");
            assertThat(tables.get(2).getRow(0).getCell(1).getText()).contains("TRƯỞNG ĐOÀN", "Nguyễn Văn A");
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("BÁO CÁO").doesNotContain("DỰ THẢO – CHƯA ĐƯỢC TRƯỞNG ĐOÀN PHÊ DUYỆT");
        }
    }

    @Test
    void an_unapproved_report_says_it_is_a_draft() throws Exception {
        RoundReport draft = new RoundReport(REPORT.issuingBodyParent(), REPORT.issuingBody(), REPORT.number(),
                REPORT.placeAndDate(), REPORT.title(), REPORT.summary(), REPORT.grounds(), REPORT.introduction(),
                REPORT.figures(), REPORT.sections(), REPORT.recipients(), REPORT.signatureAuthority(),
                REPORT.signatureTitle(), "", true, null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.render(draft, ReportFormat.DOCX)))) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("DỰ THẢO – CHƯA ĐƯỢC TRƯỞNG ĐOÀN PHÊ DUYỆT");
        }
        String pdfText = pdfText(documents.render(draft, ReportFormat.PDF));
        assertThat(pdfText).contains("DỰ THẢO");
    }

    @Test
    void pdf_says_the_same_in_vietnamese() throws Exception {
        String text = pdfText(documents.render(REPORT, ReportFormat.PDF));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                "Thị trấn Phú Thịnh", "1.062", "chưa báo cáo", "Nơi nhận:", "TRƯỞNG ĐOÀN", "Nguyễn Văn A");
    }

    @Test
    void libreoffice_opens_the_docx_and_converts_it_to_pdf(@TempDir Path dir) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assertThat(Files.isExecutable(soffice))
                .as("LibreOffice is needed for this test: apt-get install -y libreoffice-writer-nogui").isTrue();
        Path docx = dir.resolve("bao-cao.docx");
        Files.write(docx, documents.render(REPORT, ReportFormat.DOCX));

        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        String log = new String(p.getInputStream().readAllBytes());

        assertThat(ended).as("LibreOffice finished within 120 s").isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Path pdf = dir.resolve("bao-cao.pdf");
        assertThat(pdf).exists();
        assertThat(pdfText(Files.readAllBytes(pdf))).contains("BÁO CÁO", "1.062", "Phú Thịnh");
    }

    /** A report long enough for three pages, of sample data. */
    static RoundReport longSampleReport() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> i + ". Đối với UBND xã Tam Đàn: báo cáo đủ số liệu tiếp nhận, giải quyết hồ sơ của kỳ.")
                .toList();
        return new RoundReport(REPORT.issuingBodyParent(), REPORT.issuingBody(), REPORT.number(), REPORT.placeAndDate(),
                REPORT.title(), REPORT.summary(), REPORT.grounds(), REPORT.introduction(), REPORT.figures(),
                List.of(new RoundReport.Section("IV. KIẾN NGHỊ", many)), REPORT.recipients(),
                REPORT.signatureAuthority(), REPORT.signatureTitle(), REPORT.signerName(), false,
                "DỮ LIỆU MẪU / SAMPLE DATA – văn bản minh họa");
    }

    /** A figures table that runs onto the next page shows its column headings there again, in both files. */
    @Test
    void a_figures_table_longer_than_a_page_repeats_its_headings_on_the_next() throws Exception {
        List<List<String>> rows = java.util.stream.IntStream.rangeClosed(1, 45)
                .mapToObj(i -> List.of("Xã số " + i, "01/01/2022 – 31/12/2022", "1.000", "900", "50", "950", "50",
                        "10", "95,0%"))
                .toList();
        RoundReport.FiguresTable table = new RoundReport.FiguresTable(REPORT.figures().caption(),
                REPORT.figures().header(), rows, List.of());
        RoundReport report = new RoundReport(REPORT.issuingBodyParent(), REPORT.issuingBody(), REPORT.number(),
                REPORT.placeAndDate(), REPORT.title(), REPORT.summary(), REPORT.grounds(), REPORT.introduction(), table,
                REPORT.sections(), REPORT.recipients(), REPORT.signatureAuthority(), REPORT.signatureTitle(),
                REPORT.signerName(), REPORT.draft(), null);
        try (var pdf = Loader.loadPDF(documents.render(report, ReportFormat.PDF))) {
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            String page2 = second.getText(pdf);
            assertThat(page2).as("the table runs onto page 2").contains("Xã số 45");
            assertThat(page2).as("with its headings").contains("Kỳ số liệu", "Tỷ lệ trước");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.render(report, ReportFormat.DOCX)))) {
            XWPFTable figures = doc.getTables().stream().filter(t -> t.getRows().size() == rows.size() + 1)
                    .findFirst().orElseThrow();
            assertThat(figures.getRow(0).isRepeatHeader()).isTrue();
        }
    }

    /** Issue 15.7: Decree 30 draws the header rules as lines, not underscores. */
    @Test
    void the_header_rules_are_borders_not_underscores() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.render(REPORT, ReportFormat.DOCX)))) {
            XWPFTable header = doc.getTables().getFirst();
            for (int c = 0; c < 2; c++) {
                var cell = header.getRow(0).getCell(c);
                assertThat(cell.getText()).doesNotContain("_").doesNotContain("---");
                assertThat(cell.getParagraphs()).as("a paragraph drawn as a rule")
                        .anySatisfy(p -> assertThat(p.getBorderTop()).isEqualTo(Borders.SINGLE));
            }
        }
        assertThat(pdfText(documents.render(REPORT, ReportFormat.PDF))).doesNotContain("___");
    }

    /** Issue 15.7: page numbers from the second page, centred at the top; none on the first page. */
    @Test
    void pages_are_numbered_from_the_second() throws Exception {
        RoundReport report = longSampleReport();
        try (var pdf = Loader.loadPDF(documents.render(report, ReportFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripperByArea top = new PDFTextStripperByArea();
                top.addRegion("top", new java.awt.geom.Rectangle2D.Float(0, 30, 595, 30)); // 10.6–21 mm from the top
                top.extractRegions(pdf.getPage(page - 1));
                String number = top.getTextForRegion("top").strip();
                assertThat(number).as("page " + page).isEqualTo(page == 1 ? "" : Integer.toString(page));
            }
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.render(report, ReportFormat.DOCX)))) {
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).as("a first page of its own").isTrue();
            var policy = doc.getHeaderFooterPolicy();
            assertThat(policy.getDefaultHeader().getParagraphs().getFirst().getCTP().getFldSimpleList())
                    .extracting(f -> f.getInstr().strip()).containsExactly("PAGE");
            assertThat(policy.getFirstPageHeader().getParagraphs().getFirst().getCTP().getFldSimpleList()).isEmpty();
        }
    }

    /** Issue 15.3: demo content says so on every page of both files. */
    @Test
    void sample_data_is_marked_on_every_page() throws Exception {
        RoundReport report = longSampleReport();
        try (var pdf = Loader.loadPDF(documents.render(report, ReportFormat.PDF))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("page " + page).contains("DỮ LIỆU MẪU / SAMPLE DATA");
            }
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.render(report, ReportFormat.DOCX)))) {
            var policy = doc.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader().getText()).contains("DỮ LIỆU MẪU / SAMPLE DATA");
            assertThat(policy.getDefaultHeader().getText()).contains("DỮ LIỆU MẪU / SAMPLE DATA");
        }
        assertThat(pdfText(documents.render(REPORT, ReportFormat.PDF))).doesNotContain("DỮ LIỆU MẪU");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // table cells wrap
        }
    }
}
