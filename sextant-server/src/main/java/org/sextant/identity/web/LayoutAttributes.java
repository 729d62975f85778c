package org.sextant.identity.web;

import org.sextant.identity.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user ({@code me}) for the top bar and the role-based navigation. */
@ControllerAdvice
class LayoutAttributes {

    @ModelAttribute("me")
    Viewer me() {
        return CurrentUsers.find().map(Viewer::of).orElse(null);
    }

    @ModelAttribute("roleLabels")
    java.util.Map<String, String> roleLabels() {
        return Viewer.labels();
    }
}
