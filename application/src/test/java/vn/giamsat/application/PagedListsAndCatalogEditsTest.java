package vn.giamsat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase.RenameUnitCommand;
import vn.giamsat.application.procedure.port.out.ProcedureDirectoryPort;
import vn.giamsat.application.round.port.out.RoundListingPort;
import vn.giamsat.application.unit.port.out.UnitDirectoryPort;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeUnitsCommand;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitTier;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;
import vn.giamsat.application.round.model.OverdueRecommendation;
import vn.giamsat.application.round.model.OverdueSearch;
import vn.giamsat.application.round.model.OverdueSort;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/** The list use cases on the seed's data: who may read and change what; the scope each reader's queries get. */
class PagedListsAndCatalogEditsTest {
    static final LocalDate IN_2022 = LocalDate.of(2022, 6, 1);

    InMemoryPorts ports;
    UseCases uc;
    UseCases lists;
    final List<ReadScope> scopes = new ArrayList<>();

    @BeforeEach
    void seed() {
        ports = new InMemoryPorts();
        uc = ports.useCases();
        assertThat(uc.loadDemoData().load()).isTrue();
        // The directories record the scope they are asked for: the database applies it (see JdbcListsTest).
        UnitDirectoryPort units = new UnitDirectoryPort() {
            public long count(UnitSearch s, ReadScope scope) { scopes.add(scope); return 0; }
            public List<UnitListing> find(UnitSearch s,
                    ReadScope scope, PageRequest<UnitSort> p) { scopes.add(scope); return List.of(); }
        };
        ProcedureDirectoryPort procedures = new ProcedureDirectoryPort() {
            public long count(ProcedureFilter f) { return 7; }
            public List<Procedure> find(ProcedureFilter f, PageRequest<ProcedureSort> p) { return List.of(); }
            public List<String> fields() { return List.of("Hộ tịch"); }
        };
        RoundListingPort rounds = new RoundListingPort() {
            public long countRounds(RoundSearch s, ReadScope scope) { scopes.add(scope); return 1; }
            public List<vn.giamsat.application.round.model.RoundSummary> findRounds(RoundSearch s, ReadScope scope,
                    PageRequest<RoundSort> p) { scopes.add(scope); return List.of(); }
            public long countOverdue(OverdueSearch s, ReadScope scope, LocalDate today) { scopes.add(scope); return 1; }
            public List<OverdueRecommendation> findOverdue(
                    OverdueSearch s, ReadScope scope, LocalDate today,
                    PageRequest<OverdueSort> p) { scopes.add(scope); return List.of(); }
        };
        lists = new UseCases(ports.ports().unitDirectory(units).procedureDirectory(procedures).roundListing(rounds).build());
    }

    static Actor user(Role role, String... codes) {
        return Actor.user("u", "Người dùng", Set.of(role),
                java.util.Arrays.stream(codes).map(UnitCode::of).collect(java.util.stream.Collectors.toSet()));
    }

    AdministrativeUnit unit(String code, LocalDate day) {
        return ports.findByCodeOn(UnitCode.of(code), day).orElseThrow();
    }

