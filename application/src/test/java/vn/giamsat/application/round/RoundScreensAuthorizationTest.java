package vn.giamsat.application.round;

import vn.giamsat.application.UseCases;
import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase;
import vn.giamsat.application.figures.port.out.FiguresSheetPort;
import vn.giamsat.application.round.port.out.ReportRendererPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitCode;

/** The admin screens' own use cases check access like every other: changing an id in a request gets nothing. */
class RoundScreensAuthorizationTest {
    InMemoryPorts ports = new InMemoryPorts();
    UseCases admin;
    RoundId seedRound;

    @BeforeEach
    void seed() {
        ports.useCases().loadDemoData().load();
        seedRound = ports.useCases().roundQueries().listRounds().getFirst().id();
        ReportRendererPort renderer = (report, format) -> new byte[] {1};
        FiguresSheetPort sheets = new FiguresSheetPort() {
            @Override public List<SheetRow> read(SheetFormat format, byte[] content) {
                throw new AssertionError("the file must not be read for someone who may not import");
            }
            @Override public byte[] template(SheetFormat format, List<String> header, List<List<String>> examples) {
                return new byte[0];
            }
        };
        admin = new UseCases(ports.ports().reportRenderer(renderer).figuresSheets(sheets).build());
    }

    @Test
    void anOfficerOfAnotherDistrictCannotReadTheRoundsFiguresReportOrPublications() {
        ports.actAs(Actor.user("canbo.khac", null, Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20999"))));
        assertThatThrownBy(() -> admin.roundContext().figuresOfRound(seedRound)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.roundContext().publications(seedRound)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.roundReports().report(seedRound)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.figuresImport().importFile(
                new FiguresImportUseCase.ImportFiguresCommand(seedRound, "so-lieu.csv", new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someoneWhoMayReadTheRoundButNotRecordFiguresIsRefusedBeforeTheFileIsRead() {
        // Issue 14, item 7: the write permission is checked before parsing (the fake sheets fail the test if read).
        ports.actAs(Actor.user("tinh", null, Set.of(Role.PROVINCIAL_OFFICIAL), Set.of(UnitCode.of("518"))));
        assertThat(admin.roundContext().figuresOfRound(seedRound)).as("may read the round").isNotEmpty();

        assertThatThrownBy(() -> admin.figuresImport().importFile(
                new FiguresImportUseCase.ImportFiguresCommand(seedRound, "so-lieu.csv", new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void councilStaffOfTheDistrictReadThem() {
        ports.actAs(Actor.user("vanphong", null, Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518"))));
        assertThat(admin.roundContext().figuresOfRound(seedRound)).hasSize(8);
        assertThat(admin.roundContext().publications(seedRound)).hasSize(1);
    }
}
