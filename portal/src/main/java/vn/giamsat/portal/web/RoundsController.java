package vn.giamsat.portal.web;

import vn.giamsat.domain.round.Adoption;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries.RoundVersion;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries.FollowedRecommendation;
import vn.giamsat.domain.publication.RoundSnapshot;

/**
 * "/giam-sat": published rounds; "/giam-sat/{id}": the newest version of one; "/giam-sat/{id}/phien-ban/{n}":
 * version n, which keeps this address for ever, corrections or not.
 */
@Controller
class RoundsController {
    private final PublishedRoundQueries rounds;
    private final FiguresPresenter presenter;
    private final FollowUpTimelineQueries followUp;
    private final FollowUpPresenter followUpPresenter;

    RoundsController(PublishedRoundQueries rounds, FiguresPresenter presenter, FollowUpTimelineQueries followUp,
                     FollowUpPresenter followUpPresenter) {
        this.rounds = rounds;
        this.presenter = presenter;
        this.followUp = followUp;
        this.followUpPresenter = followUpPresenter;
    }

    record RoundLine(String path, String resolutionNumber, String subject, String period, int version, String publishedAt) {}

    record VersionLink(int number, String path, String publishedAt, String publishedBy, String reason, boolean current) {}

    record FindingLine(String kind, String unit, String text) {}

    /**
     * @param anchor its place in the round's newest version ("kien-nghi-2"), for the timeline's links; null if that
     *               version no longer lists it
     * @param acceptedOn the day its status was last accepted after publication; null while none was
     */
    record RecommendationLine(String anchor, String addressee, String unit, String text, String dueDate, String status,
                              String acceptedOn) {}

    record MemberLine(String name, String position, String role) {}

    /** A figures correction this version carries: which figures, what changed, why, who approved it and when. */
    record CorrectionLine(String figures, String changes, String reason, String approvedBy, String approvedAt) {}

    @GetMapping("/giam-sat")
    String list(Model model, Locale locale) {
        model.addAttribute("rounds", rounds.latestVersions().stream().map(v -> new RoundLine(
                "/giam-sat/" + v.round().value(), v.snapshot().resolutionNumber(), v.snapshot().subject(),
                presenter.period(v.snapshot().periodFrom(), v.snapshot().periodTo(), locale), v.number(),
                presenter.instant(v.publishedAt(), locale))).toList());
        return "rounds";
    }

    @GetMapping("/giam-sat/{roundId}")
    String latest(@PathVariable String roundId, Model model, Locale locale, HttpServletResponse response) {
        return show(rounds.round(roundId, null), model, locale, response);
    }

    @GetMapping("/giam-sat/{roundId}/phien-ban/{version}")
    String version(@PathVariable String roundId, @PathVariable int version, Model model, Locale locale,
                   HttpServletResponse response) {
        return show(rounds.round(roundId, version), model, locale, response);
    }

