package vn.giamsat.domain.round;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.giamsat.domain.common.Require;

/**
 * The resolution (nghị quyết) by which a People's Council set up the supervision delegation.
 *
 * @param issuingCouncil e.g. "Hội đồng nhân dân huyện Phú Ninh"
 */
public record Resolution(ResolutionNumber number, LocalDate adoptedOn, String issuingCouncil) {
    public Resolution {
        Require.present(number, "số nghị quyết", "resolution number");
        Require.present(adoptedOn, "ngày ban hành nghị quyết", "resolution date");
        issuingCouncil = Require.text(issuingCouncil, 200, "cơ quan ban hành", "issuing council");
    }

    /** "Nghị quyết số 21/NQ-HĐND ngày 20/12/2022 của Hội đồng nhân dân huyện Phú Ninh" */
    public String citation() {
        return "Nghị quyết số " + number + " ngày " + adoptedOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + " của " + issuingCouncil;
    }
}
