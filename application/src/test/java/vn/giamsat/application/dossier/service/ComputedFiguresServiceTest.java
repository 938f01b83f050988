package vn.giamsat.application.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.dossier.port.out.ComputedFiguresPort;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/**
 * The comparison lists units that reported figures for the period but have no imported dossier in it: a district
 * with two communes, of which only Phú Thịnh appears in the export; Tam Đàn reported 500 received dossiers; a commune
 * of another district reported too and must stay out.
 */
class ComputedFiguresServiceTest {
    private static final LocalDate SINCE = LocalDate.of(2008, 1, 1);
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

    private final InMemoryPorts ports = new InMemoryPorts();
    private final AdministrativeUnit province = unit("49", "Tỉnh Quảng Nam", UnitKind.PROVINCE, null);
    private final AdministrativeUnit district = unit("518", "Huyện Phú Ninh", UnitKind.DISTRICT, province);
    private final AdministrativeUnit phuThinh = unit("20364", "Thị trấn Phú Thịnh", UnitKind.TOWNSHIP, district);
    private final AdministrativeUnit tamDan = unit("20374", "Xã Tam Đàn", UnitKind.COMMUNE, district);
    private final AdministrativeUnit elsewhere = unit("20000", "Xã Khác", UnitKind.COMMUNE, province);

    /** Only Phú Thịnh has imported dossiers: found under any root but Tam Đàn. */
    private final ComputedFiguresPort computed = new ComputedFiguresPort() {
        @Override
        public List<HandlingFigures> totalsUnder(UnitId root, Period period) {
            return root.equals(tamDan.id()) ? List.of() : List.of(HandlingFigures.builder(phuThinh.id(), period, FiguresSource.COMPUTED_FROM_DOSSIERS)
                    .received(3).build());
        }

        @Override
        public List<HandlingFigures> byProcedureAndChannel(UnitId unit, Period period) {
            return List.of();
        }
    };
    private final ComputedFiguresService service = new ComputedFiguresService(computed, ports, ports,
            new AccessPolicy(ports.actors, ports));

    private AdministrativeUnit unit(String code, String name, UnitKind kind, AdministrativeUnit parent) {
        AdministrativeUnit u = AdministrativeUnit.register(UnitCode.of(code), name, kind,
                parent == null ? null : parent.id(), Validity.since(SINCE));
        ports.save(u);
        return u;
    }

    private void reported(AdministrativeUnit unit, Period period, long received) {
        ports.save(HandlingFigures.builder(unit.id(), period, FiguresSource.SELF_REPORTED).received(received).build(), null);
    }

    @Test
    void a_unit_that_reported_but_has_no_imported_dossier_is_listed_without_computed_figures() {
        reported(phuThinh, FEBRUARY, 5);
        reported(tamDan, FEBRUARY, 500);
        reported(tamDan, Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), 400);
        reported(elsewhere, FEBRUARY, 70);

        List<FiguresComparison> rows = service.compareUnder(district.id(), FEBRUARY);

        assertThat(rows).extracting(FiguresComparison::unit).containsExactlyInAnyOrder(phuThinh.id(), tamDan.id());
        FiguresComparison withDossiers = rows.stream().filter(r -> r.unit().equals(phuThinh.id())).findFirst().orElseThrow();
        assertThat(withDossiers.withoutDossiers()).isFalse();
        assertThat(withDossiers.differences()).extracting(FiguresComparison.Difference::delta).containsExactly(2L);
        FiguresComparison without = rows.stream().filter(r -> r.unit().equals(tamDan.id())).findFirst().orElseThrow();
        assertThat(without.computed()).as("not zero: unknown").isEmpty();
        assertThat(without.selfReported().orElseThrow().received()).isEqualTo(Count.of(500));
        assertThat(without.withoutDossiers()).isTrue();
        assertThat(without.needsAttention()).isTrue();
        assertThat(without.agrees()).isFalse();
        assertThat(without.differences()).isEmpty();
    }

    @Test
    void a_unit_with_neither_dossiers_nor_a_self_report_of_that_exact_period_is_not_listed() {
        reported(tamDan, Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)), 900);

        assertThat(service.compareUnder(district.id(), FEBRUARY)).extracting(FiguresComparison::unit)
                .containsExactly(phuThinh.id());
    }

    @Test
    void a_commune_officer_sees_only_their_commune_and_is_refused_the_district() {
        reported(tamDan, FEBRUARY, 500);
        ports.actAs(Actor.user("canbo.tamdan", null, Set.of(Role.UNIT_OFFICER), Set.of(tamDan.code())));

        assertThatThrownBy(() -> service.compareUnder(district.id(), FEBRUARY)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.compareUnder(tamDan.id(), FEBRUARY)).singleElement()
                .satisfies(r -> assertThat(r.unit()).isEqualTo(tamDan.id()))
                .satisfies(r -> assertThat(r.withoutDossiers()).isTrue());
    }

    @Test
    void a_comparison_with_neither_side_is_refused() {
        assertThatThrownBy(() -> new FiguresComparison(tamDan.id(), java.util.Optional.empty(),
                java.util.Optional.empty(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
