package org.jianfu.monitoring.internal.sources;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianfu.indicators.FormBurdens;
import org.jianfu.inspections.Inspections;
import org.jianfu.meetings.Meetings;
import org.jianfu.monitoring.internal.BurdenFacts;
import org.jianfu.monitoring.internal.BurdenKind;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The other modules' demo loaders write their records without events, so for the demo the monitoring
 * loader asks their facades for the monthly load per grassroots unit and records it as facts (one
 * source record per module and month). Live records arrive through the listeners beside this class.
 */
@Component
public class DemoBackfill {

    /** Round trip to an on-site meeting when the facade does not say who organised it: township to county. */
    private static final double TRAVEL_HOURS = 2.0;

    private final Organization organization;
    private final BurdenFacts facts;
    private final ObjectProvider<Meetings> meetings;
    private final ObjectProvider<FormBurdens> forms;
    private final ObjectProvider<Inspections> inspections;

    /** Facades are optional: a module whose facade is not there yet simply contributes nothing. */
    DemoBackfill(Organization organization, BurdenFacts facts, ObjectProvider<Meetings> meetings,
                 ObjectProvider<FormBurdens> forms, ObjectProvider<Inspections> inspections) {
        this.organization = organization;
        this.facts = facts;
        this.meetings = meetings;
        this.forms = forms;
        this.inspections = inspections;
    }

    /** Returns the number of facts recorded, for 2018 and 2019. */
    public long backfill(String province) {
        return backfill(province, YearMonth.of(2018, 1), YearMonth.of(2019, 12));
    }

    /** The same for the months {@code first} … {@code last}; a month recorded before is not recorded again. */
    public long backfill(String province, YearMonth first, YearMonth last) {
        long recorded = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            recorded += meetings(province, month) + forms(province, month) + inspections(province, month);
        }
        return recorded;
    }

    private int meetings(String province, YearMonth month) {
        Meetings source = meetings.getIfAvailable();
        if (source == null) {
            return 0;
        }
        var loads = source.attendanceBelow(province, month);
        Map<Long, Unit> units = units(loads.stream().map(l -> l.unitId()).toList());
        List<BurdenFacts.Landing> landings = new ArrayList<>();
        for (var l : loads) {
            Unit u = units.get(l.unitId());
            if (u != null && l.meetings() > 0) {
                landings.add(new BurdenFacts.Landing(u, BurdenKind.MEETING, l.meetings(), l.hours()));
                if (l.onSite() > 0) {
                    landings.add(new BurdenFacts.Landing(u, BurdenKind.TRAVEL, l.onSite(), l.onSite() * TRAVEL_HOURS));
                }
            }
        }
        facts.record(new BurdenFacts.Source("meetings-demo", month.toString(), month.atDay(1), null, null), landings);
        return landings.size();
    }

    private int forms(String province, YearMonth month) {
        FormBurdens source = forms.getIfAvailable();
        if (source == null) {
            return 0;
        }
        var burdens = source.below(province, month);
        Map<Long, Unit> units = units(burdens.stream().map(b -> b.unitId()).toList());
        List<BurdenFacts.Landing> landings = new ArrayList<>();
        for (var b : burdens) {
            Unit u = units.get(b.unitId());
            if (u != null && (b.forms() > 0 || b.fieldsFilled() > 0)) {
                landings.add(new BurdenFacts.Landing(u, BurdenKind.FORM, b.forms(), b.fieldsFilled()));
            }
        }
        facts.record(new BurdenFacts.Source("forms-demo", month.toString(), month.atDay(1), null, null), landings);
        return landings.size();
    }

    private int inspections(String province, YearMonth month) {
        Inspections source = inspections.getIfAvailable();
        if (source == null) {
            return 0;
        }
        var loads = source.hostedBelow(province, month);
        Map<Long, Unit> units = units(loads.stream().map(l -> l.unitId()).toList());
        List<BurdenFacts.Landing> landings = new ArrayList<>();
        for (var l : loads) {
            Unit u = units.get(l.unitId());
            if (u != null && l.inspections() > 0) {
                landings.add(new BurdenFacts.Landing(u, BurdenKind.INSPECTION, l.inspections(), 0));
            }
        }
        facts.record(new BurdenFacts.Source("inspections-demo", month.toString(), month.atDay(1), null, null), landings);
        return landings.size();
    }

    private Map<Long, Unit> units(List<Long> ids) {
        Map<Long, Unit> byId = new HashMap<>();
        organization.units(ids).forEach(u -> byId.put(u.id(), u));
        return byId;
    }
}
