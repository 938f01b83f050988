package vn.giamsat.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamsat.domain.unit.UnitTier;
import vn.giamsat.domain.round.FollowUpStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamsat.application.common.SpreadsheetCells;

/**
 * Open data: every table as CSV (UTF-8 with a byte order mark, so that Excel reads Vietnamese right) and as
 * JSON with the same columns, a page describing the columns, and the licence. The JSON addresses under
 * /api/v1 are the public read API that the OpenAPI description covers.
 */
@Controller
@Tag(name = "open-data", description = "Dữ liệu mở / open data, read only")
class OpenDataController {
    static final String LICENCE = "CC BY 4.0";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataSets datasets;
    private final OpenDataCatalogue catalogue;

    OpenDataController(OpenDataSets datasets, OpenDataCatalogue catalogue) {
        this.datasets = datasets;
        this.catalogue = catalogue;
    }

    record DatasetLine(String id, String csv, String json, List<OpenDataset.Column> columns) {}

    @GetMapping("/du-lieu-mo")
    String page(Model model, Locale locale) {
        model.addAttribute("datasets", OpenDataSets.DESCRIPTIONS.stream()
                .map(d -> new DatasetLine(d.id(), d.csvPath(), d.jsonPath(), d.columns())).toList());
        model.addAttribute("english", PortalLocales.isEnglish(locale));
        model.addAttribute("licence", LICENCE);
        return "opendata";
    }

    @GetMapping(value = "/api/v1/so-lieu", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Published handling figures, one row per unit, period and scope; null = not reported")
    ResponseEntity<List<OpenDataJson.FiguresRow>> figuresJson(
            @Parameter(description = "Only this round (round_id)") @RequestParam(name = "round_id", required = false) UUID roundId,
            @Parameter(description = "Only this administrative unit code (unit_code)") @RequestParam(name = "unit_code", required = false) String unitCode,
            @Parameter(description = "Only periods that end on or after this day (yyyy-mm-dd)") @RequestParam(name = "from", required = false) LocalDate from,
            @Parameter(description = "Only periods that begin on or before this day (yyyy-mm-dd)") @RequestParam(name = "to", required = false) LocalDate to,
            @Parameter(description = OpenDataPaging.PAGE) @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = OpenDataPaging.SIZE) @RequestParam(name = "size", required = false) Integer size,
            HttpServletRequest request) {
        List<OpenDataJson.FiguresRow> rows = OpenDataJson.rows(datasets.figures(), OpenDataJson.FiguresRow.class).stream()
                .filter(r -> roundId == null || roundId.toString().equals(r.roundId()))
                .filter(r -> unitCode == null || unitCode.equals(r.unitCode()))
                .filter(r -> from == null || !LocalDate.parse(r.periodTo()).isBefore(from))
                .filter(r -> to == null || !LocalDate.parse(r.periodFrom()).isAfter(to))
                .toList();
        return OpenDataPaging.of(page, size).answer(rows, request);
    }

    @GetMapping(value = "/api/v1/thu-tuc", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The public procedure catalogue with the units that list each procedure")
    ResponseEntity<List<OpenDataJson.ProcedureRow>> proceduresJson(
            @Parameter(description = "Only this field (lĩnh vực), as written in the catalogue") @RequestParam(name = "field", required = false) String field,
            @Parameter(description = "Only this authority level") @RequestParam(name = "authority_level", required = false) UnitTier level,
            @Parameter(description = "Only procedures that this unit code lists") @RequestParam(name = "unit_code", required = false) String unitCode,
            @Parameter(description = OpenDataPaging.PAGE) @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = OpenDataPaging.SIZE) @RequestParam(name = "size", required = false) Integer size,
            HttpServletRequest request) {
        List<OpenDataJson.ProcedureRow> rows = OpenDataJson.rows(datasets.procedures(), OpenDataJson.ProcedureRow.class).stream()
                .filter(r -> field == null || field.equals(r.field()))
                .filter(r -> level == null || level.name().equals(r.authorityLevel()))
                .filter(r -> unitCode == null || List.of(r.unitCodes().split(" \\| ")).contains(unitCode))
                .toList();
        return OpenDataPaging.of(page, size).answer(rows, request);
    }

    @GetMapping(value = "/api/v1/cuoc-giam-sat", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Published supervision rounds, the newest version of each, newest publication first")
    ResponseEntity<List<OpenDataJson.RoundRow>> roundsJson(
            @Parameter(description = "Only rounds whose supervised period ends on or after this day (yyyy-mm-dd)") @RequestParam(name = "from", required = false) LocalDate from,
            @Parameter(description = "Only rounds whose supervised period begins on or before this day (yyyy-mm-dd)") @RequestParam(name = "to", required = false) LocalDate to,
            @Parameter(description = OpenDataPaging.PAGE) @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = OpenDataPaging.SIZE) @RequestParam(name = "size", required = false) Integer size,
            HttpServletRequest request) {
        List<OpenDataJson.RoundRow> rows = OpenDataJson.rows(datasets.rounds(), OpenDataJson.RoundRow.class).stream()
                .filter(r -> from == null || !LocalDate.parse(r.periodTo()).isBefore(from))
                .filter(r -> to == null || !LocalDate.parse(r.periodFrom()).isAfter(to))
                .toList();
        return OpenDataPaging.of(page, size).answer(rows, request);
    }

