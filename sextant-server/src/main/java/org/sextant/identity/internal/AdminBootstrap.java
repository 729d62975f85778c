package org.sextant.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.sextant.identity.Role;
import org.sextant.identity.SystemUser;
import org.sextant.identity.UserDraft;
import org.sextant.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start (no users yet) creates the administrator "admin" with the password from
 * {@code sextant.security.admin-password} (SEXTANT_ADMIN_PASSWORD), or, when that is empty and no
 * demo data is wanted, a random one printed once to the console.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcClient jdbc;
    private final Users users;
    private final String adminPassword;
    private final boolean demo;
    private final String demoPassword;

    AdminBootstrap(JdbcClient jdbc, Users users, @Value("${sextant.security.admin-password:}") String adminPassword,
            @Value("${sextant.demo.enabled:true}") boolean demo, @Value("${sextant.demo.password:sextant1}") String demoPassword) {
        this.jdbc = jdbc;
        this.users = users;
        this.adminPassword = adminPassword;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0) {
            return;
        }
        String password = !adminPassword.isBlank() ? adminPassword : demo ? demoPassword : randomPassword();
        SystemUser.run(() -> users.create(new UserDraft("admin", "admin@sextant.local", "Administrator", password,
                EnumSet.of(Role.ADMIN), null, true)));
        if (adminPassword.isBlank() && !demo) {
            log.warn("Created administrator 'admin' with password '{}' - change it after signing in.", password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