    private String show(java.util.Optional<RoundVersion> found, Model model, Locale locale, HttpServletResponse response) {
        RoundVersion round = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean english = PortalLocales.isEnglish(locale);
        RoundSnapshot s = round.shown().snapshot();
        String base = "/giam-sat/" + round.shown().round().value();
        java.util.Map<String, String> unitNames = new java.util.HashMap<>();
        s.units().forEach(u -> unitNames.put(u.unitId(), presenter.unitName(u, locale)));
        response.setDateHeader("Last-Modified", round.shown().publishedAt().toEpochMilli());
        model.addAttribute("snapshot", s);
        model.addAttribute("shown", round.shown());
        model.addAttribute("latest", round.isLatest());
        model.addAttribute("latestPath", base);
        model.addAttribute("resolutionDate", s.resolutionDate() == null ? null : presenter.date(s.resolutionDate(), locale));
        model.addAttribute("period", presenter.period(s.periodFrom(), s.periodTo(), locale));
        // as published; a version stored before the basis was kept: the law in force on the resolution's date
        model.addAttribute("legalBasis", s.legalBasis() != null ? s.legalBasis() : s.resolutionDate() == null ? null
                : vn.giamsat.domain.round.LegalBasis.forResolutionOn(s.resolutionDate()).text());
        model.addAttribute("publishedAt", presenter.instant(round.shown().publishedAt(), locale));
        String roundId = round.shown().round().value().toString();
        model.addAttribute("reportDocx", ReportDownloadController.path(roundId, round.shown().number(), ReportFormat.DOCX));
        model.addAttribute("reportPdf", ReportDownloadController.path(roundId, round.shown().number(), ReportFormat.PDF));
        model.addAttribute("versions", round.history().reversed().stream().map(v -> new VersionLink(v.number(),
                base + "/phien-ban/" + v.number(), presenter.instant(v.publishedAt(), locale), v.publishedBy(),
                v.correctionReason(), v.number() == round.shown().number())).toList());
        model.addAttribute("members", s.delegation().stream().map(m -> new MemberLine(m.fullName(), m.position(),
                english ? m.role().english() : m.role().vietnamese())).toList());
        model.addAttribute("findings", s.findings().stream().map(f -> new FindingLine(
                english ? f.kind().english() : f.kind().vietnamese(),
                f.unitId() == null ? null : unitNames.get(f.unitId()), f.text())).toList());
        // The status accepted since publication, read from the follow-up record beside this version (decision 049):
        // the published version itself is never changed for it.
        List<FollowedRecommendation> followed = followUp.ofRound(round.shown().round());
        java.util.Map<String, FollowedRecommendation> followedById = new java.util.HashMap<>();
        followed.forEach(f -> followedById.put(f.recommendation().id(), f));
        model.addAttribute("recommendations", s.recommendations().stream().map(r -> {
            FollowedRecommendation f = followedById.get(r.id());
            String status = !r.followedUp() // one the council did not adopt is not followed up: say so, not its status
                    ? (english ? Adoption.NOT_ADOPTED.english() : Adoption.NOT_ADOPTED.vietnamese())
                    // the shown version's own status until a step is accepted after publication
                    : followUpPresenter.status(f == null || f.steps().isEmpty() ? r.status() : f.status(), locale);
            return new RecommendationLine(f == null ? null : FollowUpPresenter.anchor(f.number()), r.addressee(),
                    r.unitId() == null ? null : unitNames.get(r.unitId()), r.text(),
                    r.dueDate() == null ? null : presenter.date(r.dueDate(), locale), status,
                    f == null || !r.followedUp() ? null : followUpPresenter.acceptedOn(f, locale));
        }).toList());
        model.addAttribute("timeline", followUpPresenter.lines(followed, locale));
        model.addAttribute("feedPath", FollowUpFeedController.roundFeedPath(roundId));
        model.addAttribute("feedTitle", presenter.message("followUp.feedOfRound", locale, s.resolutionNumber()));
        // the council's resolution or conclusion on the results, when published with this version (issue 19.3)
        model.addAttribute("conclusion", s.conclusion());
        model.addAttribute("conclusionKind", s.conclusion() == null ? null
                : english ? s.conclusion().kind().english() : s.conclusion().kind().vietnamese());
        model.addAttribute("conclusionDate", s.conclusion() == null ? null : presenter.date(s.conclusion().date(), locale));
        model.addAttribute("corrections", s.corrections().stream().map(c -> new CorrectionLine(
                unitNames.getOrDefault(c.before().unitId(), c.before().unitId()) + ", "
                        + presenter.period(c.before().periodFrom(), c.before().periodTo(), locale),
                c.changes().stream().map(ch -> ch.text(!english)).collect(java.util.stream.Collectors.joining("; ")),
                c.reason(), c.approvedBy(), presenter.instant(c.approvedAt(), locale))).toList());
        List<FigureRow> rows = round.figures().stream().map(f -> presenter.row(f, locale)).toList();
        model.addAttribute("rows", rows);
        return "round";
    }
}
