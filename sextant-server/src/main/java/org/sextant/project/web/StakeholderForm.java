package org.sextant.project.web;

import org.sextant.platform.web.FormErrors;
import org.sextant.project.Level;
import org.sextant.project.Stakeholder;

/** A stakeholder as typed in the project page. */
record StakeholderForm(String name, String organisation, String role, String email, String interest,
        String influence, String communicationPreference, String notes) {

    static StakeholderForm empty() {
        return new StakeholderForm("", "", "", "", Level.MEDIUM.name(), Level.MEDIUM.name(), "", "");
    }

    Stakeholder.Draft toDraft(FormErrors errors) {
        String n = errors.required("stakeholderName", name, "Name");
        Level in = errors.choice("interest", interest, Level.class);
        Level inf = errors.choice("influence", influence, Level.class);
        return new Stakeholder.Draft(n, FormErrors.text(organisation), FormErrors.text(role), FormErrors.text(email),
                in == null ? Level.MEDIUM : in, inf == null ? Level.MEDIUM : inf,
                FormErrors.text(communicationPreference), FormErrors.text(notes));
    }
}
