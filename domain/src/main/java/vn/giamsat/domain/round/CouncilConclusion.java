package vn.giamsat.domain.round;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * The council's resolution or conclusion on the supervision results (nghị quyết/kết luận về kết quả giám sát),
 * adopted after the delegation's report.
 *
 * @param number    "15/NQ-HĐND" for a resolution, "07/KL-HĐND" for a conclusion: the symbol must match the kind
 * @param date      the day it was adopted or signed
 * @param text      its summary as published (nội dung)
 * @param decisions what it decides and asks of whom (quyết định, yêu cầu), as published
 */
public record CouncilConclusion(ConclusionKind kind, String number, LocalDate date, String text, String decisions) {
    public CouncilConclusion {
        Require.present(kind, "hình thức văn bản", "kind of document");
        Require.present(number, "số, ký hiệu văn bản", "document number");
        number = Normalizer.normalize(number.strip(), Normalizer.Form.NFC).replace(" ", "");
        if (!number.matches("\\d{1,4}(/\\d{4})?/" + kind.symbol() + "-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*")) {
            throw new DomainRuleViolation(Reason.of("conclusion.number-format",
                    "Số, ký hiệu \"" + number + "\" không đúng dạng của " + kind.vietnamese().toLowerCase()
                            + ", ví dụ 15/" + kind.symbol() + "-HĐND.",
                    "Number \"" + number + "\" is not in the form of a " + kind.english().toLowerCase()
                            + ", e.g. 15/" + kind.symbol() + "-HĐND."));
        }
        Require.present(date, "ngày ban hành", "date of issue");
        text = Require.text(text, 8000, "nội dung", "text");
        decisions = Require.text(decisions, 8000, "các quyết định, yêu cầu", "decisions");
    }

    /** "Nghị quyết số 15/NQ-HĐND ngày 10/05/2023" */
    public String citation() {
        return kind.vietnamese() + " số " + number + " ngày " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
