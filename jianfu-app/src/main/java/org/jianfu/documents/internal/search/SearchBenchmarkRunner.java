package org.jianfu.documents.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jianfu.documents.SearchBenchmark;
import org.jianfu.documents.internal.DocumentKind;
import org.jianfu.platform.Actor;
import org.jianfu.platform.Role;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates a province's documents ({@link GeneratedProvince}), indexes them in a temporary Lucene index
 * through {@link SearchIndex} and loads them into {@code search_bench.document}; then runs the same mixed
 * queries (county clerks, township cadres, prefecture and province 减负办, the administrator; topics, short
 * words, sentence fragments, 文号, filters, filter-only listings) through {@link DocumentSearch} and
 * through the naive alternative, ILIKE over the table with the same scope and filters. Each query runs
 * once for warm-up on both, then once timed.
 */
@Component
class SearchBenchmarkRunner implements SearchBenchmark {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SearchBenchmarkRunner(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Probe(Actor actor, SearchRequest request) {
    }

    @Override
    public Report run(int documents, int queries, long seed) {
        Random random = new Random(seed);
        List<GeneratedProvince.UnitRow> units = jdbc.sql("""
                        select u.id, u.name, u.short_name, v.path, u.number_prefix from organization.unit u
                        join organization.division v on v.code = u.division_code order by u.id""")
                .query((rs, n) -> new GeneratedProvince.UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
        GeneratedProvince province = new GeneratedProvince(units);
        List<IndexedDocument> docs = new ArrayList<>(documents);
        long chars = 0;
        for (int i = 1; i <= documents; i++) {
            IndexedDocument d = province.document(i, random);
            chars += d.title().length() + d.body().length();
            docs.add(d);
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("jianfu-search-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SearchIndex index = null;
        try {
            index = new SearchIndex(dir);
            long t0 = System.nanoTime();
            for (int from = 0; from < docs.size(); from += 5_000) {
                index.apply(docs.subList(from, Math.min(docs.size(), from + 5_000)), 1);
            }
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            long t1 = System.nanoTime();
            load(docs);
            double loadSeconds = (System.nanoTime() - t1) / 1e9;

            List<Probe> probes = probes(units, docs, province, queries, random);
            SearchIndex lucene = index;
            for (Probe p : probes) {
                DocumentSearch.search(lucene, p.actor(), p.request());
                ilike(p);
            }
            double[] luceneMs = new double[probes.size()];
            double[] sqlMs = new double[probes.size()];
            for (int i = 0; i < probes.size(); i++) {
                Probe p = probes.get(i);
                luceneMs[i] = millis(() -> DocumentSearch.search(lucene, p.actor(), p.request()));
                sqlMs[i] = millis(() -> ilike(p));
            }
            return new Report(documents, chars, indexSeconds, loadSeconds, bytes,
                    List.of(latency("Lucene (CJK bigrams), DocumentSearch", luceneMs),
                            latency("PostgreSQL ILIKE scan, same scope and filters", sqlMs)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                if (index != null) {
                    index.destroy();
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private List<Probe> probes(List<GeneratedProvince.UnitRow> units, List<IndexedDocument> docs,
                               GeneratedProvince province, int count, Random random) {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Actor actor = actor(units, i % 5, random);
            String text;
            String kind = null;
            String state = null;
            String from = null;
            String to = null;
            String box = null;
            switch (i % 8) {
                case 0 -> text = GeneratedProvince.TOPICS[random.nextInt(GeneratedProvince.TOPICS.length)];
                case 1 -> text = GeneratedProvince.TOPICS[random.nextInt(GeneratedProvince.TOPICS.length)].substring(0, 2);
                case 2 -> {
                    String s = province.sentences().get(random.nextInt(province.sentences().size()));
                    int at = random.nextInt(Math.max(1, s.length() - 10));
                    text = s.substring(at, Math.min(s.length(), at + 4 + random.nextInt(6)));
                }
                case 3 -> {
                    IndexedDocument d = docs.get(random.nextInt(docs.size()));
                    text = d.documentNumber() == null ? d.title() : d.documentNumber();
                }
                case 4 -> {
                    text = GeneratedProvince.TOPICS[random.nextInt(GeneratedProvince.TOPICS.length)];
                    kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)].name();
                }
                case 5 -> {
                    text = GeneratedProvince.TOPICS[random.nextInt(GeneratedProvince.TOPICS.length)];
                    int year = 2020 + random.nextInt(6);
                    from = year + "-01-01";
                    to = year + "-06-30";
                }
                case 6 -> {
                    text = "";
                    state = "ISSUED";
                    box = actor.role() == Role.CADRE ? "received" : null;
                }
                default -> text = "工作 " + GeneratedProvince.TOPICS[random.nextInt(GeneratedProvince.TOPICS.length)];
            }
            probes.add(new Probe(actor, SearchRequest.parse(text, null, from, to, kind, state, box, 1)));
        }
        return probes;
    }

    /** 0 county clerk, 1 township cadre, 2 prefecture 减负办, 3 province 减负办, 4 administrator. */
    private static Actor actor(List<GeneratedProvince.UnitRow> units, int which, Random random) {
        int depth = switch (which) {
            case 0 -> 3;
            case 1 -> 4;
            case 2 -> 2;
            default -> 1;
        };
        List<GeneratedProvince.UnitRow> level = units.stream().filter(u -> u.path().split("\\.").length == depth).toList();
        GeneratedProvince.UnitRow u = level.get(random.nextInt(level.size()));
        Role role = switch (which) {
            case 0 -> Role.CLERK;
            case 1 -> Role.CADRE;
            case 4 -> Role.ADMIN;
            default -> Role.MONITOR;
        };
        String code = u.path().substring(u.path().lastIndexOf('.') + 1);
        return new Actor(0, "bench", "bench", role, u.id(), u.name(), code, u.path());
    }

    private void load(List<IndexedDocument> docs) {
        template.execute("drop schema if exists search_bench cascade");
        template.execute("create schema search_bench");
        template.execute("""
                create table search_bench.document (id bigint primary key, title text, body text, kind text, state text,
                  document_number text, issuing_unit_id bigint, issuer_names text, issuer_path text,
                  recipients bigint[], at timestamptz)""");
        for (int from = 0; from < docs.size(); from += 2_000) {
            List<IndexedDocument> batch = docs.subList(from, Math.min(docs.size(), from + 2_000));
            template.batchUpdate("insert into search_bench.document values (?,?,?,?,?,?,?,?,?,?,?)",
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            IndexedDocument d = batch.get(i);
                            ps.setLong(1, d.id());
                            ps.setString(2, d.title());
                            ps.setString(3, d.body());
                            ps.setString(4, d.kind().name());
                            ps.setString(5, d.state().name());
                            ps.setString(6, d.documentNumber());
                            ps.setLong(7, d.issuingUnitId());
                            ps.setString(8, d.issuerNames());
                            ps.setString(9, d.issuerPath());
                            ps.setArray(10, ps.getConnection().createArrayOf("bigint", d.recipientIds().toArray()));
                            ps.setTimestamp(11, Timestamp.from(d.at()));
                        }

                        @Override
                        public int getBatchSize() {
                            return batch.size();
                        }
                    });
        }
        template.execute("create index on search_bench.document (issuing_unit_id)");
        template.execute("analyze search_bench.document");
    }

    /** The naive search: substring match on the columns, the reading rule in SQL, newest first, with the total. */
    private List<Long> ilike(Probe p) {
        SearchRequest r = p.request();
        Actor a = p.actor();
        StringBuilder sql = new StringBuilder("select id, title, body, count(*) over () total from search_bench.document where true");
        List<Object> params = new ArrayList<>();
        if (r.hasText()) {
            String like = "%" + r.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (title ilike ? or document_number ilike ? or issuer_names ilike ? or body ilike ?)");
            params.addAll(List.of(like, like, like, like));
        }
        if (!a.isAdmin() || r.box() != null) {
            List<String> scope = new ArrayList<>();
            if (r.box() != SearchRequest.Box.RECEIVED) {
                scope.add("issuing_unit_id = " + a.unitId());
            }
            if (r.box() != SearchRequest.Box.SENT) {
                scope.add("(state in ('ISSUED','WITHDRAWN') and " + a.unitId() + " = any(recipients))");
            }
            if (r.box() == null && a.role() == Role.MONITOR) {
                scope.add("(issuer_path = ? or issuer_path like ?)");
                params.add(a.divisionPath());
                params.add(a.divisionPath() + ".%");
            }
            sql.append(" and (").append(String.join(" or ", scope)).append(")");
        }
        if (r.kind() != null) {
            sql.append(" and kind = ?");
            params.add(r.kind().name());
        }
        if (r.state() != null) {
            sql.append(" and state = ?");
            params.add(r.state().name());
        }
        if (r.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.valueOf(r.from().atStartOfDay()));
        }
        if (r.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.valueOf(r.to().plusDays(1).atStartOfDay()));
        }
        sql.append(" order by at desc limit 20");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> rs.getLong(1)).list();
    }

    private static double millis(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static Latency latency(String method, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Latency(method, sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile. */
    private static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

}
