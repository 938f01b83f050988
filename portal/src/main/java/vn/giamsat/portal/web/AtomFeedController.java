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

/** "/du-lieu-mo/cong-khai.atom": one entry per published version, corrections included, newest first. */
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
            element(xml, "id", address);
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