    @GetMapping(value = "/api/v1/kien-nghi", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recommendations of the published rounds with their follow-up status")
    ResponseEntity<List<OpenDataJson.RecommendationRow>> recommendationsJson(
            @Parameter(description = "Only this round (round_id)") @RequestParam(name = "round_id", required = false) UUID roundId,
            @Parameter(description = "Only recommendations to this unit code") @RequestParam(name = "unit_code", required = false) String unitCode,
            @Parameter(description = "Only this follow-up status") @RequestParam(name = "follow_up_status", required = false) FollowUpStatus status,
            @Parameter(description = OpenDataPaging.PAGE) @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = OpenDataPaging.SIZE) @RequestParam(name = "size", required = false) Integer size,
            HttpServletRequest request) {
        List<OpenDataJson.RecommendationRow> rows = OpenDataJson.rows(datasets.recommendations(), OpenDataJson.RecommendationRow.class).stream()
                .filter(r -> roundId == null || roundId.toString().equals(r.roundId()))
                .filter(r -> unitCode == null || unitCode.equals(r.unitCode()))
                .filter(r -> status == null || status.name().equals(r.followUpStatus()))
                .toList();
        return OpenDataPaging.of(page, size).answer(rows, request);
    }

    @GetMapping(value = "/api/v1/don-vi-lich-su", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every administrative unit of the catalogue with its history: parent, when it existed, what it was merged into")
    ResponseEntity<List<OpenDataJson.UnitHistoryRow>> unitHistoryJson(
            @Parameter(description = "Only units with this administrative unit code (a code may name a unit before and another after a merger)") @RequestParam(name = "unit_code", required = false) String unitCode,
            @Parameter(description = "Only units that existed on this day (yyyy-mm-dd)") @RequestParam(name = "valid_on", required = false) LocalDate validOn,
            @Parameter(description = "Only units of this tier") @RequestParam(name = "level", required = false) UnitTier level,
            @Parameter(description = OpenDataPaging.PAGE) @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = OpenDataPaging.SIZE) @RequestParam(name = "size", required = false) Integer size,
            HttpServletRequest request) {
        List<OpenDataJson.UnitHistoryRow> rows = OpenDataJson.rows(datasets.unitHistory(), OpenDataJson.UnitHistoryRow.class).stream()
                .filter(r -> unitCode == null || unitCode.equals(r.unitCode()))
                .filter(r -> level == null || level.name().equals(r.level()))
                .filter(r -> validOn == null || (!LocalDate.parse(r.validFrom()).isAfter(validOn)
                        && (r.validTo() == null || LocalDate.parse(r.validTo()).isAfter(validOn))))
                .toList();
        return OpenDataPaging.of(page, size).answer(rows, request);
    }

    /** Every dataset as CSV, at a fixed address per dataset (so-lieu.csv, thu-tuc.csv, cuoc-giam-sat.csv, kien-nghi.csv, don-vi-lich-su.csv). */
    @GetMapping("/du-lieu-mo/{id:[a-z-]+}.csv")
    ResponseEntity<byte[]> datasetCsv(@PathVariable String id) {
        OpenDataset dataset = datasets.byId(id);
        if (dataset == null) {
            return ResponseEntity.notFound().build();
        }
        return csv(dataset);
    }

    /** The CSVW description of a CSV, at the place CSVW looks for it first ({csv address}-metadata.json). */
    @GetMapping("/du-lieu-mo/{id:[a-z-]+}.csv-metadata.json")
    ResponseEntity<Map<String, Object>> csvMetadata(@PathVariable String id) {
        OpenDataSets.Description description = OpenDataSets.description(id);
        if (description == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(OpenDataCatalogue.CSVW).body(catalogue.csvw(description));
    }

    /** The DCAT-AP catalogue of every dataset (JSON-LD), for harvesters such as a national open data portal. */
    @GetMapping("/du-lieu-mo/danh-muc.jsonld")
    ResponseEntity<Map<String, Object>> dcatCatalogue() {
        return ResponseEntity.ok().contentType(OpenDataCatalogue.JSON_LD).body(catalogue.dcat());
    }

    private static ResponseEntity<byte[]> csv(OpenDataset dataset) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // the BOM: without it Excel reads UTF-8 as the local code page
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(dataset.columns().stream().map(OpenDataset.Column::name).toArray(String[]::new)).get())) {
            for (List<Object> row : dataset.rows()) {
                printer.printRecord(row.stream().map(OpenDataController::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + dataset.id() + ".csv\"")
                // CSVW: where this table's description (columns, types, "empty = not reported") is
                .header(HttpHeaders.LINK, "<" + dataset.id() + ".csv-metadata.json>; rel=\"describedby\"; type=\"application/csvm+json\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As JSON writes it: a number without exponent, true/false, and nothing at all for null; a text that a
     * spreadsheet would run as a formula gets one apostrophe before it (numbers are never touched).
     */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            default -> SpreadsheetCells.neutralize(value.toString());
        };
    }
}
