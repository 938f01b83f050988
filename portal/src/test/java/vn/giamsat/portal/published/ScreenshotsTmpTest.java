package vn.giamsat.portal.published;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.portal.PortalOnTestDatabase;

class ScreenshotsTmpTest extends PortalOnTestDatabase {
    @BeforeAll
    static void load() {
        WhatCitizensReadTest.loadTheDemoDataAndOneMoreRound();
    }

    @Test
    void shots() throws Exception {
        Path dir = Path.of("target", "shots");
        Files.createDirectories(dir);
        var http = java.net.http.HttpClient.newHttpClient();
        String rounds = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/giam-sat")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var doc = org.jsoup.Jsoup.parse(rounds);
        String round = doc.select("ul.round-list a").stream().filter(a -> a.text().contains("21/NQ")).findFirst().orElseThrow().attr("href");
        String units = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/don-vi")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String unit = org.jsoup.Jsoup.parse(units).select("table.figures tbody tr").stream()
                .filter(tr -> tr.text().contains("mã 20374")).findFirst().orElseThrow().selectFirst("a.unit-name").attr("href");
        String[][] shots = {{"round", round}, {"unit", unit}, {"guide", "/cach-doc-so-lieu"}, {"compare", "/so-sanh"}};
        for (String[] s : shots) {
            for (String w : new String[] {"1366,2400", "412,5000"}) {
                Path out = dir.resolve(s[0] + "-" + w.split(",")[0] + ".png").toAbsolutePath();
                Process p = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", "--screenshot=" + out, "--window-size=" + w,
                        "http://localhost:" + port + s[1]).inheritIO().start();
                p.waitFor();
            }
        }
        Files.writeString(dir.resolve("html-round.html"), http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + round)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    }
}
