package vn.giamsat.application.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.demo.SeedDemoData;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase.ImportFiguresCommand;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase.ImportOutcome;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.figures.port.out.FiguresSheetPort;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ProposeCorrectionCommand;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ReviewCorrectionCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.domain.figures.CorrectionStatus;
import vn.giamsat.domain.figures.FiguresCorrection;
import java.util.UUID;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * Issue 14.3: from REPORTED on, the figures of a round's units for the round's period are frozen. The seed's round
 * is published; its figures of thị trấn Phú Thịnh (1,062 received, 42 late) are what the portal shows.
 */
class FrozenFiguresTest {
    InMemoryPorts ports;
    UseCases uc;
    RoundId round;
    UnitId phuThinh;

    static Actor user(String username, String name, Role role, String... codes) {
        return Actor.user(username, name, Set.of(role), Arrays.stream(codes).map(UnitCode::of).collect(Collectors.toSet()));
    }

    /** Reads "a,b,c" lines: the first is the header. */
    static final FiguresSheetPort CSV = new FiguresSheetPort() {
        @Override
        public List<SheetRow> read(SheetFormat format, byte[] content) {
            List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
            String[] header = lines.getFirst().split(",", -1);
            List<SheetRow> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                Map<String, String> m = new HashMap<>();
                for (int c = 0; c < header.length; c++) {
                    if (c < cells.length && !cells[c].isBlank()) {
                        m.put(header[c], cells[c]);
                    }
                }
                rows.add(new SheetRow(i + 1, m));
            }
            return rows;
        }

