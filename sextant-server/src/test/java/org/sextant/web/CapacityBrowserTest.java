package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The capacity heatmap renders in a real headless Chromium, reached from the resources page. */
@ServerTest
class CapacityBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void pmoOpensTheCapacityHeatmapFromTheResourcesPageAndSeesTheGridDrawn() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "sextant1");
            browser.open("/resources");
            browser.click(By.id("capacity-link"));
            browser.waitFor(By.cssSelector("#capacity-heatmap[data-rendered='true']"));
            assertThat(browser.text(By.id("capacity-status"))).contains("rows ×").contains("periods");
            assertThat(browser.text(By.id("capacity-kpis"))).containsIgnoringCase("Utilisation");
            assertThat(browser.driver.findElements(By.cssSelector("#capacity-heatmap canvas"))).isNotEmpty();
        }
    }
}
