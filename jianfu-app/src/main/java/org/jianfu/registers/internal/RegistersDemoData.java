package org.jianfu.registers.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.organization.Division;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Duty lists for the townships of the sampled counties, and register entries of 2018 and (far
 * fewer) 2019: pledges, veto items, demonstration activities, secondments; one pledge of 城关区
 * waits for its 减负办.
 */
@Component
class RegistersDemoData implements DemoData {

    private static final List<String> ALWAYS = List.of("620102", "620103");
    private static final List<String> BASIC = List.of("宣传贯彻党的路线方针政策", "基层党组织建设", "村级组织换届选举指导",
            "农村人居环境整治", "森林草原防火巡查", "安全生产隐患排查", "防汛抗旱应急处置", "耕地保护和违法占地巡查",
            "社会救助对象初审", "退役军人服务保障", "矛盾纠纷排查化解", "乡村产业发展", "农村危房排查", "义务教育控辍保学",
            "城乡居民医保征缴");
    private static final List<String> SUPPORTING = List.of("配合开展人口普查", "配合开展食品安全检查", "配合生态环境执法",
            "配合开展征兵工作");
    private static final List<String> RETURNED = List.of("环保行政执法", "食品生产许可审查", "建设工程质量监督");

    private final Organization organization;
    private final JdbcTemplate jdbc;

    RegistersDemoData(Organization organization, JdbcTemplate jdbc) {
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "registers.entries";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.WORK;
    }

    @Override
    public long load(DemoContext context) {
        Random random = context.random();
        List<Object[]> duties = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (Division county : counties(context)) {
            List<Division> townships = organization.children(county.code());
            for (Division t : townships) {
                BASIC.forEach(d -> duties.add(new Object[] {t.code(), "BASIC", d}));
                SUPPORTING.forEach(d -> duties.add(new Object[] {t.code(), "SUPPORTING", d}));
                RETURNED.forEach(d -> duties.add(new Object[] {t.code(), "RETURNED", d}));
            }
            List<Long> govs = townships.stream().flatMap(t -> organization.unitsOf(t.code()).stream())
                    .filter(u -> u.kind() == UnitKind.GOVERNMENT).map(Unit::id).toList();
            if (govs.isEmpty()) {
                continue;
            }
            entries(entries, unit(county.code(), "gov"), "PLEDGE", "目标管理责任书", 8, 3, govs, random);
            entries(entries, unit(county.code(), "party"), "VETO", "一票否决事项", 5, 1, govs, random);
            entries(entries, unit(county.code(), "gov-office"), "DEMONSTRATION", "示范乡镇创建评比", 6, 2, govs, random);
            List<Long> countyUnits = organization.unitsOf(county.code()).stream().map(Unit::id).toList();
            entries(entries, unit(county.parentCode(), "org"), "SECONDMENT", "借调", 3, 1, countyUnits, random);
        }
        unit("620102", "gov").ifPresent(gov -> entries.add(new Object[] {"PLEDGE", gov.id(), "2019年秸秆禁烧责任状",
                "上级临时部署，需各街道签订", townshipGovs("620102"), 2019, null, null, null, "PENDING", "620102"}));
        jdbc.batchUpdate("insert into registers.duty (township_code, category, title) values (?,?,?)", duties);
        jdbc.batchUpdate("""
                insert into registers.entry (kind, owner_unit_id, title, reason, counterpart_unit_ids, year, person_name,
                    starts_on, ends_on, state, reviewer_division) values (?,?,?,?,?,?,?,?,?,?,?)""", entries);
        context.advance(1);
        return duties.size() + entries.size();
    }

    private void entries(List<Object[]> rows, Optional<Unit> owner, String kind, String title, int in2018, int in2019,
                         List<Long> counterparts, Random random) {
        if (owner.isEmpty()) {
            return;
        }
        Unit o = owner.get();
        for (int year : new int[] {2018, 2019}) {
            for (int n = 1; n <= (year == 2018 ? in2018 : in2019); n++) {
                boolean secondment = "SECONDMENT".equals(kind);
                List<Long> who = secondment ? List.of(counterparts.get(random.nextInt(counterparts.size()))) : counterparts;
                rows.add(new Object[] {kind, o.id(), year + "年" + title + "（" + n + "）", "年度重点工作需要",
                        who.toArray(Long[]::new), year, secondment ? "借调干部" + n : null,
                        secondment ? Date.valueOf(year + "-03-01") : null, secondment ? Date.valueOf(year + "-08-31") : null,
                        "APPROVED", o.divisionCode()});
            }
        }
    }

    private Long[] townshipGovs(String county) {
        return organization.children(county).stream().flatMap(t -> organization.unitsOf(t.code()).stream())
                .filter(u -> u.kind() == UnitKind.GOVERNMENT).map(Unit::id).toArray(Long[]::new);
    }

    private Optional<Unit> unit(String divisionCode, String key) {
        return organization.unitsOf(divisionCode).stream().filter(u -> u.unitKey().equals(key)).findFirst();
    }

    private List<Division> counties(DemoContext context) {
        List<Division> all = organization.children(organization.root().code()).stream()
                .flatMap(prefecture -> organization.children(prefecture.code()).stream()).toList();
        return context.sample(all, county -> ALWAYS.contains(county.code()));
    }
}
