package org.jianfu.identity.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.jianfu.organization.Organization;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A production database starts without demo accounts: then one administrator is created with a
 * random password, printed once to the log, so somebody can sign in and set up the rest.
 */
@Component
@Order(20)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final AccountRepository accounts;
    private final Organization organization;
    private final PasswordEncoder passwords;

    AdministratorBootstrap(AccountRepository accounts, Organization organization, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.organization = organization;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        var office = organization.unitsOf(organization.root().code()).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT_OFFICE).findFirst()
                .orElseThrow(() -> new IllegalStateException("组织机构未导入，无法创建管理员"));
        byte[] secret = new byte[9];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        long id = accounts.insert("admin", "系统管理员", passwords.encode(password), Role.ADMIN, office.id(), false);
        accounts.requirePasswordChange(id);
        log.warn("已创建管理员账号 admin，初始密码 {}（只显示这一次；登录后须先修改密码）", password);
    }
}
