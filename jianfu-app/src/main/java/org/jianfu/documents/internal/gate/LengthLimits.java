package org.jianfu.documents.internal.gate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 篇幅 limits (P1): 综合性 documents at most 5,000 characters, 专项 at most 4,000; both configurable.
 * The gate enforces them and the draft form shows them, from here.
 */
@Component
public class LengthLimits {

    private final int comprehensive;
    private final int special;

    LengthLimits(@Value("${jianfu.documents.length.comprehensive:5000}") int comprehensive,
                 @Value("${jianfu.documents.length.special:4000}") int special) {
        this.comprehensive = comprehensive;
        this.special = special;
    }

    public int comprehensive() {
        return comprehensive;
    }

    public int special() {
        return special;
    }

    public int of(boolean comprehensiveDocument) {
        return comprehensiveDocument ? comprehensive : special;
    }
}
