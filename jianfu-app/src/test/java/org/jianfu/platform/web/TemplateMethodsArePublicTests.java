package org.jianfu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jianfu.JianfuApplication;
import org.junit.jupiter.api.Test;

/**
 * Templates call methods of the records and enums they are given ({@code ${s.isOpen(today)}}), and
 * SpEL calls only public methods: a package-private one fails at render time with "EL1004E: Method
 * call … cannot be found", a 500 for every user (the survey list and the 查重 audit did). A record's
 * components are public already; this check finds the methods written by hand that a template of the
 * type's module (or a shared fragment) calls by name.
 */
class TemplateMethodsArePublicTests {

    /** {@code .name(} in an expression or a script; over-approximates the methods templates call, which is safe here. */
    private static final Pattern CALL = Pattern.compile("\\.([A-Za-z_]\\w*)\\(");

    @Test
    void everyRecordOrEnumMethodATemplateCallsIsPublic() throws Exception {
        Path classes = Path.of(JianfuApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path templates = classes.resolve("templates");
        assertThat(calledInTemplates(templates.resolve("reuse"))).as("the scan reads the templates").contains("isEmpty", "percent");
        Set<String> shared = calledInTemplates(templates, 1);
        shared.addAll(calledInTemplates(templates.resolve("fragments")));

        List<String> hidden = new ArrayList<>();
        for (Class<?> type : viewTypes(classes)) {
            // org.jianfu.<module>… renders templates/<module>/…
            String module = type.getName().split("\\.")[2];
            Set<String> called = new TreeSet<>(shared);
            if (Files.isDirectory(templates.resolve(module))) {
                called.addAll(calledInTemplates(templates.resolve(module)));
            }
            for (Method m : declaredMethods(type)) {
                if (!Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && called.contains(m.getName())) {
                    hidden.add(type.getName() + "." + m.getName());
                }
            }
        }
        assertThat(hidden).as("methods of records and enums that a template calls by name but SpEL cannot call: make them public")
                .isEmpty();
    }

    private static List<Method> declaredMethods(Class<?> type) {
        try {
            return List.of(type.getDeclaredMethods());
        } catch (LinkageError e) {
            return List.of(); // a signature naming what the test class path lacks: no page's model
        }
    }

    private static Set<String> calledInTemplates(Path templates) throws IOException {
        return calledInTemplates(templates, Integer.MAX_VALUE);
    }

    private static Set<String> calledInTemplates(Path templates, int depth) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(templates, depth)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The records and enums of the application, the types pages are given. */
    private static List<Class<?>> viewTypes(Path classes) throws IOException, URISyntaxException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/jianfu"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, JianfuApplication.class.getClassLoader());
                    if (type.isRecord() || type.isEnum()) {
                        types.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that needs what the test class path lacks is no page's model
                }
            }
        }
        return types;
    }
}
