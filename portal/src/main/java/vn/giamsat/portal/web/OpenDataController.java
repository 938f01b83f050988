package vn.giamsat.portal.web;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.ResponseBody;
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

    OpenDataController(OpenDataSets datasets) {
        this.datasets = datasets;
    }

    record DatasetLine(String id, String csv, String json, List<OpenDataset.Column> columns) {}

    @GetMapping("/du-lieu-mo")
    String page(Model model, Locale locale) {
        model.addAttribute("datasets", List.of(
                new DatasetLine(OpenDataSets.FIGURES, "/du-lieu-mo/so-lieu.csv", "/api/v1/so-lieu", OpenDataSets.FIGURE_COLUMNS),
                new DatasetLine(OpenDataSets.PROCEDURES, "/du-lieu-mo/thu-tuc.csv", "/api/v1/thu-tuc", OpenDataSets.PROCEDURE_COLUMNS)));
        model.addAttribute("english", PortalLocales.isEnglish(locale));
        model.addAttribute("licence", LICENCE);
        return "opendata";
    }

    @GetMapping(value = "/api/v1/so-lieu", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Published handling figures, one row per unit, period and scope; null = not reported")
    List<OpenDataJson.FiguresRow> figuresJson() {
        return datasets.figures().rows().stream().map(OpenDataJson.FiguresRow::of).toList();
    }

    @GetMapping(value = "/api/v1/thu-tuc", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "The public procedure catalogue with the units that list each procedure")
    List<OpenDataJson.ProcedureRow> proceduresJson() {
        return datasets.procedures().rows().stream().map(OpenDataJson.ProcedureRow::of).toList();
    }

    @GetMapping("/du-lieu-mo/so-lieu.csv")
    ResponseEntity<byte[]> figuresCsv() {
        return csv(datasets.figures());
    }

    @GetMapping("/du-lieu-mo/thu-tuc.csv")
    ResponseEntity<byte[]> proceduresCsv() {
        return csv(datasets.procedures());
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
