package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sextant.ServerTest;
import org.sextant.identity.Role;
import org.sextant.identity.SystemUser;
import org.sextant.identity.UserDraft;
import org.sextant.identity.Users;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.Portfolios;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web UI in a real headless Chromium: two people with different roles sign in; the PMO creates a
 * project and a task, edits the task inline and finds both in the audit trail; the executive may read
 * but is refused when creating a project or administering users.
 */
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Portfolios portfolios;

    String portfolioName;

    @BeforeEach
    void organisation() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        SystemUser.run(() -> {
            ensureUser("pmo", "Priya Mehta", Role.PMO);
            ensureUser("exec", "Elena Novak", Role.EXECUTIVE);
            portfolioName = portfolios.all().stream().map(Portfolio::name).sorted().findFirst()
                    .orElseGet(() -> portfolios.create(new Portfolio.Draft("Digital transformation", null, null)).name());
        });
    }

    private void ensureUser(String username, String name, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(new UserDraft(username, username + "@sextant.local", name, "sextant1", EnumSet.of(role), null, true));
        }
    }

    @Test
    @Order(2)
    void pmoCreatesProjectAndTaskSeesTheAuditTrailAndAnExecutiveIsRefusedWhatTheRoleDoesNotAllow() {
        String code = "BRW-" + (System.nanoTime() % 100000);
        String projectUrl;
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            assertThat(browser.text(By.id("current-user"))).isNotBlank();

            browser.click(By.id("new-project"));
            browser.waitFor(By.id("project-form"));
            browser.type(By.id("code"), code);
            browser.type(By.id("name"), "Customer portal relaunch");
            new Select(browser.driver.findElement(By.id("portfolioId"))).selectByVisibleText(portfolioName);
            setValue(browser, By.id("plannedStart"), "2027-02-01");
            setValue(browser, By.id("plannedFinish"), "2027-09-30");
            browser.type(By.id("budget"), "480000");
            browser.click(By.id("save-project"));
            browser.waitForText(By.id("project-name"), "Customer portal relaunch");
            projectUrl = browser.driver.getCurrentUrl();

            browser.waitFor(By.id("task-form"));
            browser.type(By.id("task-name"), "Design review");
            browser.type(By.id("task-duration"), "3");
            browser.click(By.id("add-task"));
            browser.waitForText(By.id("task-table"), "Design review");

            browser.click(By.cssSelector("#task-table .edit-task"));
            WebElement percent = browser.waitFor(By.cssSelector("#task-table .edit-task-percent"));
            percent.clear();
            percent.sendKeys("40");
            browser.click(By.cssSelector("#task-table .save-task"));
            browser.waitForText(By.id("task-table"), "40%");

            browser.click(By.id("project-history"));
            browser.waitFor(By.id("audit-events"));
            String trail = browser.text(By.id("audit-events"));
            assertThat(trail).contains("Project").contains("Task").contains("pmo")
                    .contains("Customer portal relaunch").contains("percentComplete");

            browser.signOut();
            browser.signIn("exec", "sextant1");
            assertThat(browser.driver.findElements(By.id("new-project"))).isEmpty();
            browser.driver.get(projectUrl);
            browser.waitForText(By.id("project-name"), "Customer portal relaunch");
            browser.waitForText(By.id("task-table"), "Design review");
            assertThat(browser.driver.findElements(By.id("edit-project"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("task-form"))).isEmpty();

            browser.open("/projects/new");
            assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("Not allowed");
            assertThat(browser.text(By.id("error-message"))).contains("does not allow");
            browser.open("/users");
            assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("Not allowed");
        }
    }

    @Test
    @Order(1)
    void portfolioPageAsPmoLooksRightInAScreenshot() throws IOException {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.waitFor(By.id("sign-in"));
            screenshot(browser, "login");
            browser.signIn("pmo", "sextant1");
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1100));
            browser.open("/");
            browser.waitFor(By.id("projects"));
            browser.waitFor(By.cssSelector("#phase-chart[data-drawn]"));
            Path portfolio = screenshot(browser, "portfolio");
            assertThat(Files.size(portfolio)).isGreaterThan(10_000);
            String docs = System.getProperty("sextant.screenshot");
            if (docs != null && !docs.isBlank()) {
                Files.copy(portfolio, Path.of(docs), StandardCopyOption.REPLACE_EXISTING);
            }
            // The other pages, for a look at target/screenshots (not asserted).
            java.util.List<WebElement> projects = browser.driver.findElements(By.cssSelector("#projects tbody a"));
            if (!projects.isEmpty()) {
                browser.open(projects.getFirst().getAttribute("href").replaceFirst("^https?://[^/]+", ""));
                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1600));
                browser.waitFor(By.id("task-table"));
                screenshot(browser, "project");
            }
            for (String page : new String[] {"programs", "resources", "audit", "users"}) {
                browser.open("/" + page);
                screenshot(browser, page);
            }
        }
    }

    private static Path screenshot(Browser browser, String name) throws IOException {
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static void setValue(Browser browser, By field, String value) {
        WebElement element = browser.driver.findElement(field);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", element, value);
    }
}