        @Override
        public byte[] template(SheetFormat format, List<String> header, List<List<String>> examples) {
            return new byte[0];
        }
    };

    @BeforeEach
    void seedRoundPublished() {
        ports = new InMemoryPorts();
        uc = new UseCases(ports.ports().figuresSheets(CSV).build());
        uc.loadDemoData().load();
        round = uc.roundQueries().listRounds().getFirst().id();
        phuThinh = ports.findByCodeOn(UnitCode.of("20364"), LocalDate.of(2022, 6, 1)).orElseThrow().id();
    }

    private HandlingFigures phuThinhWithLate(long late) {
        return HandlingFigures.builder(phuThinh, SeedDemoData.PERIOD, FiguresSource.SELF_REPORTED)
                .received(1062).early(976).onTime(1020 - 976 - (late - 42)).late(late).receivedOnline(58)
                .sourceNote(storedPhuThinh().sourceNote()).build(); // a correction changes counts, not the source
    }

    private HandlingFigures storedPhuThinh() {
        return ports.ofRound(round).stream().filter(f -> f.unit().equals(phuThinh) && f.channel() == null
                && f.period().equals(SeedDemoData.PERIOD)).findFirst().orElseThrow();
    }

    private long lateOfPhuThinh() {
        return storedPhuThinh().late().orNull();
    }

    @Test
    void council_staff_cannot_change_a_reported_rounds_figures_by_entering_them_again() {
        ports.actAs(user("vanphong", "Lê Thị Hoa", Role.COUNCIL_STAFF, "518"));

        assertThatThrownBy(() -> uc.recordFigures().record(new RecordFiguresCommand(phuThinhWithLate(40), round)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("đã chốt")
                .hasMessageContaining("đề nghị đính chính");
        assertThat(lateOfPhuThinh()).isEqualTo(42);
    }

    @Test
    void the_units_officer_cannot_change_them_either_by_leaving_the_round_out() {
        ports.actAs(user("canbo.20364", "Trần Văn B", Role.UNIT_OFFICER, "20364"));

        assertThatThrownBy(() -> uc.recordFigures().record(new RecordFiguresCommand(phuThinhWithLate(40), null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("đã chốt");
        assertThat(lateOfPhuThinh()).isEqualTo(42);
    }

    @Test
    void an_import_over_frozen_figures_names_each_line_and_stores_nothing() {
        ports.actAs(user("vanphong", "Lê Thị Hoa", Role.COUNCIL_STAFF, "518"));
        String file = """
                ma_don_vi,tu_ngay,den_ngay,tiep_nhan,truoc_han,dung_han,tre_han
                20364,01/01/2021,30/12/2022,1062,976,46,40
                """;

        ImportOutcome outcome = uc.figuresImport().importFile(new ImportFiguresCommand(round, "so-lieu.csv",
                file.getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome.imported()).isZero();
        assertThat(outcome.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason().code()).isEqualTo("figures.frozen");
        });
        assertThat(lateOfPhuThinh()).isEqualTo(42);
    }

    @Test
    void figures_of_a_period_the_round_did_not_cover_are_not_frozen() {
        ports.actAs(user("canbo.20364", "Trần Văn B", Role.UNIT_OFFICER, "20364"));
        HandlingFigures year2023 = HandlingFigures.builder(phuThinh, Period.year(2023), FiguresSource.SELF_REPORTED)
                .received(900).build();

        uc.recordFigures().record(new RecordFiguresCommand(year2023, null));

        assertThat(ports.ofUnits(List.of(phuThinh))).contains(year2023);
    }

    // --- corrections ---

    static final Actor HOA = user("vanphong", "Lê Thị Hoa", Role.COUNCIL_STAFF, "518");
    static final Actor NAM = user("vanphong2", "Ngô Văn Nam", Role.COUNCIL_STAFF, "518");

    private UUID proposeLate40() {
        ports.actAs(HOA);
        return uc.figuresCorrections().propose(new ProposeCorrectionCommand(round, phuThinhWithLate(40),
                "Hai hồ sơ trễ hạn thực ra đúng hạn (biên bản ngày 02/5/2023)."));
    }

    @Test
    void a_correction_is_pending_until_someone_else_approves_it_then_the_figures_change() {
        UUID id = proposeLate40();
        assertThat(uc.figuresCorrections().corrections(round)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CorrectionStatus.PENDING));
        assertThat(lateOfPhuThinh()).as("pending changes nothing").isEqualTo(42);

        assertThatThrownBy(() -> uc.figuresCorrections().approve(new ReviewCorrectionCommand(round, id)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("không tự duyệt");
        assertThat(lateOfPhuThinh()).isEqualTo(42);

        ports.actAs(NAM);
        uc.figuresCorrections().approve(new ReviewCorrectionCommand(round, id));

        assertThat(lateOfPhuThinh()).isEqualTo(40);
        FiguresCorrection approved = uc.figuresCorrections().corrections(round).getFirst();
        assertThat(approved.status()).isEqualTo(CorrectionStatus.APPROVED);
        assertThat(approved.proposedBy().name()).isEqualTo("Lê Thị Hoa");
        assertThat(approved.reviewedBy().name()).isEqualTo("Ngô Văn Nam");
        assertThat(approved.before().late().orNull()).isEqualTo(42L);
    }

    @Test
    void the_next_publication_is_a_new_version_naming_the_correction_and_the_first_stays_as_it_was() {
        UUID id = proposeLate40();
        ports.actAs(NAM);
        uc.figuresCorrections().approve(new ReviewCorrectionCommand(round, id));

        int version = uc.publishRound().publish(new PublishRoundCommand(round, "Đính chính số hồ sơ trễ hạn của Phú Thịnh"));

        assertThat(version).isEqualTo(2);
        var v1 = ports.publications.load(round).version(1).orElseThrow();
        var v2 = ports.publications.load(round).version(2).orElseThrow();
        assertThat(v1.snapshot().corrections()).isEmpty();
        assertThat(v1.snapshot().figures()).anySatisfy(f -> assertThat(f.late().orNull()).isEqualTo(42L));
        assertThat(v2.snapshot().corrections()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo("Hai hồ sơ trễ hạn thực ra đúng hạn (biên bản ngày 02/5/2023).");
            assertThat(c.changes()).extracting(ch -> ch.text(true)).containsExactly("Đúng hạn: 44 → 46", "Quá hạn: 42 → 40");
            assertThat(c.approvedBy()).isEqualTo("Ngô Văn Nam");
        });
        assertThat(v2.publishedBy()).isEqualTo("Ngô Văn Nam");
    }

    @Test
    void a_rejected_correction_changes_nothing_and_cannot_be_reviewed_again() {
        UUID id = proposeLate40();
        ports.actAs(NAM);
        uc.figuresCorrections().reject(new ReviewCorrectionCommand(round, id));

        assertThat(lateOfPhuThinh()).isEqualTo(42);
        assertThat(uc.figuresCorrections().corrections(round).getFirst().status()).isEqualTo(CorrectionStatus.REJECTED);
        assertThatThrownBy(() -> uc.figuresCorrections().approve(new ReviewCorrectionCommand(round, id)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("đã được xem xét");
        assertThat(lateOfPhuThinh()).isEqualTo(42);
    }

    @Test
    void a_correction_needs_a_reason_and_council_staff_of_the_jurisdiction() {
        assertThatThrownBy(() -> new ProposeCorrectionCommand(round, phuThinhWithLate(40), "  "))
                .isInstanceOf(DomainRuleViolation.class).hasMessageStartingWith("Lý do đính chính không được để trống.");
        ports.actAs(user("canbo.20364", "Trần Văn B", Role.UNIT_OFFICER, "20364"));
        assertThatThrownBy(() -> uc.figuresCorrections().propose(new ProposeCorrectionCommand(round,
                phuThinhWithLate(40), "Sai số"))).isInstanceOf(AccessDeniedException.class);
        ports.actAs(user("vanphong.khac", "Đỗ Văn D", Role.COUNCIL_STAFF, "519"));
        assertThatThrownBy(() -> uc.figuresCorrections().propose(new ProposeCorrectionCommand(round,
                phuThinhWithLate(40), "Sai số"))).isInstanceOf(AccessDeniedException.class);
        ports.actAs(Actor.theSystem());
        assertThat(uc.figuresCorrections().corrections(round)).isEmpty();
    }
}
