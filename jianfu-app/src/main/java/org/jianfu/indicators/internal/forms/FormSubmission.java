package org.jianfu.indicators.internal.forms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jianfu.indicators.FormSubmitted;
import org.jianfu.indicators.internal.requests.DataRequest;
import org.jianfu.indicators.internal.requests.RequestField;
import org.jianfu.platform.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a merged form. Idempotent per (unit, month, version): the same answers sent twice from one
 * version (an offline queue retrying, even while the first is still being saved) save once and
 * the second is answered as a replay; different answers from an outdated version are a conflict (409). Every field of the group gets the one value, each request is marked answered.
 */
@Service
class FormSubmission {

    /** The outcome: errors per item key (nothing saved), or the saved version. */
    record Outcome(Map<String, String> errors, int version, boolean replayed) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Answers answers;
    private final Units units;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    FormSubmission(JdbcClient jdbc, Answers answers, Units units, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.answers = answers;
        this.units = units;
        this.events = events;
    }

    /** Checks every item; returns normalised values, or the errors. */
    static Map<String, AnswerRules.Checked> check(MergedForm form, Map<String, String> values) {
        Map<String, AnswerRules.Checked> checked = new LinkedHashMap<>();
        for (FormItem item : form.items()) {
            checked.put(item.key(), AnswerRules.check(item, values.get(item.key())));
        }
        return checked;
    }

    @Transactional
    Outcome submit(Actor actor, MergedForm form, int baseVersion, Map<String, String> values, String via) {
        Map<String, AnswerRules.Checked> checked = check(form, values);
        Map<String, String> errors = new LinkedHashMap<>();
        checked.forEach((key, c) -> {
            if (!c.ok()) {
                errors.put(key, c.error());
            }
        });
        if (!errors.isEmpty()) {
            return new Outcome(errors, form.version(), false);
        }
        String hash = hash(checked);
        if (baseVersion != form.version()) {
            Optional<String> replay = baseVersion < form.version() ? payloadOf(form, baseVersion + 1) : Optional.empty();
            if (replay.isPresent() && replay.get().equals(hash)) {
                return new Outcome(Map.of(), baseVersion + 1, true);
            }
            throw new FormConflictException();
        }
        return save(actor, form, checked, hash, via);
    }

    private Outcome save(Actor actor, MergedForm form, Map<String, AnswerRules.Checked> checked, String hash, String via) {
        Instant now = clock.instant();
        int filled = 0;
        int prefilled = 0;
        for (FormItem item : form.items()) {
            String value = checked.get(item.key()).value();
            if (value.isEmpty()) {
                continue;
            }
            if (value.equals(item.prefill())) {
                prefilled++;
            } else {
                filled++;
            }
        }
        int version = form.version() + 1;
        // "do nothing" waits for a request saving this version at the same moment, then sees its row
        Optional<Long> inserted = jdbc.sql("""
                        insert into indicators.submission (unit_id, unit_path, form_month, version, payload_hash,
                            fields_requested, fields_filled, fields_prefilled, forms, via, submitted_by, submitted_at)
                        values (?,?,?,?,?,?,?,?,?,?,?,?) on conflict (unit_id, form_month, version) do nothing returning id""")
                .params(form.unit().id(), form.unit().divisionPath(), form.month().atDay(1), version, hash,
                        form.fieldsRequested(), filled, prefilled, form.requests().size(), via,
                        actor == null ? null : actor.accountId(), Timestamp.from(now))
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            // the same answers sent twice at once (a double tap, a retry while the first answer is on its
            // way) are a replay; other answers saved by another device a moment ago are a conflict
            if (payloadOf(form, version).filter(hash::equals).isPresent()) {
                return new Outcome(Map.of(), version, true);
            }
            throw new FormConflictException();
        }
        long submissionId = inserted.get();
        for (FormItem item : form.items()) {
            String value = checked.get(item.key()).value();
            if (value.isEmpty()) {
                continue;
            }
            for (RequestField field : item.members()) {
                String own = units.convert(value, item.unitOfMeasure(), field.unitOfMeasure(), field.dataType());
                answers.save(form.unit().id(), field.matchKey(), ValuePeriods.of(field.period(), form.month()), own,
                        field.unitOfMeasure(), submissionId, now);
            }
        }
        jdbc.sql("""
                        update indicators.request_target set submitted_at = coalesce(submitted_at, ?)
                        where unit_id = ? and request_id = any(?)""")
                .params(Timestamp.from(now), form.unit().id(), form.requests().stream().map(DataRequest::id).toArray(Long[]::new))
                .update();
        events.publishEvent(new FormSubmitted(submissionId, form.unit().id(), form.month(), form.fieldsRequested(), filled,
                prefilled, form.requests().size(), now));
        return new Outcome(Map.of(), version, false);
    }

    private Optional<String> payloadOf(MergedForm form, int version) {
        return jdbc.sql("select payload_hash from indicators.submission where unit_id = ? and form_month = ? and version = ?")
                .params(form.unit().id(), form.month().atDay(1), version).query(String.class).optional();
    }

    static String hash(Map<String, AnswerRules.Checked> checked) {
        var sorted = new TreeMap<String, String>();
        checked.forEach((k, v) -> sorted.put(k, v.value()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sorted.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
