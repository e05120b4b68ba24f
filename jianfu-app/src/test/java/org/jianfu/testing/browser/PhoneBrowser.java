package org.jianfu.testing.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium at a phone's size (390 × 844, 3× pixels, a mobile user agent), for
 * journeys through the app: sign in, tap, go offline and back, save screenshots under
 * {@code target/screenshots/}. Tests skip with a visible reason when Chromium is not installed.
 */
public final class PhoneBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    public static final int WIDTH = 390;
    public static final int HEIGHT = 844;
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String PASSWORD = "Jianfu@2019";

    private final ChromeDriver driver;
    private final NetworkLink link;
    private final String baseUrl;
    private final WebDriverWait wait;

    private PhoneBrowser(ChromeDriver driver, NetworkLink link) {
        this.driver = driver;
        this.link = link;
        this.baseUrl = "http://localhost:" + link.port();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Skips the calling test (JUnit assumption, reported as skipped with the reason) without Chromium. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
    }

    public static PhoneBrowser open(int port) {
        return open(port, true);
    }

    /** A desktop browser window (1280 × 800, no mobile emulation), for journeys checked on both screens. */
    public static PhoneBrowser openDesktop(int port) {
        return open(port, false);
    }

    private static PhoneBrowser open(int port, boolean phone) {
        assumeInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN");
        if (!phone) {
            options.addArguments("--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        } else {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 3.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/156.0.0.0 Mobile Safari/537.36"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new PhoneBrowser(driver, new NetworkLink(port));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public PhoneBrowser go(String path) {
        driver.get(url(path));
        return this;
    }

    public PhoneBrowser signIn(String username) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    /** The signed-in session, to hand to a second browser with an empty cache ({@link #adoptSession}). */
    public org.openqa.selenium.Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    /** Takes over another browser's session without loading any page of the app but a bare icon. */
    public PhoneBrowser adoptSession(org.openqa.selenium.Cookie session) {
        go("/icons/icon.svg");
        driver.manage().addCookie(new org.openqa.selenium.Cookie(session.getName(), session.getValue(), "/"));
        return this;
    }

    /**
     * Waits until the service worker controls the page, so what is opened from now on is kept offline.
     * The page registers the worker on its load event; an install whose fetches failed (a link that
     * was throttled or restored mid-flight) leaves no worker until the next registration, so the wait
     * registers again itself, then reloads the page the worker does not control yet.
     */
    public PhoneBrowser waitForServiceWorker() {
        String[] lastState = {"none"};
        try {
            // a hang guard, not a timing: on a loaded machine a reload of a long list takes seconds
            new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
                if (controlled()) {
                    return true;
                }
                Object state = script("return navigator.serviceWorker.register('/sw.js')"
                        + ".then(r => r.active ? 'active' : r.waiting ? 'waiting' : r.installing ? 'installing' : 'none')"
                        + ".catch(e => 'failed: ' + e);");
                lastState[0] = String.valueOf(state);
                if ("active".equals(state)) {
                    // a page that started loading before the worker activated stays uncontrolled
                    driver.navigate().refresh();
                }
                return controlled();
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("the service worker never controlled " + driver.getCurrentUrl()
                    + "; last registration state: " + lastState[0], e);
        }
        return this;
    }

    private boolean controlled() {
        return Boolean.TRUE.equals(script("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);"));
    }

    /**
     * Goes offline: DevTools network emulation (the page sees {@code navigator.onLine == false} and its
     * requests fail) plus a cut of the link to the app, which the service worker's fetches go through.
     */
    public PhoneBrowser offline() {
        link.cut();
        driver.setNetworkConditions(networkConditions(true, 0, 0, 0));
        return this;
    }

    /** The signal is back: the page gets its {@code online} event. */
    public PhoneBrowser online() {
        link.restore();
        driver.deleteNetworkConditions();
        return this;
    }

    /** Slow 3G as WebPageTest defines it ("3G Slow"): 400 ms round trip, 400 kbit/s down and up. */
    public PhoneBrowser slow3g() {
        return throttle(400, 400);
    }

    /** Emulates a link with the given latency per request and bandwidth (both directions). */
    public PhoneBrowser throttle(int latencyMs, int kbitPerSecond) {
        int bytesPerSecond = kbitPerSecond * 1000 / 8;
        driver.setNetworkConditions(networkConditions(false, latencyMs, bytesPerSecond, bytesPerSecond));
        return this;
    }

    private static ChromiumNetworkConditions networkConditions(boolean offline, int latencyMs, int down, int up) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        conditions.setLatency(Duration.ofMillis(latencyMs));
        conditions.setDownloadThroughput(down);
        conditions.setUploadThroughput(up);
        return conditions;
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Taps an element after scrolling it to the middle of the screen (clear of the fixed tab bar). */
    public PhoneBrowser tap(String css) {
        return tap(By.cssSelector(css));
    }

    /**
     * Taps the element {@code by} finds. A page that htmx or a redirect swaps between the lookup and
     * the click leaves a stale handle; a stale click never reached the page, so it is looked up again.
     */
    public PhoneBrowser tap(By by) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            script("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
        return this;
    }

    public PhoneBrowser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a field's value by script (date-time fields take typed text differently per locale). */
    public PhoneBrowser setValue(String css, String value) {
        script("document.querySelector(arguments[0]).value = arguments[1];", css, value);
        return this;
    }

    /** The visible text of the first visible match, waiting for one to appear. */
    public String text(String css) {
        return wait.until(d -> visibleText(css));
    }

    public PhoneBrowser waitForText(String css, String text) {
        wait.until(d -> {
            String shown = visibleText(css);
            return shown != null && shown.contains(text);
        });
        return this;
    }

    /**
     * Reads the text in one script call, so no element handle outlives the document it came from:
     * while a form post or redirect replaces the page, Chromium answers a held handle with "stale
     * element" or "node does not belong to the document". Null (poll again) while there is no match
     * or the page is being replaced.
     */
    private String visibleText(String css) {
        try {
            Object shown = script("const e = document.querySelector(arguments[0]);"
                    + " return e && e.checkVisibility() ? e.innerText : null;", css);
            return shown == null ? null : shown.toString().strip();
        } catch (WebDriverException pageBeingReplaced) {
            return null;
        }
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a PNG of the viewport as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            link.close();
        }
    }
}
