package org.sextant.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sextant.audit.AuditEvent;
import org.sextant.audit.AuditLog;
import org.sextant.audit.FieldChange;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit history page: ADMIN and PMO browse who changed what, field by field (before → after). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PMO')")
class AuditController {

    static final List<String> ENTITY_TYPES = List.of("Project", "Stakeholder", "Task", "Dependency", "Calendar",
            "Resource", "Assignment", "Portfolio", "Program", "User", "Department", "ApiToken");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String projectId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        FormErrors errors = new FormErrors();
        Long project = errors.id("projectId", projectId);
        if (errors.fields().containsKey("projectId")) {
            errors.fields().put("projectId", "A project id is a whole number.");
        }
        AuditLog.AuditQuery query = new AuditLog.AuditQuery(FormErrors.text(entityType), FormErrors.text(entityId),
                project, FormErrors.text(actor));
        PageResult<AuditEvent> result = audit.search(query, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("result", result);
        model.addAttribute("events", result.items().stream().map(Entry::of).toList());
        model.addAttribute("entityType", query.entityType());
        model.addAttribute("entityId", query.entityId());
        model.addAttribute("actor", query.actor());
        model.addAttribute("projectId", projectId);
        model.addAttribute("entityTypes", ENTITY_TYPES);
        model.addAttribute("errors", errors);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("entityType", java.util.Optional.ofNullable(query.entityType()))
                .queryParamIfPresent("entityId", java.util.Optional.ofNullable(query.entityId()))
                .queryParamIfPresent("actor", java.util.Optional.ofNullable(query.actor()))
                .queryParamIfPresent("projectId", java.util.Optional.ofNullable(project))
                .queryParam("x", "").encode().build().toUriString());
        return "audit/audit";
    }

    /** One event as the page shows it. */
    record Entry(AuditEvent event, String when, String link, List<Change> changes) {

        static Entry of(AuditEvent e) {
            List<Change> changes = e.changes().entrySet().stream()
                    .map(c -> Change.of(c.getKey(), c.getValue()))
                    .filter(c -> c.from() != null || c.to() != null)
                    .toList();
            return new Entry(e, WHEN.format(e.occurredAt().atZone(ZoneId.systemDefault())), link(e), changes);
        }

        private static String link(AuditEvent e) {
            return switch (e.entityType()) {
                case "Project" -> e.action().name().equals("DELETE") ? null : "/projects/" + e.entityId();
                case "Program" -> e.action().name().equals("DELETE") ? null : "/programs/" + e.entityId();
                case "User" -> e.action().name().equals("DELETE") ? null : "/users/" + e.entityId();
                default -> e.projectId() == null ? null : "/projects/" + e.projectId();
            };
        }
    }

    /** One field's change, with its values in words. */
    record Change(String field, String from, String to) {

        static Change of(String field, FieldChange change) {
            return new Change(field, text(change.from()), text(change.to()));
        }

        static String text(Object value) {
            return switch (value) {
                case null -> null;
                case Collection<?> c -> c.stream().map(Change::text).collect(Collectors.joining(", "));
                case Map<?, ?> m -> m.entrySet().stream().map(x -> x.getKey() + ": " + text(x.getValue()))
                        .collect(Collectors.joining(", "));
                default -> String.valueOf(value);
            };
        }
    }
}
