package vn.giamsat.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

class AccessPolicyTest {
    InMemoryPorts ports = new InMemoryPorts();
    UnitId province, commune, otherCommune;
    Actor actor;

    @BeforeEach
    void units() {
        var uc = ports.useCases();
        province = uc.registerUnit().register(RegisterUnitCommand.of("48", "Đà Nẵng", UnitKind.CITY, null, LocalDate.of(1997, 1, 1)));
        commune = uc.registerUnit().register(RegisterUnitCommand.of("20364", "Chiên Đàn", UnitKind.COMMUNE, province, LocalDate.of(2025, 7, 1)));
        UnitId otherProvince = uc.registerUnit().register(RegisterUnitCommand.of("46", "Huế", UnitKind.CITY, null, LocalDate.of(2025, 1, 1)));
        otherCommune = uc.registerUnit().register(RegisterUnitCommand.of("19999", "Xã khác", UnitKind.COMMUNE, otherProvince, LocalDate.of(2025, 7, 1)));
    }

    AccessPolicy policyFor(Actor a) {
        return new AccessPolicy(() -> a, ports);
    }

    @Test
    void aProvincialJurisdictionCoversItsCommunesOnly() {
        Actor official = Actor.user("tinh", null, Set.of(Role.PROVINCIAL_OFFICIAL), Set.of(UnitCode.of("48")));
        AccessPolicy p = policyFor(official);
        assertThat(p.inJurisdiction(official, commune)).isTrue();
        assertThat(p.inJurisdiction(official, province)).isTrue();
        assertThat(p.inJurisdiction(official, otherCommune)).isFalse();
    }

    @Test
    void aUnitOfficerSeesOnlyTheirUnit() {
        Actor officer = Actor.user("xa", null, Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20364")));
        AccessPolicy p = policyFor(officer);
        assertThat(p.inJurisdiction(officer, commune)).isTrue();
        assertThat(p.inJurisdiction(officer, province)).isFalse();
        assertThatThrownBy(() -> p.requireJurisdiction(officer, otherCommune, "xem số liệu của đơn vị này", "see this unit's figures"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Bạn không có quyền xem số liệu của đơn vị này. / You may not see this unit's figures.");
    }

    @Test
    void aMissingRoleIsRefused() {
        Actor officer = Actor.user("xa", null, Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20364")));
        assertThatThrownBy(() -> policyFor(officer).requireAnyRole("lập cuộc giám sát", "set up a round", Role.COUNCIL_STAFF))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(policyFor(Actor.theSystem()).requireAnyRole("x", "x", Role.COUNCIL_STAFF).system()).isTrue();
    }
}
