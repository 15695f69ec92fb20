package fr.ctg.report;

import fr.ctg.indicator.ChartPalette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn on the server with JFreeChart from the data the screens chart with ECharts, in the
 * same colours ({@link ChartPalette}): an indicator's values against its targets, and the "étoile" radar.
 */
final class ReportCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 380;
    static final int RADAR_WIDTH = 760;
    static final int RADAR_HEIGHT = 520;
    private static final Font BASE = dejaVu();

    private ReportCharts() {
    }

    /** Values and targets per period; a period without value leaves a gap. */
    static byte[] series(List<String> periods, Map<String, BigDecimal> values, Map<String, BigDecimal> targets,
                         String unit, String valueLabel, String targetLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String p : periods) {
            data.addValue(values.get(p), valueLabel, p);
            if (!targets.isEmpty()) {
                data.addValue(targets.get(p), targetLabel, p);
            }
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Color.decode(ChartPalette.ACTUAL));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, Color.decode(ChartPalette.TARGET));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 6f}, 0f));
        renderer.setSeriesShapesVisible(1, false);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(unit);
        y.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xE5, 0xE7, 0xEB));
        return png(new JFreeChart(null, BASE.deriveFont(14f), plot, true));
    }

    /** One axis per thematic group (0–100), the scores and the reference ring at 100. */
    static byte[] radar(List<String> axes, List<Integer> scores, String seriesLabel, String referenceLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < axes.size(); i++) {
            Integer score = scores.get(i);
            data.addValue(score == null ? 0 : score, seriesLabel, axes.get(i));
            data.addValue(100, referenceLabel, axes.get(i));
        }
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(Math.max(100, scores.stream().filter(s -> s != null).mapToInt(Integer::intValue).max().orElse(100)));
        plot.setSeriesPaint(0, Color.decode(ChartPalette.ACTUAL));
        plot.setSeriesPaint(1, Color.decode(ChartPalette.REFERENCE));
        plot.setSeriesOutlineStroke(0, new BasicStroke(2.5f));
        plot.setSeriesOutlineStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 6f}, 0f));
        plot.setWebFilled(true);
        plot.setLabelFont(BASE.deriveFont(13f));
        plot.setBackgroundPaint(Color.WHITE);
        return png(new JFreeChart(null, BASE.deriveFont(14f), plot, true), RADAR_WIDTH, RADAR_HEIGHT);
    }

    private static byte[] png(JFreeChart chart) {
        return png(chart, WIDTH, HEIGHT);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(BASE.deriveFont(13f));
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.getDomainAxis().setTickLabelFont(BASE.deriveFont(12f));
            p.getRangeAxis().setTickLabelFont(BASE.deriveFont(12f));
            p.getRangeAxis().setLabelFont(BASE.deriveFont(12f));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Font dejaVu() {
        try (InputStream in = ReportCharts.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return in == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 12) : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
