package vn.giamsat.domain.index;

/**
 * The index inputs that dossier records (the one-stop system's export, docs/dossier-import.md) give, counted one
 * dossier at a time for one unit and period. Besides what handling figures hold (received, received online,
 * resolved, resolved early or on time), the optional column {@code so_hoa_ket_qua} (result digitized, issue 16)
 * gives {@link IndexInput#RESULTS_ELECTRONIC}, which makes indicator 5a measurable.
 *
 * <p>A flag the export does not state (its column absent, or its cell empty) is not a "no": one resolved dossier
 * without it leaves the count not reported, and 5a then reads "không có dữ liệu" rather than a rate over the
 * dossiers that happened to say. The column {@code thanh_toan_truc_tuyen} (fee paid online) is deliberately not
 * counted: indicator 3c divides by the dossiers that carry a fee, which the export does not say (the flag is
 * written for every dossier, so "0" may mean "paid at the counter" or "no fee"); 3c stays without data.
 */
public final class DossierIndexTally {
    private long received;
    private long receivedOnline;
    private long resolved;
    private long resolvedWithinDeadline;
    private long resultsDigitized;
    private long resolvedWithoutResultFlag;

    /**
     * One dossier as the index reads it.
     *
     * @param withdrawn              the applicant withdrew it: received, never resolved
     * @param resolvedWithinDeadline resolved early or on time (not after its due moment)
     * @param resultDigitized        the export's flag; {@code null} when the export does not say
     */
    public record Dossier(boolean online, boolean withdrawn, boolean resolved, boolean resolvedWithinDeadline,
                          Boolean resultDigitized) {
        public Dossier {
            if (withdrawn && resolved) {
                throw new IllegalArgumentException("a withdrawn dossier is not resolved");
            }
            if (resolvedWithinDeadline && !resolved) {
                throw new IllegalArgumentException("only a resolved dossier can be resolved within its deadline");
            }
        }
    }

    public DossierIndexTally add(Dossier d) {
        received++;
        if (d.online()) {
            receivedOnline++;
        }
        if (d.resolved()) {
            resolved++;
            if (d.resolvedWithinDeadline()) {
                resolvedWithinDeadline++;
            }
            if (d.resultDigitized() == null) {
                resolvedWithoutResultFlag++;
            } else if (d.resultDigitized()) {
                resultsDigitized++;
            }
        }
        return this;
    }

    public IndexInputs inputs() {
        IndexInputs inputs = IndexInputs.none()
                .with(IndexInput.RECEIVED, received)
                .with(IndexInput.RECEIVED_ONLINE, receivedOnline)
                .with(IndexInput.RESOLVED, resolved)
                .with(IndexInput.RESOLVED_WITHIN_DEADLINE, resolvedWithinDeadline);
        return resolvedWithoutResultFlag == 0 ? inputs.with(IndexInput.RESULTS_ELECTRONIC, resultsDigitized) : inputs;
    }
}
