package vn.giamsat.admin.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.domain.common.DomainRuleViolation;

/** Refusals as status codes with the reason in both languages; never a stack trace. */
@RestControllerAdvice(basePackageClasses = RoundsApi.class)
public class ApiErrors {
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, e);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", NotFoundException.CODE));
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<Map<String, String>> refused(DomainRuleViolation e) {
        return body(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, DomainRuleViolation e) {
        return ResponseEntity.status(status).body(Map.of("code", e.reason().code(), "vi", e.reason().vietnamese(),
                "en", e.reason().english()));
    }
}
