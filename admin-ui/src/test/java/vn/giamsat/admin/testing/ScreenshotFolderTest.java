package vn.giamsat.admin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A test run leaves the user guide's screenshots alone unless asked to retake them. */
class ScreenshotFolderTest {

    @Test
    void screenshots_go_under_target_unless_a_refresh_is_asked_for() {
        assertThat(HeadlessChromium.screenshotFolder(null, null)).isEqualTo(Path.of("target", "screenshots"));
        assertThat(HeadlessChromium.screenshotFolder("false", "0")).isEqualTo(Path.of("target", "screenshots"));
        assertThat(HeadlessChromium.screenshotFolder("true", null)).isEqualTo(Path.of("..", "docs", "images"));
        assertThat(HeadlessChromium.screenshotFolder(null, "1")).isEqualTo(Path.of("..", "docs", "images"));
    }
}
