package org.jianfu.inspections.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlapFinderTests {

    static final LocalDate DAY = LocalDate.of(2019, 12, 2);
    // units 1 and 2 in township A, unit 3 in township B
    static final Map<Long, String> AREAS = Map.of(1L, "A", 2L, "A", 3L, "B");

    final OverlapFinder finder = new OverlapFinder(15);

    static Inspection inspection(long id, long department, LocalDate day, Long... targets) {
        return new Inspection(id, 1, "检查", department, "部门", day, true, "SCHEDULED", null, null, null, List.of(targets));
    }

    @Test
    void sameUnitOrSameTownshipByDifferentDepartmentsWithinTheWindowBecomeOneJointInspection() {
        var a = inspection(1, 100, DAY, 1L);
        var b = inspection(2, 200, DAY.plusDays(3), 1L);
        var c = inspection(3, 300, DAY.plusDays(10), 2L);
        List<List<Inspection>> groups = finder.find(List.of(c, b, a), AREAS);
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst()).extracting(Inspection::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void sameDepartmentOtherTownshipsDistantDatesOrAlreadyJointAreNotProposed() {
        var a = inspection(1, 100, DAY, 1L);
        var sameDepartment = inspection(2, 100, DAY.plusDays(1), 1L);
        var otherTownship = inspection(3, 200, DAY.plusDays(1), 3L);
        var late = inspection(4, 300, DAY.plusDays(30), 1L);
        var joint = new Inspection(5, 1, "检查", 400, "部门", DAY, true, "SCHEDULED", 9L, null, null, List.of(1L));
        assertThat(finder.find(List.of(a, sameDepartment, otherTownship, late, joint), AREAS)).isEmpty();
    }
}
