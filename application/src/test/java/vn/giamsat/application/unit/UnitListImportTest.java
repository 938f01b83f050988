package vn.giamsat.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.LineProblem;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.MergerListCommand;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitImportOutcome;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitListCommand;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;

/** The unit list (General Statistics Office format) and merger list imports, each rule on the in-memory fakes. */
class UnitListImportTest {
    static final LocalDate LIST_DAY = LocalDate.of(2005, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final String GSO_HEADER = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh";
    static final String PHU_NINH = String.join("\n", GSO_HEADER,
            "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Thị trấn Phú Thịnh,20364,Thị trấn,",
            "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Thành,20365,Xã,",
            "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Đàn,20374,Xã,",
            "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Thái,20386,Xã,",
            "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Dân,20392,Xã,",
            "Thành phố Đà Nẵng,48,,,,,,");
    static final String MERGER_HEADER = "Mã cũ,Mã mới,Tên mới,Cấp mới,Mã cấp trên mới,Ngày hiệu lực,Nghị quyết";
    static final String MERGERS_2025 = String.join("\n", MERGER_HEADER,
            "49,48,,,,01/07/2025,202/2025/QH15",
            "518,,,,,01/07/2025,1659/NQ-UBTVQH15",
            "20364,20364,Xã Chiên Đàn,Xã,48,01/07/2025,1659/NQ-UBTVQH15",
            "20374,20364,Xã Chiên Đàn,Xã,48,01/07/2025,1659/NQ-UBTVQH15",
            "20386,20364,Xã Chiên Đàn,Xã,48,01/07/2025,1659/NQ-UBTVQH15",
            "20392,20392,Xã Phú Ninh,Xã,48,01/07/2025,1659/NQ-UBTVQH15",
            "20365,20380,Xã Tây Hồ,Xã,48,01/07/2025,1659/NQ-UBTVQH15");

    InMemoryPorts ports;
    ImportUnitListsUseCase imports;

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        UseCases uc = new UseCases(ports.ports().tableFiles(new CommaLines()).build());
        imports = uc.importUnitLists();
        ports.actAs(user(Role.ADMIN));
    }

    static Actor user(Role role) {
        return Actor.user("u", "Người dùng", Set.of(role), Set.of());
    }

    UnitImportOutcome unitList(String csv, LocalDate day) {
        return imports.importUnitList(new UnitListCommand("dvhc.csv", csv.getBytes(StandardCharsets.UTF_8), day));
    }

