package vn.giamsat.admin.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.AcceptProgressCommand;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.ReportProgressCommand;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.ReturnProgressCommand;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * A recommendation's follow-up over the bearer API: a unit's officer reports progress, the council office accepts
 * or returns it with a reason.
 * Who may do what is the use case's (FollowUpProgressService): a refusal answers 403 with its reason.
 */
@RestController
public class FollowUpApi {
    private final FollowUpProgressUseCase followUp;

    public FollowUpApi(FollowUpProgressUseCase followUp) {
        this.followUp = followUp;
    }

    public record ProgressRequest(FollowUpStatus status, String text, UUID evidence, String evidenceLink) {}

    public record ReturnRequest(String reason) {}

    public record EntryView(String id, String kind, String report, String status, String text, String recordedAt,
                            String recordedBy) {
        static EntryView of(ProgressEntry e) {
            return new EntryView(e.id().toString(), e.kind().name(), e.report().map(UUID::toString).orElse(null),
                    e.status().name(), e.text().orElse(null), e.recordedAt().toString(), e.recordedBy().username());
        }
    }

    @PostMapping("/api/rounds/{round}/recommendations/{recommendation}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryView report(@PathVariable UUID round, @PathVariable UUID recommendation,
                            @RequestBody ProgressRequest request) {
        return EntryView.of(followUp.report(new ReportProgressCommand(new RoundId(round), recommendation,
                request.status(), request.text(), Optional.ofNullable(request.evidence()), request.evidenceLink())));
    }

    @PostMapping("/api/rounds/{round}/progress/{report}/acceptance")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryView accept(@PathVariable UUID round, @PathVariable UUID report) {
        return EntryView.of(followUp.accept(new AcceptProgressCommand(new RoundId(round), report)));
    }

    @PostMapping("/api/rounds/{round}/progress/{report}/return")
    @ResponseStatus(HttpStatus.CREATED)
    public EntryView returnReport(@PathVariable UUID round, @PathVariable UUID report, @RequestBody ReturnRequest request) {
        return EntryView.of(followUp.returnReport(new ReturnProgressCommand(new RoundId(round), report,
                request.reason())));
    }

    @GetMapping("/api/rounds/{round}/recommendations/{recommendation}/progress")
    public List<EntryView> entries(@PathVariable UUID round, @PathVariable UUID recommendation) {
        return followUp.entries(new RoundId(round), recommendation).stream().map(EntryView::of).toList();
    }
}
