package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The status report flow in a real headless Chromium: the project manager starts a report, overrides
 * cost health with a reason and submits it; the PMO sees that health on the portfolio page and
 * downloads the report as PDF.
 */
@ServerTest
class StatusReportBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void projectManagerSubmitsAReportWithACostOverrideAndThePmoSeesItOnThePortfolioAndDownloadsThePdf() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        long manager = data.as("projmgr").get("/api/v1/users/me").json().get("id").asLong();
        String code = TestData.unique("SR");
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Report flow " + code);
        body.put("portfolioId", data.portfolio());
        body.put("managerId", manager);
        body.put("plannedStart", "2027-01-04");
        body.put("plannedFinish", "2027-12-31");
        long project = TestData.created(data.admin().post("/api/v1/projects", body));
        data.task(project, "Warehouse interface", 2400);

        String pdfPath;
        try (Browser browser = new Browser(port)) {
            browser.signIn("projmgr", "sextant1");
            browser.open("/projects/" + project);
            browser.click(By.id("nav-reports"));
            browser.click(By.id("new-report"));
            browser.waitFor(By.id("report-form"));
            assertThat(browser.text(By.id("report-state"))).isEqualTo("Draft");
            assertThat(browser.text(By.id("cost-suggestion"))).contains("Not assessed").contains("no earned value");
            new Select(browser.driver.findElement(By.id("cost-value"))).selectByValue("RED");
            browser.type(By.id("cost-reason"), "Supplier claims 60k extra for the interface");
            browser.type(By.id("summary"), "Interface supplier dispute puts the budget at risk.");
            browser.click(By.id("submit-report"));
            new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent())
                    .accept();
            browser.waitForText(By.id("report-state"), "Submitted");
            assertThat(browser.text(By.id("cost-reported"))).isEqualTo("Red");
            assertThat(browser.text(By.id("cost-reason-text"))).contains("Supplier claims 60k extra");
            assertThat(browser.driver.findElements(By.id("submit-report"))).isEmpty();
            browser.signOut();

            browser.signIn("pmo", "sextant1");
            browser.open("/?q=" + code);
            By reported = By.cssSelector("#project-" + code + " .reported-health");
            assertThat(browser.text(reported)).startsWith("Red");
            assertThat(browser.waitFor(reported).getAttribute("title")).contains("Cost red");
            browser.click(reported);
            browser.waitFor(By.id("download-pdf"));
            assertThat(browser.text(By.id("summary"))).contains("Interface supplier dispute");
            pdfPath = URI.create(browser.waitFor(By.id("download-pdf")).getAttribute("href")).getRawPath();
        }
        WebSession pmo = WebSession.signIn(port, "pmo", "sextant1");
        WebSession.Page pdf = pmo.get(pdfPath);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.html()).startsWith("%PDF-");
    }
}
