package vn.giamsat.application.reminder.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.giamsat.application.reminder.model.DueItem;

/**
 * The reminders' wording, Vietnamese first and English below it in the same mail (the directory does not say
 * which language a user reads, and the mail must be understood by whoever receives it). One template per kind.
 */
public final class ReminderTemplates {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ISO_LOCAL_DATE;

    private ReminderTemplates() {}

    public record Rendered(String subject, String body) {}

    public static Rendered render(DueItem item, String recipientName) {
        String due = item.dueDate().map(d -> d.format(VI)).orElse("");
        String dueEn = item.dueDate().map(d -> d.format(EN)).orElse("");
        String round = item.resolutionNumber() + " – " + item.subject();
        String vi;
        String en;
        String subjectVi;
        String subjectEn;
        switch (item.kind()) {
            case RECOMMENDATION_DUE_SOON -> {
                subjectVi = "Kiến nghị sắp đến hạn " + due;
                subjectEn = "Recommendation due on " + dueEn;
                vi = "Kiến nghị sau của cuộc giám sát " + round + " đến hạn thực hiện ngày " + due
                        + ":\n\n  " + item.text() + "\n\nĐề nghị cập nhật kết quả thực hiện trong hệ thống.";
                en = "The following recommendation of the supervision round " + round + " is due on " + dueEn
                        + ":\n\n  " + item.text() + "\n\nPlease record its progress in the system.";
            }
            case RECOMMENDATION_OVERDUE -> {
                subjectVi = "Kiến nghị quá hạn từ " + due;
                subjectEn = "Recommendation overdue since " + dueEn;
                vi = "Kiến nghị sau của cuộc giám sát " + round + " đã quá hạn thực hiện (hạn " + due
                        + ") mà chưa được thực hiện xong:\n\n  " + item.text()
                        + "\n\nĐề nghị cập nhật kết quả thực hiện trong hệ thống.";
                en = "The following recommendation of the supervision round " + round + " is past its due date ("
                        + dueEn + ") and not yet done:\n\n  " + item.text()
                        + "\n\nPlease record its progress in the system.";
            }
            case ROUND_AWAITING_APPROVAL -> {
                subjectVi = "Báo cáo chờ phê duyệt: " + item.resolutionNumber();
                subjectEn = "Report awaiting approval: " + item.resolutionNumber();
                vi = "Báo cáo kết quả giám sát của cuộc giám sát " + round
                        + " đã hoàn thành và đang chờ Trưởng đoàn phê duyệt trước khi công khai.";
                en = "The report of the supervision round " + round
                        + " is finished and awaits the delegation head's approval before publication.";
            }
            case UNIT_REPORT_DUE_SOON -> {
                subjectVi = "Hạn nộp báo cáo " + due + ": " + item.text();
                subjectEn = "Report due on " + dueEn + ": " + item.text();
                vi = "Đơn vị " + item.text() + " cần nộp báo cáo cho cuộc giám sát " + round + " chậm nhất ngày " + due
                        + ".\n\nĐề nghị tải báo cáo lên và nhập số liệu trong hệ thống (thẻ \"Báo cáo của đơn vị\").";
                en = "The unit " + item.text() + " must hand in its report to the supervision round " + round
                        + " by " + dueEn + ".\n\nPlease upload the report and enter its figures in the system (tab"
                        + " \"Units' reports\").";
            }
            case UNIT_REPORT_OVERDUE -> {
                subjectVi = "Quá hạn nộp báo cáo từ " + due + ": " + item.text();
                subjectEn = "Report overdue since " + dueEn + ": " + item.text();
                vi = "Đơn vị " + item.text() + " chưa nộp báo cáo cho cuộc giám sát " + round + " (hạn " + due
                        + ").\n\nĐề nghị tải báo cáo lên và nhập số liệu trong hệ thống (thẻ \"Báo cáo của đơn vị\").";
                en = "The unit " + item.text() + " has not handed in its report to the supervision round " + round
                        + " (due " + dueEn + ").\n\nPlease upload the report and enter its figures in the system"
                        + " (tab \"Units' reports\").";
            }
            default -> throw new IllegalArgumentException("No template for " + item.kind());
        }
        String greeting = recipientName == null || recipientName.isBlank() ? "" : recipientName.strip();
        String body = "Kính gửi " + greeting + ",\n\n" + vi + "\n\n— Hệ thống Giám sát TTHC\n\n----------\n\n"
                + "Dear " + greeting + ",\n\n" + en + "\n\n— Giám sát TTHC\n";
        return new Rendered("[Giám sát TTHC] " + subjectVi + " / " + subjectEn, body);
    }

    static String day(LocalDate d) {
        return d.format(VI);
    }
}
