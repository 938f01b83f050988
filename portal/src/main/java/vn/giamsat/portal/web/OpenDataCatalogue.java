package vn.giamsat.portal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import vn.giamsat.domain.publication.PublishedVersion;

/**
 * What a harvester reads about the open data (issue 18 item 4): a DCAT-AP catalogue in JSON-LD of every dataset,
 * with licence, publisher, period (temporal) and update date (modified), each dataset with a CSV and a JSON
 * distribution; and for each CSV a CSVW description (W3C "Metadata Vocabulary for Tabular Data") of its columns,
 * their types and meanings, and that an empty cell is "not reported". Both are written from the one list of
 * datasets and columns ({@link OpenDataSets#DESCRIPTIONS}) that the page, the CSV and the JSON use.
 *
 * <p>Addresses are absolute from the configured public address ({@link PublicBaseUrl}), never from a request's
 * Host. The JSON-LD context is written inline, so that a reader needs no network to expand it.
 */
@Component
class OpenDataCatalogue {
    static final MediaType JSON_LD = new MediaType("application", "ld+json", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType CSVW = new MediaType("application", "csvm+json", java.nio.charset.StandardCharsets.UTF_8);
    static final String IANA = "http://www.iana.org/assignments/media-types/";
    static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String PUBLISHER = "Giám sát TTHC";

    private final OpenDataSets datasets;
    private final PublicBaseUrl base;

    OpenDataCatalogue(OpenDataSets datasets, PublicBaseUrl base) {
        this.datasets = datasets;
        this.base = base;
    }

    /** The DCAT-AP catalogue: one dcat:Dataset per table, each with its CSV and its JSON as dcat:Distribution. */
    Map<String, Object> dcat() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");

        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context);
        catalogue.put("@id", base.of("/du-lieu-mo/danh-muc.jsonld"));
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", texts("Dữ liệu mở Giám sát TTHC", "Giám sát TTHC open data"));
        catalogue.put("dct:description", texts(
                "Kết quả giám sát việc giải quyết thủ tục hành chính đã công khai, dạng CSV và JSON; ô trống hoặc null là chưa báo cáo, không phải 0.",
                "Published results of the supervision of administrative procedure handling, as CSV and JSON; empty or null means not reported, not 0."));
        catalogue.put("dct:publisher", publisher());
        catalogue.put("dct:license", id(OpenApiDescription.LICENCE_URL));
        catalogue.put("foaf:homepage", id(base.of("/du-lieu-mo")));
        modified().ifPresent(at -> catalogue.put("dct:modified", typed(at.toString(), "xsd:dateTime")));
        List<Object> list = new ArrayList<>();
        for (OpenDataSets.Description d : OpenDataSets.DESCRIPTIONS) {
            list.add(dataset(d));
        }
        catalogue.put("dcat:dataset", list);
        return catalogue;
    }

    private Map<String, Object> dataset(OpenDataSets.Description d) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", base.of("/du-lieu-mo#ds-" + d.id()));
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", d.id());
        dataset.put("dct:title", texts(d.titleVi(), d.titleEn()));
        dataset.put("dct:description", texts(d.descriptionVi(), d.descriptionEn()));
        dataset.put("dct:publisher", publisher());
        dataset.put("dct:license", id(OpenApiDescription.LICENCE_URL));
        dataset.put("dcat:landingPage", id(base.of("/du-lieu-mo#ds-" + d.id())));
        dataset.put("dct:language", List.of(id("http://publications.europa.eu/resource/authority/language/VIE")));
        if (!d.id().equals(OpenDataSets.PROCEDURES) && !d.id().equals(OpenDataSets.UNIT_HISTORY)) {
            // The procedure catalogue is the one in force today: it has no period and the system keeps no date
            // of its last change; the unit catalogue likewise keeps no date of its last change (each unit's own
            // dates are in its rows); every other table comes from published rounds.
            modified().ifPresent(at -> dataset.put("dct:modified", typed(at.toString(), "xsd:dateTime")));
            temporal(d).ifPresent(t -> dataset.put("dct:temporal", t));
        }
        dataset.put("dcat:distribution", List.of(
                distribution(d, "csv", base.of(d.csvPath()), "text/csv", "CSV", base.of(d.csvMetadataPath())),
                distribution(d, "json", base.of(d.jsonPath()), "application/json", "JSON", base.of("/v3/api-docs/public"))));
        return dataset;
    }

    private Map<String, Object> distribution(OpenDataSets.Description d, String format, String url, String mediaType,
                                             String euFileType, String describedBy) {
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("@id", url);
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:title", texts(d.titleVi() + " (" + format.toUpperCase(java.util.Locale.ROOT) + ")",
                d.titleEn() + " (" + format.toUpperCase(java.util.Locale.ROOT) + ")"));
        distribution.put("dcat:accessURL", id(url));
        distribution.put("dcat:downloadURL", id(url));
        distribution.put("dcat:mediaType", id(IANA + mediaType));
        distribution.put("dct:format", id(EU_FILE_TYPE + euFileType));
        distribution.put("dct:license", id(OpenApiDescription.LICENCE_URL));
        distribution.put("dct:conformsTo", id(describedBy)); // the CSVW description, or the OpenAPI document
        return distribution;
    }

    /** The CSVW description of one CSV: its address, dialect (header row, UTF-8) and every column. */
    Map<String, Object> csvw(OpenDataSets.Description d) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "vi")));
        metadata.put("url", base.of(d.csvPath()));
        metadata.put("dc:title", texts(d.titleVi(), d.titleEn()));
        metadata.put("dc:description", texts(d.descriptionVi(), d.descriptionEn()));
        metadata.put("dc:license", Map.of("@id", OpenApiDescription.LICENCE_URL));
        metadata.put("dc:publisher", PUBLISHER);
        metadata.put("dialect", Map.of("header", true, "encoding", "utf-8", "doubleQuote", true));
        List<Object> columns = new ArrayList<>();
        for (OpenDataset.Column c : d.columns()) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", c.name());
            column.put("titles", c.name());
            column.put("datatype", datatype(c.type()));
            column.put("null", ""); // an empty cell is a value not reported, never 0
            column.put("required", false);
            // a column that says itself what its empty cell means (valid_to: the unit still exists) keeps its words
            boolean saysEmpty = c.vietnamese().contains("trống:");
            column.put("dc:description", saysEmpty ? texts(c.vietnamese(), c.english())
                    : texts(c.vietnamese() + " (ô trống: chưa báo cáo)", c.english() + " (empty: not reported)"));
            columns.add(column);
        }
        metadata.put("tableSchema", Map.of("columns", columns));
        return metadata;
    }

    /** The CSVW datatype of one of our column types (uuid is a string of a fixed form). */
    static Object datatype(String type) {
        return switch (type) {
            case "integer" -> "integer";
            case "decimal" -> "decimal";
            case "boolean" -> "boolean";
            case "date" -> "date";
            case "datetime" -> "dateTime";
            case "uuid" -> Map.of("base", "string", "format", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            case "text" -> "string";
            default -> throw new IllegalArgumentException("no CSVW datatype for column type " + type);
        };
    }

    /** The newest publication time: when a table made from published rounds last changed. */
    private Optional<Instant> modified() {
        return datasets.latestVersions().stream().map(PublishedVersion::publishedAt).max(Instant::compareTo);
    }

    /** dct:PeriodOfTime from the first to the last day that the table's rows cover. */
    private Optional<Map<String, Object>> temporal(OpenDataSets.Description d) {
        List<java.time.LocalDate> from = new ArrayList<>();
        List<java.time.LocalDate> to = new ArrayList<>();
        for (PublishedVersion v : datasets.latestVersions()) {
            if (d.id().equals(OpenDataSets.FIGURES)) {
                v.snapshot().figures().forEach(f -> {
                    from.add(f.periodFrom());
                    to.add(f.periodTo());
                });
            } else if (v.snapshot().periodFrom() != null && v.snapshot().periodTo() != null
                    && (d.id().equals(OpenDataSets.ROUNDS) || !v.snapshot().recommendations().isEmpty())) {
                from.add(v.snapshot().periodFrom());
                to.add(v.snapshot().periodTo());
            }
        }
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("@type", "dct:PeriodOfTime");
        period.put("dcat:startDate", typed(from.stream().min(java.time.LocalDate::compareTo).orElseThrow().toString(), "xsd:date"));
        period.put("dcat:endDate", typed(to.stream().max(java.time.LocalDate::compareTo).orElseThrow().toString(), "xsd:date"));
        return Optional.of(period);
    }

    private Map<String, Object> publisher() {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@id", base.of("/"));
        agent.put("@type", "foaf:Agent");
        agent.put("foaf:name", PUBLISHER);
        agent.put("foaf:homepage", id(base.of("/")));
        return agent;
    }

    private static List<Map<String, String>> texts(String vietnamese, String english) {
        return List.of(Map.of("@value", vietnamese, "@language", "vi"), Map.of("@value", english, "@language", "en"));
    }

    private static Map<String, String> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, String> typed(String value, String type) {
        return Map.of("@value", value, "@type", type);
    }
}
