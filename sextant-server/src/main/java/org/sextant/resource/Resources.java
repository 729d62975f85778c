package org.sextant.resource;

import java.util.Optional;
import org.sextant.identity.UserId;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/** Resources: everyone signed in reads them; ADMIN and PMO create, change and delete them. */
public interface Resources {

    /**
     * Filters for the resource list; each null means any.
     *
     * @param text         matches name or e-mail
     * @param kind         one kind
     * @param departmentId one department
     * @param skillId      resources having this skill
     * @param active       active or inactive ones
     */
    record Filter(String text, ResourceKind kind, Long departmentId, SkillId skillId, Boolean active) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    Optional<Resource> find(ResourceId id);

    Resource get(ResourceId id);

    /** The resource linked to a user, if any. */
    Optional<Resource> findByUser(UserId user);

    PageResult<Resource> list(Filter filter, PageRequest page);

    Resource create(Resource.Draft draft);

    Resource update(ResourceId id, long expectedVersion, Resource.Draft draft);

    void delete(ResourceId id, long expectedVersion);
}
