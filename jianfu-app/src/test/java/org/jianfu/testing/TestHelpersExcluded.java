package org.jianfu.testing;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Skips {@code @TestComponent} classes when an application is started by hand in a test (two nodes,
 * a database outage), as Spring's test contexts do. Register it as a singleton bean.
 */
public final class TestHelpersExcluded extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestHelpersExcluded;
    }

    @Override
    public int hashCode() {
        return TestHelpersExcluded.class.hashCode();
    }
}
