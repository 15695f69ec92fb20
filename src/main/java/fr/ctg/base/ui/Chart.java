package fr.ctg.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Apache ECharts (Apache-2.0, served from {@code frontend/vendor/echarts}) through
 * the {@code <ctg-chart>} element of {@code frontend/components/ctg-chart.js}; both are plain scripts, so no
 * frontend build is needed. The option is an ECharts option as maps and lists. A chart is an image for assistive
 * technologies: give it a label, and put its data in a table beside it.
 */
@Tag("ctg-chart")
@JavaScript("context://vendor/echarts/echarts.min.js")
@JavaScript("context://components/ctg-chart.js")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Chart(String label, Map<String, Object> option) {
        getElement().setAttribute("aria-label", label);
        setOption(option);
        setWidthFull();
        setHeight("320px");
        getElement().getStyle().set("display", "block");
    }

    public final void setOption(Map<String, Object> option) {
        getElement().setAttribute("option", JSON.writeValueAsString(option));
    }

    /** The option as sent to the browser (JSON). */
    public String optionJson() {
        return getElement().getAttribute("option");
    }

    /** Makes the browser download the chart as an SVG picture. */
    public void downloadSvg(String fileName) {
        getElement().executeJs("const url = this.toDataURL('svg'); if (url) { const a = document.createElement('a');"
                + " a.href = url; a.download = $0; document.body.appendChild(a); a.click(); a.remove(); }", fileName);
    }
}
