package org.jianfu.registers.internal;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Unit;
import org.jianfu.platform.DivisionPaths;
import org.jianfu.registers.RegisterKind;

/** What a new register entry must satisfy, as Chinese messages (empty = fine). */
final class EntryRules {

    private EntryRules() {
    }

    static List<String> problems(EntryDraft d, Unit owner, List<Unit> counterparts) {
        List<String> found = new ArrayList<>();
        if (d.reason() == null || d.reason().strip().length() < 5) {
            found.add("新增" + d.kind().label() + "须写明理由（至少5个字）");
        }
        if (counterparts.isEmpty()) {
            found.add("请选择涉及的下级单位");
        }
        for (Unit u : counterparts) {
            if (!DivisionPaths.within(u.divisionPath(), owner.divisionPath()) || u.divisionPath().equals(owner.divisionPath())) {
                found.add(u.name() + "不是本级以下的单位");
            }
        }
        if (d.kind() == RegisterKind.SECONDMENT) {
            if (d.personName() == null || d.personName().isBlank()) {
                found.add("借调须写明被借调人员");
            }
            if (counterparts.size() != 1) {
                found.add("借调须选择一个借出单位");
            } else if (counterparts.getFirst().divisionLevel().compareTo(DivisionLevel.COUNTY) < 0) {
                found.add("本台账登记从县级及以下借调的干部");
            }
            if (d.startsOn() == null || d.endsOn() == null || d.endsOn().isBefore(d.startsOn())) {
                found.add("借调须写明起止日期");
            }
        }
        return found;
    }
}
