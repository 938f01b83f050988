package vn.giamsat.domain.round;

import java.time.Instant;
import java.util.UUID;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * A file stored as evidence of a recommendation's follow-up (minh chứng): what it is and who attached it when.
 * The content itself is fetched separately, as it may be up to 10 MB.
 */
public record Evidence(UUID id, RoundId round, UUID recommendation, String fileName, EvidenceType type, long size,
                       Contributor uploadedBy, Instant uploadedAt) {
    public Evidence {
        Require.present(id, "mã minh chứng", "evidence id");
        Require.present(round, "cuộc giám sát", "round");
        Require.present(recommendation, "kiến nghị", "recommendation");
        fileName = Require.text(fileName, EvidenceFile.MAX_NAME_LENGTH, "tên tệp", "file name");
        Require.present(type, "loại tệp", "file type");
        if (size <= 0 || size > EvidenceFile.MAX_BYTES) {
            throw new IllegalArgumentException("evidence size out of range: " + size);
        }
        Require.present(uploadedBy, "người tải lên", "uploader");
        Require.present(uploadedAt, "thời điểm tải lên", "upload time");
    }

    public static Evidence of(RoundId round, UUID recommendation, EvidenceFile file, Contributor by, Instant at) {
        return new Evidence(UUID.randomUUID(), round, recommendation, file.fileName(), file.type(), file.size(), by, at);
    }

    /**
     * Only the person who attached a file may take it back, and only while the round is open: once the round is
     * closed its record of evidence is final.
     */
    public Decision checkDeletion(String username, RoundStatus roundStatus) {
        if (!uploadedBy.username().equals(username)) {
            return Decision.refused(Reason.of("evidence.not-uploader",
                    "Chỉ người đã tải tệp \"" + fileName + "\" lên (" + uploadedBy.displayName() + ") mới được xóa tệp.",
                    "Only the person who attached \"" + fileName + "\" (" + uploadedBy.displayName()
                            + ") may delete it."));
        }
        return EvidencePolicy.checkOpen(roundStatus);
    }
}
