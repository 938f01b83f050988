package vn.giamsat.portal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.model.AcceptedFollowUp;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries.FollowedRecommendation;
import vn.giamsat.domain.round.FollowUpStatus;

/**
 * Published recommendations' accepted follow-up worded for one language: the dated steps of the timeline on the
 * round and unit pages, and the names that stay (anchors, feed entry ids) shared with the Atom feeds.
 */
@Component
class FollowUpPresenter {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final FiguresPresenter presenter;

    FollowUpPresenter(FiguresPresenter presenter) {
        this.presenter = presenter;
    }

    /**
     * One accepted step as the timeline shows it.
     *
     * @param acceptedOn the day the council office accepted it, ISO (for {@code <time datetime>})
     * @param anchor the recommendation's anchor on its round page
     */
    record StepLine(String acceptedOn, String acceptedOnText, String reportedOnText, String round, String roundPath,
                    int number, String anchor, String addressee, String status, String text, String evidenceLink) {}

    /** The step's number among its recommendation's accepted steps, from 1, with the step. */
    record Step(FollowedRecommendation recommendation, int ordinal, AcceptedFollowUp accepted) {}

    /** Every accepted step of the given recommendations, newest first. */
    static List<Step> steps(List<FollowedRecommendation> recommendations) {
        List<Step> steps = new ArrayList<>();
        for (FollowedRecommendation r : recommendations) {
            for (int i = 0; i < r.steps().size(); i++) {
                steps.add(new Step(r, i + 1, r.steps().get(i)));
            }
        }
        steps.sort(Comparator.comparing((Step s) -> s.accepted().acceptedAt()).reversed());
        return steps;
    }

    List<StepLine> lines(List<FollowedRecommendation> recommendations, Locale locale) {
        return steps(recommendations).stream().map(s -> {
            LocalDate accepted = day(s.accepted().acceptedAt());
            String roundPath = "/giam-sat/" + s.recommendation().round().round().value();
            return new StepLine(accepted.toString(), presenter.date(accepted, locale),
                    presenter.date(day(s.accepted().reportedAt()), locale),
                    s.recommendation().round().snapshot().resolutionNumber(), roundPath, s.recommendation().number(),
                    anchor(s.recommendation().number()), s.recommendation().recommendation().addressee(),
                    status(s.accepted().status(), locale), s.accepted().text().orElse(null),
                    s.accepted().evidenceLink().orElse(null));
        }).toList();
    }

    String status(FollowUpStatus status, Locale locale) {
        return PortalLocales.isEnglish(locale) ? status.english() : status.vietnamese();
    }

    String acceptedOn(FollowedRecommendation r, Locale locale) {
        return r.lastStep().map(s -> presenter.date(day(s.acceptedAt()), locale)).orElse(null);
    }

    static String anchor(int number) {
        return "kien-nghi-" + number;
    }

    static LocalDate day(java.time.Instant at) {
        return at.atZone(VIETNAM).toLocalDate();
    }
}
