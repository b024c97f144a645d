package org.newsgraph.view;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.ExternalTool;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given
 * explicitly, so Selenium Manager never downloads anything; on a machine without them the test
 * is skipped with a message saying what to install (on CI, which installs them, it fails).
 */
final class Chromium {

    private Chromium() {
    }

    private static Path find(String property, String... names) {
        return ExternalTool.find(property, "install Chromium and chromedriver (apt-get install chromium chromium-driver)", names);
    }

    /** A fresh headless browser with its own profile in {@code profile}. */
    static ChromeDriver start(Path profile) {
        Path driver = find("webdriver.chrome.driver", "chromedriver");
        Path binary = find("newsgraph.chromium", "chromium", "chromium-browser");
        System.setProperty("webdriver.chrome.driver", driver.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(binary.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return d;
    }
}
