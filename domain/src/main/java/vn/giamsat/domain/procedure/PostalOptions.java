package vn.giamsat.domain.procedure;

/**
 * What the public postal service (dịch vụ bưu chính công ích) may carry for a procedure, as Decision
 * 45/2016/QĐ-TTg allows each procedure to be published with: the citizen's dossier to the office, the result back
 * to the citizen, or both. The national procedure database publishes one of these per procedure.
 */
public enum PostalOptions {
    NONE(false, false, "Không", "No"),
    SEND_DOSSIER(true, false, "Nộp hồ sơ qua bưu chính", "Dossier by post"),
    RECEIVE_RESULT(false, true, "Nhận kết quả qua bưu chính", "Result by post"),
    BOTH(true, true, "Nộp hồ sơ và nhận kết quả qua bưu chính", "Dossier and result by post");

    private final boolean sendDossier;
    private final boolean receiveResult;
    private final String vietnamese;
    private final String english;

    PostalOptions(boolean sendDossier, boolean receiveResult, String vietnamese, String english) {
        this.sendDossier = sendDossier;
        this.receiveResult = receiveResult;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public static PostalOptions of(boolean sendDossier, boolean receiveResult) {
        return sendDossier ? (receiveResult ? BOTH : SEND_DOSSIER) : (receiveResult ? RECEIVE_RESULT : NONE);
    }

    /** The dossier may be sent by post. */
    public boolean sendDossier() { return sendDossier; }

    /** The result may be received by post. */
    public boolean receiveResult() { return receiveResult; }

    /** Any postal service at all: what the portal's "by post" filter and mark mean. */
    public boolean any() { return this != NONE; }

    public String vietnamese() { return vietnamese; }
    public String english() { return english; }
}
