package vn.giamsat.domain.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.DomainRuleViolation;

class EvidenceFileTest {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    static byte[] officePackage(String... parts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String part : parts) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    static byte[] docx() {
        return officePackage("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    static byte[] xlsx() {
        return officePackage("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    @Test
    void eachAcceptedTypeIsRecognisedByItsContent() {
        assertThat(EvidenceFile.of("Báo cáo.pdf", PDF).type()).isEqualTo(EvidenceType.PDF);
        assertThat(EvidenceFile.of("bang-tin.PNG", PNG).type()).isEqualTo(EvidenceType.PNG);
        assertThat(EvidenceFile.of("anh.jpeg", JPEG).type()).isEqualTo(EvidenceType.JPEG);
        assertThat(EvidenceFile.of("cong-van.docx", docx()).type()).isEqualTo(EvidenceType.DOCX);
        assertThat(EvidenceFile.of("so-lieu.xlsx", xlsx()).type()).isEqualTo(EvidenceType.XLSX);
    }

    @Test
    void aRenamedFileIsRefusedWhateverItsExtensionSays() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> EvidenceFile.of("bao-cao.pdf", exe)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("Nội dung tệp \"bao-cao.pdf\" không phải là tệp PDF");
        assertThatThrownBy(() -> EvidenceFile.of("so-lieu.xlsx", docx()))
                .hasMessageContaining("không phải là tệp XLSX");
        assertThatThrownBy(() -> EvidenceFile.of("anh.png", PDF)).hasMessageContaining("không phải là tệp PNG");
    }

    @Test
    void aMacroEnabledWordFileIsNotADocx() {
        byte[] docm = officePackage("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
        assertThatThrownBy(() -> EvidenceFile.of("cong-van.docx", docm)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("có macro");
    }

    @Test
    void anyZipIsNotAnOfficeFile() {
        byte[] zip = officePackage("readme.txt");
        assertThatThrownBy(() -> EvidenceFile.of("x.docx", zip)).hasMessageContaining("không phải là tệp DOCX");
    }

    @Test
    void otherTypesAreRefusedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> EvidenceFile.of("virus.exe", PDF))
                .satisfies(e -> assertThat(((DomainRuleViolation) e).reason().code()).isEqualTo("evidence.type"))
                .hasMessageContaining("PDF, ảnh PNG/JPG, DOCX, XLSX");
        assertThatThrownBy(() -> EvidenceFile.of("khong-co-duoi", PDF)).hasMessageContaining("không thuộc loại");
    }

    @Test
    void emptyAndOversizedFilesAreRefusedWithTheirSize() {
        assertThatThrownBy(() -> EvidenceFile.of("a.pdf", new byte[0])).hasMessageContaining("Tệp \"a.pdf\" rỗng.");
        byte[] big = Arrays.copyOf(PDF, EvidenceFile.MAX_BYTES + 1);
        assertThatThrownBy(() -> EvidenceFile.of("lon.pdf", big))
                .satisfies(e -> assertThat(((DomainRuleViolation) e).reason().code()).isEqualTo("evidence.too-large"))
                .hasMessageContaining("nặng 10.0 MB, quá giới hạn 10 MB");
        assertThat(EvidenceFile.of("vua.pdf", Arrays.copyOf(PDF, EvidenceFile.MAX_BYTES)).size())
                .isEqualTo(EvidenceFile.MAX_BYTES);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "../../etc/passwd.pdf => passwd.pdf",
            "C:\\Users\\ho\\Báo cáo quý 1.pdf => Báo cáo quý 1.pdf",
            "  .hidden.pdf   => hidden.pdf",
            "a<b>:c\"d|e?f*.pdf => a_b__c_d_e_f_.pdf",
            "tab\there.pdf => tab here.pdf",
            "evil\u202Efdp.exe => evil_fdp.exe",
            "/// => tep-dinh-kem"})
    void namesAreCleaned(String uploaded, String cleaned) {
        assertThat(EvidenceFile.sanitize(uploaded)).isEqualTo(cleaned);
    }

    @Test
    void decomposedVietnameseNamesAreComposedAndLongNamesKeepTheirExtension() {
        String nfd = java.text.Normalizer.normalize("Biên bản.pdf", java.text.Normalizer.Form.NFD);
        assertThat(EvidenceFile.sanitize(nfd)).isEqualTo("Biên bản.pdf");
        String longName = EvidenceFile.sanitize("đ".repeat(400) + ".docx");
        assertThat(longName).hasSize(EvidenceFile.MAX_NAME_LENGTH).endsWith("đ.docx");
    }

    @Test
    void onlyTheUploaderMayDeleteAndOnlyBeforeTheRoundIsClosed() {
        Evidence e = Evidence.of(RoundId.of(UUID.randomUUID().toString()), UUID.randomUUID(),
                EvidenceFile.of("a.pdf", PDF), new Contributor("canbo.tamdan", "Trần Văn B"), Instant.now());

        assertThat(e.checkDeletion("canbo.tamdan", RoundStatus.PUBLISHED).isAllowed()).isTrue();
        assertThat(e.checkDeletion("vanphong", RoundStatus.PUBLISHED)).isInstanceOfSatisfying(Decision.Refused.class,
                r -> assertThat(r.reason().vietnamese()).contains("(Trần Văn B) mới được xóa"));
        assertThat(e.checkDeletion("canbo.tamdan", RoundStatus.CLOSED)).isInstanceOfSatisfying(Decision.Refused.class,
                r -> assertThat(r.reason().code()).isEqualTo("evidence.round-closed"));
    }

    @Test
    void aCommentNeedsTextAndNamesTheFieldWhenTooLong() {
        RoundId round = RoundId.of(UUID.randomUUID().toString());
        Contributor who = new Contributor("vanphong", "Lê Thị Hoa");
        assertThatThrownBy(() -> Comment.of(round, UUID.randomUUID(), "  ", who, Instant.now()))
                .hasMessageContaining("Nội dung ý kiến không được để trống.");
        assertThatThrownBy(() -> Comment.of(round, UUID.randomUUID(), "x".repeat(2001), who, Instant.now()))
                .hasMessageContaining("Nội dung ý kiến dài quá 2000 ký tự");
        assertThat(Comment.of(round, UUID.randomUUID(), " Đề nghị bổ sung ", who, Instant.now()).text())
                .isEqualTo("Đề nghị bổ sung");
    }
}
