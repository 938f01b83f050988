package vn.giamsat.admin.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.domain.round.RoundId;

/**
 * Issue 14, item 7, in a real Chromium signed in as council staff: the evidence upload (10 MB) is cut off while the
 * server reads it. A browser whose own size check is lifted (as a crafted client's would be) gets the message that
 * names the limit; a 200 MB body sent with the same session is refused after the server read little more than the
 * limit — before, the whole body went into the heap.
 */
class UploadLimitBrowserTest extends WholeAppBrowserTest {
    private static final long MiB = 1L << 20;

    @Autowired RecordFindingsUseCase findings;
    @Autowired RecommendationEvidenceUseCase evidence;

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    @Test
    void an_evidence_file_over_10_mb_is_refused_while_read_with_a_message_naming_the_limit(@TempDir Path files)
            throws Exception {
        RoundId round = demoRound();
        var recommendation = findings.recommend(new RecommendCommand(round, null, "UBND xã Tam Đàn",
                "Niêm yết đầy đủ thủ tục hành chính.", LocalDate.of(2023, 9, 30)));
        chromium.signIn("");
        browser.get(chromium.url("/admin/cuoc-giam-sat/" + round));
        chromium.awaitIdle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab[contains(., 'Kiến nghị')]")))
                .sendKeys(Keys.ENTER);
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("evidence-open-0"))).sendKeys(Keys.ENTER);
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
        settle();

        JavascriptExecutor js = (JavascriptExecutor) browser;
        // 1. A 200 MB body posted straight to the upload's address with the browser's session.
        URI target = URI.create(chromium.url("/admin/")).resolve(upload.getDomAttribute("target"));
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        AtomicLong sent = new AtomicLong();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest post = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/pdf").header("X-Filename", "khong-lo.pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless(200 * MiB, sent))).build();
        Integer status;
        try {
            status = http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException closedByTheServer) {
            status = null; // the server answered and closed the connection while the client was still sending
        }

        System.out.printf("200 MB upload: status %s, %d bytes taken by the server%n", status, sent.get());
        assertThat(status).as("refused, or the connection closed on the sender").isIn(422, null);
        assertThat(sent.get()).as("bytes the server took of 200 MB").isLessThan(10 * MiB + 40 * MiB);
        assertThat(evidence.discussion(round, recommendation).evidence()).as("nothing stored").isEmpty();

        // 2. The browser's check lifted: an 11 MB "PDF" reaches the server, which refuses it and says why.
        js.executeScript("arguments[0].maxFileSize = Infinity;", upload);
        byte[] big = new byte[11 * (int) MiB];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, big, 0, 9);
        Path file = Files.write(files.resolve("bien-ban-lon.pdf"), big);
        WebElement input = (WebElement) js.executeScript(
                "return arguments[0].querySelector('input[type=file]') "
                        + "|| (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        // the refusal of step 1 may reach the page late: wait for this file's own message
        wait.until(d -> d.findElement(By.id("evidence-error")).getText().contains("bien-ban-lon.pdf"));
        assertThat(browser.findElement(By.id("evidence-error")).getText())
                .isEqualTo("Không nhận tệp \"bien-ban-lon.pdf\": lớn hơn giới hạn 10 MB.");
    }

    /** {@code size} bytes made as they are read, counting what was taken. */
    private static InputStream endless(long size, AtomicLong taken) {
        return new InputStream() {
            @Override
            public int read() {
                if (taken.get() >= size) {
                    return -1;
                }
                taken.incrementAndGet();
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = size - taken.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                taken.addAndGet(n);
                return n;
            }
        };
    }
}
