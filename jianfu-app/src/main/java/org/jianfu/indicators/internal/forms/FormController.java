package org.jianfu.indicators.internal.forms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The grassroots side on a phone: the list of monthly forms and the one merged form to fill. */
@Controller
@PreAuthorize("hasAnyRole('CADRE', 'CLERK', 'LEADER')")
class FormController {

    static final String VIEW_LIST = "indicators/forms";
    static final String VIEW_FORM = "indicators/form";
    static final String FIELD_PREFIX = "f.";

    private final Forms forms;
    private final FormSubmission submission;

    FormController(Forms forms, FormSubmission submission) {
        this.forms = forms;
        this.submission = submission;
    }

    @GetMapping("/indicators/forms")
    String list(Actor actor, Model model) {
        model.addAttribute("months", forms.months(actor));
        model.addAttribute("fills", Forms.fills(actor));
        return VIEW_LIST;
    }

    @GetMapping("/indicators/forms/{period}")
    String form(@PathVariable String period, Actor actor, Model model) {
        MergedForm form = forms.form(actor, period);
        Map<String, String> values = new HashMap<>();
        form.items().forEach(i -> values.put(i.key(), i.prefill() == null ? "" : i.prefill()));
        return show(model, form, values, Map.of());
    }

    @PostMapping("/indicators/forms/{period}")
    String submit(@PathVariable String period, @RequestParam int version, @RequestParam MultiValueMap<String, String> params,
                  Actor actor, Model model, RedirectAttributes flash, HttpServletResponse response) {
        MergedForm form = forms.form(actor, period);
        Map<String, String> values = new HashMap<>();
        params.forEach((name, list) -> {
            if (name.startsWith(FIELD_PREFIX) && !list.isEmpty()) {
                values.put(name.substring(FIELD_PREFIX.length()), list.getFirst());
            }
        });
        FormSubmission.Outcome outcome = submission.submit(actor, form, version, values, "WEB");
        if (!outcome.ok()) {
            response.setStatus(422);
            return show(model, form, values, outcome.errors());
        }
        flash.addFlashAttribute("notice", outcome.replayed() ? "本表已提交过，无需重复提交" : "已提交，谢谢！各部门将共享这些数据");
        return "redirect:/indicators/forms/" + period;
    }

    private static String show(Model model, MergedForm form, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return VIEW_FORM;
    }
}
