package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.MergerListCommand;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitImportOutcome;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitListCommand;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The unit list and merger list imports on the real database and the real file reader: a refused file leaves
 * nothing behind; the seed's units (Phú Ninh district, 518) and the 2025 merger rows of docs/demo-data.md give the
 * successors the demo has.
 */
class UnitListImportOnPostgresTest {
    static final LocalDate LIST_DAY = LocalDate.of(2005, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final String[] GSO_HEADER = {"Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh"};
    static final String[][] PHU_NINH = {
            {"Tỉnh Quảng Nam", "49", "Huyện Phú Ninh", "518", "Thị trấn Phú Thịnh", "20364", "Thị trấn", ""},
            {"Tỉnh Quảng Nam", "49", "Huyện Phú Ninh", "518", "Xã Tam Thành", "20365", "Xã", ""},
            {"Tỉnh Quảng Nam", "49", "Huyện Phú Ninh", "518", "Xã Tam Đàn", "20374", "Xã", ""},
            {"Tỉnh Quảng Nam", "49", "Huyện Phú Ninh", "518", "Xã Tam Thái", "20386", "Xã", ""},
            {"Tỉnh Quảng Nam", "49", "Huyện Phú Ninh", "518", "Xã Tam Dân", "20392", "Xã", ""},
            {"Thành phố Đà Nẵng", "48", "", "", "", "", "", ""}};
    static final String MERGERS_2025 = """
            Mã cũ,Mã mới,Tên mới,Cấp mới,Mã cấp trên mới,Ngày hiệu lực,Nghị quyết
            49,48,,,,01/07/2025,202/2025/QH15
            518,,,,,01/07/2025,1659/NQ-UBTVQH15
            20364,20364,Xã Chiên Đàn,Xã,48,01/07/2025,1659/NQ-UBTVQH15
            20374,20364,Xã Chiên Đàn,Xã,48,01/07/2025,1659/NQ-UBTVQH15
            20386,20364,Xã Chiên Đàn,Xã,48,01/07/2025,1659/NQ-UBTVQH15
            20392,20392,Xã Phú Ninh,Xã,48,01/07/2025,1659/NQ-UBTVQH15
            20365,20380,Xã Tây Hồ,Xã,48,01/07/2025,1659/NQ-UBTVQH15
            """;

    private final Adapters adapters = Adapters.onTestDatabase();
    private final ImportUnitListsUseCase imports = adapters.useCases().importUnitLists();

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
    }

    long stored() {
        return adapters.jdbc().sql("SELECT count(*) FROM administrative_unit").query(Long.class).single();
    }

    AdministrativeUnit on(String code, LocalDate day) {
        return adapters.units().findByCodeOn(UnitCode.of(code), day).orElseThrow();
    }

    static byte[] workbook(String[] header, String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("DVHC");
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    if (!rows[r][i].isEmpty()) {
                        row.createCell(i).setCellValue(rows[r][i]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_refused_unit_list_leaves_no_unit_behind() throws IOException {
        String[][] withDuplicate = java.util.Arrays.copyOf(PHU_NINH, PHU_NINH.length + 1);
        withDuplicate[PHU_NINH.length] = new String[] {"Tỉnh Quảng Nam", "49", "Huyện Phú Ninh", "518", "Xã Tam Lộc", "20365", "Xã", ""};

        UnitImportOutcome o = imports.importUnitList(
                new UnitListCommand("dvhc.xlsx", workbook(GSO_HEADER, withDuplicate), LIST_DAY));

        assertThat(o.problems()).extracting(p -> p.line() + ": " + p.reason().code())
                .containsExactly("8: unit-import.duplicate-code");
        assertThat(stored()).isZero();
    }

    @Test
    void the_seeds_units_and_the_2025_merger_rows_give_the_demos_successors_and_a_bad_merger_file_changes_nothing()
            throws IOException {
        UnitImportOutcome list = imports.importUnitList(
                new UnitListCommand("dvhc.xlsx", workbook(GSO_HEADER, PHU_NINH), LIST_DAY));
        assertThat(list.problems()).isEmpty();
        assertThat(stored()).isEqualTo(8);
        assertThat(on("20364", LIST_DAY).parent()).contains(on("518", LIST_DAY).id());

        UnitImportOutcome bad = imports.importMergerList(new MergerListCommand("sap-xep.csv",
                (MERGERS_2025 + "20392,20999,,,,01/07/2025,1659/NQ-UBTVQH15\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(bad.problems()).extracting(p -> p.line() + ": " + p.reason().code())
                .containsExactly("9: unit-import.successor-missing");
        assertThat(stored()).isEqualTo(8);
        assertThat(adapters.jdbc().sql("SELECT count(*) FROM administrative_unit WHERE valid_to IS NOT NULL")
                .query(Long.class).single()).isZero();

        UnitImportOutcome good = imports.importMergerList(
                new MergerListCommand("sap-xep.csv", MERGERS_2025.getBytes(StandardCharsets.UTF_8)));
        assertThat(good.problems()).isEmpty();
        assertThat(stored()).isEqualTo(11);
        AdministrativeUnit chienDan = on("20364", REFORM);
        assertThat(chienDan.displayName()).isEqualTo("Xã Chiên Đàn");
        assertThat(chienDan.parent()).contains(on("48", REFORM).id());
        for (String old : List.of("20364", "20374", "20386")) {
            assertThat(on(old, REFORM.minusDays(1)).successors()).containsExactly(chienDan.id());
            assertThat(on(old, REFORM.minusDays(1)).endedBy()).contains("1659/NQ-UBTVQH15");
        }
        assertThat(on("20392", REFORM.minusDays(1)).successors()).containsExactly(on("20392", REFORM).id());
        assertThat(on("20392", REFORM).name()).isEqualTo("Phú Ninh");
        assertThat(on("20365", REFORM.minusDays(1)).successors()).containsExactly(on("20380", REFORM).id());
        assertThat(on("49", REFORM.minusDays(1)).successors()).containsExactly(on("48", REFORM).id());
        assertThat(on("518", REFORM.minusDays(1)).validity().validTo()).isEqualTo(REFORM);
        assertThat(adapters.units().findByCodeOn(UnitCode.of("518"), REFORM)).isEmpty();
    }
}
