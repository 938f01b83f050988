package vn.giamsat.application.reminder.port.in;

import java.util.List;
import vn.giamsat.application.reminder.model.Notice;

/** The reminders sent to the signed-in user (thông báo của tôi). */
public interface MyNotices {
    List<Notice> mine();
}
