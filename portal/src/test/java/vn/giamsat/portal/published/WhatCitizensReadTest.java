package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeUnitsCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;
import vn.giamsat.portal.config.PortalMemory;

/**
 * What a citizen reads on the real portal after the demo data are loaded (issue 15): each statement of the seed
 * exactly, every stored figure in one table on every page, the unit's present status, rankings within one
 * period, quotation marks only around the source's words, the open data columns and the page that explains it all.
 */
class WhatCitizensReadTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path DEMO_DATA = Path.of("..", "docs", "demo-data.md");
    /** A commune that exists when its round is published and is merged afterwards. */
    private static final String LATER_MERGED = "Thử Nghiệm";
    private static final String LATER_MERGED_CODE = "29901";
    private static UnitId laterMerged;
    private static UnitId district;

    @Autowired
    private ApplicationContext portal;

    @BeforeAll
    static synchronized void loadTheDemoDataAndOneMoreRound() {
        TestDatabase.truncateAll();
        AdminSide.run((u, writer) -> {
            assertThat(u.loadDemoData().load()).isTrue();
            UnitCatalogPort units = writer.getBean(UnitCatalogPort.class);
            district = units.findByCodeOn(UnitCode.of("518"), LocalDate.of(2023, 1, 1)).orElseThrow().id();
            UnitId phuThinh = units.findByCodeOn(UnitCode.of("20364"), LocalDate.of(2023, 1, 1)).orElseThrow().id();
            laterMerged = u.registerUnit().register(RegisterUnitCommand.of(LATER_MERGED_CODE, LATER_MERGED,
                    UnitKind.COMMUNE, district, LocalDate.of(2005, 1, 1)));
            // 2023: two units of the same period, so that they are ranked against each other and nothing else
            RoundId round = u.establishRound().establish(new EstablishRoundCommand(district, new Resolution(
                    ResolutionNumber.of("5/NQ-HĐND"), LocalDate.of(2023, 1, 5), "Hội đồng nhân dân huyện Phú Ninh"),
                    "Giám sát năm 2023", Period.year(2023)));
            for (UnitId unit : List.of(laterMerged, phuThinh)) {
                u.prepareRound().includeUnit(new IncludeUnitCommand(round, unit));
            }
            u.prepareRound().appoint(new AppointMemberCommand(round,
                    new DelegationMember("Nguyễn Văn Trưởng", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD)));
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
            for (UnitId unit : List.of(laterMerged, phuThinh)) {
                u.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(unit, null, null)));
            }
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));
            u.recordFigures().record(new RecordFiguresCommand(HandlingFigures.builder(laterMerged, Period.year(2023),
                    FiguresSource.SELF_REPORTED).received(200).early(100).onTime(80).late(20).build(), round));
            u.recordFigures().record(new RecordFiguresCommand(HandlingFigures.builder(phuThinh, Period.year(2023),
                    FiguresSource.SELF_REPORTED).received(100).early(40).onTime(35).late(25).build(), round));
            u.recordFindings().recordFinding(new RecordFindingCommand(round, null, FindingKind.STRENGTH,
                    "Hai đơn vị báo cáo đủ số hồ sơ."));
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
            u.changeRoundStatus().approve(new ApproveReportCommand(round));
            u.publishRound().publish(new PublishRoundCommand(round, null));
        });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    /** The page of the unit that held the code in its figures' period (codes are reused after mergers). */
    private Document unitPage(String code) throws Exception {
        Element row = page("/don-vi").select("table.figures tbody tr").stream()
                .filter(tr -> tr.selectFirst(".unit-code").text().equals("mã " + code)).findFirst()
                .orElseThrow(() -> new AssertionError("no published figures of unit " + code));
        return page(row.selectFirst("a.unit-name").attr("href"));
    }

    private Document seedRoundPage() throws Exception {
        Element link = page("/giam-sat").select("ul.round-list a").stream()
                .filter(a -> a.text().contains("21/NQ-HĐND")).findFirst().orElseThrow();
        return page(link.attr("href"));
    }

    private static String cell(Element row, String column) {
        Element cell = row.selectFirst("[data-label=\"" + column + "\"]");
        assertThat(cell).as("column " + column + " in " + row.text()).isNotNull();
        return cell.text();
    }

    private static Element row(Document page, String unitName, String periodStart, String scope) {
        return page.select("table.figures tbody tr").stream()
                .filter(tr -> tr.selectFirst(".unit-name").text().equals(unitName))
                .filter(tr -> cell(tr, "Kỳ số liệu").startsWith(periodStart))
                .filter(tr -> scope == null ? tr.selectFirst(".scope") == null
                        : tr.selectFirst(".scope") != null && tr.selectFirst(".scope").text().toLowerCase(java.util.Locale.ROOT).contains(scope))
                .findFirst().orElseThrow(() -> new AssertionError(unitName + " " + periodStart + " not on the page"));
    }

    /** The rows of docs/demo-data.md's "Statements of the seed": code, period, what, shown as, source's words. */
    static List<List<String>> seedStatements() throws IOException {
        String doc = Files.readString(DEMO_DATA);
        String section = doc.substring(doc.indexOf("## Statements of the seed"));
        List<List<String>> rows = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| code ") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
            assertThat(cells).as(line).hasSize(5);
            rows.add(List.of(cells));
        }
        return rows;
    }

    // --- done when: every statement of the seed, exactly, on its public page ---

    @Test
    void each_statement_of_the_seed_is_on_the_public_page_of_its_unit_or_round_exactly() throws Exception {
        List<List<String>> statements = seedStatements();
        assertThat(statements).hasSizeGreaterThanOrEqualTo(25);
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (List<String> s : statements) {
            String code = s.get(0);
            String text = pages.computeIfAbsent(code, c -> {
                try {
                    return (c.equals("round") ? seedRoundPage() : unitPage(c)).selectFirst("main").text();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!text.contains(s.get(3))) {
                missing.add(code + " " + s.get(2) + ": " + s.get(3));
            }
        }
        assertThat(missing).as("statements of the seed not found on their page").isEmpty();
    }

    // --- 15.1: one table with every stored figure and the statement, on every page that shows figures ---

    @Test
    void every_page_with_figures_shows_the_same_columns_with_early_and_on_time_online_and_the_statement() throws Exception {
        Document round = seedRoundPage();
        assertThat(cell(row(round, "Xã Tam Dân", "01/01/2021", null), "Trước hạn và đúng hạn")).isEqualTo("14.811");
        assertThat(cell(row(round, "Xã Tam Thành", "01/01/2021", null), "Nhận xét của đơn vị"))
                .contains("đa số hồ sơ được giải quyết đúng hạn");
        Element online = row(round, "Xã Tam Đàn", "01/01/2022", "trực tuyến");
        assertThat(cell(online, "Trước hạn và đúng hạn")).isEqualTo("103");
        assertThat(cell(online, "Quá hạn")).isEqualTo("3");
        assertThat(cell(row(round, "Thị trấn Phú Thịnh", "01/01/2021", null), "Trực tuyến")).isEqualTo("58");

        List<String> header = round.select("table.figures thead th").eachText();
        for (String path : List.of("/don-vi", "/so-sanh", page("/don-vi").selectFirst("a.unit-name").attr("href"))) {
            List<String> other = page(path).select("table.figures thead th").eachText();
            assertThat(other.stream().filter(h -> !h.equals("Xếp hạng")).toList()).as(path).isEqualTo(header);
        }
        assertThat(header).contains("Trước hạn", "Đúng hạn", "Trước hạn và đúng hạn", "Quá hạn", "Trực tuyến",
                "Nhận xét của đơn vị", "Số liệu khác");
    }

    // --- 15.2: the unit's present status is read when the page is shown ---

    @Test
    void a_unit_merged_after_publication_is_shown_as_a_former_unit_with_its_successor() throws Exception {
        assertThat(unitPage(LATER_MERGED_CODE).select("main .former")).isEmpty();

        AdminSide.run((u, writer) -> {
            UnitId successor = u.registerUnit().register(RegisterUnitCommand.of("29902", "Hợp Nhất", UnitKind.COMMUNE,
                    district, LocalDate.of(2025, 1, 1)));
            u.reorganiseUnits().merge(new MergeUnitsCommand(List.of(laterMerged), successor, LocalDate.of(2025, 1, 1)));
        });
        PortalMemory.forget(portal);

        Document after = unitPage(LATER_MERGED_CODE);
        assertThat(after.selectFirst("main p .former").text()).isEqualTo("đơn vị cũ, nay thuộc xã Hợp Nhất");
        assertThat(after.select("table.figures .former").eachText()).containsOnly("đơn vị cũ, nay thuộc xã Hợp Nhất");
        // the figures themselves are those published
        assertThat(cell(after.selectFirst("table.figures tbody tr"), "Tiếp nhận")).isEqualTo("200");
    }

    // --- 15.4: ranks only within one period ---

    @Test
    void the_comparison_ranks_a_unit_only_against_units_of_the_same_period() throws Exception {
        Document page = page("/so-sanh");
        Map<String, String> ranks = new LinkedHashMap<>();
        for (Element tr : page.select("table.figures tbody tr")) {
            ranks.put(tr.selectFirst(".unit-name").text() + " " + cell(tr, "Kỳ số liệu"), cell(tr, "Xếp hạng"));
        }
        assertThat(ranks)
                .containsEntry("Xã " + LATER_MERGED + " 01/01/2023 – 31/12/2023", "1/2")
                .containsEntry("Thị trấn Phú Thịnh 01/01/2023 – 31/12/2023", "2/2")
                .containsEntry("Thị trấn Phú Thịnh 01/01/2021 – 30/12/2022", "Không xếp hạng: không có đơn vị khác cùng kỳ")
                .containsEntry("Xã Tam Dân 01/01/2021 – 31/12/2022", "Không xếp hạng: không có đơn vị khác cùng kỳ")
                .containsEntry("Xã Tam Thái 01/01/2022 – 31/12/2022", "Không xếp hạng");
    }

    // --- 15.5: quotation marks only around the source's words; the seed named as a news report ---

    @Test
    void quotation_marks_on_the_public_pages_hold_only_the_sources_words() throws Exception {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/seed/news-report.txt")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Pattern quoted = Pattern.compile("“([^”]+)”");
        List<String> notInSource = new ArrayList<>();
        List<Document> pages = new ArrayList<>(List.of(seedRoundPage(), page("/don-vi"), page("/so-sanh")));
        for (String code : List.of("20364", "20374", "20392", "20386", "20365")) {
            pages.add(unitPage(code));
        }
        for (Document p : pages) {
            for (Element e : p.select("main td, main li, main dd")) {
                if (!e.children().isEmpty() && e.select("td, li, dd").size() > 1) {
                    continue;
                }
                Matcher m = quoted.matcher(e.text());
                while (m.find()) {
                    if (!source.contains(m.group(1))) {
                        notInSource.add(m.group(1));
                    }
                }
            }
        }
        assertThat(notInSource).as("quoted on the portal, but not the source's words").isEmpty();

        String tamDan = unitPage("20374").selectFirst("main").text();
        assertThat(tamDan).containsIgnoringCase("bản tin").doesNotContain("Báo cáo kết quả giám sát theo Nghị quyết 21/NQ-HĐND");
        assertThat(seedRoundPage().selectFirst("main").text())
                .contains("tại Bộ phận tiếp nhận và trả hồ sơ của xã, trên trang thông tin điện tử")
                .doesNotContain("trả kết quả của xã, trên trang");
        assertThat(unitPage("20392").selectFirst("main").text()).contains("Tóm tắt:");
    }

    // --- 15.11: open data carries every stored count, a gap as empty, and both code lists ---

    /** The round page lists the units as the report does: the delegation's order, not an order of internal ids. */
    @Test
    void the_round_page_lists_the_units_in_the_reports_order() throws Exception {
        List<String> units = seedRoundPage().select("table tbody tr th a, table tbody tr td a").stream()
                .map(org.jsoup.nodes.Element::text)
                .filter(t -> t.startsWith("Thị trấn") || t.startsWith("Xã")).distinct().toList();
        assertThat(units).containsExactly("Thị trấn Phú Thịnh", "Xã Tam Đàn", "Xã Tam Dân", "Xã Tam Thái",
                "Xã Tam Thành");
    }

    /** The seed's recommendations are cut off ("…"): the page says none were recorded, not that there were none. */
    @Test
    void the_seed_rounds_missing_recommendations_read_as_not_recorded_not_as_none() throws Exception {
        String text = seedRoundPage().text();
        assertThat(text).contains("Chưa ghi nhận.").doesNotContain("Không có.");
    }

    @Test
    void open_data_carries_carried_over_in_progress_and_withdrawn_and_cites_both_code_lists() throws Exception {
        List<Map<String, Object>> json = JsonMapper.builder().build().readValue(get("/api/v1/so-lieu").body(),
                new TypeReference<>() {});
        Map<String, Object> phuThinh = json.stream().filter(r -> "Phú Thịnh".equals(r.get("unit_name"))
                && "2022-12-30".equals(r.get("period_to"))).findFirst().orElseThrow();
        assertThat(phuThinh).containsEntry("carried_over", null).containsEntry("in_progress_within_deadline", null)
                .containsEntry("in_progress_overdue", null).containsEntry("withdrawn", null)
                .containsEntry("received", 1062);
        String csvHeader = get("/du-lieu-mo/so-lieu.csv").body().lines().findFirst().orElseThrow();
        assertThat(csvHeader).contains("carried_over", "in_progress_within_deadline", "in_progress_overdue", "withdrawn");
        assertThat(page("/du-lieu-mo").text()).contains("Quyết định 124/2004/QĐ-TTg", "Quyết định 19/2025/QĐ-TTg");
    }

    // --- 15.12: a page for citizens, linked from every page ---

    @Test
    void a_page_for_citizens_explains_the_figures_and_is_linked_from_every_page() throws Exception {
        Document home = page("/");
        Element link = home.selectFirst("footer a[href^=/cach-doc-so-lieu]");
        assertThat(link).isNotNull();
        assertThat(home.select("main a[href^=/cach-doc-so-lieu]")).isNotEmpty();
        Document guide = page(link.attr("href"));
        assertThat(guide.selectFirst("h1").text()).isEqualTo("Cách đọc số liệu trên cổng");
        assertThat(guide.select("main h2").eachText()).contains("Mỗi số liệu có nghĩa là gì",
                "Vì sao chưa báo cáo không phải là 0", "Số liệu lấy từ đâu", "Đính chính được công khai thế nào");
        assertThat(guide.selectFirst("main").text()).contains("Trước hạn", "Đúng hạn", "Quá hạn", "phiên bản mới");
        Document english = page("/cach-doc-so-lieu?lang=en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("How to read the figures on this portal");
        assertThat(page("/don-vi").selectFirst("footer a[href^=/cach-doc-so-lieu]")).isNotNull();
    }
}
