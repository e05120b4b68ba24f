-- 三员分立: 安全管理员 (SECURITY) and 安全审计员 (AUDITOR) beside 系统管理员 (ADMIN).
alter table identity.account drop constraint account_role_check;
alter table identity.account add constraint account_role_check
    check (role in ('ADMIN', 'MONITOR', 'CLERK', 'LEADER', 'CADRE', 'SECURITY', 'AUDITOR'));
