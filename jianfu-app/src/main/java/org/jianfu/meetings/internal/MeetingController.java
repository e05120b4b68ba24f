package org.jianfu.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jianfu.meetings.MeetingMode;
import org.jianfu.meetings.MeetingType;
import org.jianfu.meetings.internal.absence.Absence;
import org.jianfu.meetings.internal.absence.MeetingAbsences;
import org.jianfu.meetings.internal.calendar.Calendar;
import org.jianfu.meetings.internal.minutes.MinutesDocuments;
import org.jianfu.meetings.internal.plan.MeetingPlans;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting pages: the unit's list, the planning form, a meeting's detail with its one main action. */
@Controller
@PreAuthorize("isAuthenticated()")
class MeetingController {

    private final MeetingAbsences absences;

    static final String VIEW_LIST = "meetings/list";
    static final String VIEW_FORM = "meetings/form";
    static final String VIEW_DETAIL = "meetings/detail";

    private final MeetingDesk desk;
    private final MeetingRepository meetings;
    private final MeetingPlans plans;
    private final Organization organization;
    private final Calendar calendar;
    private final MinutesDocuments minutes;

    private final Clock clock;

    MeetingController(MeetingDesk desk, MeetingRepository meetings, MeetingPlans plans, Organization organization,
                      Calendar calendar, MinutesDocuments minutes, Clock clock,
                      MeetingAbsences absences) {
        this.absences = absences;
        this.clock = clock;
        this.desk = desk;
        this.meetings = meetings;
        this.plans = plans;
        this.organization = organization;
        this.calendar = calendar;
        this.minutes = minutes;
    }

    @GetMapping("/meetings")
    String list(Actor actor, Model model) {
        model.addAttribute("meetings", meetings.ofUnit(actor.unitId(), 100));
        model.addAttribute("quota", plans.status(actor.unitId(), LocalDate.now(clock).getYear()));
        return VIEW_LIST;
    }

    @GetMapping("/meetings/new")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String form(Actor actor, Model model) {
        return showForm(actor, MeetingForm.blank(LocalDateTime.now(clock)), null, model);
    }

    @PostMapping("/meetings")
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER')")
    String plan(@ModelAttribute MeetingForm form, Actor actor, Model model) {
        Unit organiser = organization.unit(actor.unitId()).orElseThrow();
        try {
            Meeting m = desk.plan(actor, form.toDraft(organiser, organization.units(form.invited())));
            return "redirect:/meetings/" + m.id();
        } catch (RuleViolationException e) {
            return showForm(actor, form, e.getMessage(), model);
        }
    }

    @GetMapping("/meetings/{meetingId}")
    String detail(@PathVariable long meetingId, Actor actor, Model model) {
        Meeting m = desk.readable(actor, meetingId);
        List<Invitation> invitations = meetings.invitations(m.id());
        model.addAttribute("meeting", m);
        model.addAttribute("invitations", invitations);
        model.addAttribute("organiser", desk.isOrganiser(actor, m));
        model.addAttribute("mine", invitations.stream().filter(i -> i.unitId() == actor.unitId()).findFirst().orElse(null));
        model.addAttribute("absences", absences.ofMeeting(m.id()));
        model.addAttribute("myAbsence", absences.of(m.id(), actor.unitId()).orElse(null));
        model.addAttribute("absenceKinds", Absence.Kind.values());
        model.addAttribute("conflicts", desk.isOrganiser(actor, m) ? calendar.conflictsOf("meeting:" + m.id(),
                invitations.stream().map(Invitation::unitId).toList(), m.date()) : List.of());
        plans.explanation(m.id()).ifPresent(e -> model.addAttribute("explanation", e));
        var minutesDocument = minutes.of(m).orElse(null);
        model.addAttribute("minutesDocument", minutesDocument);
        model.addAttribute("mayDraftMinutes", minutes.mayDraft(actor, m, minutesDocument != null));
        return VIEW_DETAIL;
    }

    /** One endpoint per attendance step keeps the phone page a single wide button. */
    @PostMapping("/meetings/{meetingId}/{step:confirm|sign-in|held|cancel}")
    String step(@PathVariable long meetingId, @PathVariable String step, Actor actor, RedirectAttributes flash) {
        try {
            switch (step) {
                case "confirm" -> desk.confirm(actor, meetingId);
                case "sign-in" -> desk.signIn(actor, meetingId);
                case "held" -> desk.markHeld(actor, meetingId);
                default -> desk.cancel(actor, meetingId);
            }
            flash.addFlashAttribute("ok", "已完成");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/" + meetingId;
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    String minutes(@PathVariable long meetingId, @RequestParam String minutes, Actor actor, RedirectAttributes flash) {
        try {
            desk.saveMinutes(actor, meetingId, minutes);
            flash.addFlashAttribute("ok", "纪要已保存");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/" + meetingId;
    }

    private String showForm(Actor actor, MeetingForm form, String error, Model model) {
        Unit organiser = organization.unit(actor.unitId()).orElseThrow();
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("modes", MeetingMode.values());
        model.addAttribute("leaders", LeaderLevel.values());
        model.addAttribute("choices", invitable(organiser));
        return VIEW_FORM;
    }

    /** Same-division units and, one level down, the leading organs, village committees and own system. */
    private List<Unit> invitable(Unit organiser) {
        var same = organization.unitsOf(organiser.divisionCode()).stream().filter(u -> u.id() != organiser.id());
        var below = organization.children(organiser.divisionCode()).stream()
                .flatMap(d -> organization.unitsOf(d.code()).stream())
                .filter(u -> u.kind() == UnitKind.GOVERNMENT || u.kind() == UnitKind.VILLAGE_COMMITTEE
                        || u.unitKey().equals(organiser.unitKey()));
        return java.util.stream.Stream.concat(same, below).toList();
    }
}
