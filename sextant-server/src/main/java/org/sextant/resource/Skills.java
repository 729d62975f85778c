package org.sextant.resource;

import java.util.List;
import java.util.Optional;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/** The skill catalogue: everyone signed in reads it; ADMIN and PMO maintain it. */
public interface Skills {

    Optional<Skill> find(SkillId id);

    Skill get(SkillId id);

    /** Skills matching {@code text} (name) in {@code category}, both optional. */
    PageResult<Skill> list(String text, String category, PageRequest page);

    List<Skill> all();

    Skill create(Skill.Draft draft);

    Skill update(SkillId id, long expectedVersion, Skill.Draft draft);

    void delete(SkillId id, long expectedVersion);
}
