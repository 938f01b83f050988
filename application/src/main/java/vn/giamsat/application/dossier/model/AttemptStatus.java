package vn.giamsat.application.dossier.model;

/** How an import attempt ended, as the history shows it. */
public enum AttemptStatus {
    IMPORTED("Đã nhập", "Imported"),
    /** Imported, then replaced by a later import of the same export. */
    REPLACED("Đã được thay thế", "Replaced by a later import"),
    UNCHANGED("Không thay đổi (tệp đã nhập)", "Unchanged (file already imported)"),
    REJECTED("Bị từ chối", "Rejected"),
    CANCELLED("Đã hủy", "Cancelled"),
    FAILED("Lỗi hệ thống", "Failed"),
    /** Under way: written when the import starts, in its own transaction, and completed when it ends. */
    STARTED("Đang nhập", "In progress"),
    /**
     * Started and never ended: the process running it is gone (the admin UI killed mid-COPY). Never stored: the
     * history shows a STARTED line as this once nothing holds the attempt's lock any more (decision 019).
     */
    INTERRUPTED("Bị gián đoạn", "Interrupted");

    private final String vietnamese;
    private final String english;

    AttemptStatus(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
