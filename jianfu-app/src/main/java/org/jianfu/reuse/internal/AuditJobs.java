package org.jianfu.reuse.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jianfu.reuse.ReuseAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Audit runs started from the page: one per (year, division) at a time, in the background. */
@Component
class AuditJobs {

    private static final Logger log = LoggerFactory.getLogger(AuditJobs.class);

    /** What the page polls. */
    record Status(long done, long total, boolean running, String message) {
        /** Public: the page's progress bar calls it, and SpEL calls only public methods. */
        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) (done * 100 / total);
        }
    }

    private final ReuseAudit audit;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    AuditJobs(ReuseAudit audit) {
        this.audit = audit;
    }

    Status start(int year, String divisionCode) {
        Job job = jobs.compute(key(year, divisionCode), (k, existing) -> existing != null && existing.running ? existing : new Job());
        if (!job.started) {
            job.started = true;
            Thread.ofVirtual().name("reuse-audit-" + year + "-" + divisionCode).start(() -> job.run(year, divisionCode));
        }
        return job.status();
    }

    Status status(int year, String divisionCode) {
        Job job = jobs.get(key(year, divisionCode));
        return job == null ? new Status(0, 0, false, null) : job.status();
    }

    private static String key(int year, String divisionCode) {
        return year + "/" + divisionCode;
    }

    private final class Job implements ReuseAudit.Progress {
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile boolean running = true;
        private volatile boolean started;
        private volatile String message;

        void run(int year, String divisionCode) {
            try {
                var summary = audit.run(year, divisionCode, this);
                message = "已检查 " + summary.checked() + " 件，照抄照搬 " + summary.copying() + " 件";
            } catch (RuntimeException e) {
                log.warn("查重审计失败", e);
                message = "审计未完成：" + e.getMessage();
            } finally {
                running = false;
            }
        }

        @Override
        public void started(long count) {
            total = count;
        }

        @Override
        public void advanced() {
            done.incrementAndGet();
        }

        Status status() {
            return new Status(done.get(), total, running, message);
        }
    }
}
