package vn.giamsat.domain.index;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;

/**
 * The counts one unit and period give the index. An input not given is not reported (never 0).
 */
public final class IndexInputs {
    private final Map<IndexInput, Count> counts;

    private IndexInputs(Map<IndexInput, Count> counts) {
        this.counts = Collections.unmodifiableMap(counts);
    }

    public static IndexInputs none() {
        return new IndexInputs(new EnumMap<>(IndexInput.class));
    }

    /**
     * What handling figures hold: received, received online, resolved, and early plus on time; and the results
     * digitized where the figures were counted from dossier records whose export says so (decision 052).
     */
    public static IndexInputs fromFigures(HandlingFigures f) {
        return none()
                .with(IndexInput.RECEIVED, f.received())
                .with(IndexInput.RECEIVED_ONLINE, f.receivedOnline())
                .with(IndexInput.RESOLVED, f.resolvedTotal())
                .with(IndexInput.RESOLVED_WITHIN_DEADLINE, f.withinDeadlineTotal())
                .with(IndexInput.RESULTS_ELECTRONIC, f.resultsDigitized());
    }

    /** A copy with one more count; a not-reported count leaves the input missing. */
    public IndexInputs with(IndexInput input, Count count) {
        EnumMap<IndexInput, Count> copy = new EnumMap<>(IndexInput.class);
        copy.putAll(counts);
        if (count != null && count.isReported()) {
            copy.put(input, count);
        } else {
            copy.remove(input);
        }
        return new IndexInputs(copy);
    }

    public IndexInputs with(IndexInput input, long value) {
        return with(input, Count.of(value));
    }

    public Count get(IndexInput input) {
        return counts.getOrDefault(input, Count.notReported());
    }
}
