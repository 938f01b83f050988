package vn.giamsat.adapters.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.publication.RoundSnapshot;

/**
 * A published snapshot as {@code published_version.snapshot} (jsonb) holds it. A {@link Count} is written as it
 * always was: its number, or {@code null} for "not reported" (never 0), so every version stored before the
 * snapshot carried {@code Count} reads, and renders, exactly as it did. Jackson defaults otherwise, whatever the
 * web layer configures: a stored snapshot must read the same forever.
 */
public final class SnapshotJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SimpleModule("counts")
            .addSerializer(Count.class, new CountWriter()).addDeserializer(Count.class, new CountReader()))
            .addMixIn(RoundSnapshot.class, LaterFields.class)
            .addMixIn(RoundSnapshot.RecommendationEntry.class, LaterRecommendationFields.class)
            .addMixIn(RoundSnapshot.FiguresEntry.class, LaterFiguresFields.class).build();

    /**
     * Fields a snapshot gained after versions were stored (decisions 020, 025): left out when empty or null, so that
     * every stored version is written back byte for byte as it was, and an old one reads as "none" (no corrections,
     * real data, default basis).
     */
    private abstract static class LaterFields {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<RoundSnapshot.CorrectionEntry> corrections();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String legalBasis();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Boolean sampleData();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract RoundSnapshot.ConclusionEntry conclusion();
    }

    /** The council's answer on a recommendation (issue 19.3): absent until it concluded, as in older versions. */
    private abstract static class LaterRecommendationFields {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract vn.giamsat.domain.round.Adoption adoption();
    }

    /**
     * The results digitized (decision 052): written only when reported, so every version stored before, and every
     * figure not counted from dossier records, is written back as it was; absent reads as not reported.
     */
    private abstract static class LaterFiguresFields {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotReportedFilter.class)
        abstract Count resultsDigitized();
    }

    /** Jackson's value filter: a value "equal" to it is left out, here a count not reported. */
    @SuppressWarnings("EqualsHashCode")
    static final class NotReportedFilter {
        @Override
        public boolean equals(Object value) {
            return !(value instanceof Count c) || !c.isReported();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private SnapshotJson() {}

    public static String write(RoundSnapshot snapshot) {
        return MAPPER.writeValueAsString(snapshot);
    }

    public static RoundSnapshot read(String json) {
        return MAPPER.readValue(json, RoundSnapshot.class);
    }

    /** One set of figures as a snapshot holds them: what a figures correction stores as its before and after. */
    public static String writeFigures(RoundSnapshot.FiguresEntry figures) {
        return MAPPER.writeValueAsString(figures);
    }

    public static RoundSnapshot.FiguresEntry readFigures(String json) {
        return MAPPER.readValue(json, RoundSnapshot.FiguresEntry.class);
    }

    private static final class CountWriter extends ValueSerializer<Count> {
        @Override
        public void serialize(Count count, JsonGenerator json, SerializationContext context) {
            if (count instanceof Count.Reported(long value)) {
                json.writeNumber(value);
            } else {
                json.writeNull();
            }
        }
    }

    private static final class CountReader extends ValueDeserializer<Count> {
        @Override
        public Count deserialize(JsonParser json, DeserializationContext context) {
            return Count.ofNullable(context.readValue(json, Long.class)); // the same numbers a Long field took
        }

        @Override
        public Count getNullValue(DeserializationContext context) {
            return Count.notReported();
        }
    }
}
