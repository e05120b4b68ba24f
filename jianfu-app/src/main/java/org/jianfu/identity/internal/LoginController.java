package org.jianfu.identity.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("permitAll()")
class LoginController {

    private final LoginThrottle throttle;

    LoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        if (error != null) {
            // one answer for every failure, so it tells no one whether a username exists
            model.addAttribute("error", "用户名或密码错误。连续输错 " + throttle.maxFailures() + " 次的账号会临时锁定 "
                    + throttle.lockMinutes() + " 分钟；停用的账号请联系系统管理员。");
        }
        if (logout != null) {
            model.addAttribute("info", "已安全退出");
        }
        return "identity/login";
    }
}
