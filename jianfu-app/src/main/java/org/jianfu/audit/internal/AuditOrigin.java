package org.jianfu.audit.internal;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where an act came from: the client's address for a request, otherwise a command or a background job. */
final class AuditOrigin {

    static final String NO_REQUEST = "命令行或后台任务";

    private AuditOrigin() {
    }

    static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return NO_REQUEST;
    }
}
