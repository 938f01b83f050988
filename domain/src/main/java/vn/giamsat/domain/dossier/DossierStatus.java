package vn.giamsat.domain.dossier;

import java.util.Optional;

/** State of a dossier in the one-stop system's export. */
public enum DossierStatus {
    RECEIVED("Mới tiếp nhận", "Received", "moi tiep nhan", "tiep nhan"),
    IN_PROGRESS("Đang giải quyết", "In progress", "dang giai quyet", "dang xu ly"),
    RESOLVED("Đã giải quyết", "Resolved", "da giai quyet", "hoan thanh"),
    RETURNED("Đã trả kết quả", "Result returned", "da tra ket qua", "tra ket qua"),
    WITHDRAWN("Đã rút", "Withdrawn", "da rut", "rut ho so");

    private final String vietnamese;
    private final String english;
    private final String[] asciiAliases;

    DossierStatus(String vietnamese, String english, String... asciiAliases) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.asciiAliases = asciiAliases;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }

    /** Whether the dossier has been decided (its result exists). */
    public boolean isResolved() {
        return this == RESOLVED || this == RETURNED;
    }

    /**
     * Reads a status as exports write it: the English name, or the Vietnamese words with or without diacritics.
     * {@code folded} must already be lower case with diacritics removed.
     */
    public static Optional<DossierStatus> parseFolded(String folded) {
        for (DossierStatus s : values()) {
            if (s.name().equalsIgnoreCase(folded.replace(' ', '_'))) {
                return Optional.of(s);
            }
            for (String alias : s.asciiAliases) {
                if (alias.equals(folded)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
