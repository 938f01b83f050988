package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import vn.giamsat.application.round.port.in.RoundContextQueries.PublicationEntry;

/** The round's published versions: the first publication and every correction with its reason. */
final class PublicationSection extends Section {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    PublicationSection(RoundContext ctx) {
        super(ctx);
        var versions = ctx.services().admin().publications(ctx.round().id());
        Grid<PublicationEntry> grid = grid(PublicationEntry.class);
        grid.setId("publications-grid");
        grid.addColumn(PublicationEntry::number).setHeader(getTranslation("publication.version"))
                .setComparator(Comparator.comparingInt(PublicationEntry::number)).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(v -> LocalDateTime.ofInstant(v.publishedAt(), ZoneId.of("Asia/Ho_Chi_Minh")).format(TIME))
                .setHeader(getTranslation("publication.at")).setComparator(PublicationEntry::publishedAt)
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(PublicationEntry::publishedBy).setHeader(getTranslation("publication.by"));
        grid.addColumn(v -> v.correctionReason() == null ? getTranslation("publication.first") : v.correctionReason())
                .setHeader(getTranslation("publication.reason")).setFlexGrow(2);
        grid.setItems(versions);
        grid.setEmptyStateText(getTranslation("publication.empty"));
        add(heading("publication.title"), new Paragraph(getTranslation("publication.help")), grid);
    }
}