    @Test
    void administratorsReadTheWholeCatalogueOthersTheirJurisdictionAndNobodyIsRefused() {
        ports.actAs(user(Role.ADMIN));
        lists.unitCatalog().count(UnitSearch.everything());
        ports.actAs(user(Role.COUNCIL_STAFF, "518"));
        lists.unitCatalog().count(UnitSearch.everything());
        assertThat(scopes).containsExactly(ReadScope.EVERYTHING,
                new ReadScope(false, Set.of(UnitCode.of("518")), null, Set.of()));
        assertThat(lists.unitCatalog().canMaintain()).isFalse();

        ports.actAs(Actor.user("anonymous", null, Set.of(), Set.of()));
        assertThatThrownBy(() -> lists.unitCatalog().count(UnitSearch.everything()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.procedureCatalogQueries().count(ProcedureFilter.everything()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdministratorRenamesAUnitAndAStaleEditIsRefused() {
        AdministrativeUnit chienDan = unit("20364", LocalDate.of(2025, 8, 1));
        ports.actAs(user(Role.COUNCIL_STAFF, "48"));
        assertThatThrownBy(() -> lists.renameUnit().rename(new RenameUnitCommand(chienDan.id(), "Chiên Đàn mới", chienDan.version())))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("sửa danh mục");

        ports.actAs(user(Role.ADMIN));
        lists.renameUnit().rename(new RenameUnitCommand(chienDan.id(), "Chiên  Đàn", chienDan.version()));
        assertThat(ports.find(chienDan.id()).orElseThrow().name()).isEqualTo("Chiên  Đàn");
        assertThatThrownBy(() -> lists.renameUnit().rename(new RenameUnitCommand(chienDan.id(), "Chiên Đàn", chienDan.version())))
                .as("the editor read the unit before the first rename").isInstanceOf(StaleDataException.class);
        AdministrativeUnit tamDan = unit("20374", IN_2022);
        assertThatThrownBy(() -> lists.renameUnit().rename(new RenameUnitCommand(tamDan.id(), "Tam Đàn 2", tamDan.version())))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("đã hết hiệu lực");
    }

    @Test
    void aMergerIntoAUnitThatDoesNotExistOnThatDayIsRefused() {
        ports.actAs(user(Role.ADMIN));
        AdministrativeUnit tayHo = unit("20380", LocalDate.of(2025, 8, 1));
        AdministrativeUnit daNang = unit("48", IN_2022);
        assertThatThrownBy(() -> uc.reorganiseUnits().merge(new MergeUnitsCommand(List.of(daNang.id()), tayHo.id(),
                LocalDate.of(2024, 1, 1)))).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("Xã Tây Hồ không còn (hoặc chưa có) hiệu lực vào ngày 2024-01-01");
        assertThat(ports.find(daNang.id()).orElseThrow().validity().validTo()).isNull();
    }

    private static Procedure procedure(String code, String name) {
        return new Procedure(ProcedureCode.of(code), name, "Hộ tịch", UnitTier.COMMUNE, 3, "Không", List.of(),
                null, null, OnlineMode.FULL, true, null);
    }

    @Test
    void aNewProcedureNeverOverwritesAnotherAndAChangeNeedsAnExistingOne() {
        ports.actAs(user(Role.ADMIN));
        lists.procedureCatalog().create(procedure("9.999999", "Thủ tục thử"));
        assertThatThrownBy(() -> lists.procedureCatalog().create(procedure("9.999999", "Khác")))
                .hasMessageContaining("Mã thủ tục 9.999999 đã có trong danh mục: Thủ tục thử.");
        assertThatThrownBy(() -> lists.procedureCatalog().change(procedure("9.000000", "Không có")))
                .hasMessageContaining("Không tìm thấy thủ tục 9.000000");
        lists.procedureCatalog().change(procedure("9.999999", "Thủ tục đã sửa"));
        assertThat(ports.find(ProcedureCode.of("9.999999")).orElseThrow().name()).isEqualTo("Thủ tục đã sửa");

        ports.actAs(user(Role.COUNCIL_STAFF, "518"));
        assertThatThrownBy(() -> lists.procedureCatalog().change(procedure("9.999999", "Sửa trái phép")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lists.procedureCatalogQueries().count(ProcedureFilter.everything())).isEqualTo(7);
    }

    @Test
    void roundListsAndOverdueRecommendationsAskForTheReadersOwnScopeAndNobodyGetsNothing() {
        ports.actAs(Actor.user("b", "Trần Thị B", Set.of(Role.DELEGATION_MEMBER), Set.of()));
        lists.roundListing().countRounds(RoundSearch.everything());
        lists.overdueRecommendations().countOverdue(OverdueSearch.everything());
        assertThat(scopes).as("a delegate is matched on its account, never its name")
                .containsOnly(new ReadScope(false, Set.of(), "b", Set.of()));

        scopes.clear();
        ports.actAs(Actor.user("anonymous", null, Set.of(), Set.of()));
        assertThat(lists.roundListing().countRounds(RoundSearch.everything())).isZero();
        assertThat(lists.overdueRecommendations().countOverdue(OverdueSearch.everything())).isZero();
        assertThat(scopes).as("no query runs for someone who may read nothing").isEmpty();
        assertThat(lists.overdueRecommendations().today()).isEqualTo(ports.today());
    }
}
