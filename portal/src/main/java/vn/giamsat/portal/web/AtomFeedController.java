package vn.giamsat.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;

/**
 * "/du-lieu-mo/cong-khai.atom": one entry per published version, corrections included, newest first. An entry's
 * id names the version by stable facts ({@link #entryId}); its {@code updated} is the version's publication time.
 */
@Controller
class AtomFeedController {
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private final PublishedRoundQueries rounds;
    private final PublicBaseUrl publicBaseUrl;

    AtomFeedController(PublishedRoundQueries rounds, PublicBaseUrl publicBaseUrl) {
        this.rounds = rounds;
        this.publicBaseUrl = publicBaseUrl;
    }

    private record Entry(PublishedVersion latest, int number, Instant at, String reason) {}

    @GetMapping("/du-lieu-mo/cong-khai.atom")
    ResponseEntity<String> feed() throws XMLStreamException {
        // The configured address, not the request's Host: the feed is the same for everyone (and cached).
        String base = publicBaseUrl.value();
        List<Entry> entries = new ArrayList<>();
        for (PublishedVersion latest : rounds.latestVersions()) {
            rounds.round(latest.round().value().toString(), null).ifPresent(r -> r.history().forEach(v ->
                    entries.add(new Entry(latest, v.number(), v.publishedAt(), v.correctionReason()))));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "title", "Giám sát TTHC – kết quả giám sát đã công khai");
        element(xml, "id", base + "/du-lieu-mo/cong-khai.atom");
        element(xml, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.getFirst().at()).toString());
        element(xml, "rights", OpenDataController.LICENCE);
        link(xml, base + "/du-lieu-mo/cong-khai.atom", "self");
        xml.writeStartElement("author");
        element(xml, "name", "Giám sát TTHC");
        xml.writeEndElement();
        for (Entry e : entries) {
            String address = base + "/giam-sat/" + e.latest().round().value() + "/phien-ban/" + e.number();
            xml.writeStartElement("entry");
            element(xml, "id", entryId(base, e.latest().snapshot(), e.number()));
            element(xml, "title", "Nghị quyết " + e.latest().snapshot().resolutionNumber() + " – phiên bản " + e.number()
                    + (e.reason() == null ? "" : " (đính chính)"));
            element(xml, "updated", e.at().toString());
            link(xml, address, "alternate");
            element(xml, "summary", e.reason() == null ? e.latest().snapshot().subject() : "Lý do đính chính: " + e.reason());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    /**
     * The year in every entry id: RFC 4151 asks for a date on which the tagging entity held the name; the
     * ids must never change, so it is a constant (the year the feed began), not a date read from the data.
     */
    static final String TAG_YEAR = "2026";

    /**
     * An entry id that stays the same across installs, reloads and restores (issue 18 item 4): a tag URI
     * (RFC 4151) made of the portal's host and the facts that name a published version for ever, the issuing
     * council (cơ quan ban hành), the resolution's number and date, and the version number, e.g.
     * {@code tag:giamsat.example.vn,2026:hoi-dong-nhan-dan-huyen-phu-ninh/21-nq-hdnd/2022-01-05/phien-ban-1}.
     * Not the round's database id, which a new install or a reload draws anew.
     */
    static String entryId(String base, RoundSnapshot snapshot, int version) {
        return "tag:" + java.net.URI.create(base).getHost() + "," + TAG_YEAR + ":" + slug(snapshot.issuingCouncil())
                + "/" + slug(snapshot.resolutionNumber()) + "/" + snapshot.resolutionDate() + "/phien-ban-" + version;
    }

    /** Lower case ASCII words joined by '-': "21/NQ-HĐND" → "21-nq-hdnd"; the same text always gives the same slug. */
    static String slug(String text) {
        String plain = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
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
