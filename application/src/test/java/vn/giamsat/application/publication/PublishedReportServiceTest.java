package vn.giamsat.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ProposeCorrectionCommand;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ReviewCorrectionCommand;
import java.util.UUID;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.figures.port.out.FiguresSheetPort;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.port.out.ReportRendererPort;
import vn.giamsat.application.round.model.RoundReport;
import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.publication.port.in.PublishedReportQueries.PublishedReport;
import vn.giamsat.application.publication.service.PublishedReportService;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;

/** The report citizens download is the approved one, worded from the published snapshot, whatever happens after. */
class PublishedReportServiceTest {
    InMemoryPorts ports = new InMemoryPorts();
    List<RoundReport> rendered = new ArrayList<>();
    ReportRendererPort renderer = (report, format) -> {
        rendered.add(report);
        return format.extension().getBytes();
    };
    PublishedReportService published = new PublishedReportService(round -> ports.publications.load(round).versions(), renderer);
    RoundId seed;

    @BeforeEach
    void publishTheSeedRound() {
        ports.useCases().loadDemoData().load();
        seed = ports.useCases().roundQueries().listRounds().getFirst().id();
    }

    private RoundReport liveReport() {
        FiguresSheetPort noSheets = new FiguresSheetPort() {
            @Override public List<SheetRow> read(SheetFormat format, byte[] content) { return List.of(); }
            @Override public byte[] template(SheetFormat format, List<String> header, List<List<String>> examples) {
                return new byte[0];
            }
        };
        return new UseCases(ports.ports().reportRenderer(renderer).figuresSheets(noSheets).build()).roundReports().report(seed);
    }

    @Test
    void a_published_round_reads_word_for_word_as_the_report_staff_approved() {
        PublishedReport report = published.render(seed.value().toString(), 1, ReportFormat.DOCX).orElseThrow();

        assertThat(rendered).singleElement().isEqualTo(liveReport());
        assertThat(rendered.getFirst().draft()).isFalse();
        assertThat(rendered.getFirst().figures().rows()).isNotEmpty();
        assertThat(report.content()).asString().isEqualTo("docx");
        assertThat(report.fileName()).isEqualTo("Báo cáo giám sát 21-NQ-HĐND, phiên bản 1.docx");
        assertThat(report.asciiFileName()).isEqualTo("bao-cao-giam-sat-21-nq-hdnd-phien-ban-1.docx");
        assertThat(report.mediaType()).isEqualTo(ReportFormat.DOCX.mediaType());
    }

    @Test
    void what_changes_in_the_round_after_publication_stays_out_of_the_published_report() {
        UnitId phuThinh = ports.findByCodeOn(UnitCode.of("20364"), LocalDate.of(2022, 1, 1)).orElseThrow().id();
        // after publication the figures are frozen: what can still change them is an approved correction (issue 14.3)
        HandlingFigures stored = ports.ofRound(seed).stream().filter(f -> f.unit().equals(phuThinh)
                && f.channel() == null).findFirst().orElseThrow();
        HandlingFigures corrected = HandlingFigures.builder(phuThinh, stored.period(), stored.source())
                .received(999_999).early(976).onTime(44).late(42).receivedOnline(58).sourceNote(stored.sourceNote())
                .build();
        ports.actAs(Actor.user("vanphong", "Lê Thị Hoa",
                Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518"))));
        UUID id = ports.useCases().figuresCorrections().propose(
                new ProposeCorrectionCommand(seed,
                        corrected, "Kiểm tra: số sau khi công khai không vào báo cáo đã công khai."));
        ports.actAs(Actor.user("vanphong2", "Ngô Văn Nam",
                Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518"))));
        ports.useCases().figuresCorrections().approve(
                new ReviewCorrectionCommand(seed, id));
        ports.actAs(Actor.theSystem());

        published.render(seed.value().toString(), 1, ReportFormat.PDF).orElseThrow();

        RoundReport live = liveReport();
        assertThat(live.toString()).contains("999.999");
        assertThat(rendered.getFirst().toString()).doesNotContain("999.999");
        assertThat(rendered.getFirst().figures().rows()).extracting(row -> row.get(2)).contains("1.062");
    }

    @Test
    void there_is_no_report_of_a_version_that_was_not_published() {
        assertThat(published.render(seed.value().toString(), 2, ReportFormat.DOCX)).isEmpty();
        assertThat(published.render(RoundId.random().value().toString(), 1, ReportFormat.DOCX)).isEmpty();
        assertThat(published.render("not-a-round", 1, ReportFormat.PDF)).isEmpty();
        assertThat(rendered).isEmpty();
    }

    /** Issue 15.3: the seed's report is dated only by what the source gives (nothing) and says it is sample data. */
    @Test
    void the_seed_report_carries_no_invented_date_and_says_it_is_sample_data() {
        published.render(seed.value().toString(), 1, ReportFormat.PDF).orElseThrow();
        RoundReport report = rendered.getFirst();

        assertThat(report.placeAndDate()).isEqualTo("Phú Ninh, ngày … tháng … năm …");
        assertThat(report.sampleDataNote()).startsWith("DỮ LIỆU MẪU / SAMPLE DATA");
        assertThat(liveReport().placeAndDate()).isEqualTo("Phú Ninh, ngày … tháng … năm …");
        assertThat(liveReport().isSampleData()).isTrue();
    }

    /** Issues 15.6–15.8: the reported rate as given, "giám sát" once, the legal basis under "Căn cứ". */
    @Test
    void the_seed_report_cites_its_law_says_giam_sat_once_and_prints_the_rate_as_reported() {
        published.render(seed.value().toString(), 1, ReportFormat.PDF).orElseThrow();
        RoundReport report = rendered.getFirst();

        assertThat(report.summary()).startsWith("Kết quả giám sát việc thực hiện cơ chế một cửa");
        assertThat(report.toString().toLowerCase()).doesNotContain("giám sát giám sát");
        assertThat(report.grounds().getFirst())
                .isEqualTo("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;");
        assertThat(report.figures().rows()).filteredOn(row -> row.getFirst().equals("Xã Tam Thái"))
                .singleElement().satisfies(row -> assertThat(row.getLast()).isEqualTo("78% (đơn vị báo cáo)"));
    }
}
