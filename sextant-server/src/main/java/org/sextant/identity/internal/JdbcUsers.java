package org.sextant.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Department;
import org.sextant.identity.Role;
import org.sextant.identity.User;
import org.sextant.identity.UserDraft;
import org.sextant.identity.UserId;
import org.sextant.identity.Users;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Users} over the {@code app_user} and {@code department} tables. Writes need ADMIN (departments: ADMIN or PMO). */
@Service
@Transactional(readOnly = true)
class JdbcUsers implements Users {

    static final String USER = "User";
    static final String DEPARTMENT = "Department";
    private static final Map<String, String> USER_SORTS = Map.of(
            "username", "username", "displayName", "display_name", "email", "email");
    private static final Map<String, String> DEPARTMENT_SORTS = Map.of("code", "code", "name", "name");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PasswordEncoder passwords;

    JdbcUsers(JdbcClient jdbc, AuditLog audit, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.passwords = passwords;
    }

    @Override
    public Optional<User> find(UserId id) {
        return jdbc.sql("select * from app_user where id = ?").param(id.value()).query(JdbcUsers::user).optional();
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username).query(JdbcUsers::user).optional();
    }

    @Override
    public PageResult<User> list(String text, Role role, PageRequest page) {
        SqlFilter filter = new SqlFilter()
                .contains("text", text, "username", "display_name", "email")
                .eq(":role = any(roles)", "role", role == null ? null : role.name());
        return Paging.page(jdbc, "app_user", filter, page.orderBy(USER_SORTS, "username"), page, JdbcUsers::user);
    }

    @Override
    public List<User> withRole(Role role) {
        return jdbc.sql("select * from app_user where active and ? = any(roles) order by display_name")
                .param(role.name()).query(JdbcUsers::user).list();
    }

    @Override
    @Transactional
    public User create(UserDraft draft) {
        requireAdmin();
        validate(draft, true);
        long id = jdbc.sql("""
                insert into app_user (username, email, display_name, password_hash, roles, department_id, active)
                values (:username, :email, :displayName, :hash, cast(:roles as varchar(30)[]), :departmentId, :active)
                returning id""")
                .param("username", draft.username()).param("email", draft.email())
                .param("displayName", draft.displayName()).param("hash", passwords.encode(draft.password()))
                .param("roles", rolesLiteral(draft.roles())).param("departmentId", draft.departmentId())
                .param("active", draft.active())
                .query(Long.class).single();
        User created = find(UserId.of(id)).orElseThrow();
        audit.created(USER, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public User update(UserId id, long expectedVersion, UserDraft draft) {
        requireAdmin();
        validate(draft, false);
        User before = find(id).orElseThrow(() -> new NotFoundException(USER, id));
        ExpectedVersion.check(USER, id, expectedVersion, before.version());
        int rows = jdbc.sql("""
                update app_user set username = :username, email = :email, display_name = :displayName,
                    roles = cast(:roles as varchar(30)[]), department_id = :departmentId, active = :active,
                    password_hash = coalesce(:hash, password_hash), version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("username", draft.username()).param("email", draft.email())
                .param("displayName", draft.displayName())
                .param("hash", draft.password() == null ? null : passwords.encode(draft.password()))
                .param("roles", rolesLiteral(draft.roles())).param("departmentId", draft.departmentId())
                .param("active", draft.active()).param("id", id.value()).param("version", expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, USER, id, expectedVersion);
        User after = find(id).orElseThrow();
        audit.updated(USER, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(UserId id, long expectedVersion) {
        requireAdmin();
        User before = find(id).orElseThrow(() -> new NotFoundException(USER, id));
        ExpectedVersion.check(USER, id, expectedVersion, before.version());
        if (CurrentUsers.find().map(u -> u.id().equals(id)).orElse(false)) {
            throw BusinessRuleException.conflict("id", "You cannot delete your own account.");
        }
        jdbc.sql("delete from app_user where id = ?").param(id.value()).update();
        audit.deleted(USER, id, null, before);
    }

    @Override
    public Optional<Department> findDepartment(long id) {
        return jdbc.sql("select * from department where id = ?").param(id).query(JdbcUsers::department).optional();
    }

    @Override
    public PageResult<Department> listDepartments(String text, PageRequest page) {
        SqlFilter filter = new SqlFilter().contains("text", text, "code", "name");
        return Paging.page(jdbc, "department", filter, page.orderBy(DEPARTMENT_SORTS, "name"), page, JdbcUsers::department);
    }

    @Override
    @Transactional
    public Department createDepartment(String code, String name, String description) {
        requirePmo();
        long id = jdbc.sql("insert into department (code, name, description) values (?, ?, ?) returning id")
                .params(code, name, description).query(Long.class).single();
        Department created = findDepartment(id).orElseThrow();
        audit.created(DEPARTMENT, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public Department updateDepartment(long id, long expectedVersion, String code, String name, String description) {
        requirePmo();
        Department before = findDepartment(id).orElseThrow(() -> new NotFoundException(DEPARTMENT, id));
        ExpectedVersion.check(DEPARTMENT, id, expectedVersion, before.version());
        int rows = jdbc.sql("""
                update department set code = ?, name = ?, description = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(code, name, description, id, expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, DEPARTMENT, id, expectedVersion);
        Department after = findDepartment(id).orElseThrow();
        audit.updated(DEPARTMENT, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void deleteDepartment(long id, long expectedVersion) {
        requirePmo();
        Department before = findDepartment(id).orElseThrow(() -> new NotFoundException(DEPARTMENT, id));
        ExpectedVersion.check(DEPARTMENT, id, expectedVersion, before.version());
        jdbc.sql("delete from department where id = ?").param(id).update();
        audit.deleted(DEPARTMENT, id, null, before);
    }

    private void validate(UserDraft draft, boolean creating) {
        if (draft.roles() == null || draft.roles().isEmpty()) {
            throw BusinessRuleException.invalid("roles", "a user needs at least one role");
        }
        if (creating && (draft.password() == null || draft.password().length() < 8)) {
            throw BusinessRuleException.invalid("password", "password must have at least 8 characters");
        }
        if (!creating && draft.password() != null && draft.password().length() < 8) {
            throw BusinessRuleException.invalid("password", "password must have at least 8 characters");
        }
        if (draft.departmentId() != null && findDepartment(draft.departmentId()).isEmpty()) {
            throw BusinessRuleException.invalid("departmentId", "department " + draft.departmentId() + " does not exist");
        }
    }

    private static void requireAdmin() {
        CurrentUsers.requireAny("Only an administrator manages users.", Role.ADMIN);
    }

    private static void requirePmo() {
        CurrentUsers.requireAny("Only the PMO or an administrator manages departments.", Role.ADMIN, Role.PMO);
    }

    private static String rolesLiteral(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    static User user(ResultSet rs, int row) throws SQLException {
        return new User(UserId.of(rs.getLong("id")), rs.getLong("version"), rs.getString("username"),
                rs.getString("email"), rs.getString("display_name"), roles(rs.getArray("roles")),
                rs.getObject("department_id", Long.class), rs.getBoolean("active"));
    }

    static Department department(ResultSet rs, int row) throws SQLException {
        return new Department(rs.getLong("id"), rs.getLong("version"), rs.getString("code"), rs.getString("name"),
                rs.getString("description"));
    }
}
