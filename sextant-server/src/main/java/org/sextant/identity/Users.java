package org.sextant.identity;

import java.util.List;
import java.util.Optional;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/** Users and departments: the identity feature's API for other features and its own controllers. */
public interface Users {

    Optional<User> find(UserId id);

    Optional<User> findByUsername(String username);

    /** Users matching {@code text} (username, name or e-mail) and {@code role}, both optional. */
    PageResult<User> list(String text, Role role, PageRequest page);

    /** Every active user holding {@code role}, by name; for choosers in the UI. */
    List<User> withRole(Role role);

    User create(UserDraft draft);

    User update(UserId id, long expectedVersion, UserDraft draft);

    void delete(UserId id, long expectedVersion);

    Optional<Department> findDepartment(long id);

    PageResult<Department> listDepartments(String text, PageRequest page);

    Department createDepartment(String code, String name, String description);

    Department updateDepartment(long id, long expectedVersion, String code, String name, String description);

    void deleteDepartment(long id, long expectedVersion);
}
