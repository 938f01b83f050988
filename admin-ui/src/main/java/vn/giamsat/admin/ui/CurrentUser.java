package vn.giamsat.admin.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.security.Principal;

/**
 * The name recorded as who did an action (e.g. who published). Works with and without a login: with one,
 * the signed-in user's name from the request; without, the council office as a whole.
 */
public final class CurrentUser {
    public static final String OFFICE = "Văn phòng HĐND";

    private CurrentUser() {}

    public static String name() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? OFFICE : principal.getName();
    }
}
