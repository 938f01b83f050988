package vn.giamsat.domain.round;

import java.text.Normalizer;
import java.util.Optional;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * A file offered as evidence, checked before anything stores it: not empty, at most {@link #MAX_BYTES}, one of the
 * {@link EvidenceType}s by its content, and a name that matches that content. The name is cleaned so that it is
 * safe to show and to offer for download (no path, no control or reserved characters), keeping Vietnamese letters.
 *
 * @param fileName the cleaned name, with the extension of its type
 */
public record EvidenceFile(String fileName, EvidenceType type, byte[] content) {
    /** 10 MiB: a scanned official letter or a photo of a notice board fits; a video does not belong here. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_NAME_LENGTH = 150;

    public EvidenceFile {
        Require.present(fileName, "tên tệp", "file name");
        Require.present(type, "loại tệp", "file type");
        Require.present(content, "nội dung tệp", "file content");
    }

    /** Checks an uploaded file; refuses it with a reason that names the file and what is wrong with it. */
    public static EvidenceFile of(String uploadedName, byte[] content) {
        String name = sanitize(uploadedName == null ? "" : uploadedName);
        Require.present(content, "nội dung tệp", "file content");
        if (content.length == 0) {
            throw refusal("evidence.empty", "Tệp \"" + name + "\" rỗng.", "The file \"" + name + "\" is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw refusal("evidence.too-large",
                    "Tệp \"" + name + "\" nặng " + megabytes(content.length) + " MB, quá giới hạn 10 MB.",
                    "The file \"" + name + "\" is " + megabytes(content.length) + " MB, over the 10 MB limit.");
        }
        Optional<EvidenceType> claimed = EvidenceType.claimedBy(name);
        if (claimed.isEmpty()) {
            throw refusal("evidence.type",
                    "Tệp \"" + name + "\" không thuộc loại được nhận (PDF, ảnh PNG/JPG, DOCX, XLSX).",
                    "The file \"" + name + "\" is not of an accepted type (PDF, PNG/JPG image, DOCX, XLSX).");
        }
        Optional<EvidenceType> actual = EvidenceType.detect(content);
        if (actual.isEmpty() || actual.get() != claimed.get()) {
            throw refusal("evidence.content",
                    "Nội dung tệp \"" + name + "\" không phải là tệp " + claimed.get().name()
                            + " như phần mở rộng của nó (tệp hỏng, đổi tên hoặc có macro).",
                    "The content of \"" + name + "\" is not a " + claimed.get().name()
                            + " file as its extension says (damaged, renamed or with macros).");
        }
        return new EvidenceFile(name, actual.get(), content);
    }

    public long size() {
        return content.length;
    }

    /**
     * The last path segment of the name, in NFC, without control characters and the characters Windows and HTTP
     * headers reserve, whitespace collapsed, no leading dots (hidden files), at most 150 characters (the extension
     * kept). An empty result becomes "tep-dinh-kem".
     */
    public static String sanitize(String uploaded) {
        String name = Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean reserved = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || "<>:\"|?*;%".indexOf(c) >= 0
                    || Character.getType(c) == Character.FORMAT; // e.g. right-to-left override, hiding ".exe"
            clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : reserved ? '_' : c);
        });
        String result = clean.toString().replaceAll(" +", " ").strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (result.isEmpty()) {
            result = "tep-dinh-kem";
        }
        if (result.codePointCount(0, result.length()) > MAX_NAME_LENGTH) {
            int dot = result.lastIndexOf('.');
            String ext = dot > 0 && result.length() - dot <= 6 ? result.substring(dot) : "";
            String stem = result.substring(0, result.length() - ext.length());
            result = stem.substring(0, stem.offsetByCodePoints(0, MAX_NAME_LENGTH - ext.length())).strip() + ext;
        }
        return result;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static DomainRuleViolation refusal(String code, String vi, String en) {
        return new DomainRuleViolation(Reason.of(code, vi, en));
    }

    // A record with an array compares by identity; evidence files are compared by their stored id elsewhere.
    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceFile f && f.fileName.equals(fileName) && f.type == type
                && java.util.Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "EvidenceFile[" + fileName + ", " + type + ", " + content.length + " bytes]";
    }
}
