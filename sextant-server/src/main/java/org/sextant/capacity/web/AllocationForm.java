package org.sextant.capacity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationUnit;
import org.sextant.capacity.Firmness;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.ProjectId;
import org.sextant.resource.ResourceId;

/** The allocation form as submitted (text), and its translation to a draft with the problems per field. */
record AllocationForm(String projectId, String resourceId, String start, String finish, String unit, String amount,
        String firmness, String note, Long version) {

    static AllocationForm empty(Long project, Long resource, boolean hard) {
        return new AllocationForm(project == null ? "" : project.toString(), resource == null ? "" : resource.toString(),
                "", "", AllocationUnit.PERCENT.name(), "50", hard ? Firmness.HARD.name() : Firmness.SOFT.name(), "", null);
    }

    static AllocationForm of(Allocation a) {
        return new AllocationForm(a.projectId().toString(), a.resourceId().toString(), a.start().toString(),
                a.finish().toString(), a.unit().name(), a.amount().stripTrailingZeros().toPlainString(), a.firmness().name(),
                a.note() == null ? "" : a.note(), a.version());
    }

    Allocation.Draft toDraft(FormErrors errors) {
        Long project = errors.id("projectId", projectId);
        if (project == null) {
            errors.reject("projectId", "Choose the project.");
        }
        Long resource = errors.id("resourceId", resourceId);
        if (resource == null) {
            errors.reject("resourceId", "Choose the resource or role.");
        }
        LocalDate from = errors.date("start", start);
        if (from == null) {
            errors.reject("start", "Enter the first day.");
        }
        LocalDate to = errors.date("finish", finish);
        if (to == null) {
            errors.reject("finish", "Enter the last day.");
        }
        AllocationUnit checkedUnit = errors.choice("unit", unit, AllocationUnit.class);
        BigDecimal checkedAmount = errors.decimal("amount", amount);
        if (checkedAmount == null || checkedAmount.signum() <= 0) {
            errors.reject("amount", "Enter hours or a percentage above 0.");
        }
        Firmness checkedFirmness = errors.choice("firmness", firmness, Firmness.class);
        if (errors.any()) {
            return null;
        }
        return new Allocation.Draft(ProjectId.of(project), ResourceId.of(resource), from, to,
                checkedUnit == null ? AllocationUnit.PERCENT : checkedUnit, checkedAmount,
                checkedFirmness == null ? Firmness.SOFT : checkedFirmness, FormErrors.text(note));
    }
}
