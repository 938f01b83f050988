package vn.giamsat.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giamsat.domain.common.DomainRuleViolation;

class AdministrativeUnitTest {
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    final UnitId district = UnitId.random();

    @Test
    void aMergedUnitKeepsItsHistoryAndPointsToItsSuccessor() {
        AdministrativeUnit tamDan = AdministrativeUnit.register(UnitCode.of("20374"), "Tam Đàn", UnitKind.COMMUNE,
                district, Validity.since(LocalDate.of(2005, 1, 1)));
        UnitId chienDan = UnitId.random();
        tamDan.mergeInto(REFORM, List.of(chienDan));
        assertThat(tamDan.isCurrentOn(LocalDate.of(2022, 12, 30))).isTrue();
        assertThat(tamDan.isCurrentOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(tamDan.isCurrentOn(REFORM)).isFalse();
        assertThat(tamDan.successors()).containsExactly(chienDan);
        assertThat(tamDan.displayName()).isEqualTo("Xã Tam Đàn");
    }

    @Test
    void anEndingKeepsTheActThatDecidedItAndAnEndingWithoutOneNamesNone() {
        AdministrativeUnit tamDan = AdministrativeUnit.register(UnitCode.of("20374"), "Tam Đàn", UnitKind.COMMUNE,
                district, Validity.since(LocalDate.of(2005, 1, 1)));
        AdministrativeUnit district518 = AdministrativeUnit.register(UnitCode.of("518"), "Phú Ninh", UnitKind.DISTRICT,
                UnitId.random(), Validity.since(LocalDate.of(2005, 1, 1)));
        assertThat(tamDan.endedBy()).isEmpty();

        tamDan.mergeInto(REFORM, List.of(UnitId.random()), "1659/NQ-UBTVQH15");
        district518.dissolve(REFORM);

        assertThat(tamDan.endedBy()).contains("1659/NQ-UBTVQH15");
        assertThat(district518.endedBy()).isEmpty();
        AdministrativeUnit tooLong = AdministrativeUnit.register(UnitCode.of("20365"), "Tam Thành", UnitKind.COMMUNE,
                district, Validity.since(LocalDate.of(2005, 1, 1)));
        assertThatThrownBy(() -> tooLong.dissolve(REFORM, "x".repeat(101))).isInstanceOf(DomainRuleViolation.class);
        assertThat(tooLong.isCurrentOn(REFORM)).as("a refused ending changes nothing").isTrue();
    }

    @Test
    void aUnitEndsOnlyOnce() {
        AdministrativeUnit unit = AdministrativeUnit.register(UnitCode.of("518"), "Phú Ninh", UnitKind.DISTRICT,
                UnitId.random(), Validity.since(LocalDate.of(2005, 1, 1)));
        unit.dissolve(REFORM);
        assertThatThrownBy(() -> unit.mergeInto(REFORM, List.of(UnitId.random())))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("đã hết hiệu lực");
    }

    @Test
    void theCodeMustFitTheKind() {
        assertThatThrownBy(() -> AdministrativeUnit.register(UnitCode.of("518"), "Phú Ninh", UnitKind.COMMUNE,
                district, Validity.since(LocalDate.of(2005, 1, 1))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Mã 518 là mã cấp huyện nhưng loại đơn vị là Xã. / Code 518 is a district level code but the kind is Commune.");
    }

    @Test
    void onlyProvincesHaveNoParent() {
        assertThatThrownBy(() -> AdministrativeUnit.register(UnitCode.of("20374"), "Tam Đàn", UnitKind.COMMUNE,
                null, Validity.since(LocalDate.of(2005, 1, 1)))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void validityEndsAfterItStarts() {
        assertThatThrownBy(() -> new Validity(REFORM, REFORM)).isInstanceOf(DomainRuleViolation.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2036", "20a64", "203640", "1"})
    void unitCodesAreTwoThreeOrFiveDigits(String code) {
        assertThatThrownBy(() -> UnitCode.of(code)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aCurrentUnitCanBeRenamedButAnEndedOneKeepsTheNameItEndedWith() {
        AdministrativeUnit tamDan = AdministrativeUnit.register(UnitCode.of("20374"), "Tam Dan", UnitKind.COMMUNE,
                district, Validity.since(LocalDate.of(2005, 1, 1)));
        tamDan.rename("  Tam Đàn ");
        assertThat(tamDan.displayName()).isEqualTo("Xã Tam Đàn");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tamDan.rename(" "))
                .hasMessageContaining("Tên đơn vị không được để trống");
        tamDan.mergeInto(REFORM, List.of(UnitId.random()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tamDan.rename("Chiên Đàn"))
                .hasMessageContaining("đã hết hiệu lực");
        assertThat(tamDan.name()).isEqualTo("Tam Đàn");
    }
}
