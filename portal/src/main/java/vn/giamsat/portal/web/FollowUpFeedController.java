package vn.giamsat.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries;
import vn.giamsat.application.publication.port.in.FollowUpTimelineQueries.FollowedRecommendation;
import vn.giamsat.application.publication.port.in.PerformanceQueries;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.RoundId;

/**
 * Atom feeds of accepted follow-up (decision 049): "/giam-sat/{id}/theo-doi.atom" for one round,
 * "/don-vi/{id}/theo-doi.atom" for the recommendations addressed to one unit. One entry per accepted step, newest
 * first; its {@code updated} is the acceptance time; its id ({@link #entryId}) is the same in both feeds and never
 * changes, whatever install or reload.
 */
@Controller
class FollowUpFeedController {
    private final FollowUpTimelineQueries timeline;
    private final PublishedRoundQueries rounds;
    private final PerformanceQueries performance;
    private final PublicBaseUrl publicBaseUrl;

    FollowUpFeedController(FollowUpTimelineQueries timeline, PublishedRoundQueries rounds,
                           PerformanceQueries performance, PublicBaseUrl publicBaseUrl) {
        this.timeline = timeline;
        this.rounds = rounds;
        this.performance = performance;
        this.publicBaseUrl = publicBaseUrl;
    }

    static String roundFeedPath(String roundId) {
        return "/giam-sat/" + roundId + "/theo-doi.atom";
    }

    static String unitFeedPath(String unitId) {
        return "/don-vi/" + unitId + "/theo-doi.atom";
    }

    @GetMapping("/giam-sat/{roundId}/theo-doi.atom")
    ResponseEntity<String> round(@PathVariable String roundId) throws XMLStreamException {
        var round = rounds.round(roundId, null).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RoundSnapshot s = round.shown().snapshot();
        String base = publicBaseUrl.value();
        return feed(base, base + roundFeedPath(roundId), tagPrefix(base) + roundKey(s) + "/theo-doi",
                "Theo dõi thực hiện kiến nghị – Nghị quyết " + s.resolutionNumber(), round.shown().publishedAt(),
                timeline.ofRound(round.shown().round()));
    }

    @GetMapping("/don-vi/{unitId}/theo-doi.atom")
    ResponseEntity<String> unit(@PathVariable String unitId) throws XMLStreamException {
        var unit = performance.unit(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String base = publicBaseUrl.value();
        // The unit's code (mã đơn vị hành chính) names it for ever; its database id does not.
        return feed(base, base + unitFeedPath(unitId), tagPrefix(base) + "don-vi/" + unit.unit().code() + "/theo-doi",
                "Theo dõi thực hiện kiến nghị gửi " + unit.unit().name(), Instant.EPOCH, timeline.ofUnit(unitId));
    }

    private static ResponseEntity<String> feed(String base, String self, String id, String title, Instant since,
                                               List<FollowedRecommendation> recommendations) throws XMLStreamException {
        List<FollowUpPresenter.Step> steps = FollowUpPresenter.steps(recommendations);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "title", title);
        element(xml, "id", id);
        element(xml, "updated", (steps.isEmpty() ? since : steps.getFirst().accepted().acceptedAt()).toString());
        element(xml, "rights", OpenDataController.LICENCE);
        link(xml, self, "self");
        xml.writeStartElement("author");
        element(xml, "name", "Giám sát TTHC");
        xml.writeEndElement();
        for (FollowUpPresenter.Step step : steps) {
            FollowedRecommendation r = step.recommendation();
            RoundSnapshot s = r.round().snapshot();
            xml.writeStartElement("entry");
            element(xml, "id", entryId(base, s, r.number(), step.ordinal()));
            element(xml, "title", "Nghị quyết " + s.resolutionNumber() + ", kiến nghị " + r.number() + " ("
                    + r.recommendation().addressee() + "): " + step.accepted().status().vietnamese());
            element(xml, "updated", step.accepted().acceptedAt().toString());
            link(xml, base + "/giam-sat/" + r.round().round().value() + "#" + FollowUpPresenter.anchor(r.number()),
                    "alternate");
            element(xml, "summary", "Đơn vị báo cáo ngày " + FollowUpPresenter.day(step.accepted().reportedAt())
                    + ", được chấp nhận ngày " + FollowUpPresenter.day(step.accepted().acceptedAt()) + ". "
                    + step.accepted().text().orElse(""));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return ResponseEntity.ok().contentType(AtomFeedController.ATOM).body(out.toString());
    }

    private static String tagPrefix(String base) {
        return "tag:" + java.net.URI.create(base).getHost() + "," + AtomFeedController.TAG_YEAR + ":";
    }

    /** The issuing council, the resolution's number and date: what names a round for ever (as in cong-khai.atom). */
    private static String roundKey(RoundSnapshot s) {
        return AtomFeedController.slug(s.issuingCouncil()) + "/" + AtomFeedController.slug(s.resolutionNumber()) + "/"
                + s.resolutionDate();
    }

    /**
     * The id of an accepted step: the round's natural key, the recommendation's place in the round's newest version
     * and the step's place among its accepted steps (an append-only record: that place never changes), e.g.
     * {@code tag:giamsat.example.vn,2026:hoi-dong-nhan-dan-huyen-phu-ninh/21-nq-hdnd/2023-01-05/kien-nghi-2/theo-doi-1}.
     * Not a database id nor a time read back from the database, which a reload of the demo data draws anew.
     */
    static String entryId(String base, RoundSnapshot snapshot, int recommendation, int step) {
        return tagPrefix(base) + roundKey(snapshot) + "/" + FollowUpPresenter.anchor(recommendation) + "/theo-doi-" + step;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
