package vn.giamsat.portal.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON API's rows as typed records (issue 18 item 4: no untyped maps in the OpenAPI description), made from the
 * same {@link OpenDataset} rows as the CSV, so that both keep one set of columns and values. Property names are the
 * CSV's column names; {@code null} = not reported (never 0). The descriptions of the columns are added to the
 * OpenAPI schemas from {@link OpenDataSets} ({@code OpenApiDescription}), so they are written once.
 */
final class OpenDataJson {
    private OpenDataJson() {}

    /** One unit's published figures for one period and scope (a row of so-lieu.csv). */
    @Schema(name = "PublishedFigures", description = "One unit's published figures for one period and scope (a row of so-lieu.csv).")
    @JsonPropertyOrder({"round_id", "resolution_number", "version", "unit_id", "unit_code", "unit_name", "unit_kind", "former_unit", "period_from", "period_to", "channel", "procedure_code", "source", "carried_over", "received", "received_online", "received_postal", "resolved", "early", "on_time", "within_deadline", "late", "in_progress_within_deadline", "in_progress_overdue", "withdrawn", "reported_on_time_rate", "on_time_rate", "online_share", "statement", "source_note", "results_digitized"})
    record FiguresRow(
        @JsonProperty("round_id") String roundId,
        @JsonProperty("resolution_number") String resolutionNumber,
        @JsonProperty("version") Integer version,
        @JsonProperty("unit_id") String unitId,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("unit_name") String unitName,
        @JsonProperty("unit_kind") String unitKind,
        @JsonProperty("former_unit") Boolean formerUnit,
        @JsonProperty("period_from") String periodFrom,
        @JsonProperty("period_to") String periodTo,
        @JsonProperty("channel") String channel,
        @JsonProperty("procedure_code") String procedureCode,
        @JsonProperty("source") String source,
        @JsonProperty("carried_over") Long carriedOver,
        @JsonProperty("received") Long received,
        @JsonProperty("received_online") Long receivedOnline,
        @JsonProperty("received_postal") Long receivedPostal,
        @JsonProperty("resolved") Long resolved,
        @JsonProperty("early") Long early,
        @JsonProperty("on_time") Long onTime,
        @JsonProperty("within_deadline") Long withinDeadline,
        @JsonProperty("late") Long late,
        @JsonProperty("in_progress_within_deadline") Long inProgressWithinDeadline,
        @JsonProperty("in_progress_overdue") Long inProgressOverdue,
        @JsonProperty("withdrawn") Long withdrawn,
        @JsonProperty("reported_on_time_rate") BigDecimal reportedOnTimeRate,
        @JsonProperty("on_time_rate") BigDecimal onTimeRate,
        @JsonProperty("online_share") BigDecimal onlineShare,
        @JsonProperty("statement") String statement,
        @JsonProperty("source_note") String sourceNote,
        @JsonProperty("results_digitized") Long resultsDigitized) {}

    /** One procedure of the public catalogue (a row of thu-tuc.csv). */
    @Schema(name = "PublicProcedure", description = "One procedure of the public catalogue (a row of thu-tuc.csv).")
    @JsonPropertyOrder({"code", "name", "field", "authority_level", "time_limit_working_days", "fees", "required_documents", "result", "legal_basis", "online_mode", "postal_service_allowed", "published_by", "unit_codes"})
    record ProcedureRow(
        @JsonProperty("code") String code,
        @JsonProperty("name") String name,
        @JsonProperty("field") String field,
        @JsonProperty("authority_level") String authorityLevel,
        @JsonProperty("time_limit_working_days") Integer timeLimitWorkingDays,
        @JsonProperty("fees") String fees,
        @JsonProperty("required_documents") String requiredDocuments,
        @JsonProperty("result") String result,
        @JsonProperty("legal_basis") String legalBasis,
        @JsonProperty("online_mode") String onlineMode,
        @JsonProperty("postal_service_allowed") Boolean postalServiceAllowed,
        @JsonProperty("published_by") String publishedBy,
        @JsonProperty("unit_codes") String unitCodes) {}