    UnitImportOutcome mergers(String csv) {
        return imports.importMergerList(new MergerListCommand("sap-xep.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    AdministrativeUnit on(String code, LocalDate day) {
        return ports.findByCodeOn(UnitCode.of(code), day).orElseThrow();
    }

    static List<String> lines(UnitImportOutcome o) {
        return o.problems().stream().map(p -> p.line() + ": " + p.reason().code()).toList();
    }

    @Test
    void gso_list_creates_province_district_and_communes_with_kinds_names_and_validity() {
        UnitImportOutcome o = unitList(PHU_NINH, LIST_DAY);

        assertThat(o.problems()).isEmpty();
        assertThat(o.created()).isEqualTo(8);
        AdministrativeUnit phuThinh = on("20364", LIST_DAY);
        assertThat(phuThinh.displayName()).isEqualTo("Thị trấn Phú Thịnh");
        assertThat(phuThinh.validity().validFrom()).isEqualTo(LIST_DAY);
        assertThat(phuThinh.parent()).contains(on("518", LIST_DAY).id());
        assertThat(on("518", LIST_DAY).kind()).isEqualTo(UnitKind.DISTRICT);
        assertThat(on("518", LIST_DAY).parent()).contains(on("49", LIST_DAY).id());
        assertThat(on("49", LIST_DAY).kind()).isEqualTo(UnitKind.PROVINCE);
        assertThat(on("48", LIST_DAY).kind()).isEqualTo(UnitKind.CITY);
        assertThat(on("48", LIST_DAY).name()).isEqualTo("Đà Nẵng");
        assertThat(ports.findByCodeOn(UnitCode.of("20364"), LIST_DAY.minusDays(1))).isEmpty();
    }

    @Test
    void a_later_list_renames_a_changed_name_and_leaves_the_others() {
        unitList(PHU_NINH, LIST_DAY);
        AdministrativeUnit before = on("20365", LIST_DAY);

        UnitImportOutcome o = unitList(PHU_NINH.replace("Xã Tam Thành,20365", "Xã Tam Thành Mới,20365"),
                LocalDate.of(2010, 1, 1));

        assertThat(o.problems()).isEmpty();
        assertThat(o.created()).isZero();
        assertThat(o.changed()).isEqualTo(1);
        assertThat(on("20365", LocalDate.of(2010, 1, 1)).id()).isEqualTo(before.id());
        assertThat(on("20365", LocalDate.of(2010, 1, 1)).name()).isEqualTo("Tam Thành Mới");
        assertThat(ports.all()).hasSize(8);
    }

    @Test
    void a_code_used_twice_on_the_same_day_refuses_the_file_naming_both_lines() {
        UnitImportOutcome o = unitList(PHU_NINH + "\nTỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Lộc,20365,Xã,", LIST_DAY);

        assertThat(lines(o)).containsExactly("8: unit-import.duplicate-code");
        assertThat(o.problems().getFirst().reason().vietnamese()).contains("dòng 3");
        assertThat(ports.all()).isEmpty();
    }

    @Test
    void a_district_code_under_two_provinces_is_a_code_used_twice() {
        UnitImportOutcome o = unitList(PHU_NINH + "\nThành phố Đà Nẵng,48,Huyện Phú Ninh,518,Xã Hòa Khương,20335,Xã,", LIST_DAY);

        assertThat(lines(o)).containsExactly("8: unit-import.duplicate-code");
        assertThat(ports.all()).isEmpty();
    }

    @Test
    void an_unknown_parent_refuses_the_file_with_its_line() {
        // Province 50 is given by code only: it is neither in the file nor in the catalogue.
        UnitImportOutcome o = unitList(PHU_NINH + "\n,50,Huyện Mới,519,Xã Mới,20400,Xã,", LIST_DAY);

        assertThat(lines(o)).containsExactly("8: unit-import.unknown-parent");
        assertThat(ports.all()).isEmpty();
    }

    @Test
    void a_parent_given_by_code_only_is_taken_from_the_catalogue() {
        unitList(PHU_NINH, LIST_DAY);

        UnitImportOutcome o = unitList(GSO_HEADER + "\n,49,,518,Xã Tam Lộc,20366,Xã,", LocalDate.of(2008, 1, 1));

        assertThat(o.problems()).isEmpty();
        assertThat(on("20366", LocalDate.of(2008, 1, 1)).parent()).contains(on("518", LIST_DAY).id());
    }

    @Test
    void a_missing_column_is_named_and_nothing_is_read() {
        UnitImportOutcome o = unitList(PHU_NINH.replace("Mã PX", "Mã số"), LIST_DAY);

        assertThat(lines(o)).containsExactly("1: unit-import.column-missing");
        assertThat(o.problems().getFirst().reason().vietnamese()).contains("Mã PX");
        assertThat(ports.all()).isEmpty();
    }

    @Test
    void every_bad_line_is_listed_and_the_good_lines_are_not_stored() {
        UnitImportOutcome o = unitList(PHU_NINH.replace("Xã Tam Đàn,20374,Xã", "Xã Tam Đàn,2037,Xã")
                .replace("Xã Tam Thái,20386,Xã", "Xã Tam Thái,20386,Làng"), LIST_DAY);

        assertThat(lines(o)).containsExactly("4: unit-code.length", "5: unit-import.kind");
        assertThat(o.created()).isZero();
        assertThat(ports.all()).isEmpty();
    }

    @Test
    void only_an_administrator_may_import() {
        ports.actAs(user(Role.COUNCIL_STAFF));

        assertThatThrownBy(() -> unitList(PHU_NINH, LIST_DAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mergers(MERGERS_2025)).isInstanceOf(AccessDeniedException.class);
        assertThat(ports.all()).isEmpty();
    }

    @Test
    void merger_list_of_2025_ends_the_old_units_with_their_resolution_and_links_the_successors() {
        unitList(PHU_NINH, LIST_DAY);
        AdministrativeUnit phuThinh = on("20364", LIST_DAY);

        UnitImportOutcome o = mergers(MERGERS_2025);

        assertThat(o.problems()).isEmpty();
        assertThat(o.created()).isEqualTo(3);
        assertThat(o.changed()).isEqualTo(7);
        AdministrativeUnit chienDan = on("20364", REFORM);
        assertThat(chienDan.displayName()).isEqualTo("Xã Chiên Đàn");
        assertThat(chienDan.id()).isNotEqualTo(phuThinh.id()); // the new unit reuses the old code
        assertThat(chienDan.parent()).contains(on("48", REFORM).id());
        for (String old : List.of("20364", "20374", "20386")) {
            AdministrativeUnit u = on(old, REFORM.minusDays(1));
            assertThat(u.successors()).containsExactly(chienDan.id());
            assertThat(u.validity().validTo()).isEqualTo(REFORM);
            assertThat(u.endedBy()).contains("1659/NQ-UBTVQH15");
        }
        assertThat(on("20365", REFORM.minusDays(1)).successors()).containsExactly(on("20380", REFORM).id());
        assertThat(on("49", REFORM.minusDays(1)).successors()).containsExactly(on("48", REFORM).id());
        assertThat(on("49", REFORM.minusDays(1)).endedBy()).contains("202/2025/QH15");
        AdministrativeUnit district = on("518", REFORM.minusDays(1));
        assertThat(district.successors()).isEmpty();
        assertThat(district.validity().validTo()).isEqualTo(REFORM);
    }

    @Test
    void a_unit_split_among_several_successors_is_allowed() {
        unitList(PHU_NINH, LIST_DAY);

        UnitImportOutcome o = mergers(String.join("\n", MERGER_HEADER,
                "20365,20380,Xã Tây Hồ,Xã,518,01/07/2025,1659/NQ-UBTVQH15",
                "20365,20374,,,,01/07/2025,1659/NQ-UBTVQH15"));

        assertThat(o.problems()).isEmpty();
        assertThat(on("20365", REFORM.minusDays(1)).successors())
                .containsExactly(on("20380", REFORM).id(), on("20374", REFORM).id());
    }

    @Test
    void a_successor_neither_in_the_catalogue_nor_among_the_new_units_refuses_the_file() {
        unitList(PHU_NINH, LIST_DAY);

        UnitImportOutcome o = mergers(MERGERS_2025 + "\n20392,20999,,,,01/07/2025,1659/NQ-UBTVQH15");

        assertThat(lines(o)).containsExactly("9: unit-import.successor-missing");
        assertThat(on("20364", REFORM).name()).isEqualTo("Phú Thịnh"); // nothing ended, nothing created
        assertThat(ports.all()).hasSize(8);
    }

    @Test
    void a_successor_that_is_itself_ending_on_that_day_does_not_exist_then() {
        unitList(PHU_NINH, LIST_DAY);

        // 20374 ends on 1/7/2025 into Chiên Đàn: it cannot also be where Tam Dân goes.
        UnitImportOutcome o = mergers(MERGERS_2025.replace("20392,20392,Xã Phú Ninh,Xã,48", "20392,20374,,,"));

        assertThat(lines(o)).containsExactly("7: unit-import.successor-missing");
        assertThat(ports.all()).hasSize(8);
    }

    @Test
    void a_new_unit_with_an_unknown_parent_or_a_missing_column_refuses_the_file() {
        unitList(PHU_NINH, LIST_DAY);

        assertThat(lines(mergers(MERGERS_2025.replace("Xã Tây Hồ,Xã,48", "Xã Tây Hồ,Xã,47"))))
                .containsExactly("8: unit-import.unknown-parent");
        assertThat(lines(mergers(MERGERS_2025.replace("Nghị quyết", "Ghi chú"))))
                .containsExactly("1: unit-import.column-missing");
        assertThat(ports.all()).hasSize(8);
    }

    @Test
    void a_new_code_held_by_a_unit_that_stays_is_a_code_used_twice() {
        unitList(PHU_NINH, LIST_DAY);

        // 20374 (Tam Đàn) stays in this file, so a new unit may not take its code on that day.
        UnitImportOutcome o = mergers(String.join("\n", MERGER_HEADER,
                "20365,20374,Xã Tây Hồ,Xã,48,01/07/2025,1659/NQ-UBTVQH15"));

        assertThat(lines(o)).containsExactly("2: unit-import.duplicate-code");
        assertThat(ports.all()).hasSize(8);
    }

    /** A CSV reader for these tests: one record a line, fields split at commas (the real reader is tested in its adapter). */
    static final class CommaLines implements TableFilePort {
        @Override
        public Table open(FileFormat format, InputStream in) throws IOException {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            return new Table() {
                int i = -1;

                public boolean next() {
                    while (++i < lines.length) {
                        if (!lines[i].isBlank()) {
                            return true;
                        }
                    }
                    return false;
                }

                public List<String> fields() { return Arrays.asList(lines[i].split(",", -1)); }
                public long line() { return i + 1; }
                public Problem problem() { return null; }
                public void close() {}
            };
        }
    }

    static List<LineProblem> none() {
        return List.of();
    }
}
