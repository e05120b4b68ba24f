package org.jianfu.documents.internal.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.documents.internal.DocumentState;
import org.jianfu.platform.Actor;
import org.jianfu.platform.BadRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 公文检索 page: one box on the phone, the other filters folded below it; bad input is said above the form. */
@Controller
@PreAuthorize("isAuthenticated()")
class SearchPageController {

    private final DocumentSearch search;

    SearchPageController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/documents/search")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String state,
                @RequestParam(required = false) String box, @RequestParam(required = false) Integer page,
                Actor actor, Model model, HttpServletResponse response) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", q == null ? "" : q);
        form.put("issuer", issuer == null ? "" : issuer);
        form.put("from", from == null ? "" : from);
        form.put("to", to == null ? "" : to);
        form.put("kind", kind == null ? "" : kind);
        form.put("state", state == null ? "" : state);
        form.put("box", box == null ? "" : box);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Arrays.asList(DocumentKind.values()));
        model.addAttribute("states", Arrays.asList(DocumentState.values()));
        boolean asked = form.values().stream().anyMatch(v -> !v.isBlank()) || page != null;
        model.addAttribute("asked", asked);
        if (asked) {
            try {
                model.addAttribute("results", search.search(actor, SearchRequest.parse(q, issuer, from, to, kind, state,
                        box, page)));
            } catch (BadRequestException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", e.getMessage());
                // a refused 10,000-character query is not echoed back into the box
                form.replaceAll((k, v) -> v.length() > SearchRequest.MAX_TEXT ? "" : v);
            }
        }
        return "documents/search";
    }
}
