package org.jianfu.indicators.internal.requests;

import java.util.List;

/** A drafted field with the registry indicator it names (if any) and the requests already asking for it. */
public record FieldCheck(RequestField field, Duplicate registryMatch, List<Duplicate> duplicates) {

    public FieldCheck {
        duplicates = List.copyOf(duplicates);
    }

    /** Asked again although someone already collects it. */
    public boolean duplicateAsked() {
        return !field.reused() && !duplicates.isEmpty();
    }
}
