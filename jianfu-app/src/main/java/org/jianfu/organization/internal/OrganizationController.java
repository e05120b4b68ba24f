package org.jianfu.organization.internal;

import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.OrganizationScope;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The org browser: division tree → units → people, one level per tap, for admins and 减负办. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class OrganizationController {

    static final String VIEW = "organization/browser";

    private final Organization organization;
    private final OrganizationScope scope;

    OrganizationController(Organization organization, OrganizationScope scope) {
        this.organization = organization;
        this.scope = scope;
    }

    @GetMapping("/organization")
    String root(Actor actor) {
        return "redirect:/organization/divisions/" + lastCode(actor.browseRoot());
    }

    @GetMapping("/organization/divisions/{code}")
    String division(@PathVariable String code, Actor actor, Model model,
                    @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Division division = scope.division(actor, code);
        model.addAttribute("division", division);
        model.addAttribute("trail", organization.ancestry(code).stream()
                .filter(d -> actor.mayBrowseDivision(d.path())).toList());
        model.addAttribute("children", organization.children(code));
        model.addAttribute("units", organization.unitsOf(code));
        return htmx != null ? VIEW + " :: content" : VIEW;
    }

    private static String lastCode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
