package vn.giamsat.admin.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Puts each refusal beside the field it is about: a rule checked for one field goes to that field; a refusal from a
 * use case goes to the field its reason code names (by prefix), or to a notification when it names none. Codes are
 * given by the constants the rules refuse with ({@code UnitReasons.NAME.required()}, {@code UnitReasons.CODE_TAKEN},
 * {@code NotFoundException.CODE}), never typed again here.
 */
public final class FieldErrors {
    private final List<HasValidation> fields = new ArrayList<>();
    private final Map<String, HasValidation> byReason = new LinkedHashMap<>();
    private boolean failed;

    /** Sends refusals whose code starts with one of {@code reasonCodePrefixes} to {@code field}; first match wins. */
    public FieldErrors field(HasValidation field, String... reasonCodePrefixes) {
        fields.add(field);
        for (String prefix : reasonCodePrefixes) {
            byReason.put(prefix, field);
        }
        return this;
    }

    /** Clears every field's error; call before a new attempt. */
    public FieldErrors reset() {
        fields.forEach(f -> f.setInvalid(false));
        failed = false;
        return this;
    }

    public boolean failed() {
        return failed;
    }

    /** Runs a rule for one field; a refusal is shown beside it and {@code null} returned. */
    public <T> T check(HasValidation field, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainRuleViolation v) {
            show(field, v.reason());
            return null;
        }
    }

    /** Runs a use case; a refusal goes beside the field its reason names, else into a notification. */
    public boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainRuleViolation v) {
            HasValidation field = byReason.entrySet().stream().filter(e -> v.reason().code().startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (field == null) {
                failed = true;
                Notices.refused(Labels.of(v.reason()));
            } else {
                show(field, v.reason());
            }
            return false;
        }
    }

    private void show(HasValidation field, Reason reason) {
        field.setErrorMessage(Labels.of(reason));
        field.setInvalid(true);
        failed = true;
    }
}
