package org.jianfu.feedback.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jianfu.feedback.internal.survey.SmallGroups.Group;
import org.junit.jupiter.api.Test;

class SmallGroupsTests {

    @Test
    void groupsUnderTheMinimumAreMergedAndTheMergedGroupIsNeverTooSmall() {
        var split = SmallGroups.split(List.of(new Group("a", "A", 10), new Group("b", "B", 3), new Group("c", "C", 7),
                new Group("d", "D", 1)), 5);
        // B + D = 4 < 5 would be recoverable from the total: the smallest shown group (C) joins them
        assertThat(split.shown()).extracting(Group::code).containsExactly("a");
        assertThat(split.merged()).extracting(Group::code).containsExactlyInAnyOrder("b", "d", "c");
        assertThat(split.mergedShown()).isTrue();
    }

    @Test
    void bigEnoughGroupsAreShownAsTheyAre() {
        var split = SmallGroups.split(List.of(new Group("a", "A", 5), new Group("b", "B", 6), new Group("z", "Z", 0)), 5);
        assertThat(split.shown()).extracting(Group::code).containsExactly("a", "b");
        assertThat(split.merged()).isEmpty();
        assertThat(split.mergedShown()).isFalse();
    }

    @Test
    void aSingleSmallGroupIsNotShownAtAll() {
        var split = SmallGroups.split(List.of(new Group("a", "A", 3)), 5);
        assertThat(split.shown()).isEmpty();
        assertThat(split.mergedShown()).isFalse();
    }
}
