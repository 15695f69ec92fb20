package fr.ctg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import fr.ctg.AppRoutes;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.convention.ConventionService;
import fr.ctg.indicator.Direction;
import fr.ctg.indicator.ImportPreview;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorCsvService;
import fr.ctg.indicator.IndicatorDashboardService;
import fr.ctg.indicator.IndicatorDefinition;
import fr.ctg.indicator.IndicatorKind;
import fr.ctg.indicator.Periodicity;
import fr.ctg.indicator.SourceKind;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark (not a test: {@code ./mvnw -Pbench verify}): 16 conventions × 40 yearly indicators × 20 periods
 * (12 800 values): server time of a group's dashboard (service, and the whole Indicateurs view built in a Karibu
 * UI); then a 100 000-row CSV (500 monthly indicators × 200 months, French numbers, ';') checked (dry run) and
 * imported. Embedded MariaDB, same JVM, this 2-core machine; writes target/bench/indicators.{json,md}.
 */
@Tag("bench")
@CtgSpringTest
class IndicatorScaleBenchmark {

    @Autowired ApplicationContext context;
    @Autowired TestLogin login;
    @Autowired EditingFixture fixture;
    @Autowired AccountService accounts;
    @Autowired IndicatorCatalogueService catalogue;
    @Autowired IndicatorCsvService csv;
    @Autowired IndicatorDashboardService dashboard;

    static IndicatorDefinition yearly(long group, String code, Periodicity p) {
        return new IndicatorDefinition(group, code, "Indicateur " + code, null, "u", 1, p, IndicatorKind.RAW, null, null,
                null, null, null, p == Periodicity.YEARLY ? Map.of("2020", BigDecimal.valueOf(120)) : Map.of(),
                null, null, Direction.HIGHER_IS_BETTER, SourceKind.CAF, null, Set.of(), null, false);
    }

    private EditingFixture.World conventionWithReferent() {
        EditingFixture.World w = fixture.create();
        SystemIdentity.run(() -> {
            long id = accounts.createAccount(w.user("referent"), "Référent " + w.prefix(), w.user("referent") + "@test.invalid",
                    null, TestLogin.DEMO_PASSWORD, false);
            accounts.grant(id, w.conventionId(), Role.EVALUATION_REFERENT, null, null);
        });
        return w;
    }

    @Test
    void dashboardAndImportAtScale() throws Exception {
        long setupStart = System.nanoTime();
        List<EditingFixture.World> worlds = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            EditingFixture.World w = conventionWithReferent();
            worlds.add(w);
            login.as(w.user("referent"));
            StringBuilder file = new StringBuilder("code;periode;valeur;source\n");
            for (int i = 0; i < 40; i++) {
                long group = i < 20 ? w.groupA() : conventionGroupB(w);
                catalogue.create(w.conventionId(), yearly(group, "I" + i, Periodicity.YEARLY));
                for (int y = 2006; y < 2026; y++) {
                    file.append("I").append(i).append(';').append(y).append(';').append(100 + (y % 5) * 3 + i % 4)
                            .append(",5;Caf\n");
                }
            }
            assertThat(csv.confirm(w.conventionId(), file.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(800);
        }
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        EditingFixture.World probe = worlds.get(7);
        login.as(probe.user("lecteur"));
        for (int k = 0; k < 10; k++) {
            assertThat(dashboard.group(probe.conventionId(), probe.groupA())).hasSize(20);
        }
        double[] service = new double[50];
        for (int k = 0; k < service.length; k++) {
            long t = System.nanoTime();
            dashboard.group(probe.conventionId(), probe.groupA());
            service[k] = (System.nanoTime() - t) / 1e6;
        }
        double[] view = new double[30];
        Routes routes = AppRoutes.get();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        try {
            for (int k = -5; k < view.length; k++) {
                long t = System.nanoTime();
                UI.getCurrent().navigate("indicateurs");
                UI.getCurrent().navigate("");
                if (k >= 0) {
                    view[k] = (System.nanoTime() - t) / 1e6;
                }
            }
        } finally {
            MockVaadin.tearDown();
        }

        EditingFixture.World big = conventionWithReferent();
        login.as(big.user("referent"));
        for (int i = 0; i < 500; i++) {
            catalogue.create(big.conventionId(), yearly(big.groupA(), "M" + i, Periodicity.MONTHLY));
        }
        StringBuilder file = new StringBuilder("\uFEFFcode;période;valeur;source;commentaire\r\n");
        for (int i = 0; i < 500; i++) {
            for (int m = 0; m < 200; m++) {
                int year = 2008 + m / 12;
                file.append('M').append(i).append(';').append(year).append('-').append(String.format("%02d", m % 12 + 1))
                        .append(";1\u00a0").append(200 + (m % 9) * 7 + i % 11).append(",25;Caf;\r\n");
            }
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ImportPreview preview = csv.preview(big.conventionId(), bytes);
        double previewSeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(preview.rows()).hasSize(100_000);
        assertThat(preview.count(ImportPreview.Outcome.NEW)).isEqualTo(100_000);
        long t1 = System.nanoTime();
        int written = csv.confirm(big.conventionId(), bytes);
        double confirmSeconds = (System.nanoTime() - t1) / 1e9;
        assertThat(written).isEqualTo(100_000);
        login.logout();

        Arrays.sort(service);
        Arrays.sort(view);
        String json = String.format(Locale.ROOT, "{\"conventions\":16,\"indicatorsPerConvention\":40,"
                        + "\"periods\":20,\"values\":12800,\"dashboardServiceMs\":{\"p50\":%.1f,\"p95\":%.1f,\"max\":%.1f},"
                        + "\"dashboardViewMs\":{\"p50\":%.1f,\"p95\":%.1f,\"max\":%.1f},\"csvRows\":100000,"
                        + "\"csvBytes\":%d,\"csvPreviewSeconds\":%.2f,\"csvConfirmSeconds\":%.2f,\"setupSeconds\":%.1f}",
                service[25], service[47], service[49], view[15], view[28], view[29], bytes.length, previewSeconds,
                confirmSeconds, setupSeconds);
        String md = String.format(Locale.ROOT, """
                ## Indicators at scale (embedded MariaDB 11.4, one JVM, 2 cores, load generator included)
                16 conventions × 40 indicators × 20 periods = 12 800 values (set up in %.0f s).

                | measure | p50 | p95 | max |
                |---|---|---|---|
                | group dashboard, service (20 indicators) | %.1f ms | %.1f ms | %.1f ms |
                | Indicateurs view built (dashboard + radar), Karibu | %.1f ms | %.1f ms | %.1f ms |

                100 000-row CSV (%.1f MB, ';', French numbers): dry run %.2f s, confirmed import %.2f s, total %.2f s.
                """, setupSeconds, service[25], service[47], service[49], view[15], view[28], view[29],
                bytes.length / 1e6, previewSeconds, confirmSeconds, previewSeconds + confirmSeconds);
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("indicators.json"), json);
        Files.writeString(dir.resolve("indicators.md"), md);
        System.out.println(md);
    }

    @Autowired ConventionService conventions;

    private long conventionGroupB(EditingFixture.World w) {
        return conventions.thematicGroups(w.conventionId()).get(1).id();
    }
}
