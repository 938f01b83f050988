package vn.giamsat.adapters.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MetricsEndpointGuardTest {
    private final MetricsEndpointGuard guard = new MetricsEndpointGuard();

    private int status(String remoteAddress, String header, String value) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", MetricsEndpointGuard.PATH);
        request.setRemoteAddr(remoteAddress);
        if (header != null) {
            request.addHeader(header, value);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void a_scraper_on_the_cluster_network_or_the_same_host_gets_the_metrics() throws Exception {
        assertThat(status("10.42.0.17", null, null)).isEqualTo(200);
        assertThat(status("192.168.1.20", null, null)).isEqualTo(200);
        assertThat(status("172.20.0.5", null, null)).isEqualTo(200);
        assertThat(status("127.0.0.1", null, null)).isEqualTo(200);
        assertThat(status("0:0:0:0:0:0:0:1", null, null)).isEqualTo(200);
        assertThat(status("fd12:3456::1", null, null)).isEqualTo(200);
    }

    @Test
    void a_request_from_the_internet_or_through_the_reverse_proxy_finds_no_such_page() throws Exception {
        assertThat(status("203.113.131.5", null, null)).isEqualTo(404);
        assertThat(status("2001:ee0::1", null, null)).isEqualTo(404);
        assertThat(status("10.0.0.2", "X-Forwarded-For", "203.113.131.5")).isEqualTo(404);
        assertThat(status("10.0.0.2", "Forwarded", "for=203.113.131.5")).isEqualTo(404);
        assertThat(status("10.0.0.2", "X-Real-IP", "203.113.131.5")).isEqualTo(404);
    }

    @Test
    void other_paths_are_not_its_business() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health/readiness");
        request.setRemoteAddr("203.113.131.5");
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    /** Issue 14.12: the path is judged as the container maps it, not as it was spelt. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/actuator;a/prometheus", "/actuator/./prometheus",
            "//actuator/prometheus", "/actuator/%70rometheus", "/actuator/prometheus;x", "/a/../actuator/prometheus",
            "/ACTUATOR/prometheus", "/actuator/prometheus/", "/actuator/prometheus.txt", "/Actuator/Prometheus",
            "/actuator//prometheus", "/don-vi/../actuator/prometheus"})
    void odd_spellings_of_the_metrics_path_are_guarded_too(String uri) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setRemoteAddr("203.113.131.5");
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).as(uri).isEqualTo(404);
    }

    /**
     * Issue 20: the guard runs on every request of the portal, kept pages included. A public page's path is
     * judged without regexes, decoding or URI parsing: before, this check allocated more per request than
     * answering the kept page did (JFR of the portal under wrk, docs/performance.md).
     */
    @Test
    void judging_a_public_pages_path_allocates_next_to_nothing() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/don-vi/b2fa09a7-30d1-4cd2-82fe-667622fe398d");
        request.setServletPath(request.getRequestURI()); // as Tomcat maps it to the dispatcher servlet on "/"
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        boolean skipped = true;
        for (int i = 0; i < 20_000; i++) { // warm up
            skipped &= guard.shouldNotFilter(request);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        int calls = 100_000;
        for (int i = 0; i < calls; i++) {
            skipped &= guard.shouldNotFilter(request);
        }
        long perCall = (threads.getThreadAllocatedBytes(thread) - before) / calls;
        assertThat(skipped).as("a public page is not the guard's business").isTrue();
        assertThat(perCall).as("bytes allocated per request to judge a public page's path").isLessThan(16);
    }
}
