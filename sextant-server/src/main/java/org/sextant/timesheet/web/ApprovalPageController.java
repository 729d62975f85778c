package org.sextant.timesheet.web;

import java.util.HashMap;
import java.util.Map;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.timesheet.TimesheetApprovals;
import org.sextant.timesheet.TimesheetPart;
import org.sextant.timesheet.TimesheetPartId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A manager's queue of submitted timesheet parts, approved or rejected (with a reason) in place. */
@Controller
class ApprovalPageController {

    private static final int PAGE_SIZE = 10;

    private final TimesheetApprovals approvals;

    ApprovalPageController(TimesheetApprovals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/timesheets/approvals")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        return list(model, Math.max(page, 0), null, Map.of(), "timesheet/approvals");
    }

    @PostMapping("/timesheets/approvals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "0") int page,
            Model model) {
        TimesheetPart part = approvals.approve(TimesheetPartId.of(id), version);
        return list(model, page, "Approved " + describe(part) + ".", Map.of(), "timesheet/approvals :: list");
    }

    @PostMapping("/timesheets/approvals/{id}/reject")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") int page, Model model) {
        try {
            TimesheetPart part = approvals.reject(TimesheetPartId.of(id), version, reason);
            return list(model, page, "Rejected " + describe(part) + "; it is back with its owner.", Map.of(),
                    "timesheet/approvals :: list");
        } catch (BusinessRuleException e) {
            if (!"reason".equals(e.field())) {
                throw e;
            }
            Map<Long, String> errors = new HashMap<>();
            errors.put(id, e.getMessage());
            return list(model, page, null, errors, "timesheet/approvals :: list");
        }
    }

    private String list(Model model, int page, String message, Map<Long, String> reasonErrors, String view) {
        PageResult<TimesheetPart> result = approvals.awaiting(PageRequest.of(page, PAGE_SIZE));
        if (result.items().isEmpty() && page > 0) {
            result = approvals.awaiting(PageRequest.of(page - 1, PAGE_SIZE));
        }
        model.addAttribute("result", result);
        model.addAttribute("message", message);
        model.addAttribute("reasonErrors", reasonErrors);
        return view;
    }

    private static String describe(TimesheetPart part) {
        return part.userName() + "'s hours on " + part.part().projectCode() + " for the week of " + part.weekStart();
    }
}
