package vn.giamsat.admin.testing;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user of the admin UI who works with the keyboard only, in a real {@link HeadlessChromium}: types into fields
 * (a date picker or combo box commits with Enter), presses buttons with Enter, picks from selects with the arrow
 * keys, confirms dialogs, switches tabs. Each action waits until Vaadin's client is idle again.
 */
public final class KeyboardUser {
    private final HeadlessChromium chromium;
    private final WebDriver browser;
    private final WebDriverWait wait;

    public KeyboardUser(HeadlessChromium chromium) {
        this.chromium = chromium;
        this.browser = chromium.driver();
        this.wait = chromium.waiter();
    }

    /** Opens {@code /admin/<path>} and waits for the page. */
    public void open(String path) {
        browser.get(chromium.url("/admin/" + path));
        chromium.awaitIdle();
    }

    private WebElement field(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
    }

    /** Types into the field {@code id}; a date picker or combo box commits with Enter, others are left with Tab. */
    public void type(String id, String text) {
        WebElement input = field(id);
        input.sendKeys(text);
        chromium.settle(); // a combo box filters on the server: wait for its items before Enter
        if (!browser.findElements(By.cssSelector("vaadin-combo-box#" + id)).isEmpty()) {
            // a combo box commits the highlighted item only: wait for the filtered item, highlight it, Enter
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(WebElement::isDisplayed).toList().isEmpty());
            input.sendKeys(Keys.ARROW_DOWN);
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item[focused]")).isEmpty());
            input.sendKeys(Keys.ENTER);
        } else {
            boolean date = !browser.findElements(By.cssSelector("vaadin-date-picker#" + id)).isEmpty();
            input.sendKeys(date ? Keys.ENTER : Keys.TAB);
        }
        chromium.settle();
    }

    /**
     * Types a date (dd/MM/yyyy) into the date picker that shares a form with the field {@code besideId}: for the
     * forms whose date picker has no id of its own.
     */
    public void typeDateBeside(String besideId, String date) {
        WebElement input = wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const beside = document.getElementById(arguments[0]);
                const form = beside && beside.closest('vaadin-form-layout');
                const picker = form && form.querySelector('vaadin-date-picker');
                return picker ? picker.querySelector('input') : null;
                """, besideId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        chromium.settle();
    }

    /** Presses the button {@code id} with Enter, once it is shown and enabled (retried: the page re-renders). */
    public void press(String id) {
        wait.ignoring(WebDriverException.class).until(d -> {
            WebElement button = d.findElement(By.id(id));
            // into view first: after a screenshot further down the page, the button may be scrolled away
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
            if (!button.isDisplayed() || button.getDomAttribute("disabled") != null) {
                return false;
            }
            button.sendKeys(Keys.ENTER);
            return true;
        });
        chromium.settle();
    }

    /** Opens the select {@code id} with Enter, moves with the arrow keys to the item {@code label}, takes it with Enter. */
    public void choose(String id, String label) {
        choose(id, label, wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('#' + arguments[0] + ' vaadin-select-value-button')"
                        + " || document.getElementById(arguments[0]);", id)));
    }

    /** {@link #choose} for the select that shares a form with the field {@code besideId} and has no id of its own. */
    public void chooseBeside(String besideId, String label) {
        choose("beside " + besideId, label, wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const beside = document.getElementById(arguments[0]);
                const form = beside && beside.closest('vaadin-form-layout');
                const select = form && form.querySelector('vaadin-select');
                return select ? (select.querySelector('vaadin-select-value-button') || select) : null;
                """, besideId)));
    }

    private void choose(String id, String label, WebElement select) {
        select.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream().anyMatch(WebElement::isDisplayed));
        int items = (int) browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed).count();
        browser.switchTo().activeElement().sendKeys(Keys.HOME);
        for (int i = 0; i <= items && !browser.switchTo().activeElement().getText().trim().equals(label); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        if (!browser.switchTo().activeElement().getText().trim().equals(label)) {
            throw new AssertionError("the select " + id + " has no item \"" + label + "\"");
        }
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        chromium.settle();
    }

    /** Selects the row of the grid {@code gridId} that shows {@code text} (a click on its cell). */
    public void selectRow(String gridId, String text) {
        WebElement cell = wait.until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().contains(text)).findFirst().orElse(null));
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(cell).click().perform();
        chromium.settle();
    }

    /** Ticks the checkbox labelled {@code label} inside {@code groupId} with the space bar. */
    public void tick(String groupId, String label) {
        WebElement box = wait.until(d -> d.findElements(By.cssSelector("#" + groupId + " vaadin-checkbox")).stream()
                .filter(c -> c.getText().contains(label)).findFirst().orElse(null));
        box.findElement(By.cssSelector("input")).sendKeys(Keys.SPACE);
        chromium.settle();
    }

    /** Confirms the open confirmation dialog with Enter. */
    public void confirm() {
        wait.ignoring(WebDriverException.class).until(d -> {
            WebElement button = d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (button == null) {
                return false;
            }
            button.sendKeys(Keys.ENTER);
            return true;
        });
        chromium.settle();
    }

    /** Switches to the tab whose label contains {@code label}. */
    public void tab(String label) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab[contains(., '" + label + "')]")))
                .sendKeys(Keys.ENTER);
        chromium.settle();
    }

    /** Gives the file input of the Upload {@code uploadId} a file (in its light DOM or its shadow root). */
    public void upload(String uploadId, Path file) {
        WebElement input = wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const u = document.getElementById(arguments[0]);
                if (!u) return null;
                return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));
                """, uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until an element matching {@code css} shows {@code text}. */
    public void waitForText(String css, String text) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** The text of the element {@code id}, once it is there. */
    public String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    /** The round's status as its badge shows it. */
    public String roundStatus() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".round-status"))).getText();
    }

    /**
     * Scrolls the element {@code id}, with the heading just above it if there is one, to the top of the window: for a
     * screenshot of what lies below the fold.
     */
    public void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("""
                const e = document.getElementById(arguments[0]);
                if (!e) return;
                const before = e.previousElementSibling;
                (before && /^H[1-6]$/.test(before.tagName) ? before : e).scrollIntoView({block: 'start'});
                """, id);
    }

    /**
     * Downloads {@code href} with the browser's own session and returns {@code [status, content type, bytes]}: the
     * file a user would get by following the link.
     */
    @SuppressWarnings("unchecked")
    public Download download(String href) {
        List<Object> got = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
                    const bytes = new Uint8Array(b);
                    let s = '';
                    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                    done([r.status, r.headers.get('content-type'), btoa(s)]);
                })).catch(e => done([0, String(e), '']));
                """, href);
        return new Download(((Number) got.get(0)).intValue(), (String) got.get(1),
                java.util.Base64.getDecoder().decode((String) got.get(2)));
    }

    /** A file the browser fetched. */
    public record Download(int status, String contentType, byte[] content) {
        /** The text of a DOCX: its paragraphs, then its tables. */
        public String docxText() {
            try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(content));
                 var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
                return text.getText();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
