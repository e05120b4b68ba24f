package org.jianfu.backup.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's tables, parents before children, so a restore can load them in order. */
final class Tables {

    private Tables() {
    }

    /** Schema-qualified names of every ordinary table outside PostgreSQL's own schemas. */
    static List<String> inDependencyOrder(JdbcClient jdbc) {
        List<String> all = jdbc.sql("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                order by 1""").query(String.class).list();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        all.forEach(t -> parents.put(t, new LinkedHashSet<>()));
        jdbc.sql("""
                select cn.nspname || '.' || c.relname as child, pn.nspname || '.' || p.relname as parent
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
                join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
                where k.contype = 'f'""").query(rs -> {
            String child = rs.getString("child");
            String parent = rs.getString("parent");
            if (!child.equals(parent) && parents.containsKey(child)) {
                parents.get(child).add(parent);
            }
        });
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < all.size()) {
            boolean progress = false;
            for (String table : all) {
                if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
                    ordered.add(table);
                    placed.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("外键存在循环，无法确定恢复顺序: " + parents);
            }
        }
        return ordered;
    }

    /** Quotes a schema-qualified name for SQL. */
    static String quoted(String qualified) {
        int dot = qualified.indexOf('.');
        return "\"" + qualified.substring(0, dot) + "\".\"" + qualified.substring(dot + 1) + "\"";
    }
}
