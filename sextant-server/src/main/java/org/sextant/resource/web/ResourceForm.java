package org.sextant.resource.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.platform.web.FormErrors;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.SkillId;
import org.sextant.schedule.CalendarId;

/**
 * The resource form as submitted: text fields, and per catalogue skill the proficiency chosen
 * ({@code skill-<id>} = 1..5, blank for none). The user link and the cost rate are not edited here;
 * an update keeps them.
 */
record ResourceForm(String name, String kind, String email, String departmentId, String maxUnits, String calendarId,
        String employmentStart, String employmentEnd, boolean active, Long version, Map<Long, Integer> skills) {

    static final String SKILL_PREFIX = "skill-";

    static ResourceForm empty() {
        return new ResourceForm("", ResourceKind.PERSON.name(), "", "", "1", "", "", "", true, null, Map.of());
    }

    static ResourceForm of(Resource r) {
        Map<Long, Integer> skills = new LinkedHashMap<>();
        r.skills().forEach(s -> skills.put(s.skillId().value(), s.proficiency()));
        return new ResourceForm(r.name(), r.kind().name(), text(r.email()), text(r.departmentId()),
                r.maxUnits() == null ? "" : r.maxUnits().stripTrailingZeros().toPlainString(),
                r.calendarId() == null ? "" : String.valueOf(r.calendarId().value()), text(r.employmentStart()),
                text(r.employmentEnd()), r.active(), r.version(), skills);
    }

    /** The form from the request parameters. */
    static ResourceForm of(Map<String, String> params, FormErrors errors) {
        Map<Long, Integer> skills = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith(SKILL_PREFIX) && value != null && !value.isBlank()) {
                Long id = errors.id("skills", key.substring(SKILL_PREFIX.length()));
                Integer level = errors.integer("skills", value);
                if (id != null && level != null) {
                    if (level < 1 || level > 5) {
                        errors.reject("skills", "A proficiency is 1 (novice) to 5 (expert).");
                    }
                    skills.put(id, level);
                }
            }
        });
        String version = params.get("version");
        return new ResourceForm(params.getOrDefault("name", ""), params.getOrDefault("kind", ""),
                params.getOrDefault("email", ""), params.getOrDefault("departmentId", ""),
                params.getOrDefault("maxUnits", ""), params.getOrDefault("calendarId", ""),
                params.getOrDefault("employmentStart", ""), params.getOrDefault("employmentEnd", ""),
                params.containsKey("active"), version == null || version.isBlank() ? null : Long.valueOf(version.trim()),
                skills);
    }

    /** The draft, keeping {@code before}'s user link and cost rate; problems go to {@code errors}. */
    Resource.Draft toDraft(FormErrors errors, Resource before) {
        String checkedName = errors.required("name", name, "Name");
        ResourceKind checkedKind = errors.choice("kind", kind, ResourceKind.class);
        BigDecimal units = errors.decimal("maxUnits", maxUnits);
        if (units == null && !errors.fields().containsKey("maxUnits")) {
            errors.reject("maxUnits", "Max units is required (1 = full time).");
        }
        LocalDate start = errors.date("employmentStart", employmentStart);
        LocalDate end = errors.date("employmentEnd", employmentEnd);
        Long department = errors.id("departmentId", departmentId);
        Long calendar = errors.id("calendarId", calendarId);
        List<Resource.SkillLevel> levels = new ArrayList<>();
        skills.forEach((id, level) -> levels.add(new Resource.SkillLevel(SkillId.of(id), null, level)));
        return new Resource.Draft(checkedName, checkedKind == null ? ResourceKind.PERSON : checkedKind,
                FormErrors.text(email), before == null ? null : before.userId(), department, levels,
                before == null ? null : before.costRate(), before == null ? null : before.currency(), units,
                calendar == null ? null : CalendarId.of(calendar), start, end, active);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
