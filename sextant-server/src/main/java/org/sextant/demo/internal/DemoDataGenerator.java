package org.sextant.demo.internal;

import java.util.Random;
import org.sextant.demo.DemoOrganisationCreated;
import org.sextant.demo.DemoProperties;
import org.sextant.identity.SystemUser;
import org.sextant.identity.Users;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.Programs;
import org.sextant.project.Projects;
import org.sextant.resource.Assignments;
import org.sextant.resource.Resources;
import org.sextant.resource.Skills;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.Dependencies;
import org.sextant.schedule.Scheduler;
import org.sextant.schedule.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo organisation on the first start of an empty database (no portfolio yet), after the
 * administrator exists, as the "system" user in one transaction: it appears whole or not at all. Then
 * prints the URL and the demo logins.
 */
@Component
@Order(10)
class DemoDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final DemoProperties properties;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Users users;
    private final Portfolios portfolios;
    private final Programs programs;
    private final Projects projects;
    private final Calendars calendars;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Scheduler scheduler;
    private final Skills skills;
    private final Resources resources;
    private final Assignments assignments;
    private final ApplicationEventPublisher events;

    DemoDataGenerator(DemoProperties properties, TransactionTemplate transaction, Environment environment, Users users,
            Portfolios portfolios, Programs programs, Projects projects, Calendars calendars, Tasks tasks,
            Dependencies dependencies, Scheduler scheduler, Skills skills, Resources resources, Assignments assignments,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.transaction = transaction;
        this.environment = environment;
        this.users = users;
        this.portfolios = portfolios;
        this.programs = programs;
        this.projects = projects;
        this.calendars = calendars;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.scheduler = scheduler;
        this.skills = skills;
        this.resources = resources;
        this.assignments = assignments;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (portfolios.all().isEmpty()) {
            long started = System.nanoTime();
            try {
                SystemUser.run(() -> transaction.executeWithoutResult(status -> generate()));
                log.info("Demo organisation created in {} ms (seed {}).", (System.nanoTime() - started) / 1_000_000,
                        properties.seed());
            } catch (RuntimeException e) {
                // Nothing was written (one transaction); the server is still useful without demo data.
                log.error("The demo organisation could not be created; Sextant runs without it.", e);
                return;
            }
        }
        if (users.findByUsername("pmo").isPresent()) {
            log.info(banner());
        }
    }

    private void generate() {
        Random random = new Random(properties.seed());
        long t0 = System.nanoTime();
        DemoPeople.Staff staff = new DemoPeople(random, users, skills, resources, calendars, properties.password()).create();
        log.debug("Demo people in {} ms", (System.nanoTime() - t0) / 1_000_000);
        new DemoProjects(random, portfolios, programs, projects, tasks, dependencies, assignments, scheduler).create(staff);
        // features built on top of the core (baselines, costs, timesheets, reports) add their own demo data
        events.publishEvent(new DemoOrganisationCreated(random));
    }

    private String banner() {
        String url = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n");
        String line = "=".repeat(64);
        text.append(line).append('\n');
        text.append("  Sextant is running at ").append(url).append('\n');
        text.append("  Demo logins (password '").append(properties.password()).append("'):\n");
        text.append(String.format("    %-10s %s%s%n", "admin", "ADMIN",
                environment.getProperty("sextant.security.admin-password", "").isBlank()
                        ? "" : " (password from SEXTANT_ADMIN_PASSWORD)"));
        DemoPeople.LOGINS.forEach((username, role) -> text.append(String.format("    %-10s %s%n", username, role)));
        text.append(line);
        return text.toString();
    }
}
