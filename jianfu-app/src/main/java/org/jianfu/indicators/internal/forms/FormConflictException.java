package org.jianfu.indicators.internal.forms;

import org.jianfu.platform.ConflictException;

/** A submission started from an older version of the form than the one saved: answered with 409. */
class FormConflictException extends ConflictException {
    FormConflictException() {
        super("表单已被修改", "本表在您打开后已被修改（可能已在另一台设备上提交），请刷新页面，核对后再提交");
    }
}
