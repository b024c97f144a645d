package org.newsgraph.view;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given
 * explicitly, so Selenium Manager never downloads anything; a machine without them fails the
 * test with a message saying what to install (CI installs them).
 */
final class Chromium {

    private Chromium() {
    }

    private static Path find(String property, String... candidates) {
        String p = System.getProperty(property);
        if (p != null && Files.isExecutable(Path.of(p))) {
            return Path.of(p);
        }
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String c : candidates) {
                Path x = Path.of(dir, Path.of(c).getFileName().toString());
                if (!dir.isEmpty() && Files.isExecutable(x)) {
                    return x;
                }
            }
        }
        fail(String.join(" or ", candidates) + " not found: install Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver; .ci/run does), or set -D" + property);
        return null;
    }

    /** A fresh headless browser with its own profile in {@code profile}. */
    static ChromeDriver start(Path profile) {
        Path driver = find("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path binary = find("newsgraph.chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
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
