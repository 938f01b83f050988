package vn.giamsat.application.round.model;

import java.util.List;

/**
 * The delegation's report as plain text, laid out as Decree 30/2020/NĐ-CP asks: the national motto, the
 * issuing body, number, place and date, title, body (with the figures table), recipients and signature.
 * A renderer only lays it out; every word and number is decided here, so DOCX and PDF say the same.
 *
 * @param issuingBodyParent the body above the issuer, e.g. "HĐND HUYỆN PHÚ NINH"
 * @param issuingBody       e.g. "ĐOÀN GIÁM SÁT"
 * @param placeAndDate      "Phú Ninh, ngày 05 tháng 01 năm 2023", or "Phú Ninh, ngày … tháng … năm …" when no date is known
 * @param grounds           the "Căn cứ …;" lines under the title: the supervision law, the resolution
 * @param figures           null in a document of the round other than the report (its plan, the decision forming the
 *                          delegation, a unit's notice with the report outline: issue 19.1), which has no table
 * @param draft             true until the head approved the report: the renderer marks it "DỰ THẢO"
 * @param sampleDataNote    for demo content, the words that say so on every page; null for a real report
 */
public record RoundReport(
        String issuingBodyParent,
        String issuingBody,
        String number,
        String placeAndDate,
        String title,
        String summary,
        List<String> grounds,
        List<String> introduction,
        FiguresTable figures,
        List<Section> sections,
        List<String> recipients,
        String signatureAuthority,
        String signatureTitle,
        String signerName,
        boolean draft,
        String sampleDataNote) {

    public static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

    public RoundReport {
        grounds = List.copyOf(grounds);
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
    }

    /** @param rows every cell already worded: "chưa báo cáo" where a figure was not reported */
    public boolean isSampleData() {
        return sampleDataNote != null;
    }

    public record FiguresTable(String caption, List<String> header, List<List<String>> rows, List<String> notes) {
        public FiguresTable {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            notes = List.copyOf(notes);
        }
    }

    public record Section(String heading, List<String> paragraphs) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
