package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

class JdbcUnitCatalogTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcUnitCatalog catalog = adapters.units();
    private Fixtures f;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
    }

    @Test
    void aMergedUnitKeepsItsHistoryAndItsCodeIsReusedByTheNewCommune() {
        // 1 July 2025: Phú Thịnh and Tam Đàn merge into xã Chiên Đàn, which takes Phú Thịnh's code 20364.
        AdministrativeUnit daNang = AdministrativeUnit.register(UnitCode.of("48"), "Đà Nẵng", UnitKind.CITY, null,
                Validity.since(LocalDate.of(1997, 1, 1)));
        AdministrativeUnit chienDan = AdministrativeUnit.register(UnitCode.of("20364"), "Chiên Đàn", UnitKind.COMMUNE,
                daNang.id(), Validity.since(Fixtures.REFORM));
        AdministrativeUnit phuThinh = catalog.find(f.phuThinh.id()).orElseThrow();
        AdministrativeUnit tamDan = catalog.find(f.tamDan.id()).orElseThrow();
        phuThinh.mergeInto(Fixtures.REFORM, List.of(chienDan.id()));
        tamDan.mergeInto(Fixtures.REFORM, List.of(chienDan.id()));
        // The old unit first: the successor link is checked at commit, when the new commune exists too.
        adapters.transactions().run("UnitCatalogService.merge", () -> {
            catalog.save(phuThinh);
            catalog.save(tamDan);
            catalog.save(daNang);
            catalog.save(chienDan);
        });

        AdministrativeUnit before = catalog.findByCodeOn(UnitCode.of("20364"), LocalDate.of(2022, 6, 1)).orElseThrow();
        AdministrativeUnit after = catalog.findByCodeOn(UnitCode.of("20364"), Fixtures.REFORM).orElseThrow();
        assertThat(before.displayName()).isEqualTo("Thị trấn Phú Thịnh");
        assertThat(before.validity()).isEqualTo(new Validity(LocalDate.of(2005, 1, 1), Fixtures.REFORM));
        assertThat(before.successors()).containsExactly(chienDan.id());
        assertThat(after.displayName()).isEqualTo("Xã Chiên Đàn");
        assertThat(after.parent()).contains(daNang.id());
        assertThat(catalog.find(tamDan.id()).orElseThrow().successors()).containsExactly(chienDan.id());
        assertThat(catalog.findByCodeOn(UnitCode.of("20374"), Fixtures.REFORM)).isEmpty();
    }

    @Test
    void everyFieldOfAUnitComesBackAsStored() {
        AdministrativeUnit loaded = catalog.find(f.phuNinh.id()).orElseThrow();
        assertThat(List.of(loaded.id(), loaded.code(), loaded.name(), loaded.kind(), loaded.parent(), loaded.validity()))
                .isEqualTo(List.of(f.phuNinh.id(), UnitCode.of("518"), "Phú Ninh", UnitKind.DISTRICT,
                        f.phuNinh.parent(), f.phuNinh.validity()));
        assertThat(catalog.findAll(List.of(f.tamDan.id(), f.quangNam.id())))
                .extracting(AdministrativeUnit::name).containsExactly("Tam Đàn", "Quảng Nam");
        assertThat(catalog.findAll(List.of())).isEmpty();
        assertThat(catalog.all()).hasSize(4);
    }

    @Test
    void everySaveBumpsTheVersionAndAStaleCopyIsRefused() {
        AdministrativeUnit first = catalog.find(f.tamDan.id()).orElseThrow();
        AdministrativeUnit second = catalog.find(f.tamDan.id()).orElseThrow();
        assertThat(first.version()).isEqualTo(1);

        first.dissolve(LocalDate.of(2024, 1, 1));
        catalog.save(first);
        second.mergeInto(Fixtures.REFORM, List.of(f.phuThinh.id()));

        assertThatThrownBy(() -> catalog.save(second)).isInstanceOf(StaleDataException.class)
                .hasMessageContaining("Xã Tam Đàn");
        AdministrativeUnit stored = catalog.find(f.tamDan.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.validity().validTo()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(stored.successors()).isEmpty();
    }

    @Test
    void aNewUnitSavedTwiceWithoutReloadIsRefusedAsStale() {
        AdministrativeUnit fresh = AdministrativeUnit.register(UnitCode.of("20380"), "Tây Hồ", UnitKind.COMMUNE,
                f.phuNinh.id(), Validity.since(Fixtures.REFORM));
        catalog.save(fresh);
        assertThatThrownBy(() -> catalog.save(fresh)).isInstanceOf(StaleDataException.class);
    }

    @Test
    void twoCurrentUnitsCannotHoldTheSameCode() {
        AdministrativeUnit clash = AdministrativeUnit.register(UnitCode.of("20374"), "Tam Đàn mới", UnitKind.COMMUNE,
                f.phuNinh.id(), Validity.since(LocalDate.of(2020, 1, 1)));
        assertThatThrownBy(() -> catalog.save(clash)).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).reason().code()).isEqualTo("unit.code-taken"));
        assertThat(catalog.find(clash.id())).isEmpty();
    }
}
