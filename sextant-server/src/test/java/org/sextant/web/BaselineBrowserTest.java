package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Baselines, their Gantt bars and progress reporting in a real headless Chromium. */
@ServerTest
class BaselineBrowserTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void browser() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    }

    private static void screenshot(Browser browser, String name, String scrollTo) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", scrollTo);
        try {
            java.nio.file.Path shot = ((org.openqa.selenium.TakesScreenshot) browser.driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
            java.nio.file.Path target = java.nio.file.Path.of("target", "screenshots", name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.copy(shot, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProjectManagerBaselinesThePlanSeesTheSlipAndItsBarsAndATeamMemberReportsProgress() {
        TestData data = new TestData(port);
        String pm = TestData.unique("bbpm");
        long project = data.project(data.user(pm, "PROJECT_MANAGER"));
        long design = data.task(project, "Design the bridge", 2400);
        long build = data.task(project, "Build the bridge", 2400);
        data.link(project, design, build);
        String member = TestData.unique("bbmember");
        data.assign(design, data.resource(member, data.user(member, "TEAM_MEMBER")), 2400);

        try (Browser browser = new Browser(port)) {
            browser.signIn(pm, "sextant1");
            browser.open("/projects/" + project + "/baselines");
            browser.type(By.id("baselineName"), "Approved plan");
            browser.click(By.id("save-baseline"));
            browser.waitFor(By.id("comparison-table"));
            assertThat(browser.text(By.cssSelector("#slot-0 .slot-name"))).isEqualTo("Approved plan");
            assertThat(browser.text(By.cssSelector("#cmp-" + build + " .cmp-finish-var"))).isEqualTo("0 d");

            browser.open("/projects/" + project);
            browser.click(By.cssSelector("#task-" + build + " .edit-task"));
            browser.waitFor(By.id("edit-duration-" + build));
            browser.type(By.id("edit-duration-" + build), "10");
            browser.click(By.cssSelector("#task-" + build + " .save-task"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#task-" + build + ".table-active"), 0));

            browser.open("/projects/" + project + "/baselines?compare=0");
            browser.waitFor(By.id("comparison-table"));
            assertThat(browser.text(By.cssSelector("#cmp-" + build + " .cmp-duration-var"))).isEqualTo("+5 d");
            assertThat(browser.text(By.cssSelector("#cmp-" + build + " .cmp-finish-var"))).isEqualTo("+5 d");
            assertThat(browser.driver.findElement(By.id("cmp-" + build)).getAttribute("class")).contains("sx-slipped");
            assertThat(browser.driver.findElement(By.id("cmp-" + design)).getAttribute("class")).doesNotContain("sx-slipped");
            assertThat(browser.text(By.cssSelector("#cmp-total .cmp-finish-var"))).isEqualTo("+5 d");
            screenshot(browser, "baselines", "comparison");

            browser.open("/projects/" + project);
            browser.waitFor(By.cssSelector("#gantt-baseline[data-loaded='true']"));
            new Select(browser.driver.findElement(By.id("gantt-baseline"))).selectByValue("0");
            browser.waitFor(By.cssSelector("#gantt-chart[data-baseline='0'] .gantt-baseline"));
            assertThat(browser.driver.findElements(By.cssSelector("#gantt-chart .gantt-baseline"))).hasSize(2);
            double current = Double.parseDouble(browser.driver.findElement(
                    By.cssSelector("#gantt-chart .gantt-task[data-task-id='" + build + "'] rect")).getAttribute("width"));
            double baseline = Double.parseDouble(browser.driver.findElement(
                    By.cssSelector("#gantt-chart .gantt-baseline[data-baseline-task-id='" + build + "']")).getAttribute("width"));
            assertThat(current).isGreaterThan(baseline * 1.5);
            screenshot(browser, "gantt-baseline", "gantt-section");
            browser.signOut();

            browser.signIn(member, "sextant1");
            browser.open("/projects/" + project + "/progress");
            assertThat(browser.driver.findElements(By.id("edit-progress-" + build))).isEmpty();
            browser.click(By.id("edit-progress-" + design));
            browser.waitFor(By.id("percent-" + design));
            browser.type(By.id("percent-" + design), "40");
            browser.type(By.id("remaining-" + design), "24");
            browser.click(By.id("save-progress-" + design));
            browser.waitForText(By.cssSelector("#progress-" + design + " .progress-percent"), "40 %");
            assertThat(browser.text(By.cssSelector("#progress-" + design + " .progress-remaining"))).isEqualTo("24 h");
            assertThat(browser.text(By.cssSelector("#progress-" + design + " .progress-actual-start"))).isNotEqualTo("—");
            browser.click(By.id("history-" + design));
            browser.waitForText(By.cssSelector("#progress-" + design + " .history-by"), member);
            screenshot(browser, "progress", "progress-table");
        }
    }
}
