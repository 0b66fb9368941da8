package io.switchboard.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless system Chromium for one test; a screenshot goes to target/screenshots when the test fails.
 * Register with {@code @RegisterExtension BrowserSession browser = new BrowserSession();}.
 */
public class BrowserSession implements BeforeEachCallback, AfterEachCallback {
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;
    private Page page;
    private final List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Page page() {
        return page;
    }

    /** Opens {@code url}, which sends the browser to the OIDC provider's login form, and signs in there. */
    public Page signIn(String url, String username) {
        page.navigate(url);
        page.locator("#username").fill(username);
        page.locator("#password").fill("secret");
        page.locator("#login").click();
        return page;
    }

    /** Script errors and console errors such as CSP violations. */
    public List<String> consoleErrors() {
        return consoleErrors;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        openPage();
    }

    /** A new browser context (no cookies): the next {@link #signIn} is another user. */
    public Page newUser() {
        openPage();
        return page;
    }

    private void openPage() {
        page = browser.newContext().newPage();
        page.onConsoleMessage(m -> {
            // A 4xx page (a form re-rendered with errors) is logged as a failed load: that is not a script error.
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (context.getExecutionException().isPresent() && page != null) {
                Path dir = Paths.get("target", "screenshots");
                Files.createDirectories(dir);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                                + context.getRequiredTestMethod().getName() + ".png")));
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        }
    }
}
