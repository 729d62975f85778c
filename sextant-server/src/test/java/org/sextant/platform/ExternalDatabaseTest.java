package org.sextant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sextant.SextantApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set (as SEXTANT_DB_URL does), Sextant uses that PostgreSQL,
 * migrates it, and starts no embedded database of its own. The "external" server here is a separate
 * PostgreSQL process started by the test.
 */
@SpringBootTest(classes = SextantApplication.class, properties = "sextant.demo.enabled=false")
@ActiveProfiles("test")
class ExternalDatabaseTest {

    private static final EmbeddedPostgres EXTERNAL = start();

    @Autowired
    ApplicationContext context;

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("sextant-external-pg").toFile())
                    .setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        EXTERNAL.close();
    }

    @Test
    void configuredDatabaseIsMigratedAndNoEmbeddedOneIsStarted() throws SQLException {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        try (Connection c = EXTERNAL.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from flyway_schema_history where success")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
        }
        try (Connection c = EXTERNAL.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery("select username from app_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("admin");
        }
    }
}
