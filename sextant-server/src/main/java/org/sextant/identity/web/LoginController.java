package org.sextant.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.sextant.identity.CurrentUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: user name and password, plus one button per configured OpenID Connect provider. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (CurrentUsers.find().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("providers", providers());
        return "identity/login";
    }

    record Provider(String name, String url) {
    }

    private List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object o : all) {
                if (o instanceof ClientRegistration r) {
                    providers.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
                }
            }
        }
        return providers;
    }
}
