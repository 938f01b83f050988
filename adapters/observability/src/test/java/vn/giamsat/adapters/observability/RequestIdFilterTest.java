package vn.giamsat.adapters.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {
    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void a_well_formed_id_from_the_proxy_is_kept_in_the_logs_context_and_echoed() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/don-vi");
        request.addHeader(RequestIdFilter.HEADER, "7f3c2a9be1d04c55a0e2f1b6c9d8e7a1");
        AtomicReference<String> seenInside = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {}) {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seenInside.set(MDC.get(RequestIdFilter.MDC_KEY));
            }
        });

        assertThat(seenInside).hasValue("7f3c2a9be1d04c55a0e2f1b6c9d8e7a1");
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("7f3c2a9be1d04c55a0e2f1b6c9d8e7a1");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void an_id_that_could_forge_a_log_line_or_is_too_long_is_replaced_by_a_fresh_one() {
        assertThat(RequestIdFilter.idFor("abc\n2026-01-01 ERROR fake")).doesNotContain("\n").hasSize(36);
        assertThat(RequestIdFilter.idFor("x".repeat(65))).hasSize(36);
        assertThat(RequestIdFilter.idFor("short")).hasSize(36);
        assertThat(RequestIdFilter.idFor(null)).hasSize(36);
        assertThat(RequestIdFilter.idFor(null)).isNotEqualTo(RequestIdFilter.idFor(null));
        assertThat(RequestIdFilter.idFor("req-2026.11.26_0001")).isEqualTo("req-2026.11.26_0001");
    }

    /** Fresh ids are random (version 4) UUIDs, distinct from each other, without SecureRandom's lock (issue 20). */
    @Test
    void fresh_ids_are_random_uuids_that_do_not_repeat() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIdFilter.idFor(null);
            java.util.UUID uuid = java.util.UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(seen.add(id)).as("id %s given twice", id).isTrue();
        }
    }
}
