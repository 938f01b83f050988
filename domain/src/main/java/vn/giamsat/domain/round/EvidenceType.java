package vn.giamsat.domain.round;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file accepted as evidence for a recommendation, each recognised by its content, not by its name:
 * a renamed executable or a macro-enabled Word file is not a DOCX, whatever its extension says.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final Set<String> extensions;

    EvidenceType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    public String mediaType() { return mediaType; }

    /** The extension a stored file gets (the first one: "jpg" for JPEG). */
    public String extension() {
        return switch (this) {
            case JPEG -> "jpg";
            default -> extensions.iterator().next();
        };
    }

    /** The type a file name claims by its extension, if it is one of the accepted ones. */
    public static Optional<EvidenceType> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }

    /** What the content is, judged from its first bytes and, for Office files, from the package's part names. */
    public static Optional<EvidenceType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            Set<String> parts = ZipDirectory.entryNames(content);
            // A macro-enabled document carries a VBA project: refused even when named .docx or .xlsx.
            boolean macros = parts.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
            if (!parts.contains("[Content_Types].xml") || macros) {
                return Optional.empty();
            }
            if (parts.contains("word/document.xml")) {
                return Optional.of(DOCX);
            }
            if (parts.contains("xl/workbook.xml")) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Reads the names in a ZIP file's central directory without inflating anything, so a "zip bomb" costs no more
     * than its own bytes. A damaged directory yields what could be read (then the type is not recognised).
     */
    static final class ZipDirectory {
        private static final int END_SIGNATURE = 0x06054b50;
        private static final int ENTRY_SIGNATURE = 0x02014b50;
        private static final int MAX_ENTRIES = 10_000;

        private ZipDirectory() {}

        static Set<String> entryNames(byte[] zip) {
            Set<String> names = new HashSet<>();
            int end = findEnd(zip);
            if (end < 0) {
                return names;
            }
            int count = u16(zip, end + 10);
            long offset = u32(zip, end + 16);
            int p = (int) Math.min(offset, Integer.MAX_VALUE);
            for (int i = 0; i < Math.min(count, MAX_ENTRIES); i++) {
                if (p < 0 || p + 46 > zip.length || (int) u32(zip, p) != ENTRY_SIGNATURE) {
                    break;
                }
                int nameLength = u16(zip, p + 28);
                int extraLength = u16(zip, p + 30);
                int commentLength = u16(zip, p + 32);
                if (p + 46 + nameLength > zip.length) {
                    break;
                }
                names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
                p += 46 + nameLength + extraLength + commentLength;
            }
            return names;
        }

        /** The end-of-central-directory record: in the last 22 + 65535 bytes (its comment is at most 64 KiB). */
        private static int findEnd(byte[] zip) {
            int lowest = Math.max(0, zip.length - 22 - 0xFFFF);
            for (int i = zip.length - 22; i >= lowest; i--) {
                if ((int) u32(zip, i) == END_SIGNATURE) {
                    return i;
                }
            }
            return -1;
        }

        private static int u16(byte[] b, int i) {
            return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
        }

        private static long u32(byte[] b, int i) {
            return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
        }
    }
}
