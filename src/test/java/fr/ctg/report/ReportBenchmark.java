package fr.ctg.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.docs.OutlineDocx;
import fr.ctg.base.docs.OutlinePdf;
import fr.ctg.bench.BenchReport;
import fr.ctg.governance.AttendanceStatus;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import fr.ctg.indicator.Direction;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorCsvService;
import fr.ctg.indicator.IndicatorDefinition;
import fr.ctg.indicator.IndicatorKind;
import fr.ctg.indicator.Periodicity;
import fr.ctg.indicator.SourceKind;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesFixture;
import fr.ctg.minutes.MinutesService;
import fr.ctg.objective.NewObjective;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.AccountService;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark (not a test: {@code ./mvnw -Pbench verify -Dtest=ReportBenchmark}): the annual report of a convention with
 * 40 yearly indicators × 10 periods (charted), 30 objectives and 12 meetings held with published minutes; the time to
 * gather the data, then to write the DOCX and the PDF/A-2b, median and max of 5 runs after 2 warm-ups, same JVM,
 * embedded MariaDB, this 2-core machine. Target (issue #20): DOCX and PDF each built in ≤ 5 s. Writes
 * target/bench/report.{json,md}.
 */
@Tag("bench")
@CtgSpringTest
class ReportBenchmark {

    static final int RUNS = 5;

    @Autowired MinutesFixture minutesFixture;
    @Autowired TestLogin login;
    @Autowired AccountService accounts;
    @Autowired IndicatorCatalogueService catalogue;
    @Autowired IndicatorCsvService csv;
    @Autowired ObjectiveService objectives;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired ReportAssembler assembler;

    @Test
    void annualReportOfABusyConvention() {
        MinutesFixture.HeldMeeting h = minutesFixture.create();
        long conventionId = h.w().conventionId();
        SystemIdentity.run(() -> accounts.grant(h.id("lecteur"), conventionId, Role.EVALUATION_REFERENT, null, null));
        login.as(h.user("lecteur"));
        StringBuilder file = new StringBuilder("code;periode;valeur;source\n");
        for (int i = 0; i < 40; i++) {
            catalogue.create(conventionId, new IndicatorDefinition(h.w().groupA(), "R" + i, "Indicateur " + i, null, "u", 1,
                    Periodicity.YEARLY, IndicatorKind.RAW, null, null, null, null, null, Map.of("2020", BigDecimal.valueOf(120)),
                    null, null, Direction.HIGHER_IS_BETTER, SourceKind.CAF, null, Set.of(), null, false));
            for (int y = 2016; y <= 2025; y++) {
                file.append('R').append(i).append(';').append(y).append(';').append(100 + (y % 5) * 3 + i % 4).append(",5;Caf\n");
            }
        }
        assertThat(csv.confirm(conventionId, file.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(400);

        login.as(h.user("secretariat"));
        for (int o = 1; o < 30; o++) {
            objectives.create(conventionId, new NewObjective(h.w().fieldA(), "Objectif " + o, "Description " + o,
                    ObjectiveStatus.IN_PROGRESS, 3 * o, Set.of(h.w().groupA())));
        }
        publishMinutes(h, h.meetingId());
        for (int m = 1; m <= 11; m++) {
            LocalDateTime start = LocalDateTime.of(2026, m, 10, 14, 0);
            long meeting = meetings.schedule(conventionId, new NewMeeting(h.committeeId(), "COPIL n° " + m, start,
                    start.plusHours(2), "Europe/Paris", "Lombez", null)).id();
            meetings.recordAttendance(meeting, h.id("copil"), AttendanceStatus.PRESENT, null);
            meetings.recordAttendance(meeting, h.id("copil2"), AttendanceStatus.PRESENT, null);
            meetings.markHeld(meeting);
            publishMinutes(h, meeting);
        }

        login.as(h.user("secretariat"));
        ReportRequest request = new ReportRequest(conventionId, ReportKind.ANNUAL, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 11, 30));
        double[] gather = new double[RUNS];
        double[] docx = new double[RUNS];
        double[] pdf = new double[RUNS];
        int pages = 0;
        long docxBytes = 0;
        long pdfBytes = 0;
        for (int k = -2; k < RUNS; k++) {
            long t0 = System.nanoTime();
            ReportAssembler.Assembled a = assembler.assemble(request, Locale.FRENCH, ReportProgress.NONE);
            long t1 = System.nanoTime();
            byte[] d = OutlineDocx.write(a.outline());
            long t2 = System.nanoTime();
            byte[] p = OutlinePdf.write(a.outline(), Locale.FRENCH, Instant.now());
            long t3 = System.nanoTime();
            if (k >= 0) {
                gather[k] = (t1 - t0) / 1e9;
                docx[k] = (t2 - t1) / 1e9;
                pdf[k] = (t3 - t2) / 1e9;
                docxBytes = d.length;
                pdfBytes = p.length;
                pages = pages(p);
            }
            assertThat(a.missing()).noneSatisfy(m -> assertThat(m).contains("n’a pas pu être construite"));
        }
        login.logout();
        Arrays.sort(gather);
        Arrays.sort(docx);
        Arrays.sort(pdf);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("indicators", 40);
        figures.put("periodsPerIndicator", 10);
        figures.put("objectives", 30);
        figures.put("meetingsWithPublishedMinutes", 12);
        figures.put("gatherSecondsMedian", round(gather[RUNS / 2]));
        figures.put("gatherSecondsMax", round(gather[RUNS - 1]));
        figures.put("docxWriteSecondsMedian", round(docx[RUNS / 2]));
        figures.put("pdfWriteSecondsMedian", round(pdf[RUNS / 2]));
        figures.put("docxTotalSecondsMedian", round(gather[RUNS / 2] + docx[RUNS / 2]));
        figures.put("docxTotalSecondsMax", round(gather[RUNS - 1] + docx[RUNS - 1]));
        figures.put("pdfTotalSecondsMedian", round(gather[RUNS / 2] + pdf[RUNS / 2]));
        figures.put("pdfTotalSecondsMax", round(gather[RUNS - 1] + pdf[RUNS - 1]));
        figures.put("docxKilobytes", docxBytes / 1024);
        figures.put("pdfKilobytes", pdfBytes / 1024);
        figures.put("pdfPages", pages);
        figures.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        BenchReport.write("report", "Annual report: 40 indicators × 10 periods, 30 objectives, 12 meetings", figures);
        assertThat(gather[RUNS / 2] + docx[RUNS / 2]).as("DOCX within 5 s").isLessThanOrEqualTo(5.0);
        assertThat(gather[RUNS / 2] + pdf[RUNS / 2]).as("PDF/A within 5 s").isLessThanOrEqualTo(5.0);
    }

    private void publishMinutes(MinutesFixture.HeldMeeting h, long meetingId) {
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(meetingId);
        minutes.startReview(id, LocalDate.of(2026, 12, 5));
        login.as(h.user("copil"));
        minutes.approve(id, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(id, Audience.CONVENTION, false);
    }

    private static int pages(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
