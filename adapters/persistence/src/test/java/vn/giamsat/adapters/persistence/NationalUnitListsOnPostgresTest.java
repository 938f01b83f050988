package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase.NationalUnitLists;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase.NationalLoadOutcome;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The one test class that loads the whole country (data/units/, decision 031): the demo seed first, as the local run
 * does, then the national lists before and after 1/7/2025 and the mapping. The seed's units keep their codes and
 * history and sit in the national tree. Loaded once for the class (about 14,000 units); the other tests keep the
 * seed's 11.
 */
class NationalUnitListsOnPostgresTest {
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
    static final Adapters adapters = Adapters.onTestDatabase();
    static NationalLoadOutcome outcome;
    static long millis;

    static Path dataDir() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(here.resolve("data/units"))) {
            here = here.getParent();
        }
        return here.resolve("data/units");
    }

    @BeforeAll
    static void loadTheCountry() throws IOException {
        TestDatabase.truncateAll();
        assertThat(adapters.useCases().loadDemoData().load()).isTrue();
        NationalUnitLists lists = NationalUnitLists.from(dataDir());
        long start = System.nanoTime();
        outcome = adapters.useCases().loadNationalUnitLists().load(lists);
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("National unit lists loaded in " + millis + " ms: " + outcome);
    }

    static AdministrativeUnit on(String code, LocalDate day) {
        return adapters.units().findByCodeOn(UnitCode.of(code), day).orElseThrow(() -> new AssertionError(code + " on " + day));
    }

    static long current(String tierLength, LocalDate day) {
        return adapters.jdbc().sql("""
                SELECT count(*) FROM administrative_unit WHERE length(code) = :len
                   AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)""")
                .param("len", Integer.parseInt(tierLength)).param("day", day).query(Long.class).single();
    }

    @Test
    void the_whole_country_is_there_before_and_after_the_reform() {
        assertThat(outcome.problems()).isEmpty();
        assertThat(current("2", BEFORE)).isEqualTo(63);
        assertThat(current("3", BEFORE)).isEqualTo(696);
        assertThat(current("5", BEFORE)).isEqualTo(10_051);
        assertThat(current("2", AFTER)).isEqualTo(34);
        assertThat(current("3", AFTER)).isZero();
        assertThat(current("5", AFTER)).isEqualTo(3_321);
        assertThat(millis).isLessThan(60_000);
    }

    @Test
    void the_seeds_communes_sit_under_phu_ninh_before_and_under_their_successors_after() {
        AdministrativeUnit phuNinhDistrict = on("518", BEFORE);
        assertThat(on("518", BEFORE).parent()).contains(on("49", BEFORE).id());
        for (String code : List.of("20364", "20365", "20374", "20386", "20392")) {
            assertThat(on(code, BEFORE).parent()).as(code).contains(phuNinhDistrict.id());
        }
        AdministrativeUnit chienDan = on("20364", AFTER), tayHo = on("20380", AFTER), phuNinh = on("20392", AFTER);
        assertThat(List.of(chienDan.displayName(), tayHo.displayName(), phuNinh.displayName()))
                .containsExactly("Xã Chiên Đàn", "Xã Tây Hồ", "Xã Phú Ninh");
        assertThat(on("20364", BEFORE).successors()).containsExactly(chienDan.id());
        assertThat(on("20374", BEFORE).successors()).containsExactly(chienDan.id());
        assertThat(on("20386", BEFORE).successors()).containsExactly(chienDan.id());
        assertThat(on("20365", BEFORE).successors()).containsExactly(tayHo.id());
        assertThat(on("20392", BEFORE).successors()).containsExactly(phuNinh.id());
        AdministrativeUnit daNang = on("48", AFTER);
        assertThat(on("49", BEFORE).successors()).containsExactly(daNang.id());
        for (AdministrativeUnit u : List.of(chienDan, tayHo, phuNinh)) {
            assertThat(u.parent()).contains(daNang.id());
        }
        // The rest of Tây Hồ comes from the national mapping (1659/NQ-UBTVQH15 art. 1 item 32: "các xã Tam An, Tam Thành, Tam Phước và Tam Lộc"): Tam Phước, whose code it
        // keeps, and the other communes the resolution names.
        assertThat(on("20380", BEFORE).displayName()).isEqualTo("Xã Tam Phước");
        assertThat(on("20380", BEFORE).successors()).containsExactly(tayHo.id());
    }

    @Test
    void the_demos_units_are_not_duplicated() {
        for (String code : List.of("48", "49", "518", "20365", "20374", "20386")) {
            assertThat(adapters.jdbc().sql("SELECT count(*) FROM administrative_unit WHERE code = :c")
                    .param("c", code).query(Long.class).single()).as(code).isEqualTo(1);
        }
        for (String code : List.of("20364", "20392")) { // the old commune and the new one that keeps its code
            assertThat(adapters.jdbc().sql("SELECT count(*) FROM administrative_unit WHERE code = :c")
                    .param("c", code).query(Long.class).single()).as(code).isEqualTo(2);
        }
    }

    @Test
    void loading_twice_changes_nothing() {
        long before = adapters.jdbc().sql("SELECT count(*) FROM administrative_unit").query(Long.class).single();
        NationalLoadOutcome again = adapters.useCases().loadNationalUnitLists().load(NationalUnitLists.from(dataDir()));
        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(adapters.jdbc().sql("SELECT count(*) FROM administrative_unit").query(Long.class).single())
                .isEqualTo(before);
    }
}
