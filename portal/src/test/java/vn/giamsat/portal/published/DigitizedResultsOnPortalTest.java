package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.out.ComputedFiguresPort;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecordFindingCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.index.IndexInput;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;
import vn.giamsat.tools.datagen.BenchImports;
import vn.giamsat.tools.datagen.DossierFileGenerator;
import vn.giamsat.tools.datagen.SyntheticProvince;

/**
 * Issue 18, "the index of a generated province with the dossier columns, on the portal" (decision 052), at the real
 * boundary: a generated province's export with the column {@code so_hoa_ket_qua} is imported, the round's figures
 * are those counted from the dossiers, the round is published, and a citizen reads indicator 5a on the unit's index
 * page, equal to a direct count of the file's cells. A commune whose export has no such column, and one with a
 * single resolved dossier whose cell is empty, read "không có dữ liệu" for 5a: never 0, never a rate over the rows
 * that said.
 */
class DigitizedResultsOnPortalTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDateTime AS_OF = LocalDateTime.of(2025, 1, 31, 23, 0);
    private static final SyntheticProvince PROVINCE = SyntheticProvince.of(6, 12);
    private static final Period YEAR = Period.year(2024);
    /** The busiest commune: its export has the column, every resolved row fills it. */
    static final String MEASURED = PROVINCE.communeCodes().get(0);
    /** Its dossiers come in an export without the column. */
    static final String WITHOUT_COLUMN = PROVINCE.communeCodes().get(1);
    /** One of its dossiers resolved in 2024 has an empty cell. */
    static final String ONE_ROW_SILENT = PROVINCE.communeCodes().get(2);

    /** The measured commune's dossiers resolved in 2024, and those of them with a digitized result, from the file. */
    private static long resolved;
    private static long digitized;

    static String unitPath(String code) {
        return "/don-vi/" + UUID.nameUUIDFromBytes(("commune-" + code).getBytes());
    }

    @BeforeAll
    static void importCountAndPublish() throws Exception {   // also the screenshots' data
        resolved = 0;
        digitized = 0;
        TestDatabase.truncateAll();
        JdbcClient jdbc = JdbcClient.create(TestDatabase.appDataSource());
        for (String statement : PROVINCE.catalogSql().split(";\n")) {
            jdbc.sql(statement).update();
        }
        StringWriter out = new StringWriter();
        new DossierFileGenerator(PROVINCE, 5, 2024, AS_OF).write(out, 3_000);
        List<String> lines = out.toString().lines().toList();
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int unit = header.indexOf("ma_don_vi");
        int resolvedAt = header.indexOf("ngay_giai_quyet");
        int withdrawn = header.indexOf("rut_ho_so");
        int column = header.indexOf("so_hoa_ket_qua");

        List<String> withColumn = new ArrayList<>(List.of(lines.getFirst()));
        List<String> withoutColumn = new ArrayList<>(List.of(dropColumn(lines.getFirst(), column)));
        boolean silenced = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            boolean resolvedIn2024 = cells[resolvedAt].startsWith("2024-") && cells[withdrawn].equals("0");
            if (cells[unit].equals(WITHOUT_COLUMN)) {
                withoutColumn.add(dropColumn(line, column));
                continue;
            }
            if (cells[unit].equals(ONE_ROW_SILENT) && resolvedIn2024 && !silenced) {
                cells[column] = "";
                silenced = true;
                line = String.join(",", cells);
            }
            if (cells[unit].equals(MEASURED) && resolvedIn2024) {
                resolved++;
                if (cells[column].equals("1")) {
                    digitized++;
                }
            }
            withColumn.add(line);
        }
        assertThat(silenced).isTrue();
        assertThat(withoutColumn).hasSizeGreaterThan(50);
        assertThat(resolved).isGreaterThan(100);
        assertThat(digitized).isBetween(resolved / 2, resolved - 1);   // the generator digitizes about 70 %

        BenchImports imports = new BenchImports(TestDatabase.appDataSource(), WorkingCalendar.weekendsOnly(), AS_OF);
        assertThat(importFile(imports, "tinh-thu-nghiem-2024", withColumn)).isInstanceOf(ImportResult.Imported.class);
        assertThat(importFile(imports, "tinh-thu-nghiem-2024-xa-2", withoutColumn))
                .isInstanceOf(ImportResult.Imported.class);

        AdminSide.run((u, writer) -> {
            UnitId council = new UnitId(SyntheticProvince.PROVINCE_ID);
            List<UnitId> communes = List.of(MEASURED, WITHOUT_COLUMN, ONE_ROW_SILENT).stream()
                    .map(code -> new UnitId(UUID.nameUUIDFromBytes(("commune-" + code).getBytes()))).toList();
            RoundId round = inProgressRound(u, council, communes);
            // The round's figures are those counted from the dossiers, as the figures comparison shows them.
            for (HandlingFigures f : writer.getBean(ComputedFiguresPort.class).totalsUnder(council, YEAR)) {
                if (communes.contains(f.unit())) {
                    u.recordFigures().record(new RecordFiguresCommand(f, round));
                }
            }
            u.recordFindings().recordFinding(new RecordFindingCommand(round, communes.getFirst(), FindingKind.STRENGTH,
                    "Kết quả giải quyết được số hóa cho phần lớn hồ sơ."));
            u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.REPORTED));
            u.changeRoundStatus().approve(new ApproveReportCommand(round));
            u.publishRound().publish(new PublishRoundCommand(round, null));
        });
    }

    private static String dropColumn(String line, int column) {
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        cells.remove(column);
        return String.join(",", cells);
    }

    private static ImportResult importFile(BenchImports imports, String key, List<String> lines) {
        byte[] file = lines.stream().collect(Collectors.joining("\r\n", "", "\r\n")).getBytes(StandardCharsets.UTF_8);
        return imports.importFile(key, key + ".csv", () -> new ByteArrayInputStream(file));
    }

    private static RoundId inProgressRound(UseCases u, UnitId council, List<UnitId> units) {
        RoundId round = u.establishRound().establish(new EstablishRoundCommand(council, new Resolution(
                ResolutionNumber.of("52/NQ-HĐND"), LocalDate.of(2025, 2, 10), "Hội đồng nhân dân tỉnh Thử nghiệm"),
                "Giám sát giải quyết thủ tục hành chính năm 2024", YEAR));
        units.forEach(unit -> u.prepareRound().includeUnit(new IncludeUnitCommand(round, unit)));
        u.prepareRound().appoint(new AppointMemberCommand(round,
                new DelegationMember("Nguyễn Văn Trưởng", "Phó Chủ tịch HĐND tỉnh", DelegationRole.HEAD)));
        u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        units.forEach(unit -> u.prepareRound().scheduleVisit(new ScheduleVisitCommand(round, new Visit(unit, null, null))));
        u.changeRoundStatus().moveTo(new ChangeRoundStatusCommand(round, RoundStatus.IN_PROGRESS));
        return round;
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    private static Element indicator(Document page, String code) {
        return page.select(".index-table tr.indicator, .index-table tr.no-data").stream()
                .filter(tr -> tr.selectFirst("th a").text().startsWith(code + ". ")).findFirst().orElseThrow();
    }

    private static String vietnamese(long n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi")).format(n);
    }

    @Test
    void the_measured_communes_index_shows_5a_equal_to_a_direct_count_of_the_file() throws Exception {
        Document index = page(unitPath(MEASURED) + "/chi-so");

        Element results = indicator(index, "5a");
        List<String> cells = results.select("td").eachText();
        String percent = BigDecimal.valueOf(digitized * 100).divide(BigDecimal.valueOf(resolved), 1, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',') + "%";
        assertThat(cells.get(0)).isEqualTo(percent);
        assertThat(cells.get(1)).endsWith(" trên 8 điểm");
        assertThat(cells.get(2)).isEqualTo(IndexInput.RESULTS_ELECTRONIC.vietnamese() + ": " + vietnamese(digitized) + "; "
                + IndexInput.RESOLVED.vietnamese() + ": " + vietnamese(resolved));
        // 2a (20) + 3b (6) + 5a (8): three of the fourteen indicators, 34 of the 100 points measurable
        assertThat(index.selectFirst(".index-total").text()).endsWith(" trên 34 điểm đo được (Bộ chỉ số tối đa 100 điểm)");
        assertThat(index.select("tr.index-group th").eachText())
                .anyMatch(t -> t.startsWith("Số hóa hồ sơ") && t.endsWith("trên 8 điểm đo được"));
        // its number links to the formula, which says when the system holds it
        assertThat(results.selectFirst("th a").attr("href")).isEqualTo("/chi-so-766#chi-so-5a");
        assertThat(page("/chi-so-766").getElementById("chi-so-5a").nextElementSibling().text())
                .contains("cột so_hoa_ket_qua");
    }

    @Test
    void without_the_column_or_with_one_silent_resolved_row_5a_reads_no_data_never_zero() throws Exception {
        for (String code : List.of(WITHOUT_COLUMN, ONE_ROW_SILENT)) {
            Document index = page(unitPath(code) + "/chi-so");

            assertThat(indicator(index, "5a").select("td").eachText().subList(0, 2)).as(code)
                    .containsExactly("không có dữ liệu", "không tính điểm (tối đa 8)");
            assertThat(index.selectFirst(".index-total").text()).as(code)
                    .endsWith(" trên 26 điểm đo được (Bộ chỉ số tối đa 100 điểm)");
        }
    }

    /**
     * The open data carry the same count (issue 18's leftover): the figures JSON and CSV end with
     * {@code results_digitized}, the direct count of the file for the measured commune, and null / an empty cell
     * (not reported, never 0) for the commune without the column and the one with a silent row.
     */
    @Test
    void open_data_carry_the_digitized_count_and_leave_it_empty_when_not_reported() throws Exception {
        for (String code : List.of(MEASURED, WITHOUT_COLUMN, ONE_ROW_SILENT)) {
            JsonNode rows = JsonMapper.shared().readTree(body("/api/v1/so-lieu?unit_code=" + code));
            assertThat(rows).as(code).hasSize(1);
            JsonNode row = rows.get(0);
            assertThat(row.propertyNames()).as(code).contains("results_digitized");
            if (code.equals(MEASURED)) {
                assertThat(row.get("results_digitized").isIntegralNumber()).as(code).isTrue();
                assertThat(row.get("results_digitized").asLong()).isEqualTo(digitized);
            } else {
                assertThat(row.get("results_digitized").isNull()).as(code + ": not reported, not 0").isTrue();
            }
        }

        String csv = body("/du-lieu-mo/so-lieu.csv");
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)));   // after the byte order mark
        List<String> header = parser.getHeaderNames();
        List<CSVRecord> records = parser.getRecords();
        assertThat(header.subList(header.size() - 2, header.size())).as("added at the end, for older readers")
                .containsExactly("source_note", "results_digitized");
        assertThat(records).filteredOn(r -> r.get("unit_code").equals(MEASURED)).singleElement()
                .satisfies(r -> assertThat(r.get("results_digitized")).isEqualTo(Long.toString(digitized)));
        for (String code : List.of(WITHOUT_COLUMN, ONE_ROW_SILENT)) {
            assertThat(records).filteredOn(r -> r.get("unit_code").equals(code)).singleElement()
                    .satisfies(r -> assertThat(r.get("results_digitized")).as(code).isEmpty());
        }
    }

    private String body(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
