package vn.giamsat.application.round.port.in;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.Comment;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.RoundId;

/**
 * Evidence files and comments on a recommendation: the addressed unit's officer and the council office attach
 * and write; whoever may read the round reads them (a unit officer only for recommendations addressed to its
 * unit); only the uploader deletes a file, and only before the round is closed.
 */
public interface RecommendationEvidenceUseCase {

    /** Stores the file after checking its type by content and its size; answers what was stored. */
    Evidence attach(AttachEvidenceCommand command);

    void delete(DeleteEvidenceCommand command);

    Comment comment(CommentCommand command);

    /** The recommendation's files and comments, oldest first, with what the current user may do. */
    Discussion discussion(RoundId round, UUID recommendation);

    /** A stored file, for download. */
    EvidenceContent download(RoundId round, UUID evidence);

    /**
     * How many files and comments each recommendation has, for the recommendations whose evidence the current user
     * may see (a unit officer: those addressed to its unit); the others are absent.
     */
    Map<UUID, Counts> counts(RoundId round);

    record AttachEvidenceCommand(RoundId round, UUID recommendation, String fileName, byte[] content) {
        public AttachEvidenceCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(recommendation, "kiến nghị", "recommendation");
            Require.present(content, "nội dung tệp", "file content");
        }
    }

    record DeleteEvidenceCommand(RoundId round, UUID evidence) {
        public DeleteEvidenceCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(evidence, "minh chứng", "evidence");
        }
    }

    record CommentCommand(RoundId round, UUID recommendation, String text) {
        public CommentCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(recommendation, "kiến nghị", "recommendation");
        }
    }

    /**
     * @param mayContribute whether the current user may attach files and comment now
     * @param deletable     the ids of the files the current user may delete now
     */
    record Discussion(List<Evidence> evidence, List<Comment> comments, boolean mayContribute,
                      java.util.Set<UUID> deletable) {
        public Discussion {
            evidence = List.copyOf(evidence);
            comments = List.copyOf(comments);
            deletable = java.util.Set.copyOf(deletable);
        }
    }

    record EvidenceContent(Evidence evidence, byte[] content) {}

    record Counts(int files, int comments) {}
}
