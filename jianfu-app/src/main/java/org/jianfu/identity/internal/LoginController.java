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
            model.addAttribute("error", switch (error) {
                case "locked" -> "连续登录失败次数过多，账号已临时锁定，请 " + throttle.lockMinutes() + " 分钟后再试";
                case "disabled" -> "账号已停用，请联系系统管理员";
                default -> "用户名或密码错误";
            });
        }
        if (logout != null) {
            model.addAttribute("info", "已安全退出");
        }
        return "identity/login";
    }
}
