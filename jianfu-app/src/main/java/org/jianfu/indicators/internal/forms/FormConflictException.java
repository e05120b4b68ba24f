package org.jianfu.indicators.internal.forms;

/** A submission started from an older version of the form than the one saved: answered with 409. */
class FormConflictException extends RuntimeException {
    FormConflictException() {
        super("本表在您打开后已被修改（可能已在另一台设备上提交），请刷新页面，核对后再提交");
    }
}
