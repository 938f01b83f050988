package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Issue 18 item 4: a harvester reads the DCAT-AP catalogue with a JSON-LD processor (titanium-json-ld expands it,
 * with its inline context, no network), fetches every distribution and finds what the catalogue promised: the
 * address answers, with the media type named, and the columns of the CSV's CSVW description; every CSV cell reads
 * back through that description (its datatype, empty = not reported), and the JSON rows carry the same columns.
 * The JSON API filters and pages; the OpenAPI document passes swagger-parser's validation.
 */
class OpenDataHarvestTest extends PortalOnTestDatabase {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    /** The configured public address of the test portal (the default); its links are followed on the test port. */
    private static final String CONFIGURED_BASE = "http://localhost:8080";

    @BeforeAll
    static void publish() {
        PublishedData.publish();
    }

    private HttpResponse<String> get(String address) throws Exception {
        String local = address.startsWith(CONFIGURED_BASE) ? "http://localhost:" + port + address.substring(CONFIGURED_BASE.length())
                : address.startsWith("/") ? "http://localhost:" + port + address : address;
        return HTTP.send(HttpRequest.newBuilder(URI.create(local)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> ok(String address) throws Exception {
        HttpResponse<String> response = get(address);
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        return response;
    }

    private record Distribution(String dataset, String url, String mediaType, String conformsTo) {}

    @Test
    void a_harvester_reads_the_dcat_catalogue_and_every_distribution_matches_its_metadata() throws Exception {
        HttpResponse<String> answer = ok("/du-lieu-mo/danh-muc.jsonld");
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(answer.body()))).get();
        JsonObject catalogue = expanded.stream().map(JsonValue::asJsonObject)
                .filter(n -> types(n).contains(DCAT + "Catalog")).findFirst().orElseThrow();
        assertThat(ids(catalogue, DCT + "license")).containsExactly("https://creativecommons.org/licenses/by/4.0/");
        assertThat(values(catalogue, DCT + "title")).contains("Dữ liệu mở Giám sát TTHC");

        List<Distribution> distributions = new ArrayList<>();
        List<String> datasetIds = new ArrayList<>();
        for (JsonValue value : catalogue.getJsonArray(DCAT + "dataset")) {
            JsonObject dataset = value.asJsonObject();
            String id = values(dataset, DCT + "identifier").getFirst();
            datasetIds.add(id);
            assertThat(types(dataset)).as(id).contains(DCAT + "Dataset");
            assertThat(values(dataset, DCT + "title")).as(id + " title").hasSize(2);
            assertThat(ids(dataset, DCT + "license")).as(id + " licence").containsExactly("https://creativecommons.org/licenses/by/4.0/");
            JsonObject publisher = dataset.getJsonArray(DCT + "publisher").getJsonObject(0);
            assertThat(values(publisher, "http://xmlns.com/foaf/0.1/name")).as(id + " publisher").containsExactly("Giám sát TTHC");
            // the procedure catalogue in force and the unit catalogue have no period and no change date
            if (!id.equals("thu-tuc") && !id.equals("don-vi-lich-su")) {
                assertThat(values(dataset, DCT + "modified")).as(id + " modified").singleElement()
                        .satisfies(t -> OffsetDateTime.parse(t));
                JsonObject period = dataset.getJsonArray(DCT + "temporal").getJsonObject(0);
                LocalDate start = LocalDate.parse(values(period, DCAT + "startDate").getFirst());
                LocalDate end = LocalDate.parse(values(period, DCAT + "endDate").getFirst());
                assertThat(start).as(id + " period").isBefore(end);
            }
            for (JsonValue d : dataset.getJsonArray(DCAT + "distribution")) {
                JsonObject distribution = d.asJsonObject();
                assertThat(ids(distribution, DCAT + "accessURL")).isEqualTo(ids(distribution, DCAT + "downloadURL"));
                distributions.add(new Distribution(id, ids(distribution, DCAT + "downloadURL").getFirst(),
                        ids(distribution, DCAT + "mediaType").getFirst(), ids(distribution, DCT + "conformsTo").getFirst()));
            }
        }
        assertThat(datasetIds).containsExactlyInAnyOrder("so-lieu", "thu-tuc", "cuoc-giam-sat", "kien-nghi",
                "don-vi-lich-su");
        assertThat(distributions).hasSize(10);

        Map<String, List<String>> csvColumns = new LinkedHashMap<>();
        Map<String, Integer> csvRows = new LinkedHashMap<>();
        for (Distribution d : distributions.stream().filter(d -> d.mediaType().endsWith("/text/csv")).toList()) {
            HttpResponse<String> csv = ok(d.url());
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).as(d.url()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Link").orElseThrow()).as("CSVW locating metadata")
                    .contains("<" + d.dataset() + ".csv-metadata.json>; rel=\"describedby\"");
            HttpResponse<String> metadataAnswer = ok(d.conformsTo());
            assertThat(metadataAnswer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/csvm+json");
            JsonNode metadata = JsonMapper.shared().readTree(metadataAnswer.body());
            assertThat(metadata.get("url").asString()).isEqualTo(d.url());
            List<String> rows = readThroughCsvw(csv.body(), metadata);
            csvColumns.put(d.dataset(), rows);
            csvRows.put(d.dataset(), CSVParser.parse(csv.body().substring(1), CSVFormat.DEFAULT).getRecords().size() - 1);
            assertThat(csvRows.get(d.dataset())).as(d.dataset() + " rows").isPositive();
        }
        assertThat(csvColumns.keySet()).containsExactlyInAnyOrder("so-lieu", "thu-tuc", "cuoc-giam-sat", "kien-nghi",
                "don-vi-lich-su");
        assertThat(csvColumns.get("don-vi-lich-su")).containsExactly("unit_id", "unit_code", "unit_name", "unit_kind",
                "level", "parent_id", "parent_code", "valid_from", "valid_to", "successor_ids", "successor_codes", "ended_by");
        // the digitized-result count (indicator 5a) came after the other figures: last, so older readers keep theirs
        assertThat(csvColumns.get("so-lieu")).endsWith("statement", "source_note", "results_digitized");

        for (Distribution d : distributions.stream().filter(d -> d.mediaType().endsWith("/application/json")).toList()) {
            HttpResponse<String> json = ok(d.url());
            assertThat(json.headers().firstValue("Content-Type").orElseThrow()).as(d.url()).startsWith("application/json");
            JsonNode rows = JsonMapper.shared().readTree(json.body());
            assertThat(rows.size()).as(d.url() + " rows, as many as in the CSV").isEqualTo(csvRows.get(d.dataset()));
            for (JsonNode row : rows) {
                assertThat(row.propertyNames()).as(d.url()).containsExactlyElementsOf(csvColumns.get(d.dataset()));
            }
            assertThat(d.conformsTo()).endsWith("/v3/api-docs/public");
        }
    }

    /**
     * Reads a CSV as a CSVW processor would with its description: the header names the described columns in
     * order, an empty cell is null ("not reported"), any other cell parses as its column's datatype.
     *
     * @return the column names
     */
    private static List<String> readThroughCsvw(String body, JsonNode metadata) throws Exception {
        assertThat(body).as("UTF-8 with a byte order mark").startsWith("\uFEFF");
        assertThat(metadata.at("/dialect/header").asBoolean()).isTrue();
        List<String> names = new ArrayList<>();
        List<JsonNode> columns = new ArrayList<>();
        for (JsonNode column : metadata.at("/tableSchema/columns")) {
            names.add(column.get("name").asString());
            columns.add(column);
            assertThat(column.get("null").asString()).as("empty = not reported").isEmpty();
            // every column says what its empty cell means: "not reported" unless it says otherwise (valid_to: the
            // unit still exists; channel: all channels)
            assertThat(column.get("dc:description").toString()).as(column.get("name").asString())
                    .contains("trống").contains("empty");
        }
        List<CSVRecord> records = CSVParser.parse(body.substring(1), CSVFormat.DEFAULT).getRecords();
        assertThat(records.getFirst().toList()).isEqualTo(names);
        for (CSVRecord record : records.subList(1, records.size())) {
            assertThat(record.size()).isEqualTo(names.size());
            for (int i = 0; i < names.size(); i++) {
                String cell = record.get(i);
                if (!cell.isEmpty()) {
                    assertThat(parses(cell, columns.get(i).get("datatype")))
                            .as(names.get(i) + " = '" + cell + "' as " + columns.get(i).get("datatype")).isTrue();
                }
            }
        }
        return names;
    }

    private static boolean parses(String cell, JsonNode datatype) {
        String base = datatype.isString() ? datatype.asString() : datatype.get("base").asString();
        try {
            switch (base) {
                case "integer" -> Long.parseLong(cell);
                case "decimal" -> new BigDecimal(cell);
                case "boolean" -> {
                    return cell.equals("true") || cell.equals("false");
                }
                case "date" -> LocalDate.parse(cell);
                case "dateTime" -> OffsetDateTime.parse(cell);
                case "string" -> {
                    return datatype.isString() || cell.matches(datatype.get("format").asString());
                }
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void the_json_api_filters_and_pages_and_says_how_many_rows_there_are() throws Exception {
        JsonNode all = JsonMapper.shared().readTree(ok("/api/v1/so-lieu").body());
        assertThat(all.size()).isGreaterThan(3);

        HttpResponse<String> second = ok("/api/v1/so-lieu?page=2&size=2");
        assertThat(JsonMapper.shared().readTree(second.body())).containsExactly(all.get(2), all.get(3));
        assertThat(second.headers().firstValue("X-Total-Count")).contains(Integer.toString(all.size()));
        assertThat(second.headers().firstValue("Link").orElseThrow())
                .contains("</api/v1/so-lieu?page=1&size=2>; rel=\"first\"", "</api/v1/so-lieu?page=1&size=2>; rel=\"prev\"");
        if (all.size() > 4) {
            assertThat(second.headers().firstValue("Link").orElseThrow()).contains("</api/v1/so-lieu?page=3&size=2>; rel=\"next\"");
        }

        String code = all.get(0).get("unit_code").asString();
        JsonNode oneUnit = JsonMapper.shared().readTree(ok("/api/v1/so-lieu?unit_code=" + code).body());
        assertThat(oneUnit).isNotEmpty().allSatisfy(r -> assertThat(r.get("unit_code").asString()).isEqualTo(code));
        assertThat(oneUnit.size()).isLessThan(all.size());

        JsonNode inProgress = JsonMapper.shared().readTree(ok("/api/v1/kien-nghi?follow_up_status=IN_PROGRESS").body());
        assertThat(inProgress).isNotEmpty().allSatisfy(r -> assertThat(r.get("follow_up_status").asString()).isEqualTo("IN_PROGRESS"));

        JsonNode from2024 = JsonMapper.shared().readTree(ok("/api/v1/so-lieu?from=2024-01-01").body());
        assertThat(from2024).allSatisfy(r -> assertThat(LocalDate.parse(r.get("period_to").asString())).isAfterOrEqualTo(LocalDate.of(2024, 1, 1)));
        assertThat(from2024.size()).isLessThan(all.size());

        assertThat(get("/api/v1/so-lieu?page=0&size=2").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/so-lieu?size=5000").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/kien-nghi?follow_up_status=SOMETIME").statusCode()).isEqualTo(400);
    }

    /**
     * The units-with-history table of the demo catalogue: the seed's communes were merged on 1 July 2025, so each
     * ends that day and names the commune it became part of, and that commune is a row of the same table.
     */
    @Test
    void the_unit_history_names_where_each_merged_unit_went_and_filters_by_code_day_and_tier() throws Exception {
        JsonNode all = JsonMapper.shared().readTree(ok("/api/v1/don-vi-lich-su").body());
        // xã Chiên Đàn keeps thị trấn Phú Thịnh's code 20364: one code, two units, told apart by the day
        assertThat(JsonMapper.shared().readTree(ok("/api/v1/don-vi-lich-su?unit_code=20364").body())).hasSize(2);
        JsonNode phuThinh = JsonMapper.shared().readTree(ok("/api/v1/don-vi-lich-su?unit_code=20364&valid_on=2023-01-01").body());
        assertThat(phuThinh).hasSize(1);
        JsonNode row = phuThinh.get(0);
        assertThat(row.get("unit_name").asString()).isEqualTo("Phú Thịnh");
        assertThat(row.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(row.get("parent_code").asString()).isNotBlank();
        assertThat(row.get("valid_to").asString()).isEqualTo("2025-07-01");
        String successorId = row.get("successor_ids").asString();
        String successorCode = row.get("successor_codes").asString();
        assertThat(successorCode).isEqualTo("20364");
        // the successor is itself a unit of the table, existing today, with that code
        List<JsonNode> successors = new ArrayList<>();
        all.forEach(u -> {
            if (u.get("unit_id").asString().equals(successorId)) {
                successors.add(u);
            }
        });
        assertThat(successors).singleElement().satisfies(u -> {
            assertThat(u.get("unit_code").asString()).isEqualTo(successorCode);
            assertThat(u.get("valid_to").isNull()).as("the successor still exists").isTrue();
            assertThat(u.get("successor_ids").isNull()).isTrue();
        });
        // its parent is a row too
        assertThat(all.findValues("unit_id").stream().map(JsonNode::asString)).contains(row.get("parent_id").asString());

        JsonNode today = JsonMapper.shared().readTree(ok("/api/v1/don-vi-lich-su?valid_on=2026-01-01&level=COMMUNE").body());
        assertThat(today).isNotEmpty().allSatisfy(u -> {
            assertThat(u.get("level").asString()).isEqualTo("COMMUNE");
            assertThat(u.get("valid_to").isNull() || LocalDate.parse(u.get("valid_to").asString()).isAfter(LocalDate.of(2026, 1, 1))).isTrue();
        });
        assertThat(today.findValues("unit_id").stream().map(JsonNode::asString)).doesNotContain(row.get("unit_id").asString())
                .contains(successorId);
        assertThat(get("/api/v1/don-vi-lich-su?valid_on=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/don-vi-lich-su?level=VILLAGE").statusCode()).isEqualTo(400);
    }

    @Test
    void the_openapi_document_passes_a_standard_openapi_validator_and_documents_the_filters() throws Exception {
        String document = ok("/v3/api-docs/public").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getMessages()).as("swagger-parser validation messages").isEmpty();

        JsonNode doc = JsonMapper.shared().readTree(document);
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/so-lieu", "/api/v1/thu-tuc", "/api/v1/cuoc-giam-sat", "/api/v1/kien-nghi",
                "/api/v1/don-vi-lich-su");
        for (var path : doc.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            List<String> parameters = new ArrayList<>();
            get.get("parameters").forEach(p -> {
                parameters.add(p.get("name").asString());
                assertThat(p.at("/schema/type").asString()).as(path.getKey() + " " + p.get("name")).isNotBlank();
            });
            assertThat(parameters).as(path.getKey()).contains("page", "size");
            assertThat(get.at("/responses/400/description").asString()).as(path.getKey() + " 400").isNotBlank();
        }
    }

    private static List<String> types(JsonObject node) {
        return node.containsKey("@type") ? node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList() : List.of();
    }

    private static List<String> ids(JsonObject node, String property) {
        return node.containsKey(property) ? node.getJsonArray(property).stream()
                .map(v -> v.asJsonObject().getString("@id")).toList() : List.of();
    }

    private static List<String> values(JsonObject node, String property) {
        return node.containsKey(property) ? node.getJsonArray(property).stream()
                .map(v -> v.asJsonObject().getString("@value")).toList() : List.of();
    }
}
