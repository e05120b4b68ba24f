package org.jianfu.identity.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("permitAll()")
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) Integer left, @RequestParam(required = false) Long wait, Model model) {
        if (error != null) {
            // one answer for every failure, so it tells no one whether a username exists; left and wait depend
            // only on the tries made with the typed username from this address
            model.addAttribute("error", wait != null && wait > 0 ? "尝试次数过多，请 " + LoginController.waitText(wait) + "后再试。"
                    : "用户名或密码错误。" + (left != null && left >= 0 ? "还可尝试 " + left + " 次，之后需等待一段时间再试。" : "")
                    + "停用的账号请联系系统管理员。");
        }
        if (logout != null) {
            model.addAttribute("info", "已安全退出");
        }
        return "identity/login";
    }

    static String waitText(long seconds) {
        return seconds < 60 ? seconds + " 秒" : (seconds + 59) / 60 + " 分钟";
    }
}