    /** One published supervision round, its newest version (a row of cuoc-giam-sat.csv). */
    @Schema(name = "PublishedRound", description = "One published supervision round, its newest version (a row of cuoc-giam-sat.csv).")
    @JsonPropertyOrder({"round_id", "resolution_number", "resolution_date", "issuing_council", "subject", "period_from", "period_to", "version", "published_at", "correction_reason", "units", "recommendations", "sample_data"})
    record RoundRow(
        @JsonProperty("round_id") String roundId,
        @JsonProperty("resolution_number") String resolutionNumber,
        @JsonProperty("resolution_date") String resolutionDate,
        @JsonProperty("issuing_council") String issuingCouncil,
        @JsonProperty("subject") String subject,
        @JsonProperty("period_from") String periodFrom,
        @JsonProperty("period_to") String periodTo,
        @JsonProperty("version") Integer version,
        @JsonProperty("published_at") String publishedAt,
        @JsonProperty("correction_reason") String correctionReason,
        @JsonProperty("units") Integer units,
        @JsonProperty("recommendations") Integer recommendations,
        @JsonProperty("sample_data") Boolean sampleData) {}

    /** One recommendation of a published round with its follow-up status (a row of kien-nghi.csv). */
    @Schema(name = "PublishedRecommendation", description = "One recommendation of a published round with its follow-up status (a row of kien-nghi.csv).")
    @JsonPropertyOrder({"recommendation_id", "round_id", "resolution_number", "version", "unit_id", "unit_code", "unit_name", "addressee", "text", "due_date", "follow_up_status"})
    record RecommendationRow(
        @JsonProperty("recommendation_id") String recommendationId,
        @JsonProperty("round_id") String roundId,
        @JsonProperty("resolution_number") String resolutionNumber,
        @JsonProperty("version") Integer version,
        @JsonProperty("unit_id") String unitId,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("unit_name") String unitName,
        @JsonProperty("addressee") String addressee,
        @JsonProperty("text") String text,
        @JsonProperty("due_date") String dueDate,
        @JsonProperty("follow_up_status") String followUpStatus) {}

    /** One administrative unit with its history (a row of don-vi-lich-su.csv). */
    @Schema(name = "UnitWithHistory", description = "One administrative unit with its history (a row of don-vi-lich-su.csv).")
    @JsonPropertyOrder({"unit_id", "unit_code", "unit_name", "unit_kind", "level", "parent_id", "parent_code", "valid_from", "valid_to", "successor_ids", "successor_codes", "ended_by"})
    record UnitHistoryRow(
        @JsonProperty("unit_id") String unitId,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("unit_name") String unitName,
        @JsonProperty("unit_kind") String unitKind,
        @JsonProperty("level") String level,
        @JsonProperty("parent_id") String parentId,
        @JsonProperty("parent_code") String parentCode,
        @JsonProperty("valid_from") String validFrom,
        @JsonProperty("valid_to") String validTo,
        @JsonProperty("successor_ids") String successorIds,
        @JsonProperty("successor_codes") String successorCodes,
        @JsonProperty("ended_by") String endedBy) {}

    /**
     * The rows of {@code dataset} as records of {@code type}. The record's JSON properties must be the dataset's columns
     * in the same order (refused otherwise, so that the JSON cannot drift from the CSV); a text column takes the
     * cell's text, any other the cell's value as it is.
     */
    static <R extends Record> List<R> rows(OpenDataset dataset, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> properties = Arrays.stream(components)
                .map(c -> c.getAccessor().getAnnotation(JsonProperty.class).value()).toList();
        List<String> columns = dataset.columns().stream().map(OpenDataset.Column::name).toList();
        if (!properties.equals(columns)) {
            throw new IllegalStateException(type.getSimpleName() + " has the properties " + properties
                    + ", the dataset " + dataset.id() + " the columns " + columns);
        }
        Constructor<R> constructor;
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        List<R> rows = new ArrayList<>(dataset.rows().size());
        for (List<Object> row : dataset.rows()) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Object cell = row.get(i);
                Class<?> kind = components[i].getType();
                values[i] = cell == null ? null : kind == String.class ? cell.toString() : kind.cast(cell);
            }
            try {
                rows.add(constructor.newInstance(values));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return rows;
    }
}
